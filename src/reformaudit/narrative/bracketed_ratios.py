"""A percent and the x/y it is, right after it: in brackets, past words saying what it is of ("25,68% UBND cấp xã
(28/107 đơn vị)", "đạt 96% (48/50 xã)", "Có 95% (19/20) cơ quan …"), or after "tương ứng", "tương đương", "bằng",
"với" ("… là 98,5%, tương ứng 1.970/2.000 hồ sơ"). A change's percent is 100 % less the ratio ("số lượt giảm 33,4%
(589/885)")."""

from __future__ import annotations

import math
import re

from .claim import Claim, rate_claim
from .claim_finders import changed
from .quantities import Quantity
from .sentences import sentence_of

# what the percent is of, then the bracket; or a word that says the x/y is the same figure
RATIO_AFTER = re.compile(
    r"[^\d;%()]{0,40}?\(\s*|\s*,?\s*(?:tương\s+ứng|tương\s+đương|bằng|với)\s*(?:là|với)?\s*:?\s*", re.I
)
# "đạt 100%, với 384/392 hồ sơ đầu vào được số hóa, đạt 97,96%": an x/y that gives its own rate is not the one before's
OWN_RATE = re.compile(r"[^\d;%()]{0,60}?,\s*(?:đạt|chiếm|bằng)\s*(?:tỷ\s+lệ\s*)?\d[\d.,]*\s*%", re.I)
# "số lượt giảm 33,4% (589/885)": the percent is the change, 100 % less the ratio
CHANGED_BY = re.compile(r"\b(?:tăng|giảm)(?:\s+(?:thêm|được|khoảng|gần|hơn|trên))?\s*$", re.I)


def ratio_after_claims(text: str, block: int, span, qs: list[Quantity]) -> list[Claim]:
    """A percent followed by the x/y it is, each claim over the percent's sentence.

    >>> from reformaudit.narrative.quantities import find_quantities
    >>> def read(text):
    ...     return [(c.status, round(c.computed, 2)) for c in ratio_after_claims(text, 0, (0, len(text)), find_quantities(text))]
    >>> read("Đã triển khai tại 100% sở, ngành cấp tỉnh, 25,68% UBND cấp xã (28/107 đơn vị).")
    [('fail', 26.17)]
    >>> read("Tỷ lệ số hóa đạt 65%, tương ứng 6.000/10.000 hồ sơ.")
    [('fail', 60.0)]
    >>> [s for s, _ in read("so với cùng kỳ số lượt giảm 33,4% (589/885), tăng 5% (210/200).")]
    ['ok', 'ok']
    """
    claims = []
    here = [q for q in qs if span[0] <= q.start < span[1]]
    for p, ratio in zip(here, here[1:]):
        if (
            p.kind != "percent"
            or ratio.kind != "ratio"
            or not RATIO_AFTER.fullmatch(text, p.end, ratio.start)
            or OWN_RATE.match(text, ratio.end)
        ):
            continue
        top, bottom = ratio.sides
        computed = top / bottom * 100 if bottom else math.nan
        if CHANGED_BY.search(text[max(span[0], p.start - 30) : p.start]):
            computed = abs(computed - 100)
        elif changed(text, p, span[0]):
            continue
        sentence = sentence_of(text, p.start)
        claims.append(rate_claim("ratio", block, sentence, [ratio, p], ["ratio", "percent"], p, computed))
    return claims
