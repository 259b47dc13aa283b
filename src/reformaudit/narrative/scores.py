"""An index score and the scores of its components, as index reports (PAR INDEX, Bộ chỉ số 766, SIPAS) write them
over several paragraphs:

    … tháng 7/2024 đạt 82,88/100 điểm, xếp thứ 8/63 tỉnh, thành phố.
    Trong đó, điểm đánh giá nhóm chỉ số về công khai, minh bạch đạt 14,1/18 điểm, …
    Đối với nhóm chỉ số về tiến độ giải quyết hồ sơ đạt 19,5/20 điểm. …

When the components' maxima add up to the index's maximum exactly (18 + 20 + 12 + 10 + 22 + 18 = 100), they are all
of it, and their scores must add up to the index's score. Read across paragraphs: a warning.

>>> texts = ["Chỉ số đạt 80,5/100 điểm.", "Nhóm A đạt 40/50 điểm.", "Nhóm B đạt 40/50 điểm."]
>>> [(c.status, c.stated, c.computed) for c in index_scores(texts, ["paragraph"] * 3)]
[('fail', 80.5, 80.0)]
"""

from __future__ import annotations

from .claim import Claim, breakdown
from .quantities import Quantity, find_quantities
from .ratio_lists import ratio_side
from .sentences import sentences

REACH = 8  # paragraphs after the index's own where its components are looked for


def index_scores(texts: list[str], kinds: list[str]) -> list[Claim]:
    claims = []
    for i, text in enumerate(texts):
        if kinds[i] != "paragraph":
            continue
        for total in [q for q in find_quantities(text) if q.kind == "score" and q.denominator]:
            parts = _components(texts, kinds, i, total)
            if parts:
                claims.append(_claim(texts, i, total, parts))
    return claims


def _components(texts, kinds, i, total: Quantity) -> list[tuple[int, Quantity]]:
    """The scores after ``total`` whose maxima add up to its maximum exactly, or none."""
    maximum = total.denominator or 0.0
    later: list[tuple[int, Quantity]] = []
    for j in range(i, min(len(texts), i + REACH + 1)):
        if kinds[j] != "paragraph":
            break
        for q in find_quantities(texts[j]):
            if q.kind != "score" or (j == i and q.start <= total.start) or not q.denominator:
                continue
            if q.denominator >= maximum:
                return []  # another index of the same scale: the components, if any, were before it
            later.append((j, q))
            maxima = sum(p.denominator or 0 for _, p in later)
            if abs(maxima - maximum) < 1e-9 and len(later) >= 2:
                return later
            if maxima > maximum:
                return []
    return []


def _claim(texts, i, total: Quantity, parts: list[tuple[int, Quantity]]) -> Claim:
    whole = ratio_side(total, "numerator")
    scores = [ratio_side(q, "numerator") for _, q in parts]
    span = _sentence(texts[i], total)
    claim = breakdown(i, span, whole, scores, True, uncertain=True)
    claim.places = ((i, span), *((j, _sentence(texts[j], q)) for j, q in parts))
    return claim


def _sentence(text: str, q: Quantity) -> tuple[int, int]:
    return next(((a, b) for a, b in sentences(text) if a <= q.start < b), (0, len(text)))
