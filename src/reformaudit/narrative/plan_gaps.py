"""A figure against the plan it names, and the amount it falls short of or exceeds it by: "tổng biên chế giao … là
61.429 biên chế. Kết quả thực hiện … là 58.146 biên chế, thấp hơn 3.283 biên chế được giao"."""

from __future__ import annotations

import re

from .change_checks import DELTA, amount_change, is_change, measure_of, slack_of
from .claim import Claim
from .quantities import Quantity, find_quantities
from .sentences import by_sentence

BELOW_PLAN = re.compile(
    r"(?:thấp\s+hơn|cao\s+hơn|vượt)\s+(?:so\s+với\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán|số\s+được\s+giao)(?:\s+là)?\s*$",
    re.IGNORECASE,
)
REFERENCE = re.compile(r"được\s+giao|\bgiao\b|kế\s+hoạch|chỉ\s+tiêu|dự\s+toán", re.IGNORECASE)


def reference_claims(text: str, block: int = 0) -> list[Claim]:
    """A figure against the plan it names, given in its sentence or the one before: "tổng biên chế giao … là
    61.429 biên chế. Kết quả thực hiện … là 58.146 biên chế, thấp hơn 3.283 biên chế được giao"; "kế hoạch vốn
    … 1.000 tỷ đồng; đã giải ngân 800 tỷ đồng, thấp hơn kế hoạch 200 tỷ đồng". The difference is an amount of
    the same measure; read from words, a difference that does not fit is a warning.

    >>> [(c.status, c.stated) for c in reference_claims("Kế hoạch giao 1.000 hồ sơ. Đã giải quyết 800 hồ sơ, thấp hơn kế hoạch 200 hồ sơ.")]
    [('ok', 200.0)]
    """
    claims: list[Claim] = []
    previous: list[Quantity] = []
    for span, found in by_sentence(text, find_quantities(text)):
        here = [q for q in found if q.kind in ("count", "money")]
        for delta in here:
            lead = text[max(span[0], delta.start - 45) : delta.start]
            if not (DELTA.search(lead) or BELOW_PLAN.search(lead)):
                continue
            named = REFERENCE.search(lead) or REFERENCE.match(text, delta.end, min(span[1], delta.end + 40))
            named = named or REFERENCE.search(text[delta.end : min(span[1], delta.end + 40)])
            if not named:
                continue
            word = named.group(0).split()[-1].lower()
            # not another change: "đạt 8.200ha, tăng 2.208ha so cuối năm 2013, vượt 1.200ha so kế hoạch"
            same = [
                q
                for q in previous + here
                if q is not delta and measure_of(q) == measure_of(delta) and not is_change(text, q, 0)
            ]
            plans = [
                q for q in same if q.start < delta.start and word in _statement(text, q, previous + here)
            ]
            actual = [q for q in same if q.start < delta.start and q not in plans]
            if len(plans) != 1 or not actual or actual[-1].start < plans[0].start:
                continue
            joined = (min(span[0], plans[0].start), span[1])
            claim = amount_change(
                block, joined, plans[0], actual[-1], delta, slack_of(plans[0], actual[-1], delta)
            )
            claim.uncertain = True
            claim.notes.append("reference")
            claims.append(claim)
        previous = here
    return claims


def _statement(text: str, q: Quantity, qs: list[Quantity]) -> str:
    """The words before ``q`` back to the quantity before it or a full stop, lower-cased."""
    left = max([max(0, q.start - 120), *(o.end for o in qs if o.end <= q.start)])
    return re.split(r"\.\s", text[left : q.start])[-1].lower()
