"""Those that did and those that did not: "130/230 xã … đã đạt chuẩn tiếp cận pháp luật, còn 100 xã chưa đạt
chuẩn"; "209/216 xã … đạt chuẩn …. Có 07 đơn vị cấp xã không đạt chuẩn". The count that did not is what the
whole leaves: x + z = y. The two sides are read from the same verb said and denied, in one sentence or the
next; read from words, so a pair that does not add up is a warning.

>>> text = "Toàn tỉnh có 130/230 xã đã đạt chuẩn tiếp cận pháp luật, còn 100 xã chưa đạt chuẩn."
>>> [(c.status, c.stated, c.computed) for c in complement_claims(text)]
[('ok', 230.0, 230.0)]
"""

from __future__ import annotations

import re

from .claim import Claim, breakdown
from .quantities import Quantity, find_quantities
from .ratio_lists import ratio_side
from .sentences import by_sentence

# what the ratio's numerator did, said again with its denial for the rest
VERBS = (
    r"đạt(?:\s+chuẩn)?|hoàn\s+thành|được\s+công\s+nhận|công\s+nhận|thực\s+hiện|triển\s+khai|kết\s+nối|có\s+kết\s+quả"
    r"|trả\s+lời"
)
SAID = re.compile(rf"[^.;\d]{{0,80}}?\b(?:đã\s+|được\s+)?({VERBS})\b", re.IGNORECASE)
SAID_BEFORE = re.compile(rf"\b(?:đã\s+|được\s+)?({VERBS})\b[^.;\d]{{0,25}}$", re.IGNORECASE)
DENIED = re.compile(rf"\b(?:chưa|không)\s+(?:được\s+)?({VERBS})\b", re.IGNORECASE)
REST = re.compile(r"\b(?:còn(?:\s+lại)?|chưa|không)\b", re.IGNORECASE)


def complement_claims(text: str, block: int = 0) -> list[Claim]:
    claims = []
    previous: list[Quantity] = []
    for span, here in by_sentence(text, find_quantities(text)):
        for ratio in [q for q in previous + here if q.kind == "ratio" and not q.money]:
            # "… đã nhận được văn bản trả lời đối với 2.535/2.593 kiến nghị …": the verb may come first
            said = SAID.match(text, ratio.end) or SAID_BEFORE.search(
                text, max(0, ratio.start - 60), ratio.start
            )
            if not said:
                continue
            rest = _rest(text, here, ratio, _verb(said.group(1)))
            if rest is None:
                continue
            whole, done = ratio_side(ratio, "denominator"), ratio_side(ratio, "numerator")
            joined = (min(span[0], ratio.start), span[1])
            claims.append(breakdown(block, joined, whole, [done, rest], True, uncertain=True))
        previous = here
    return claims


LEFT_OVER = re.compile(r"\bcòn(?:\s+lại)?\s*$", re.IGNORECASE)
LEFT_OVER_WORD = re.compile(r"\bcòn\b", re.IGNORECASE)  # a text with no rest said of anything


def remainder_claims_only(text: str, block: int = 0) -> list[Claim]:
    """The pairs whose rest is said to be what is left ("Đến nay, còn 61 kiến nghị chưa được trả lời"), the only ones
    read across paragraphs: a denial alone there may be of another standard ("Gia Lai cùng với 7 địa phương khác …
    chưa đạt kỳ vọng" after "16/34 địa phương … đạt từ 8% trở lên")."""
    return [
        c
        for c in complement_claims(text, block)
        if LEFT_OVER.search(text, max(0, c.quantities[-1].start - 12), c.quantities[-1].start)
    ]


def _verb(words: str) -> str:
    return " ".join(words.lower().split())


def _rest(text: str, here: list[Quantity], ratio: Quantity, verb: str) -> Quantity | None:
    """The count after ``ratio`` that denies its verb: "còn 100 xã chưa đạt chuẩn", "07 đơn vị … không đạt"."""
    for q in here:
        if q.start <= ratio.end or q.kind != "count":
            continue
        before = text[max(ratio.end, q.start - 20) : q.start]
        after = text[q.end : q.end + 60].split(";")[0].split(".")[0]
        denied = DENIED.search(after) or DENIED.search(before)
        if (
            denied
            and _verb(denied.group(1)).split()[0] == verb.split()[0]
            and (REST.search(before) or denied)
        ):
            return q
    return None
