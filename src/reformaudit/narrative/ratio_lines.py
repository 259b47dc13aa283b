"""Lines each with one x/y under a total written x/y, one line a unit (a polling area, an office):

    Đến 15h30 phút toàn phường có 26.975/28.388 cử tri đã tham gia bỏ phiếu, đạt 95,02%. Cụ thể:
    Khu vực bỏ phiếu số 1 = 2.443/2.503 = 97,6%
    Khu vực bỏ phiếu số 2 = 2.084/2.148 = 97,02%
    …

The lines' x add up to the total's x, their y to its y. That the lines are all the units is read from the layout,
not said: a side that comes within 2 % of the total's is all of it and a slip when it misses (a warning); one further
off may be a selection of the units, and says nothing.

>>> texts = ["Toàn phường có 2.000/2.400 cử tri đã bỏ phiếu. Cụ thể:", "Khu vực số 1 = 700/800 = 87,5%",
...          "Khu vực số 2 = 600/800 = 75%", "Khu vực số 3 = 700/790 = 88,61%"]
>>> [(c.status, c.stated, c.computed, c.severity) for c in ratio_line_claims(texts, ["paragraph"] * 4)]
[('ok', 2000.0, 2000.0, None), ('fail', 2400.0, 2390.0, 'warning')]
"""

from __future__ import annotations

from .claim import Claim, breakdown
from .quantities import Quantity, find_quantities
from .ratio_lists import ratio_side
from .sentences import sentence_of

LINE = 160  # characters: a longer paragraph is running text, not a line of a list
MIN_LINES = 3
NEAR = 0.02  # of the total: how close a side must come to be all of it


def ratio_line_claims(texts: list[str], kinds: list[str]) -> list[Claim]:
    claims: list[Claim] = []
    for i, text in enumerate(texts):
        totals = [q for q in find_quantities(text) if _counted_ratio(q)] if kinds[i] == "paragraph" else []
        if not totals:
            continue
        lines = _lines_after(texts, kinds, i + 1)
        if len(lines) < MIN_LINES:
            continue
        total = totals[-1]
        for side in ("numerator", "denominator"):
            claim = _side_claim(texts, i, total, lines, side)
            if claim is not None:
                claims.append(claim)
    return claims


def _counted_ratio(q: Quantity) -> bool:
    return q.kind == "ratio" and not q.money and q.denominator is not None and q.denominator > 0


def _lines_after(texts: list[str], kinds: list[str], start: int) -> list[tuple[int, Quantity]]:
    """The run of short paragraphs from ``start`` each with one x/y of counts and no other figure but its rate, past
    one paragraph with no figure ("Cụ thể:")."""
    lines: list[tuple[int, Quantity]] = []
    for j in range(start, len(texts)):
        if kinds[j] != "paragraph" or len(texts[j]) > LINE:
            break
        qs = find_quantities(texts[j])
        ratios = [q for q in qs if _counted_ratio(q)]
        if not qs and not lines and j == start:
            continue
        if len(ratios) != 1 or any(q.kind not in ("ratio", "percent") for q in qs):
            break
        lines.append((j, ratios[0]))
    return lines


def _side_claim(texts, block, total: Quantity, lines, side: str) -> Claim | None:
    whole = ratio_side(total, side)
    parts = [ratio_side(q, side) for _, q in lines]
    claim = breakdown(block, sentence_of(texts[block], total.start), whole, parts, True, uncertain=True)
    if claim.status != "ok" and abs(claim.computed - whole.value) > NEAR * whole.value:
        return None
    claim.places = ((block, claim.sentence),) + tuple((j, sentence_of(texts[j], q.start)) for j, q in lines)
    return claim
