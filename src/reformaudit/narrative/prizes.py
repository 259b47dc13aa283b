"""Competitions and their prizes, as examinations, contests and fairs report them: "tỉnh có 32 học sinh đoạt giải,
gồm 9 giải Nhì, 9 giải Ba và 14 giải Khuyến khích"; "Trong số 4.589 thí sinh dự thi …, có 2.238 thí sinh đoạt giải.
Trong đó, cả nước có 97 giải Nhất (chiếm 4,25%), 520 giải Nhì (chiếm 22,78%), …".

Each winner of an examination holds one prize, so the prizes by grade (Nhất, Nhì, Ba, Khuyến khích; A, B, C;
huy chương vàng, bạc, đồng) add up to the winners, or to the prizes counted, before them: in the list's sentence, or
the sentence before when the list's opens on "Trong đó", "Cụ thể", "Gồm". A grade's share is of those winners. A list
followed by "còn lại" ("13 giải Nhất, 29 giải Nhì, còn lại là giải Ba và Khuyến khích") names some grades only and is
bounded by its whole. In sports one athlete may win several medals, so there a list that misses its whole of people is
a warning.

>>> text = "Tỉnh có 32 học sinh đoạt giải, gồm 9 giải Nhì, 9 giải Ba và {} giải Khuyến khích."
>>> [(c.kind, c.status, c.stated, c.computed) for c in prize_claims(text.format(14))]
[('breakdown', 'ok', 32.0, 32.0)]
>>> [(c.status, c.uncertain) for c in prize_claims(text.format(16))]
[('fail', False)]
>>> text = "Có 2.238 thí sinh đoạt giải. Trong đó có 97 giải Nhất (chiếm 4,33%), 520 giải Nhì, 732 giải Ba, 889 giải KK."
>>> [(c.kind, c.status) for c in prize_claims(text)]
[('breakdown', 'ok'), ('share', 'ok')]
>>> text = text.replace("520 giải Nhì", "520 giải Nhì (chiếm 23,24%)").replace("732 giải Ba", "732 giải Ba (32,71%)")
>>> [(c.kind, c.status) for c in prize_claims(text.replace("889 giải KK", "889 giải KK (39,72%)"))]
[('breakdown', 'ok'), ('share', 'ok'), ('share', 'ok'), ('share', 'ok'), ('share', 'ok'), ('shares', 'ok')]
"""

from __future__ import annotations

import re

from .claim import Claim, breakdown, part_share, shares_claim
from .claim_finders import brackets, in_brackets
from .quantities import Quantity, find_quantities
from .ratio_lists import ratio_side
from .sentences import by_sentence

