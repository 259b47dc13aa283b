"""Changes between two figures the sentence gives: "từ 230 đơn vị xuống còn 209 đơn vị, giảm 21 đơn vị",
"sắp xếp 70 ban quản lý dự án thành 41 ban (giảm 41,4%)", "từ 7.698 dòng xuống còn 1.768 dòng hàng (tỷ lệ
cắt giảm trên 77%)". The stated change — an amount or a percent of the starting figure — is checked against
the two figures, at the decimals written.

>>> [(c.status, c.stated, round(c.computed, 1)) for c in change_claims("giảm từ 607 đơn vị xuống còn 376 đơn vị (giảm 231 đơn vị)")]
[('ok', 231.0, 231.0)]
>>> [(c.status, round(c.computed, 2)) for c in change_claims("từ 121 đơn vị giảm còn 45 đơn vị với tỷ lệ giảm 68,2%")]
[('fail', 62.81)]
"""

from __future__ import annotations

import re

from .claim import Claim, rate_claim
from .quantities import Quantity, find_quantities, sentences

FROM = re.compile(r"(?:\btừ|\bsắp xếp|\bhợp nhất|\bsáp nhập)\s*$", re.IGNORECASE)
TO = re.compile(
    r"^[^.;\d]{0,70}?\b(?:xuống(?:\s+còn)?|giảm(?:\s+xuống)?\s+còn|còn|lên|tăng\s+lên|thành)\s*$", re.I
)
AMOUNT = re.compile(r"(?:tăng|giảm|cắt\s+giảm|bớt|thêm)\s*(?:được\s*)?$", re.IGNORECASE)
PERCENT = re.compile(
    r"(?:tăng|giảm|cắt\s+giảm|tỷ\s+lệ\s+(?:cắt\s+)?(?:giảm|tăng)|tỉ\s+lệ\s+(?:cắt\s+)?(?:giảm|tăng))\s*"
    r"(?:là|đạt|khoảng|gần|trên|hơn)?\s*$",
    re.IGNORECASE,
)
REACH = 90


def change_claims(text: str, block: int = 0) -> list[Claim]:
    qs = find_quantities(text)
    claims = []
    for span in sentences(text):
        here = [q for q in qs if span[0] <= q.start < span[1]]
        for i, start in enumerate(here):
            if start.kind != "count" or not FROM.search(text[max(span[0], start.start - 12) : start.start]):
                continue
            end = next((q for q in here[i + 1 :] if q.kind == "count"), None)
            if end is None or not TO.match(text[start.end : end.start]):
                continue
            claim = _stated_change(text, block, span, here, start, end)
            if claim:
                claims.append(claim)
    return claims


def _stated_change(text, block, span, here: list[Quantity], start: Quantity, end: Quantity) -> Claim | None:
    after = [q for q in here if end.end <= q.start <= end.end + REACH]
    for q in after[:2]:
        lead = text[max(end.end, q.start - 30) : q.start]
        if q.kind == "count" and AMOUNT.search(lead):
            computed = abs(start.value - end.value)
            slack = start.slack + end.slack + q.slack + 1e-9
            status = "ok" if abs(computed - q.value) <= slack else "fail"
            roles = ["from", "to", "change"]
            return Claim("change", block, span, [start, end, q], roles, q.value, computed, status)
        if q.kind == "percent" and PERCENT.search(lead) and start.value:
            computed = abs(start.value - end.value) / start.value * 100
            claim = rate_claim("change", block, span, [start, end, q], ["from", "to", "percent"], q, computed)
            return claim
    return None
