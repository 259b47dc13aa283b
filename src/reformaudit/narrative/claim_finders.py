"""What the readers share of a sentence's shape — what can be the whole of a list (not a change, a multiple or what
each has), the brackets of a sentence, a percent's own base named after it — and two small finders: counts over one
base that cannot add up to more than it, and a footnote that lists a figure's parts. See
:mod:`reformaudit.narrative.claims` for the kinds, :mod:`reformaudit.narrative.percents` for rates and shares and
:mod:`reformaudit.narrative.breakdowns` for totals and their parts."""

from __future__ import annotations

import re

import pandas as pd

from .claim import Claim, breakdown
from .partitions import is_partition
from .quantities import Quantity, find_quantities
from .sentences import sentences

TRONG_DO = re.compile(r"trong\s+đó", re.IGNORECASE)


CHANGED = re.compile(
    r"(?:tăng|(?<!cắt )giảm|thêm|bớt)\s*(?:được\s*)?(?:hơn|gần|khoảng|trên)?\s*$", re.IGNORECASE
)


def changed(text: str, q: Quantity, start: int = 0) -> bool:
    """``q`` is how far a figure moved, by the words right before it (after ``start``): "tăng 7.240 việc"."""
    return CHANGED.search(text[max(start, q.start - 12) : q.start]) is not None


# a change given as a percent, then as an amount: "59.765 ha, tăng 3,09% bằng 1.790 ha"
RESTATED_CHANGE = re.compile(
    r"(?:tăng|giảm)\s+(?:hơn|gần|khoảng|trên)?\s*\d[\d.,]*\s*%\s*,?\s*"
    r"(?:bằng|tương\s+ứng(?:\s+với)?|tương\s+đương(?:\s+với)?|tức(?:\s+là)?|hay)\s*(?:hơn|gần|khoảng|trên)?\s*$",
    re.IGNORECASE,
)


def can_be_whole(text: str, q: Quantity, start: int) -> bool:
    """A change ("tổng số thụ lý là 736.747 việc, tăng 39.080 việc …, trong đó: …") is never the whole of a list."""
    # "gấp 1,1 lần mức bình quân … (29.767 doanh nghiệp)": a multiplier is no whole either, nor what each has,
    # "… Vĩnh Linh và Vĩnh Định mỗi đơn vị có 1 giải. Trong đó có 9 giải Nhì …"
    return (
        not changed(text, q, start)
        and not EXCESS.search(text[max(start, q.start - 30) : q.start])
        and not restates_change(text, q, start)
        and not TIMES.match(text, q.end)
        and not per_item(text, q, start)
        and not SEATS.search(text[max(start, q.start - 20) : q.start])
    )


# how far a figure went past its plan: "tổng diện tích gieo trồng … hơn 352.660 ha, vượt kế hoạch 2.660 ha, gồm: …"
# (not a bare "vượt": "Thu hút đầu tư vượt 107.500 tỷ đồng, trong đó …" is "more than")
EXCESS = re.compile(
    r"\bvượt\s+(?:kế\s+hoạch|chỉ\s+tiêu|mức|dự\s+toán)(?:\s+(?:đề\s+ra|được\s+giao))?\s*(?:hơn|gần|khoảng|trên)?\s*$",
    re.IGNORECASE,
)


# the seats an election fills, not the nominees listed after them: "giới thiệu 63 người … để bầu 35 vị đại biểu …;
# trong đó cấp huyện giới thiệu 30 người, cấp xã giới thiệu 33 người"
SEATS = re.compile(r"\b(?:để\s+bầu(?:\s+(?:lấy|ra))?|bầu\s+lấy)\s*$", re.IGNORECASE)


def restates_change(text: str, q: Quantity, start: int) -> bool:
    """``q`` is a change stated first as a percent: "tăng 3,09% bằng 1.790 ha"."""
    return RESTATED_CHANGE.search(text[max(start, q.start - 45) : q.start]) is not None


def per_item(text: str, q: Quantity, start: int) -> bool:
    """What each of several has: "… Vĩnh Linh và Vĩnh Định mỗi đơn vị có 1 giải"."""
    return EACH.search(text[max(start, q.start - 30) : q.start]) is not None


EACH = re.compile(r"\bmỗi\b[^.;,:()\d]*$", re.IGNORECASE)


TIMES = re.compile(r"\s*lần\b", re.IGNORECASE)


# a percent of the base it names: a plan, a period, or the population a coverage rate is of ("Bảo hiểm y tế là
# 2.885.885 người, …, đạt 92,34% dân số"; "… đạt 22,30% lực lượng lao động trong độ tuổi")
OWN_BASE = re.compile(
    r"^\s*(?:so\s+với\s+)?(?:tổng\s+)?(?:kế\s+hoạch|dự\s+toán|mục\s+tiêu|chỉ\s+tiêu|cùng\s+kỳ|dân\s+số|lực\s+lượng\s+lao\s+động)",
    re.I,
)


TOTAL_NAMED = re.compile(r"\btổng\s+số\s+((?:[^\W\d]+\s*){1,3})", re.IGNORECASE)
NAME_FILLER = {"là", "các", "của", "được", "đã", "số", "việc", "có", "trong"}


