"""Percents that name their base ("chiếm 31,7% tổng số hội viên", "chiếm 95,85% so với tổng số hộ nghèo") read
against the total the report gives of that name anywhere in it ("Toàn hội có 251 hội viên", "Tổng số hộ nghèo
toàn tỉnh là 9.214 hộ"): the base is found by its words, not by where it stands, so it may be paragraphs away.
A total of that name is one introduced as a whole ("tổng", "toàn …", "cả nước") with the name's words around it,
of the part's measure, larger than the part and not itself the part of a share. The first total the percent fits
is the one meant. When none fits, the percent is said not to hold (a warning: read from words) only of a total
named in just the name's words ("251 hội viên", "tổng số hộ nghèo … là 9.214"), two words at least (one is
only what the part counts), and only when it is the one total
or comes within a point; otherwise which total is meant is unknown and nothing is said.

>>> texts = ["Toàn hội có 251 hội viên, trong đó 179 đảng viên.",
...          "Có 78 hội viên tham gia công tác chính quyền, chiếm 31,7% tổng số hội viên."]
>>> [(c.status, [q.raw for q in c.quantities], str(c.severity)) for c in base_named_percents(texts)]
[('fail', ['251', '78', '31,7%'], 'warning')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .claim import Claim
from .measures import counts_alike, measure_key
from .part_shares import share_of_one
from .quantities import Quantity, find_quantities
from .sentences import sentence_of

# "chiếm 31,7% tổng số hội viên", "(chiếm 95,85% so với tổng số hộ nghèo)", "đạt 40% tổng diện tích",
# "chiếm tỷ trọng 56,17% trong tổng kim ngạch xuất khẩu của tỉnh"
NAMED_AFTER = re.compile(
    r"\s*(?:(?:so\s+với|trong|trên|của)\s+)?tổng\s+(?:số\s+)?((?:[^\W\d_]+[ \t]*){1,6})", re.IGNORECASE
)
# the words that end a base's name: where it is, whose, when
NAME_ENDS = set("của toàn cả trên tại ở năm theo so trong được đã và thuộc".split())
FILLER = {"các", "những", "số", "lượng", "là", "có"}
NAME_WORDS = 3  # the words of a name a total must share
# what stands between a part and its percent: "78 hội viên …, chiếm", "4.040 ha lúa, …, đạt", "(chiếm"
CUE_BEFORE = re.compile(
    r"(?:chiếm|đạt|bằng|tương\s+đương)(?:\s+(?:tỷ|tỉ)\s+(?:lệ|trọng))?\s*(?:khoảng|gần|trên|hơn)?\s*$",
    re.IGNORECASE,
)
CLAUSE_END = re.compile(r"[.;:]\s|[.;:]$")
CHANGE_BEFORE = re.compile(r"\b(?:tăng|giảm|thêm)\s+(?:thêm\s+)?(?:khoảng|gần|trên|hơn)?\s*$", re.IGNORECASE)
# a figure given as the whole of something: "Tổng số hộ nghèo …", "Toàn hội có …", "cả nước có …"
AS_A_WHOLE = re.compile(r"\b(?:tổng|toàn|cả\s+nước|tất\s+cả)\b", re.IGNORECASE)
# a figure followed by its own share: "… hơn 2,55 tỷ USD, chiếm 41,3% …"
SHARE_NEXT = re.compile(r"^[^\d.;]{0,30}?(?:chiếm|bằng|tương\s+đương)\b", re.IGNORECASE)
PART_GAP = 120  # characters at most between a part and its percent
WHOLE_REACH = 160  # characters before a total its name may stand in


def _name(after: str) -> list[str]:
    m = NAMED_AFTER.match(after)
    if m is None:
        return []
    words = []
    for word in m.group(1).lower().split():
        if word in NAME_ENDS:
            break
        if word not in FILLER:
            words.append(word)
    return words[:NAME_WORDS]


def _part(text: str, qs: list[Quantity], i: int) -> Quantity | None:
    """The figure the percent ``qs[i]`` is the share of: the last before it in its clause, past the percents of
    other bases it may be given with ("thu nội địa 8.713,58 tỷ đồng, đạt 72,03% dự toán, tăng 23,11% và chiếm
    99,19% tổng thu"), with a cue just before the percent; not a change ("tăng 15.410 tỷ đồng, chiếm …")."""
    percent = qs[i]
    part = next((q for q in reversed(qs[:i]) if q.kind != "percent"), None)
    if part is None or part.kind not in ("count", "money"):
        return None
    between = text[part.end : percent.start]
    if len(between) > PART_GAP or not CUE_BEFORE.search(between) or CLAUSE_END.search(between):
        return None
    return None if CHANGE_BEFORE.search(text[max(0, part.start - 20) : part.start]) else part


@dataclass(frozen=True)
class _Whole:
    """A figure given as the whole of something ("Tổng số hộ nghèo …", "Toàn hội có …"), with the words that name
    it and the year its sentence gives it for."""

    block: int
    quantity: Quantity
    words: frozenset[str]
    year: str | None
    left: str  # the words of its clause before it
    right: str  # the words after it: its unit and what it counts

    def named_as(self, name: list[str]) -> bool:
        """Named in just those words: what it counts ("251 hội viên") or "tổng số hộ nghèo … 9.214"."""
        said = re.findall(r"[^\W\d_]+", self.right.lower())
        if [w for w in said if w not in FILLER][: len(name)] == name:
            return True
        return (
            re.search(r"\btổng\s+(?:số\s+)?" + r"\s+".join(map(re.escape, name)) + r"\b", self.left, re.I)
            is not None
        )


def _wholes(texts: list[str], found: list[list[Quantity]]) -> list[_Whole]:
    out = []
    for block, (text, qs) in enumerate(zip(texts, found)):
        for j, q in enumerate(qs):
            if q.kind not in ("count", "money"):
                continue
            before = qs[j - 1] if j else None
            left = text[max(0, q.start - WHOLE_REACH, before.end if before else 0) : q.start]
            if before is not None and before.kind == "percent":
                # what the percent before is of names no figure after it: "chiếm 0,92% so với tổng số hộ dân cư, có 924 hộ"
                of_it = NAMED_AFTER.match(left)
                left = left[of_it.end() :] if of_it else left
            left = re.split(r"[.;:()]\s?", left)[-1]
            right = _after(text, q)
            # a cell of a row of figures: which column it is, the words do not say
            if AS_A_WHOLE.search(left) and not re.match(r"\s*\d", right):
                words = frozenset(re.findall(r"[^\W\d_]+", (left + " " + right).lower()))
                out.append(_Whole(block, q, words, _year(text, q), left, right))
    return out


def _after(text: str, q: Quantity) -> str:
    return re.split(r"[.;,()]", text[q.end : q.end + 40])[0]


def _same_kind(text: str, whole: Quantity, part_text: str, part: Quantity, name: list[str]) -> bool:
    """The figure counts what the part counts, in the same words beyond the name ("190 trường đạt chuẩn quốc gia" and
    "sẽ có 202 trường đạt chuẩn quốc gia"): another count of the part (planned, of another year), not its whole."""
    mine = _after(text, whole).lower().split()[:3]
    return len(mine) > len(name) and mine == _after(part_text, part).lower().split()[:3]


YEAR = re.compile(r"(?<![\d/.,])(?:19|20)\d\d(?![\d/.,])")


def _year(text: str, q: Quantity) -> str | None:
    """The year named last before ``q`` in its sentence ("cụ thể năm 2010 số hộ nghèo là 34.144 hộ")."""
    s, _ = sentence_of(text, q.start)
    years = YEAR.findall(text[s : q.start])
    return years[-1] if years else None


def _part_of_it(text: str, qs: list[Quantity], q: Quantity, name: list[str]) -> bool:
    """``q`` is followed by its own share of the whole ``name`` names ("với tổng vốn đầu tư hơn 2,55 tỷ USD, chiếm
    41,3% tổng vốn đầu tư", "27.284.906 ha (chiếm 82,37% tổng diện tích tự nhiên và chiếm 87,99% tổng diện tích đất
    đã sử dụng)"): a part of that whole, not it."""
    if SHARE_NEXT.match(text[q.end :]) is None:
        return False
    end = q.end + len(re.split(r"[.;]\s", text[q.end : q.end + PART_GAP + 80])[0])
    return any(
        p.kind == "percent" and q.end <= p.start and p.end <= end and _name(text[p.end : end]) == name
        for p in qs
    )


def base_named_percents(texts: list[str], kinds: list[str] | None = None) -> list[Claim]:
    found = [find_quantities(text) for text in texts]
    claims: list[Claim] = []
    wholes: list[_Whole] | None = None
    for block, (text, qs) in enumerate(zip(texts, found)):
        if kinds is not None and kinds[block] != "paragraph":
            continue
        for i, percent in enumerate(qs):
            if percent.kind != "percent":
                continue
            name = _name(text[percent.end : percent.end + 80])
            part = _part(text, qs, i) if name else None
            if part is None:
                continue
            wholes = _wholes(texts, found) if wholes is None else wholes
            claim = _share(texts, found, block, part, percent, name, wholes)
            if claim is not None:
                claims.append(claim)
    return claims


def _share(
    texts: list[str],
    found: list[list[Quantity]],
    block: int,
    part: Quantity,
    percent: Quantity,
    name,
    wholes: list[_Whole],
):
    text = texts[block]
    key, year = measure_key(part), _year(text, part)
    fitting = [
        w
        for w in wholes
        if w.quantity is not part
        and w.quantity.kind == part.kind
        and w.quantity.value > part.value
        and all(word in w.words for word in name)
        and (part.kind == "money" or counts_alike(measure_key(w.quantity), key))
        and (w.year is None or year is None or w.year == year)
        and not _part_of_it(texts[w.block], found[w.block], w.quantity, name)
        and not _same_kind(texts[w.block], w.quantity, text, part, name)
    ]
    if not fitting:
        return None
    span = sentence_of(text, part.start)
    # share_of_one tries the last first: the nearest before the percent, then those further back, then those after
    here = (block, percent.start)
    after = [w for w in fitting if (w.block, w.quantity.start) > here][::-1]
    ordered = after + [w for w in fitting if (w.block, w.quantity.start) < here]
    claim = share_of_one(block, span, [w.quantity for w in ordered], part, percent)
    if claim is None:
        return None
    whole = next(w for w in ordered if w.quantity is claim.quantities[0])
    if claim.status == "fail" and (len(name) < 2 or not whole.named_as(name)):
        # a name of one word ("tổng số hộ") or words only near the figure: which whole is meant is not sure enough
        return None
    claim.places = (
        (whole.block, sentence_of(texts[whole.block], whole.quantity.start)),
        (block, span),
        (block, span),
    )
    claim.notes.append("base named")
    return claim
