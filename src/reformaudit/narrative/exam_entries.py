"""Candidates entered for the school-leaving examination, as the ministry and the provinces report them: "tổng số thí
sinh đăng ký dự thi là 1.024.063, trong đó, thí sinh tự do 37.841; thí sinh chỉ xét tốt nghiệp là 47.769, chiếm 4,66%
tổng số thí sinh; thí sinh chỉ xét tuyển sinh đại học là 34.155, …; thí sinh xét tốt nghiệp và tuyển sinh là 943.340,
…".

Each candidate enters for one of three purposes — graduation only, admission only, or both — so the three are all of
the candidates entered; each figure of the account with its own share ("chiếm 4,66%", "(47,90%)") is a share of them.
Candidates who left school earlier ("tự do"), who entered online or on paper, who chose a combined test, are other
cuts of the same whole.

>>> text = ("Toàn tỉnh có 35.094 thí sinh đăng ký dự thi, trong đó, 13.600 thí sinh chỉ xét tốt nghiệp, {} đăng ký xét "
...         "tốt nghiệp, cao đẳng và đại học, 994 thí sinh chỉ đăng ký xét đại học và cao đẳng.")
>>> [(c.kind, c.status) for c in exam_entry_claims(text.format("20.500"))]
[('breakdown', 'ok')]
>>> [(c.kind, c.status, c.severity) for c in exam_entry_claims(text.format("20.437"))]
[('breakdown', 'fail', 'error')]
>>> text = ("Tổng số thí sinh đăng ký dự thi tốt nghiệp THPT là 12.450, trong đó, thí sinh chỉ xét tốt nghiệp là 2.310; "
...         "thí sinh chỉ xét tuyển sinh là 415; thí sinh vừa xét tốt nghiệp vừa xét tuyển sinh là 9.752.")
>>> [(c.kind, c.status, c.severity, c.quantities[0].raw) for c in exam_entry_claims(text)]
[('breakdown', 'fail', 'error', '12.450')]
"""

from __future__ import annotations

import re

from .across import account_runs, claims_across
from .claim import Claim, breakdown, part_share, shares_claim
from .quantities import Quantity, find_quantities
from .sentences import by_sentence

CANDIDATES = r"(?:thí\s+sinh|TS)"
ENTERED = re.compile(
    rf"(?:tổng\s+số\s+)?{CANDIDATES}\s+(?:\(TS\)\s+)?(?:đăng\s+k[ýí]\s+)?(?:dự\s+thi|ĐKDT)", re.IGNORECASE
)
BOTH = re.compile(
    r"vừa\s+(?:xét|tham\s+gia|thi).{0,60}?vừa\s+(?:xét|tham\s+gia|thi)|(?:2|hai)\s+mục\s+đích"
    r"|xét\s+(?:công\s+nhận\s+)?tốt\s+nghiệp(?:\s+THPT)?\s*(?:,|và)\s*(?:đăng\s+ký\s+)?(?:cao\s+đẳng|đại\s+học|ĐH"
    r"|xét\s+tuyển|tuyển\s+sinh)",
    re.IGNORECASE,
)
GRADUATION = re.compile(
    r"chỉ\s+(?:để\s+)?(?:thi\s+)?(?:xét\s+)?(?:công\s+nhận\s+)?tốt\s+nghiệp", re.IGNORECASE
)
ADMISSION = re.compile(
    r"chỉ\s+(?:để\s+)?(?:đăng\s+ký\s+)?(?:thi\s+|xét\s+)(?:tuyển|đại\s+học|ĐH)", re.IGNORECASE
)
CLAUSE_REST = re.compile(r"[^,;.()\d]*")
TO_NEXT_FIGURE = re.compile(r"[^;.()\d]*")
SPEAKS_OF_PURPOSE = re.compile(r"tốt\s+nghiệp|tuyển|đại\s+học", re.IGNORECASE)
PURPOSES = (("both", BOTH), ("graduation", GRADUATION), ("admission", ADMISSION))
# figures of the account that are no count of all candidates
OTHER_CUT = re.compile(
    r"tự\s+do|trực\s+tuyến|trực\s+tiếp|lớp\s+12|tổ\s+hợp|môn|nguyện\s+vọng|vắng|vi\s+phạm|miễn", re.IGNORECASE
)
# "…, chiếm 4,66%", "(47,90%)"; not "… /3.059 thí sinh dự thi, đạt tỷ lệ 70,74%", an x/y's own rate
SHARE = re.compile(r"\s*(?:,\s*|\(\s*)(?:chiếm\s*(?:tỷ|tỉ)?\s*(?:lệ)?)?\s*(?:khoảng|gần|hơn|trên)?\s*$", re.I)
OTHER_BASE = re.compile(r"\s*(?:so\s+với|của|trên|số)\b|\s*tổng\s+số\s+(?!thí\s+sinh)", re.IGNORECASE)
OF_CANDIDATES = re.compile(CANDIDATES, re.IGNORECASE)
ACCOUNT_RUN = 5
# "Trong số thí sinh đăng ký dự thi thì có 214,097 thí sinh …": some of the candidates, not all of them
AMONG = re.compile(rf"\btrong\s+(?:tổng\s+)?số\s+{CANDIDATES}\b[^\d]*$", re.IGNORECASE)


