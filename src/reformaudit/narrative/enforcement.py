"""The rate of civil judgments enforced, as the enforcement offices (thi hành án dân sự) report it: cases or money
"thi hành xong" over those "có điều kiện thi hành" (able to be enforced), not over all "phải thi hành": "Tổng số
phải thi hành là 654.939 việc, trong đó: số có điều kiện thi hành là 457.824 việc; … Thi hành xong 243.028 việc
(tăng 1.258 việc), đạt tỉ lệ 53,08%". The same for money ("… 110.886 tỷ … Thi hành xong 18.445 tỷ …, đạt tỷ lệ
16,63%"). A domain's definition, so a rate that does not hold is an error.

>>> text = ("Số có điều kiện thi hành là 1.200 việc; số chưa có điều kiện là 300 việc. Đã thi hành xong 900 việc, "
...         "đạt tỷ lệ 75%.")
>>> [(c.status, c.quantities[0].raw) for c in enforcement_claims(text)]
[('ok', '1.200')]
"""

from __future__ import annotations

import re

from .breakdowns import measure_key
from .claim import Claim, rate_claim, rate_spread
from .quantities import Quantity, by_sentence, find_quantities

ABLE = re.compile(
    r"(?<!chưa\s)(?<!không\s)\bcó\s+điều\s+kiện(?:\s+thi\s+hành)?\b[^\d;.]{0,25}$", re.IGNORECASE
)
DONE = re.compile(r"\bthi\s+hành\s+xong\b[^\d;.]{0,25}$", re.IGNORECASE)
# "…, đạt tỉ lệ 53,08%", "(đạt 72%)", ", đạt tỷ lệ 16,63%": the rate of what was just said to be done
RATE_CUE = re.compile(r"(?:,|\()\s*đạt(?:\s+(?:tỷ|tỉ)\s+lệ)?\s*(?:là\s*)?$", re.IGNORECASE)
# what may stand between the amount done and its rate: its change and what it is compared with ("(tăng 1.258
# việc)", "(giảm 2.323 việc) so với cùng kỳ năm 2019"), a note's mark
ASIDES = re.compile(
    r"\([^()]*\)|\[\d{1,3}\]|\b(?:tăng|giảm)\s+[\d.,]+(?:\s+[^\W\d]+)?|so\s+với\s+cùng\s+kỳ(?:\s+năm\s+\d{4})?",
    re.IGNORECASE,
)


def _lead(text: str, q: Quantity, start: int) -> str:
    return ASIDES.sub(" ", text[max(start, q.start - 60) : q.start])


def _next_to(between: str) -> bool:
    """Only the amount's unit, its change or a comparison between an amount done and its rate."""
    return not re.search(r"[\d;.]", ASIDES.sub(" ", between))


def _alike(a: Quantity, b: Quantity) -> bool:
    if a.kind != b.kind:
        return False
    return a.kind == "money" or measure_key(a) == measure_key(b) or "" in (measure_key(a), measure_key(b))


def enforcement_claims(text: str, block: int = 0) -> list[Claim]:
    qs = find_quantities(text)
    able = [q for q in qs if q.kind in ("count", "money") and ABLE.search(_lead(text, q, 0))]
    claims = []
    for (s0, s1), here in by_sentence(text, qs):
        for i, p in enumerate(here):
            if p.kind != "percent" or not RATE_CUE.search(text[max(s0, p.start - 20) : p.start]):
                continue
            done = next(
                (
                    q
                    for q in reversed(here[:i])
                    if q.kind in ("count", "money") and DONE.search(_lead(text, q, s0))
                ),
                None,
            )
            if done is None or not _next_to(text[done.end : p.start]):
                continue
            bases = [q for q in able if q.end <= done.start and _alike(q, done) and q.value >= done.value]
            if not bases:
                continue
            base = bases[-1]
            spread = rate_spread(done.value, done.slack, base.value, base.slack)
            start = max(
                [0, *(e + 1 for e in (m.start() for m in re.finditer(r"[.;]\s", text)) if e < base.start)]
            )
            span = (min(start, s0), s1)  # from the sentence of the base to the rate's
            claim = rate_claim(
                "share",
                block,
                span,
                [base, done, p],
                ["whole", "part", "percent"],
                p,
                done.value / base.value * 100,
                spread,
            )
            claim.notes.append("enforcement")
            claims.append(claim)
    return claims
