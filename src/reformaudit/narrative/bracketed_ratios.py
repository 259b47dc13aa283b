"""A percent and the x/y it is, in the brackets after it: "25,68% UBND cấp xã (28/107 đơn vị)", "đạt 96% (48/50
xã)", "Có 95% (19/20) cơ quan …"."""

from __future__ import annotations

import math
import re

from .claim import Claim, rate_claim
from .claim_finders import CHANGED
from .quantities import Quantity

# what the percent is of, then the bracket
RATIO_AFTER = re.compile(r"[^\d;%()]{0,40}?\(\s*$")


def ratio_after_claims(text: str, block: int, span, qs: list[Quantity]) -> list[Claim]:
    """A percent followed by the x/y it is, in the brackets after it.

    >>> from reformaudit.narrative.quantities import find_quantities
    >>> text = "Đã triển khai tại 100% sở, ngành cấp tỉnh, 25,68% UBND cấp xã (28/107 đơn vị)."
    >>> [(c.status, round(c.computed, 2)) for c in ratio_after_claims(text, 0, (0, len(text)), find_quantities(text))]
    [('fail', 26.17)]
    """
    claims = []
    here = [q for q in qs if span[0] <= q.start < span[1]]
    for p, ratio in zip(here, here[1:]):
        if (
            p.kind != "percent"
            or ratio.kind != "ratio"
            or CHANGED.search(text[max(span[0], p.start - 12) : p.start])
        ):
            continue
        if not RATIO_AFTER.fullmatch(text, p.end, ratio.start):
            continue
        top, bottom = ratio.sides
        computed = top / bottom * 100 if bottom else math.nan
        claims.append(rate_claim("ratio", block, span, [ratio, p], ["ratio", "percent"], p, computed))
    return claims