WHO = r"(?:học\s+sinh|HS|thí\s+sinh|em|tác\s+phẩm|đề\s+tài|dự\s+án|sản\s+phẩm|vận\s+động\s+viên|VĐV|tập\s+thể|cá\s+nhân)"
WON = r"(?:đạt|đoạt|giành|được\s+trao|nhận|có)"
GRADE_WORD = r"(?:nhất|nhì|ba|tư|khuyến\s+khích|kk|đặc\s+biệt|[abc])"
# "97 giải Nhất", "4 HS đạt giải nhì", "11 học sinh đoạt giải Nhất", "3 huy chương vàng", "5 HCV"
GRADE = re.compile(
    rf"\s*(?:{WHO}\s+)?(?:{WON}\s+)?(?:giải\s+(?P<prize>{GRADE_WORD})|huy\s+chương\s+(?P<medal>vàng|bạc|đồng)"
    rf"|(?P<short>HC[VBĐ]))\b",
    re.IGNORECASE,
)
NOT_PRIZE = r"(?:pháp|quyết|ngân|phóng|trình|thể|tỏa|toả|đáp|thích|trí|đấu|tán|cứu|thưởng\s+nhà\s+nước)\b"
# "32 học sinh đoạt giải", "2.238 thí sinh đoạt giải", "1.355 học sinh đoạt các giải Nhất, Nhì, Ba", "141 giải ở tất
# cả các môn", "86/90 học sinh đoạt giải", "50 huy chương"
WINNERS = re.compile(
    rf"\s*(?:(?P<people>{WHO})(?:\s+[^\W\d]+){{0,4}}?\s+{WON}\s+(?:các\s+)?(?:giải|huy\s+chương)"
    rf"|(?P<prizes>giải|huy\s+chương)(?!\s+{GRADE_WORD}\b|\s+(?:vàng|bạc|đồng)\b|\s*{NOT_PRIZE}))\b",
    re.IGNORECASE,
)
GRADE_END = re.compile(rf"(?:giải\s+{GRADE_WORD}|huy\s+chương\s+(?:vàng|bạc|đồng)|HC[VBĐ])\b", re.IGNORECASE)
OPENS_PARTS = re.compile(r"\s*(?:trong\s+(?:đó|số\s+(?:đó|này))|cụ\s+thể|gồm|bao\s+gồm|kết\s+quả)\b", re.I)
BRACKET_REACH = 200  # how far past a sentence's last figure its last bracket may close
# a paragraph that goes on with the last one's
PARTS_FIRST = re.compile(rf"^{OPENS_PARTS.pattern}", re.IGNORECASE)
FIRST_THREE = re.compile(r"giải\s+nhất\s*,\s*nhì\s*(?:,|và)\s*ba\b", re.IGNORECASE)
SOME_ONLY = re.compile(
    r"còn\s+lại|các\s+giải\s+khác|giải\s+phụ|tập\s+thể|đồng\s+đội|toàn\s+đoàn", re.IGNORECASE
)
SPORT = re.compile(
    r"thể\s+thao|điền\s+kinh|hội\s+khỏe|huy\s+chương|HC[VBĐ]|bơi|cờ\s+vua|võ|bóng", re.IGNORECASE
)
PER_ENTRY = re.compile(rf"\s*{WHO}\s*/\s*", re.IGNORECASE)
SHARE_AFTER = re.compile(r"\s*\(?\s*(?:chiếm|đạt|bằng)?\s*(?:tỷ|tỉ)?\s*(?:lệ)?\s*$", re.IGNORECASE)
OTHER_BASE = re.compile(r"\s*(?:so\s+với|của|tổng|trên|số)\b", re.IGNORECASE)
# a sentence's span, its figures and the prize lists among them
Sentence = tuple[tuple[int, int], list[Quantity], list[list[Quantity]]]


def _grade(text: str, q: Quantity) -> str | None:
    """The prize grade a count counts, or None."""
    match = GRADE.match(text, q.end)
    if q.kind != "count" or not match:
        return None
    return (match.group("prize") or match.group("medal") or match.group("short")).lower()


def _winners(text: str, q: Quantity, before: list[Quantity]) -> tuple[Quantity, bool] | None:
    """The winners or prizes ``q`` counts (the x of an x/y), and whether they are people; None when it counts
    neither. Of "15 dự án/28 HS đoạt giải" the prizes are the projects'."""
    match = WINNERS.match(text, q.end)
    if not match or q.kind not in ("count", "ratio") or q.money:
        return None
    if before and before[-1].kind == "count" and PER_ENTRY.fullmatch(text, before[-1].end, q.start):
        return before[-1], False
    figure = ratio_side(q, "numerator") if q.kind == "ratio" else q
    return figure, bool(match.group("people"))


def _lists(text: str, here: list[Quantity]) -> list[list[Quantity]]:
    """Runs of counts of different grades, passing over what brackets hold ("5 giải nhất (1 Sinh học, 3 Địa lí); 20
    giải nhì …"); a grade said again starts another run."""
    if not here:
        return []
    inside = in_brackets(
        [
            (o, c)
            for o, c in brackets(text, here[0].start, min(len(text), here[-1].end + BRACKET_REACH))
            if _after_grade(text, o)
        ]
    )
    runs: list[list[Quantity]] = []
    run: list[Quantity] = []
    seen: set[str] = set()
    for q in here:
        if inside(q):
            continue
        grade = _grade(text, q)
        if grade is None or grade in seen:
            if len(run) > 1:
                runs.append(run)
            run, seen = ([q], {grade}) if grade else ([], set())
            continue
        run.append(q)
        seen.add(grade)
    if len(run) > 1:
        runs.append(run)
    return runs


def _after_grade(text: str, at: int) -> bool:
    """Whether the bracket opening at ``at`` follows a grade's count: what it holds is that grade's own split."""
    ends = [m.end() for m in GRADE_END.finditer(text, max(0, at - 40), at + 1)]
    return bool(ends) and not text[ends[-1] : at].strip()


