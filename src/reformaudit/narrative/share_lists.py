"""The shares of a list's parts: "Trong số 329 vụ việc đã giải quyết có 32 vụ việc … đúng (chiếm 9,73%); 34 vụ việc
… đúng một phần (chiếm 10,33%); 263 vụ việc … sai toàn bộ (chiếm 79,94%)". Each part's percent follows it after
"chiếm" or "tỷ lệ" (or, within the list, stands for a part it names: "số hoãn và tạm đình chỉ chiếm 0,83%"); a list
whose percents reach 100 % within their rounding, or come within 3 points of it, is all of the whole. One sentence may hold two such lists ("18,2% … đúng, 54,5% … sai, 27,3%
…; 10,5% … đúng, 63,2% …, 26,3% …"): a list ends where its percents reach 100 %. Read from the shape of the
sentence, so a list that does not add up is a warning.

>>> text = "Có 32 vụ việc đúng (chiếm 9,73%); 34 vụ việc đúng một phần (chiếm 10,33%); 263 vụ việc sai (chiếm 79,94%)."
>>> from reformaudit.narrative.quantities import find_quantities
>>> [(c.status, round(c.computed, 2)) for c in share_list_claims(text, 0, (0, len(text)), find_quantities(text))]
[('ok', 100.0)]
"""

from __future__ import annotations

import re

from .claim import Claim, shares_claim
from .quantities import Quantity

CUE = re.compile(r"(?:chiếm|(?:tỷ|tỉ)\s+lệ)\s*(?:(?:tỷ|tỉ)\s+lệ\s*)?(?:là\s*)?$", re.IGNORECASE)
ALL_OF_IT = (97.0, 103.0)
NEAR = 60


def share_list_claims(text: str, block: int, span, qs: list[Quantity]) -> list[Claim]:
    here = [q for q in qs if span[0] <= q.start < span[1]]
    shares = []
    for i, p in enumerate(here):
        if (
            p.kind != "percent"
            or p.approx
            or p.above
            or not CUE.search(text[max(span[0], p.start - 25) : p.start])
        ):
            continue
        before = [q for q in here[:i] if q.kind in ("count", "money", "percent")]
        if not before:
            continue
        if before[-1].kind == "percent":
            if shares and before[-1] is shares[-1] and re.search(r"[,;]", text[before[-1].end : p.start]):
                shares.append(p)  # the next part, named by words alone
            continue  # else "chiếm 79,56% … (giảm 3,64% …)": not a part's own percent
        if p.start - before[-1].end <= NEAR and not re.search(r"[;.]", text[before[-1].end : p.start]):
            shares.append(p)
    claims = []
    group: list[Quantity] = []
    for p in shares:
        group.append(p)
        claim = shares_claim(block, span, group)
        if len(group) >= 2 and claim.status == "ok":
            claims.append(claim)
            group = []
    if len(group) >= 2 and ALL_OF_IT[0] <= sum(p.value for p in group) <= ALL_OF_IT[1]:
        claims.append(shares_claim(block, span, group))
    for claim in claims:
        claim.uncertain = True
    return claims
