"""A whole and a list of named parts, each part's figure in its own bracket: "đã đưa được 1.802 lao động đi làm việc
ở nước ngoài, tập trung vào các thị trường truyền thống như: Đài Loan (74 người), Nhật Bản (373 người), Hàn Quốc (298
người) và các thị trường khác là 658 người" (Quảng Ngãi 2018); "317 nhà hư hỏng trong đợt thiên tai này gồm: Hà
Giang (42), Bắc Cạn (19), …" (Ban Chỉ đạo phòng chống thiên tai); "thiệt hại 934 nhà, trong đó, thị xã Đức Phổ (300
nhà), huyện Sơn Tịnh (493 nhà), …". Such lists are in the reports of Quảng Ngãi, Yên Bái, Bình Định, Hà Tĩnh and Bắc
Kạn too. The parts never add up to more than the whole; they make all of it when the whole "gồm" them or the list
closes on the others ("… khác là 658 người", "còn lại"). Read from the shape of the sentence: a warning.

>>> text = "Tỉnh có 60 sản phẩm, gồm: thực phẩm (41 sản phẩm), đồ uống (12 sản phẩm) và sản phẩm khác (7 sản phẩm)."
>>> [(c.status, c.computed) for c in bracketed_part_claims(text, 0, (0, len(text)), find_quantities(text))]
[('ok', 60.0)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .breakdowns import NOT_EXHAUSTIVE
from .claim import Claim, breakdown, shape_subset
from .claim_finders import brackets, can_be_whole
from .earlier_totals import same_measure
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
    pairs = list(brackets(text, *span))
    for items in _runs(text, span, qs, pairs):
        parts = [item.figure for item in items]
        whole = _whole(text, span, qs, pairs, parts, items[0].name_start)
        if whole is None:
            continue
        exhaustive = bool(OTHERS.search(items[-1].name)) or (
            bool(COMPOSED.search(text, whole.end, items[0].name_start))
            and not NOT_EXHAUSTIVE.search(text[whole.end : span[1]])
        )
        after = next((q for q in qs if q.start > items[-1].closing), None)
        if (
            after is not None
            and after.start < span[1]
            and LAST_REST.match(text[items[-1].closing + 1 : after.start])
            and same_measure(parts[0], after)
        ):
            parts.append(after)
            exhaustive = True
        claim = breakdown(block, span, whole, parts, exhaustive, subset=not exhaustive)
        claims.append(claim if exhaustive else shape_subset(claim))
    return claims


@dataclass
class _Item:
    figure: Quantity
    name_start: int
    name: str
    opening: int  # the bracket's
    closing: int


def _runs(text: str, span, qs: list[Quantity], pairs) -> list[list[_Item]]:
    """Runs of two or more items "Name (figure)", one after another."""
    items = []
    for opening, closing in pairs:
        inside = [q for q in qs if opening < q.start and q.end <= closing]
        if len(inside) != 1 or inside[0].kind not in ("count", "money"):
            continue
        q = inside[0]
        if not FIGURE_ONLY.match(text[opening + 1 : q.start]) or not FIGURE_ONLY.match(
            text[q.end : closing] or " "
        ):
            continue
        name = NAME.search(text, span[0], opening)
        if name is not None:
            items.append(_Item(q, name.start(1), name.group(1).strip(), opening, closing))
    runs: list[list[_Item]] = []
    for item in items:
        if runs and BETWEEN.match(text[runs[-1][-1].closing + 1 : item.name_start]):
            runs[-1].append(item)
        else:
            runs.append([item])
    return [run for run in runs if len(run) >= 2]


def _whole(
    text: str, span, qs: list[Quantity], pairs, parts: list[Quantity], list_start: int
) -> Quantity | None:
    """The last figure before the list outside a bracket, of the parts' kind and measure and no smaller than any of
    them, with what opens a list between them."""
    for q in reversed([q for q in qs if span[0] <= q.start and q.end <= list_start]):
        gap = text[q.end : list_start]
        if ";" in gap or len(gap) > MAX_GAP or not OPENS.search(gap):
            return None
        if any(opening < q.start < closing for opening, closing in pairs):
            continue
        fits = all(same_measure(q, p) for p in parts) and q.value >= max(p.value for p in parts)
        return q if fits and can_be_whole(text, q, span[0]) else None
    return None
