"""Relations taken from how inspection results are reported (thanh tra, kiểm tra): what was found, and what is
recommended about it.

Within one sentence every amount of money and every area of land (ha, m²) gets a *role* from the nearest
words before it — found in violation (phát hiện, sai phạm, vi phạm), to be recovered (kiến nghị thu hồi, nộp
ngân sách), other handling (kiến nghị khác, xem xét xử lý, xuất toán), fined or confiscated (xử phạt, tịch
thu), or already collected (đã thu hồi được) — and the model says:

- what was found is what is to be recovered plus the other handling (plus fines and confiscation), for money
  and for land separately;
- what was collected is no more than what was to be recovered, and a percent after it is of that.

Reports do not always give every use of what was found, so a relation that does not hold is a warning.

>>> text = ("Phát hiện 750 đơn vị có vi phạm với số tiền trên 353 tỷ đồng và 5.382 ha đất; kiến nghị thu hồi 240 "
...         "tỷ đồng, 572 ha đất, kiến nghị xử lý khác 265 tỷ đồng, 4.723 ha đất (đã thu trên 92 tỷ đồng và 102 ha đất).")
>>> [(c.status, [q.raw.split()[0] for q in c.quantities]) for c in inspection_claims(text)]
[('fail', ['353', '240', '265']), ('ok', ['240', '92']), ('fail', ['5.382', '572', '4.723']), ('ok', ['572', '102'])]
"""

from __future__ import annotations

import re

from .claim import Claim, breakdown, rate_claim
from .quantities import Quantity, by_sentence, find_quantities
from .roles import nearest_name

ROLES = [
    ("found", re.compile(r"phát\s+hiện|sai\s+phạm|vi\s+phạm|thiếu\s+sót", re.I)),
    ("recover", re.compile(r"thu\s+hồi|nộp\s+(?:vào\s+)?ngân\s+sách", re.I)),
    ("collected", re.compile(r"đã\s+thu(?:\s+hồi)?(?:\s+được)?|thu\s+hồi\s+được|đã\s+nộp", re.I)),
    (
        "other",
        re.compile(
            r"kiến\s+nghị\s+khác|xử\s+lý\s+khác|xem\s+xét,?\s+xử\s+lý|xuất\s+toán|loại\s+khỏi|trả\s+lại", re.I
        ),
    ),
    ("penalty", re.compile(r"xử\s+phạt|tịch\s+thu", re.I)),
]
PARTS = ("recover", "other", "penalty")
INSPECTION = re.compile(r"thanh\s+tra|kiểm\s+tra|sai\s+phạm|vi\s+phạm", re.I)
PERCENT_AFTER = re.compile(r"^\s*\(?\s*(?:đạt|bằng|chiếm)\s*(?:tỷ\s+lệ\s*)?$", re.I)


def _measure(q: Quantity) -> str | None:
    if q.kind == "money":
        return "money"
    if q.kind == "count" and q.unit.split(" ")[0] in ("ha", "m2", "m²", "hecta", "héc"):
        return q.unit.split(" ")[0]
    return None


def inspection_claims(text: str, block: int = 0) -> list[Claim]:
    """The found-and-recommended relations of one paragraph, each checked (at most a warning)."""
    if not INSPECTION.search(text):
        return []
    qs = find_quantities(text)
    claims: list[Claim] = []
    for (s0, s1), here in by_sentence(text, qs):
        roles: dict[tuple[str, str], list[Quantity]] = {}
        for q in here:
            measure = _measure(q)
            # "đã thu hồi được" is collected, though "thu hồi" ends there too
            role = nearest_name(ROLES, text[s0 : q.start], "collected") if measure else None
            if role:
                roles.setdefault((measure, role), []).append(q)
        for measure in sorted({m for m, _ in roles}, key=lambda m: (m != "money", m)):
            claims += _relations(
                text, block, (s0, s1), here, {r: v for (m, r), v in roles.items() if m == measure}
            )
    for claim in claims:
        claim.uncertain = True
        claim.notes.append("inspection")
    return claims


def _relations(text, block, span, here, roles: dict[str, list[Quantity]]) -> list[Claim]:
    if any(len(v) > 1 for v in roles.values()):
        return []  # a role given twice: two subjects in one sentence, not one account
    one = {r: v[0] for r, v in roles.items()}
    claims = []
    found = one.get("found")
    parts = [one[r] for r in PARTS if r in one]
    # fines stand beside what was found unless the account also gives its other handling
    if found is not None and {"recover", "other"} <= one.keys() and found.start < min(p.start for p in parts):
        claims.append(breakdown(block, span, found, sorted(parts, key=lambda q: q.start), True))
    collected, recover = one.get("collected"), one.get("recover")
    if collected is not None and recover is not None and recover.start < collected.start:
        claims.append(breakdown(block, span, recover, [collected], False, subset=True))
        later = [p for p in here if p.start >= collected.end]
        if later and later[0].kind == "percent" and PERCENT_AFTER.match(text[collected.end : later[0].start]):
            p = later[0]
            computed = collected.value / recover.value * 100 if recover.value else float("nan")
            roles_ = ["numerator", "denominator", "percent"]
            claims.append(rate_claim("ratio", block, span, [collected, recover, p], roles_, p, computed))
    return claims
