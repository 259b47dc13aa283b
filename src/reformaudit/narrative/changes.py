"""Changes between two figures the sentence gives: "từ 230 đơn vị xuống còn 209 đơn vị, giảm 21 đơn vị",
"sắp xếp 70 ban quản lý dự án thành 41 ban (giảm 41,4%)", "từ 7.698 dòng xuống còn 1.768 dòng hàng (tỷ lệ
cắt giảm trên 77%)", "sáp nhập 143 xã để thành lập 67 xã, giảm 76 xã"; the amount may be restated as a percent
("giảm 381 đơn vị, tương ứng 69,65%"). The stated change — an amount or a percent of the starting figure — is
checked against the two figures, at the decimals written.

>>> [(c.status, c.stated, round(c.computed, 1)) for c in change_claims("giảm từ 607 đơn vị xuống còn 376 đơn vị (giảm 231 đơn vị)")]
[('ok', 231.0, 231.0)]
>>> [(c.status, round(c.computed, 2)) for c in change_claims("từ 121 đơn vị giảm còn 45 đơn vị với tỷ lệ giảm 68,2%")]
[('fail', 62.81)]
"""

from __future__ import annotations

import re

from .change_checks import (
    amount_change,
    checked_change,
    measure_of,
    percent_change,
    relative_change,
    slack_of,
)
from .claim import Claim
from .quantities import Quantity, find_quantities
from .roles import AVERAGE
from .sentences import by_sentence, open_bracket

FROM = re.compile(
    r"(?:\btừ|\bsắp xếp|\bhợp nhất|\bsáp nhập)(?:\s+(?:hơn|gần|khoảng|trên))?\s*$", re.IGNORECASE
)
# the words from the first figure to the second, which may name a year: "từ 810 người năm 2008, đến nay đã tăng lên"
TO = re.compile(
    r"^(?:[^.;\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,70}?\b(?:xuống(?:\s+còn)?|giảm(?:\s+xuống)?\s+còn|còn|lên|đến|tăng\s+lên"
    r"|thành(?:\s+lập)?)(?:\s+(?:hơn|gần|khoảng|trên|xấp\s+xỉ))?\s*$",
    re.I,
)
# "tổng số đơn vị … là 1.061 đơn vị, đến nay còn 861 đơn vị": then and now, with no "từ"
NOW_LEFT = re.compile(r"\b(?:đến\s+nay|hiện\s+nay|hiện)\s+(?:chỉ\s+)?còn\s*$", re.I)
CHANGE_WORD = r"(?:tăng|giảm|cắt\s+giảm|bớt|thêm)\s*(?:được\s*)?"  # what states an amount as a change
AMOUNT = re.compile(CHANGE_WORD + r"$", re.IGNORECASE)
PERCENT = re.compile(
    r"(?:tăng|giảm|cắt\s+giảm|tỷ\s+lệ\s+(?:cắt\s+)?(?:giảm|tăng)|tỉ\s+lệ\s+(?:cắt\s+)?(?:giảm|tăng))\s*"
    r"(?:là|đạt|khoảng|gần|trên|hơn)?\s*$",
    re.IGNORECASE,
)
# the amount just stated, again as a percent of the starting figure: "giảm 381 đơn vị, tương ứng 69,65%"
RESTATED = re.compile(
    CHANGE_WORD + r"[\d.,]+[^\d;()%]{0,25}?,?\s*"
    r"(?:tương\s+ứng(?:\s+với)?|tức(?:\s+là)?|đạt(?:\s+(?:tỷ|tỉ)\s+lệ)?|bằng)\s*(?:khoảng|gần|trên|hơn)?\s*$",
    re.IGNORECASE,
)
MERGED_INTO = re.compile(r"(?:sắp\s+xếp|hợp\s+nhất|sáp\s+nhập|nhập)\s+(?:lại\s+)?thành\s*$", re.IGNORECASE)
REACH = 90
# "có 100 đơn vị hành chính cấp xã, sau sắp xếp còn 39 đơn vị": before and after an arrangement of units
AFTER_MERGING = re.compile(
    r"\bsau\s+(?:khi\s+)?(?:sắp\s+xếp|sáp\s+nhập|hợp\s+nhất)\b[^.;\d]{0,60}?\bcòn(?:\s+lại)?\s*$",
    re.IGNORECASE,
)
# "thành 98 thôn, bản, tổ dân phố (93 thôn, bản và 05 tổ dân phố); giảm 28 thôn": the change right after a semicolon
CHANGE_AFTER_SEMICOLON = re.compile(r"[^;]*;\s*" + CHANGE_WORD, re.IGNORECASE)
PARTS_NOW = re.compile(r"\bgồm\b", re.IGNORECASE)
A_CHANGE = re.compile(r"\b(?:tăng|giảm)\b", re.IGNORECASE)
BRACKETED = re.compile(r"\([^()]*\)")