def prize_claims(text: str, block: int = 0) -> list[Claim]:
    claims: list[Claim] = []
    before: Sentence | None = None
    for span, here in by_sentence(text, find_quantities(text)):
        lists = _lists(text, here)
        # lists of one whole, the grades of each of its bodies in turn ("khối lớp 8 đoạt 2 Huy chương Vàng, …; khối
        # lớp 9 đoạt 2 Huy chương Vàng, …" of "15 học sinh đoạt giải"), are one list
        of_whole: dict[int, tuple[tuple[Quantity, bool], list[list[Quantity]]]] = {}
        for parts in lists:
            whole = _whole(text, span, here, parts, before)
            if whole is not None:
                of_whole.setdefault(whole[0].start, (whole, []))[1].append(parts)
        for (total, people), lists in of_whole.values():
            parts = [q for run in lists for q in run]
            if total.value < max(p.value for p in parts):
                continue
            after = text[parts[-1].end : span[1]]
            some_only = bool(SOME_ONLY.search(after)) or not all(
                _down_to_the_last(text, run) for run in lists
            )
            claim = breakdown(block, span, total, parts, exhaustive=not some_only, subset=some_only)
            claim.uncertain = claim.uncertain or (people and bool(SPORT.search(text)))
            claim.notes.append("prize list")
            claims.append(claim)
            if len(lists) == 1:
                claims += _grade_shares(text, block, span, here, total, parts, not some_only)
        before = (span, here, lists)
    return claims


def _down_to_the_last(text: str, parts: list[Quantity]) -> bool:
    """Whether the grades listed run down to the last one given, so that none is left out: "khuyến khích", a bronze
    medal, "C"; or "Ba" where the winners are said to be of the first three ("đoạt các giải Nhất, Nhì, Ba")."""
    grades = {_grade(text, q) for q in parts}
    if grades & {"khuyến khích", "kk", "đồng", "hcđ", "c"}:
        return True
    return "ba" in grades and bool(FIRST_THREE.search(text, 0, parts[0].start))


def _whole(text, span, here, parts, before: Sentence | None) -> tuple[Quantity, bool] | None:
    """The winners or prizes the grades of ``parts`` share out: the last counted before them in their sentence and
    not in an aside ("(cả nước có 750 giải dành cho khối 8)"), else the first winners of the sentence before when
    theirs opens on the parts."""
    aside = in_brackets([(o, c) for o, c in brackets(text, span[0], parts[0].start) if c < parts[0].start])
    own = [
        w
        for k, q in enumerate(here)
        if q.end <= parts[0].start and not aside(q) and (w := _winners(text, q, here[:k]))
    ]
    if own:
        return own[-1]
    if before is None or not OPENS_PARTS.match(text, span[0]):
        return None
    _, earlier, earlier_lists = before
    if earlier_lists:
        return None  # the sentence before has prizes of its own: these are another body's
    # the winners the sentence is of, first ("… có 30 học sinh đạt giải, riêng Trường … chiếm đến 25 giải; …"), not
    # prizes some unit holds ("Trường … có 28 giải; các trường … mỗi đơn vị có 1 giải", "Hà Nội có 207 giải … thì
    # Trường … giành 117 giải")
    found = [w for k, q in enumerate(earlier) if (w := _winners(text, q, earlier[:k])) and w[1]]
    return found[0] if found else None


def _grade_shares(text, block, span, here, total, parts, exhaustive) -> list[Claim]:
    """Each grade's share of the winners, written right after its count ("97 giải Nhất (chiếm 4,25%)"), unless the
    percent names a base of its own ("chiếm 5% tổng số thí sinh dự thi"); a warning at most. The shares of
    every grade add up to 100 %."""
    claims: list[Claim] = []
    for part in parts:
        percent = next((q for q in here if q.start > part.end), None)
        if percent is None or percent.kind != "percent" or percent.start > span[1]:
            continue
        between = text[_grade_end(text, part) : percent.start]
        if not SHARE_AFTER.fullmatch(between) or OTHER_BASE.match(text, percent.end):
            continue
        claim = part_share(block, span, total, part, percent)
        claim.uncertain = True
        claim.notes.append("prize list")
        claims.append(claim)
    if exhaustive and len(claims) == len(parts) > 1:
        claims.append(shares_claim(block, span, [c.quantities[2] for c in claims]))
        claims[-1].notes.append("prize list")
    return claims


def _grade_end(text: str, q: Quantity) -> int:
    match = GRADE.match(text, q.end)
    return match.end() if match else q.end
