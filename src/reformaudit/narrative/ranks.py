"""Ranks and their change: "xếp thứ 12/63, tăng 5 bậc so với năm 2022 (xếp thứ 17/63)". A rank that rises by n
places has a number n smaller; the earlier rank is taken from the same sentence, in brackets or after the
words of an earlier period. Ranks are not quantities elsewhere (a rank is not part of any total), so they are
read here alone; read from words, a change that does not fit is a warning.

>>> [(c.status, c.stated, c.computed) for c in rank_claims("Tỉnh xếp thứ 12/63, tăng 5 bậc so với năm 2022 (xếp thứ 17/63).")]
[('ok', 5.0, 5.0)]
"""

from __future__ import annotations

import re

from .claim import Claim
from .quantities import Quantity
from .sentences import sentences

RANK = re.compile(
    r"(?:xếp\s+(?:thứ|hạng)|thứ\s+hạng|vị\s+trí\s+thứ|đứng\s+thứ|xếp\s+vị\s+trí)\s*(\d{1,3})(?:\s*/\s*\d{1,3})?",
    re.I,
)
EARLIER = re.compile(r"\(|năm\s+(?:19|20)\d\d|cùng\s+kỳ|trước", re.IGNORECASE)
MOVE = re.compile(r"(tăng|giảm|tụt)\s+(\d{1,3})\s+(?:bậc|hạng|vị\s+trí|thứ\s+hạng)", re.I)


def rank_claims(text: str, block: int = 0) -> list[Claim]:
    claims = []
    for start, end in sentences(text):
        ranks = list(RANK.finditer(text, start, end))
        for move in MOVE.finditer(text, start, end):
            before = [r for r in ranks if r.end() <= move.start()]
            after = [r for r in ranks if r.start() >= move.end()]
            if not before or not after:
                continue
            now, earlier = before[-1], after[0]
            between = text[move.end() : earlier.start()]
            if len(between) > 45 or re.search(r"[;)]", between) or not EARLIER.search(between):
                continue  # the rank after the change is not said to be the earlier one, or is another index's
            rises = move.group(1).lower() == "tăng"
            change = (
                int(earlier.group(1)) - int(now.group(1))
                if rises
                else int(now.group(1)) - int(earlier.group(1))
            )
            stated = int(move.group(2))
            quantities = [_rank(earlier), _rank(now), _amount(move)]
            claim = Claim(
                "change",
                block,
                (start, end),
                quantities,
                ["from", "to", "change"],
                float(stated),
                float(change),
                "ok" if change == stated else "fail",
            )
            claim.uncertain = True
            claim.notes.append("rank")
            claims.append(claim)
    return claims


def _rank(match: re.Match) -> Quantity:
    return Quantity(
        match.start(1), match.end(1), match.group(1), "count", float(match.group(1)), unit="thứ hạng"
    )


def _amount(match: re.Match) -> Quantity:
    return Quantity(match.start(2), match.end(2), match.group(2), "count", float(match.group(2)), unit="bậc")