def _bracketed_after(text: str, start: Quantity, q: Quantity) -> bool:
    """``q`` stands in a bracket opened after ``start``."""
    return open_bracket(text, start.end, q.start) >= 0


def _part_of_now(text: str, end: Quantity, q: Quantity) -> bool:
    """``q`` is listed among the parts of the figure ``end`` (in its bracket, or after "gồm"), not a change."""
    listed = [m.end() for m in PARTS_NOW.finditer(text, end.end, q.start)]
    opened = open_bracket(text, end.end, q.start)
    if opened >= 0:
        listed.append(opened)
    return bool(listed) and not A_CHANGE.search(text, max(listed), q.start)


def _unbracketed(words: str) -> str:
    return BRACKETED.sub(" ", words)


def change_claims(text: str, block: int = 0) -> list[Claim]:
    claims = []
    for span, here in by_sentence(text, find_quantities(text)):
        for i, start in enumerate(here):
            if start.kind not in ("count", "percent"):
                continue
            # "tỷ lệ hộ nghèo giảm từ 31,17% … xuống còn 26,73%": two rates, their change in points
            # not the parts in its bracket: "từ 104 đơn vị (9 phường, 10 thị trấn và 85 xã) ban đầu, … còn 41 đơn vị"
            end = next(
                (
                    q
                    for q in here[i + 1 :]
                    if q.kind in ("count", "percent") and not _bracketed_after(text, start, q)
                ),
                None,
            )
            if end is not None and end.kind != start.kind:
                continue
            between = _unbracketed(text[start.end : end.start]) if end else ""
            merged = (
                AFTER_MERGING.search(between)
                and len(between) <= 2 * REACH
                and not re.search(r"[.;\d]", between)
            )
            if end is None or not (TO.match(between) or merged):
                continue
            now_left = (NOW_LEFT.search(between) or merged) and measure_of(start) == measure_of(end)
            if not (
                FROM.search(text[max(span[0], start.start - 12) : start.start])
                or MERGED_INTO.search(between)
                or now_left
            ):
                continue
            claims += _stated_changes(text, block, span, here, start, end)
    return claims


def _stated_changes(text, block, span, here: list[Quantity], start: Quantity, end: Quantity) -> list[Claim]:
    """The change stated after the two figures — an amount, a percent, or both ("giảm 200 đơn vị (giảm 18,8% …)") —
    or, when none is, the one stated before them."""
    # not past a semicolon: "sáp nhập 3.172 thôn để thành lập 1.522 thôn mới; toàn tỉnh đã giảm 1.620 thôn (từ …)"
    after = [
        q
        for q in here
        if end.end <= q.start <= end.end + REACH
        and (";" not in text[end.end : q.start] or CHANGE_AFTER_SEMICOLON.fullmatch(text, end.end, q.start))
    ]
    # not what the figure now is made of: "còn 39 đơn vị cấp xã (4 phường, 35 xã), giảm 61%", "còn 41 đơn vị, gồm 35
    # xã và 6 phường, giảm 60,58%"
    after = [q for q in after if not _part_of_now(text, end, q)]
    # "giảm 120 người so với năm 2015, từ 2.500 người xuống còn 2.380 người": the change may come first
    before = [
        q
        for q in here
        if start.start - REACH <= q.start and q.end <= start.start and ";" not in text[q.end : start.start]
    ]
    # "cắt giảm 465 đầu mối, đạt trên 44%, giảm từ 1.047 xuống còn 582 đầu mối": an amount and a percent
    before = [
        q for q in before[-2:] if q.kind == "percent" or measure_of(q) in (measure_of(start), measure_of(end))
    ]
    found: list[Claim] = []
    for q in after[:2]:
        claim = _stated(text, block, span, start, end, q, end.end)
        if claim and all(c.quantities[-1].kind != q.kind for c in found):
            found.append(claim)
    if found:
        return found
    for q in reversed(before):
        claim = _stated(text, block, span, start, end, q, span[0])
        if claim:
            claim.uncertain = True
            found.append(claim)
    return found


def _stated(text, block, span, start: Quantity, end: Quantity, q: Quantity, left: int) -> Claim | None:
    lead = text[max(left, q.start - 30) : q.start]
    if AVERAGE.search(lead):
        return None  # "từ 32,21% … xuống còn 11,56%, bình quân mỗi năm giảm 5,16 %": a year's average, not the change
    if q.kind == "count" and AMOUNT.search(lead):
        return amount_change(block, span, start, end, q, slack_of(start, end, q))
    if q.kind == "percent" and start.kind == "percent" and (PERCENT.search(lead) or AMOUNT.search(lead)):
        return checked_change(block, span, start, end, q)
    restated = RESTATED.search(text[max(left, q.start - 60) : q.start])
    if q.kind == "percent" and (PERCENT.search(lead) or restated) and start.kind != "percent" and start.value:
        return percent_change(block, span, start, end, q, relative_change(start, end))
    return None
