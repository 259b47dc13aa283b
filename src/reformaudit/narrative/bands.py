"""Counts of one base split into bands: "13/53 chỉ tiêu đạt 100% trở lên, 17/53 chỉ tiêu đạt từ 70 đến dưới 100%,
7/53 chỉ tiêu đạt từ 50 đến dưới 70%, 12/53 chỉ tiêu đạt dưới 50%"; "9/17 chỉ tiêu vượt kế hoạch, 6/17 chỉ tiêu đạt
và 2/17 chỉ tiêu chưa đạt". Each x/y of the list has the same y and words that put it in a band of one scale — a
threshold ("trở lên", "từ … đến dưới …", "dưới …") or the outcome against a plan (vượt, đạt, chưa đạt) — so the
x's are disjoint and never add up to more than y; when the bands reach from the top of the scale to its bottom,
they add up to y. Read from words, so a list that does not add up is a warning.

>>> text = "Có {}/17 chỉ tiêu vượt kế hoạch, có 6/17 chỉ tiêu đạt và 2/17 chỉ tiêu chưa đạt so với kế hoạch."
>>> [(c.status, c.computed, c.severity) for c in band_claims(text.format(9), 0, (0, 95), find_quantities(text.format(9)))]
[('ok', 17.0, None)]
>>> [(c.status, c.computed, c.severity) for c in band_claims(text.format(8), 0, (0, 95), find_quantities(text.format(8)))]
[('fail', 16.0, 'warning')]
"""

from __future__ import annotations

import re
from itertools import groupby

from .claim import Claim, breakdown
from .quantities import Quantity, find_quantities  # noqa: F401  (the doctest's)
from .ratio_lists import ratio_side

LEVEL = r"\d+(?:[.,]\d+)?\s*%?"
# a band of a threshold scale, by where it stands on the scale
TOP = re.compile(rf"(?:từ\s+)?{LEVEL}\s*trở\s+lên|\b(?:trên|hơn)\s+{LEVEL}", re.IGNORECASE)
MIDDLE = re.compile(rf"\btừ\s+{LEVEL}\s*(?:đến|tới|-|–)\s*(?:dưới\s+)?{LEVEL}", re.IGNORECASE)
BOTTOM = re.compile(rf"\bdưới\s+{LEVEL}", re.IGNORECASE)
# the outcome against a plan
SHORT = re.compile(r"\b(?:chưa|không)\s+đạt\b", re.IGNORECASE)
ABOVE = re.compile(r"\bvượt\b", re.IGNORECASE)
MET = re.compile(r"\bđạt\b", re.IGNORECASE)


def _band(words: str) -> tuple[str, str, str] | None:
    """(scale, place on it, the band's own words) the words of one x/y put it in, or None."""
    for scale, place, pattern in BANDS:
        found = pattern.search(words)
        if found:
            return scale, place, re.sub(r"\s+", " ", found.group(0).lower())
    return None


BANDS = (
    ("threshold", "middle", MIDDLE),
    ("threshold", "top", TOP),
    ("threshold", "bottom", BOTTOM),
    ("plan", "bottom", SHORT),
    ("plan", "top", ABOVE),
    ("plan", "middle", MET),
)


def band_claims(text: str, block: int, span, qs: list[Quantity]) -> list[Claim]:
    here = [q for q in qs if span[0] <= q.start < span[1] and q.kind == "ratio" and not q.money]
    claims = []
    for _, run in groupby(here, key=lambda q: q.sides[1]):
        items = list(run)
        if len(items) < 2:
            continue
        ends = [q.start for q in items[1:]] + [span[1]]
        # each x/y's own words: to the next x/y, or to the end of its clause for the last
        words = [text[q.end : end] for q, end in zip(items, ends)]
        words[-1] = re.split(r"[;.]", words[-1])[0]
        bands = [_band(w) for w in words]
        if any(b is None for b in bands) or len({b[0] for b in bands if b}) != 1:
            continue
        if len({b[2] for b in bands if b}) < len(bands):
            continue  # two x/y in one band: not one split of the base
        named = {b[1] for b in bands if b}
        whole = ratio_side(items[0], "denominator")
        parts = [ratio_side(q, "numerator") for q in items]
        claim = breakdown(block, span, whole, parts, exhaustive={"top", "bottom"} <= named)
        claim.uncertain = True
        claim.notes.append("bands")
        claims.append(claim)
    return claims
