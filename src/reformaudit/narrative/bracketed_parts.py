"""A whole and a list of named parts, each part's figure in its own bracket: "đã đưa được 1.802 lao động đi làm việc
ở nước ngoài, tập trung vào các thị trường truyền thống như: Đài Loan (74 người), Nhật Bản (373 người), Hàn Quốc (298
người) và các thị trường khác là 658 người"; "268 sản phẩm OCOP … gồm: Thực phẩm (201 sản phẩm), thủ công mỹ nghệ
(15 sản phẩm), thảo dược (21 sản phẩm), …"; "thiệt hại 934 nhà. Trong đó, thị xã Đức Phổ (300 nhà), huyện Sơn Tịnh
(493 nhà), …" (seen in reports of Quảng Ngãi, Yên Bái, Bình Định, Hà Tĩnh, Bắc Kạn, Ban Chỉ đạo phòng chống thiên
tai). The parts never add up to more than the whole; they make all of it when the list closes on the others ("… khác
là 658 người", "còn lại"). Read from the shape of the sentence: a warning.

>>> text = "Tỉnh có 60 sản phẩm, gồm: thực phẩm (41 sản phẩm), đồ uống (12 sản phẩm) và sản phẩm khác (7 sản phẩm)."
>>> [(c.status, c.computed) for c in bracketed_part_claims(text, 0, (0, len(text)), find_quantities(text))]
[('ok', 60.0)]
"""

from __future__ import annotations

import re

from .breakdowns import NOT_EXHAUSTIVE
from .claim import Claim, breakdown, shape_subset
from .claim_finders import brackets, can_be_whole
from .measures import counts_alike, measure_key
from .quantities import Quantity, find_quantities  # noqa: F401  (the doctest's)

# the bracket holds the part's figure and at most its unit: "(74 người)", "(300 nhà)", "(42)"
FIGURE_ONLY = re.compile(r"^\s*(?:khoảng|gần|hơn|trên)?\s*$|^\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*$")
# between two items: a comma, a semicolon or "và"
BETWEEN = re.compile(r"^\s*(?:[,;]\s*(?:và\s+)?|và\s+)$")
# the item's name, back to the separator before it
NAME = re.compile(r"(?:^|[,;:]|\bvà\b)\s*([^\W\d_][^\d();:,]{0,80}?)\s*$")
# what opens the list after its whole: a colon, "gồm", "như", "trong đó", "tại", "ở", "là"
OPENS = re.compile(r"[:]|\b(?:gồm|bao\s+gồm|như|trong\s+đó|tại|ở|là)\b", re.IGNORECASE)
# "gồm" says the list is all of the whole, unless it says it is not ("như", "một số", "…")
COMPOSED = re.compile(r"\b(?:bao\s+)?gồm\b", re.IGNORECASE)
OTHERS = re.compile(r"\bkhác\b|\bcòn\s+lại\b", re.IGNORECASE)
# a last part after the bracketed ones, for the rest: "và các thị trường khác là 658 người"
LAST_REST = re.compile(r"^\s*[,;]?\s*và\s+[^\d();]{0,60}?(?:khác|còn\s+lại)[^\d();]{0,20}?$", re.IGNORECASE)
MAX_GAP = 160  # characters from the whole to its list's first item


def bracketed_part_claims(text: str, block: int, span, qs: list[Quantity]) -> list[Claim]:
    claims = []
    for items in _runs(text, span, qs):
        first_name_start = items[0][1]
        parts = [q for q, _, _ in items]
        whole = _whole(text, span, qs, parts, first_name_start)
        if whole is None:
            continue
        names = [name for _, _, name in items]
        opener = text[whole.end : first_name_start]
        exhaustive = bool(OTHERS.search(names[-1])) or (
            bool(COMPOSED.search(opener)) and not NOT_EXHAUSTIVE.search(text[whole.end : span[1]])
        )
        close = text.find(")", parts[-1].end)
        after = next((q for q in qs if q.start > close), None)
        if (
            after is not None
            and after.start < span[1]
            and LAST_REST.match(text[close + 1 : after.start])
            and _alike(after, parts[0])
        ):
            parts.append(after)
            exhaustive = True
        claim = breakdown(block, span, whole, parts, exhaustive, subset=not exhaustive)
        claims.append(shape_subset(claim) if not exhaustive else claim)
    return claims


def _runs(text: str, span, qs: list[Quantity]) -> list[list[tuple[Quantity, int, str]]]:
    """Runs of two or more items "Name (figure)": each the figure, where its name starts, and the name."""
    items = []
    for opening, closing in brackets(text, *span):
        inside = [q for q in qs if opening < q.start and q.end <= closing]
        if len(inside) != 1 or inside[0].kind not in ("count", "money"):
            continue
        q = inside[0]
        if not FIGURE_ONLY.match(text[opening + 1 : q.start]) or not FIGURE_ONLY.match(
            text[q.end : closing] or " "
        ):
            continue
        name = NAME.search(text, span[0], opening)
        if name is None:
            continue
        items.append((q, name.start(1), name.group(1).strip(), opening, closing))
    runs: list[list] = []
    for item in items:
        if runs and BETWEEN.match(text[runs[-1][-1][4] + 1 : item[1]]):
            runs[-1].append(item)
        else:
            runs.append([item])
    return [[(q, start, name) for q, start, name, _, _ in run] for run in runs if len(run) >= 2]


def _alike(q: Quantity, part: Quantity) -> bool:
    key, other = measure_key(q), measure_key(part)
    return q.kind == part.kind and (not key or not other or counts_alike(key, other))


def _whole(text: str, span, qs: list[Quantity], parts: list[Quantity], list_start: int) -> Quantity | None:
    """The last figure before the list, of the parts' kind and measure, with what opens a list between them."""
    before = [q for q in qs if span[0] <= q.start and q.end <= list_start]
    for q in reversed(before):
        gap = text[q.end : list_start]
        if ";" in gap or len(gap) > MAX_GAP or not OPENS.search(gap):
            return None
        if any(b[0] < q.start < b[1] for b in brackets(text, *span)):
            continue
        if (
            all(_alike(q, p) for p in parts)
            and can_be_whole(text, q, span[0])
            and q.value >= max(p.value for p in parts)
        ):
            return q
        return None
    return None
