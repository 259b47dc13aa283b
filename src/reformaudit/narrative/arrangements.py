"""Administrative units arranged (sắp xếp đơn vị hành chính), as the Standing Committee's resolutions and the news
of them write it:

    Thành lập xã Đan Trường trên cơ sở nhập toàn bộ 6,48 km2 diện tích tự nhiên, 2.639 người của xã Xuân Đan và
    toàn bộ 7,20 km2 diện tích tự nhiên, 4.662 người của xã Xuân Trường. Sau khi thành lập, xã Đan Trường có
    13,68 km2 diện tích tự nhiên và quy mô dân số 7.301 người.

The unit made has the area and the population of what it is made of: their sum when it is made only of whole
units ("Thành lập … trên cơ sở nhập toàn bộ …"), at least their sum when units are merged into one that keeps its
own ("Nhập toàn bộ … của xã Bản Péo vào xã Nậm Dịch") or only parts of units are moved ("một phần"). The statement
of the result may open the next paragraph.

>>> texts = ["Thành lập xã A trên cơ sở nhập toàn bộ 6,48 km2 diện tích tự nhiên, 2.639 người của xã B và toàn bộ "
...          "7,20 km2 diện tích tự nhiên, 4.662 người của xã C. Sau khi thành lập, xã A có 13,68 km2 diện tích tự "
...          "nhiên và quy mô dân số 7.310 người."]
>>> [(c.status, c.stated, c.computed) for c in arrangement_claims(texts, ["paragraph"])]
[('ok', 13.68, 13.68), ('fail', 7310.0, 7301.0)]
"""

from __future__ import annotations

import re
from dataclasses import replace

from .claim import Claim, breakdown
from .quantities import Quantity, find_quantities
from .sentences import sentences

# at a sentence's start or after its colon ("… được sắp xếp như sau: Nhập toàn bộ …")
MADE = re.compile(
    r"(?:^\W*|:\s*)(?:\d+[.)]\s*)?(?:thành\s+lập|nhập|sáp\s+nhập|hợp\s+nhất|điều\s+chỉnh)\b", re.IGNORECASE
)
RESULT = re.compile(
    r"^\W*(?:sau\s+khi\s+(?:thành\s+lập|nhập|sáp\s+nhập|hợp\s+nhất|sắp\s+xếp|điều\s+chỉnh)|như\s+vậy)\b",
    re.IGNORECASE,
)
ONLY_WHOLE_UNITS = re.compile(r"^[\W:]*(?:\d+[.)]\s*)?thành\s+lập\b[^.]*?\bnhập\s+toàn\s+bộ\b", re.IGNORECASE)
PARTLY = re.compile(
    r"\bmột\s+phần\b|\bvào\s+(?:xã|phường|thị\s+trấn|huyện|thị\s+xã|thành\s+phố)\b", re.IGNORECASE
)
AREA_UNITS = ("km", "km²", "km2", "ha")
PEOPLE_UNITS = ("người", "nhân")


def _area(q: Quantity) -> bool:
    return q.kind == "count" and q.unit.split(" ")[0].lower() in AREA_UNITS


def _people(q: Quantity) -> bool:
    return q.kind == "count" and q.unit.split(" ")[0].lower() in PEOPLE_UNITS


def arrangement_claims(texts: list[str], kinds: list[str]) -> list[Claim]:
    claims = []
    for i, text in enumerate(texts):
        if kinds[i] != "paragraph":
            continue
        spans = sentences(text)
        for k, span in enumerate(spans):
            made = MADE.search(text, span[0], span[1])
            if made is None or (made.start() > span[0] and not made.group(0).startswith(":")):
                continue
            result = _result(texts, kinds, i, spans, k)
            if result is not None:
                claims += _claims(texts, i, (made.start(), span[1]), *result)
    return claims


def _result(texts, kinds, i, spans, k) -> tuple[int, tuple[int, int]] | None:
    """Where the unit made is stated: the next sentence, or the first of the next paragraph."""
    if k + 1 < len(spans):
        block, span = i, spans[k + 1]
    elif i + 1 < len(texts) and kinds[i + 1] == "paragraph" and sentences(texts[i + 1]):
        block, span = i + 1, sentences(texts[i + 1])[0]
    else:
        return None
    return (block, span) if RESULT.match(texts[block][span[0] : span[1]]) else None


def _claims(texts: list[str], i: int, span, block: int, result_span) -> list[Claim]:
    made = texts[i][span[0] : span[1]]
    stated = texts[block][result_span[0] : result_span[1]]
    sources, results = find_quantities(made), find_quantities(stated)
    whole_units = bool(ONLY_WHOLE_UNITS.match(made)) and not PARTLY.search(made)
    claims = []
    for measure in (_area, _people):
        parts = [q for q in sources if measure(q)]
        total = next((q for q in results if measure(q)), None)
        if total is None or not parts or (whole_units and len(parts) < 2):
            continue
        shifted = [_at(q, span[0]) for q in parts]
        claim = breakdown(i, span, _at(total, result_span[0]), shifted, whole_units, subset=not whole_units)
        claim.places = ((block, result_span),) + ((i, span),) * len(parts)
        claims.append(claim)
    return claims


def _at(q: Quantity, offset: int) -> Quantity:
    return replace(q, start=q.start + offset, end=q.end + offset)