def named_otherwise(after_percent: str, before_total: str) -> bool:
    """The percent names its base "tổng số …" in words the figure's own "tổng số …" does not share: "chiếm 54,86%
    trong tổng số phải thi hành" is not of the "tổng số giải quyết là 11.829 việc" (a base the text does not give)."""
    named, own = TOTAL_NAMED.search(after_percent), TOTAL_NAMED.findall(before_total)
    if named is None or not own:
        return False
    words = set(named.group(1).lower().split()) - NAME_FILLER
    return bool(words) and not words & (set(own[-1].lower().split()) - NAME_FILLER)


ASIDE = re.compile(r"\([^()]*\)")  # a bracket closed within the text: "(đã thu 1,36 tỷ đồng)"


def brackets(text: str, start: int, end: int):
    """The outermost brackets between ``start`` and ``end``, as (opening, closing) places; one never closed ends at
    its first ";" ("3.830 giường bệnh (tuyến tỉnh 1.630 giường, …, tuyến xã 1.040 giường; 4.483 cán bộ y tế (…)")."""
    depth, opened = 0, None
    for i in range(start, end):
        if text[i] == "(":
            if depth == 0:
                opened = i
            depth += 1
        elif text[i] == ")" and depth:
            depth -= 1
            if depth == 0 and opened is not None:
                yield opened, i
    if depth and opened is not None:
        semicolon = text.find(";", opened, end)
        if semicolon > 0:
            yield opened, semicolon
            yield from brackets(text, semicolon + 1, end)


def in_brackets(pairs: list[tuple[int, int]]):
    """Whether a quantity stands inside one of the brackets ``pairs`` (as :func:`brackets` finds them)."""
    return lambda q: any(o < q.start < c for o, c in pairs)


def alone_in_brackets(text: str, q: Quantity) -> bool:
    """``q`` is all its bracket holds, the figure of the words before it: "gồm: Hà Giang (42), Bắc Cạn (19), …"."""
    return bool(re.search(r"\(\s*$", text[max(0, q.start - 3) : q.start])) and bool(
        re.match(r"\s*\)", text[q.end : q.end + 3])
    )


# what was done to the things counted, one stage after another: their counts nest
STAGE = re.compile(
    r"(?:triển\s+khai|kết\s+thúc|phát\s+hành|hoàn\s+thành|ban\s+hành|giải\s+quyết|tiếp\s+nhận|thực\s+hiện|"
    r"công\s+bố|cắt\s+giảm|đơn\s+giản\s+hóa|xử\s+lý)(?:\s+\w+){0,2}\s*$",
    re.IGNORECASE,
)


def _a_stage(text: str, q: Quantity, start: int) -> bool:
    return bool(STAGE.search(text[max(start, q.start - 30) : q.start]))


def common_whole_claims(text: str, block: int, span, qs: list[Quantity]) -> list[Claim]:
    """x/y counts over one y whose words split it ("23/31 cơ quan nhóm tốt; 08/31 cơ quan nhóm khá") cannot add up
    to more than y; counts of things that may be counted twice ("91/150 xã đạt tiêu chí số 1; 102/150 xã đạt tiêu chí
    số 5"), stages one inside the other ("đã triển khai 126/220 cuộc …, kết thúc 108/220 cuộc") or all of y ("34/34")
    may."""
    groups: dict[float, list[Quantity]] = {}
    for q in qs:
        if span[0] <= q.start < span[1] and q.kind == "ratio" and not q.money and q.denominator:
            groups.setdefault(q.denominator, []).append(q)
    claims = []
    for den, ratios in groups.items():
        if (
            len(ratios) >= 2
            and not any(_a_stage(text, r, span[0]) or r.numerator == den for r in ratios)
            and is_partition(text, ratios, qs, span[0])
        ):
            computed = sum(r.sides[0] for r in ratios)
            status = "ok" if computed <= den + 1e-9 else "fail"
            claims.append(
                Claim("common_whole", block, span, ratios, ["part"] * len(ratios), den, computed, status)
            )
    return claims


LIST_FOOTNOTE = re.compile(r"^\s*(?:bao\s+)?gồm\s*:", re.IGNORECASE)


NAMED_COUNT = re.compile(r"(?:\(\s*(\d[\d.]*)\s*\)|:\s*(\d[\d.]*)\b)")


def footnote_claims(narrative: pd.DataFrame) -> list[Claim]:
    """A footnote that lists the parts ("Gồm: … (01); … (04)", "Lộc Ninh: 44, Sở Y tế: 65") of the count
    its marker follows."""
    claims = []
    rows = narrative.reset_index(drop=True)
    marked = {n: (i, offset) for i, markers in enumerate(rows["markers"]) for offset, n in markers}
    for _, row in rows[rows["kind"] == "footnote"].iterrows():
        if row["footnote"] not in marked:
            continue
        note = row["text"]
        parts = [q for q in find_quantities(note) if q.kind == "count"]
        named = {m.start(1) if m.group(1) else m.start(2) for m in NAMED_COUNT.finditer(note)}
        if not parts or not (LIST_FOOTNOTE.match(note) or all(q.start in named for q in parts)):
            continue
        block, offset = marked[row["footnote"]]
        text = str(rows.at[block, "text"])
        span = next(((s, e) for s, e in sentences(text) if s <= offset <= e), (0, len(text)))
        before = [
            q for q in find_quantities(text) if span[0] <= q.start and q.end <= offset and q.kind == "count"
        ]
        if not before:
            continue
        claim = breakdown(block, span, before[-1], parts, True)
        claim.notes.append(f"footnote:{row['footnote']}")
        claims.append(claim)
    return claims
