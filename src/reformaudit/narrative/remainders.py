"""What was dealt with and what remains: "nhận 70 đơn, đã xử lý 66 đơn còn lại 04 đơn đang xem xét"; "đã tiếp
nhận 3.852 đơn thư …, đã xử lý 3.602 đơn, còn 250 đơn đang xử lý"; "đã giải quyết được 19/33 vụ việc …, 14 vụ
còn lại đang giải quyết"; "kiến nghị thu hồi 1.643 triệu đồng (đã thu 1.330/1.643 triệu đồng, còn lại 313 triệu
đồng)". The remainder is, by its word, the rest of the whole: whole = dealt with + remainder. The whole is an x/y's
y, or the count taken in ("tiếp nhận", "nhận", "thụ lý", "phải giải quyết", "tổng số") before the count dealt with,
in the same sentence; read from words, so a relation that does not hold is a warning.

>>> text = "Văn phòng nhận 70 đơn, đã xử lý 66 đơn còn lại 04 đơn đang xem xét xử lý."
>>> [(c.status, c.stated, c.computed) for c in remainder_claims(text)]
[('ok', 70.0, 70.0)]
"""

from __future__ import annotations

import re

from .claim import Claim, breakdown
from .measures import measure_key
from .quantities import Quantity, find_quantities
from .ratio_lists import ratio_side
from .sentences import by_sentence

TAKEN = re.compile(
    r"(?:tiếp\s+nhận|\bnhận|thụ\s+lý|phải\s+(?:giải\s+quyết|xử\s+lý|thi\s+hành)|tổng\s+số|kiến\s+nghị\s+thu\s+hồi)"
    r"(?:\s+(?:được|mới|là|tổng\s+số))*\s*:?\s*$",
    re.IGNORECASE,
)
DEALT = re.compile(
    r"(?:giải\s+quyết|xử\s+lý|\bthu(?:\s+hồi)?|chuyển|trả\s+lời|thi\s+hành)(?:\s+(?:được|là|xong|cho|về))*\s*:?\s*$",
    re.IGNORECASE,
)
LEFT_BEFORE = re.compile(r"\bcòn(?:\s+lại)?(?:\s+(?:là|tồn))?\s*:?\s*$", re.IGNORECASE)
LEFT_AFTER = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}còn\s+lại\b", re.IGNORECASE)  # "14 vụ còn lại"
# "giảm 21 đơn vị còn 209", "chỉ còn": what a figure came down to, not the rest of a whole
NOT_A_REST = re.compile(r"\b(?:xuống|giảm|chỉ|tăng)\b", re.IGNORECASE)
LOOK_BACK = 30


def _alike(a: Quantity, b: Quantity) -> bool:
    if a.kind == "money" or b.kind == "money":
        return a.kind == b.kind or (a.kind == "ratio" and a.money) or (b.kind == "ratio" and b.money)
    return measure_key(a) == measure_key(b) != ""


def _words_before(text: str, q: Quantity, start: int) -> str:
    return text[max(start, q.start - LOOK_BACK) : q.start]


def _is_left(text: str, q: Quantity, start: int) -> bool:
    before = _words_before(text, q, start)
    if LEFT_BEFORE.search(before):
        return not NOT_A_REST.search(before.rsplit(",", 1)[-1])
    return bool(LEFT_AFTER.match(text, q.end))


def remainder_claims(text: str, block: int = 0) -> list[Claim]:
    claims: list[Claim] = []
    for (s0, s1), here in by_sentence(text, find_quantities(text)):
        for i, left in enumerate(here):
            if left.kind not in ("count", "money") or not _is_left(text, left, s0):
                continue
            before = [q for q in here[:i] if q.kind in ("count", "money", "ratio") and _alike(q, left)]
            if not before:
                continue
            dealt = before[-1]
            if dealt.kind == "ratio":
                whole, done = ratio_side(dealt, "denominator"), ratio_side(dealt, "numerator")
            else:
                if not DEALT.search(_words_before(text, dealt, s0)):
                    continue
                taken = [q for q in before[:-1] if TAKEN.search(_words_before(text, q, s0))]
                if not taken or taken[-1] is not before[-2]:
                    continue
                whole, done = taken[-1], dealt
            claims.append(breakdown(block, (s0, s1), whole, [done, left], True, uncertain=True))
    for claim in claims:
        claim.notes.append("remainder")
    return claims