def _words(text: str, q: Quantity, lo: int) -> tuple[str, str]:
    """What is said of ``q``: the words since the figure or sentence start before it, and its own words after it up
    to the next separator."""
    after = CLAUSE_REST.match(text, q.end)
    return text[lo : q.start], after.group(0) if after else ""


def _purpose(text: str, q: Quantity, before: str, clause: str) -> str | None:
    """The purpose ``q``'s candidates entered for: named in its own clause after it, or on to the next figure ("20.437
    đăng ký xét tốt nghiệp, cao đẳng và đại học, 994 …"), or before it ("thí sinh chỉ xét tốt nghiệp là 47.769");
    ``before`` and ``clause`` are its words as :func:`_words` finds them."""
    # past the clause only when it names a purpose its comma cuts short, not into the next figure's words ("… là
    # 12.450, trong đó, thí sinh chỉ xét tốt nghiệp là 2.310")
    further = TO_NEXT_FIGURE.match(text, q.end) if SPEAKS_OF_PURPOSE.search(clause) else None
    for words in (clause, further.group(0) if further else "", before):
        found = {name for name, pattern in PURPOSES if pattern.search(words)}
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    return None


def exam_entry_claims(text: str, block: int = 0) -> list[Claim]:
    qs = find_quantities(text)
    total: Quantity | None = None
    total_span = None
    purposes: dict[str, Quantity] = {}
    shares: list[tuple[Quantity, Quantity, tuple[int, int]]] = []
    for span, here in by_sentence(text, qs):
        for k, q in enumerate(here):
            if q.kind != "count":
                continue
            lo = here[k - 1].end if k else span[0]
            before, after = _words(text, q, lo)
            purpose = _purpose(text, q, before, after)
            if total is None:
                window = before + text[q.end : q.end + 40]
                if (
                    purpose is None
                    and ENTERED.search(window)
                    and not OTHER_CUT.search(before + after)
                    and not AMONG.search(before)
                ):
                    total, total_span = q, span
                continue
            if purpose and purpose not in purposes:
                purposes[purpose] = q
            percent = here[k + 1] if k + 1 < len(here) else None
            if (
                percent is not None
                and percent.kind == "percent"
                and SHARE.fullmatch(text[q.end + len(after) : percent.start])
                and not OTHER_BASE.match(text, percent.end)
                and (purpose or OF_CANDIDATES.search(before + after))
            ):
                shares.append((q, percent, span))
    if total is None or total_span is None:
        return []
    claims = []
    if len(purposes) == 3:
        parts = sorted(purposes.values(), key=lambda q: q.start)
        claim = breakdown(block, total_span, total, parts, exhaustive=True)
        claim.notes.append("exam entries")
        claims.append(claim)
    for part, percent, span in shares:
        claim = part_share(block, span, total, part, percent, slack=True)
        claim.uncertain = True
        claim.notes.append("exam entries")
        claims.append(claim)
    of_purposes = [p for q, p, _ in shares if q in purposes.values()]
    if len(of_purposes) == 3:
        claims.append(shares_claim(block, total_span, of_purposes))
        claims[-1].notes.append("exam entries")
    return claims


def exam_entries_across(texts: list[str], kinds: list[str]) -> list[Claim]:
    """The account told over consecutive paragraphs ("… có 1.014.972 thí sinh đăng ký dự thi." / "Số thí sinh … chỉ xét
    tốt nghiệp là hơn 222.500, chiếm 21,79%." / …): a warning at most."""
    return [
        c
        for run in account_runs(texts, kinds, OF_CANDIDATES.search, ACCOUNT_RUN)
        for c in claims_across([(b, texts[b], 0) for b in run], exam_entry_claims)
    ]
