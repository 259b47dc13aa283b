"""Percents of one whole that add up to 100 %: the parts of a structure ("Cơ cấu kinh tế: nông nghiệp chiếm 30,9%;
công nghiệp 22,5%; dịch vụ chiếm 46,7%"), the two sides of a whole ("trễ hạn … 0,24%" and "trước, đúng hạn …
99,76%"), a side and its denial ("đồng bộ … 90,46%; chưa đồng bộ … 9,46%")."""

from __future__ import annotations

import re

from .claim import Claim, shares_claim
from .claim_finders import CHANGED, brackets
from .partitions import said_and_denied
from .quantities import Quantity

STRUCTURE = re.compile(r"\bcơ\s+cấu\b[^.;]{0,60}?:", re.IGNORECASE)


SHARE_CUE = re.compile(r"(?:chiếm|đạt)\s*(?:tỷ\s+lệ|tỉ\s+lệ)?\s*$", re.IGNORECASE)


def structure_shares(block: int, span, text: str, qs: list[Quantity]) -> list[Claim]:
    """ "Cơ cấu kinh tế: nông nghiệp chiếm 30,9%; công nghiệp 22,5%; dịch vụ chiếm 46,7%": the parts of a
    structure add up to 100 %."""
    match = STRUCTURE.search(text, span[0], span[1])
    if not match:
        return []
    # "Ngành nông-lâm nghiệp chiếm 38,10%, giảm 0,07% so với năm 2023": a part's change is not a part
    percents = [
        q
        for q in qs
        if q.kind == "percent"
        and match.end() <= q.start < span[1]
        and not CHANGED.search(text[max(0, q.start - 12) : q.start])
    ]
    if len(percents) < 2 or not all(
        SHARE_CUE.search(text[max(0, p.start - 20) : p.start]) for p in percents[:1]
    ):
        return []
    if any(q.kind != "percent" for q in qs if match.end() <= q.start < span[1]):
        return []  # counts or amounts among them: not a plain structure
    # "chuyên viên …, chiếm 63% (năm 2006, chiếm 53,51%); …": the earlier year's structure, in brackets, is another
    asides = [(o, c) for o, c in brackets(text, match.end(), span[1]) if EARLIER_PERIOD.search(text, o, c)]
    earlier = [p for p in percents if any(o < p.start < c for o, c in asides)]
    now = [p for p in percents if p not in earlier]
    rest = next((p for p in now if REST.search(text[max(0, p.start - 25) : p.start])), None)
    if rest is not None:  # "còn lại, chiếm 7,95%; bầu cử, chiếm 0,54%": the rest closes the structure
        # each earlier figure is of the item before it
        earlier = [
            p for p in earlier if max((q.start for q in now if q.start < p.start), default=-1) <= rest.start
        ]
        now = [p for p in now if p.start <= rest.start]
    return [shares_claim(block, span, group) for group in (now, earlier) if len(group) >= 2]


EARLIER_PERIOD = re.compile(r"\bnăm\s+(?:19|20)\d\d\b|cùng\s+kỳ|năm\s+trước", re.IGNORECASE)
REST = re.compile(r"\bcòn\s+lại\b[^%;]*$", re.IGNORECASE)


# the two sides of a whole that splits in two; "còn lại" (the rest) is the other side of anything
COMPLEMENTS = [
    (
        re.compile(r"không\s+thuộc\s+thẩm\s+quyền", re.I),
        re.compile(r"(?<!không\s)thuộc\s+thẩm\s+quyền", re.I),
    ),
    (re.compile(r"không\s+hài\s+lòng", re.I), re.compile(r"(?<!không\s)hài\s+lòng", re.I)),
    (
        re.compile(r"trễ\s+h[ạẹ]n|quá\s+h[ạẹ]n", re.I),
        re.compile(r"trước\s*(?:hạn)?\s*(?:,|và)\s*đúng\s+hạn|đúng\s+(?:hạn\s+)?và\s+trước\s+hạn", re.I),
    ),
    (re.compile(r"trực\s+tiếp", re.I), re.compile(r"trực\s+tuyến", re.I)),
    # beside its percent: "39% còn lại", "còn lại 39%", not "các bộ còn lại hầu hết đạt tỷ lệ 80% trở lên"
    (re.compile(r"còn\s+lại(?:\s+(?:là|chiếm))?\s*\d[\d.,]*\s*%|\d[\d.,]*\s*%\s*còn\s+lại", re.I), None),
]


def _sides(words: list[str]) -> bool:
    """The words of the first percent name one side of a whole, those of the second the other."""
    for one, other in COMPLEMENTS:
        if other is None:
            if one.search(words[1]) and not one.search(words[0]):
                return True
            continue
        for x, y in ((one, other), (other, one)):
            if (
                x.search(words[0])
                and not x.search(words[1])
                and y.search(words[1])
                and not y.search(words[0])
            ):
                return True
    return False


def complement_shares(block: int, span, text: str, qs: list[Quantity]) -> list[Claim]:
    """Two percents of one sentence, of the two sides of one whole ("đã giải quyết trước, đúng hạn là 348.230 hồ
    sơ (đạt 99,76%), giải quyết trễ hạn là 821 hồ sơ (chiếm 0,24%)"; "61% … do dữ liệu đồng bộ chậm, 39% còn lại
    do …"), add up to 100 %."""
    percents = [q for q in qs if q.kind == "percent" and span[0] <= q.start < span[1]]
    if len(percents) != 2:
        return []
    first, second = percents
    # the words of its own sentence: "(chiếm 14%). Còn lại 61% …" is a third side
    if _sides([text[span[0] : first.start], text[first.end : min(span[1], second.end + 30)]]):
        return [shares_claim(block, span, percents)]
    if said_and_denied([text[span[0] : first.start], text[first.end : second.start]]) and not any(
        CHANGED.search(text[max(span[0], p.start - 12) : p.start]) for p in percents
    ):
        claim = shares_claim(block, span, percents)
        # what is and what is not need not be all: a third kind the text does not name (postponed cases, voters
        # who did not vote) leaves a gap; only a near miss, within a point, is a slip of rounding or typing
        if abs(claim.computed - 100) <= NEAR_MISS:
            claim.uncertain = True  # read from the words' negation, not from what the figures count
            return [claim]
    return []


NEAR_MISS = 1.0  # percentage points
