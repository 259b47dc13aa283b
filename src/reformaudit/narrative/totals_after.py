"""A total stated after its parts: "Số việc thụ lý mới là 547.121 việc; số việc năm 2021 chuyển sang là 349.412 việc.
Tổng số việc phải thi hành là 861.529 việc". The sentence opens "Tổng số/Tổng cộng", and the sentence before lists
the counts of its measure as the domain's flow splits what is to be handled: carried over from before, and new; read
across two sentences, a warning at most.

>>> text = "Thụ lý mới 500 việc; năm trước chuyển sang 300 việc. Tổng số việc phải thi hành là 820 việc."
>>> [(c.status, c.stated, c.computed) for c in total_after_claims(text)]
[('fail', 820.0, 800.0)]
"""

from __future__ import annotations

import re

from .claim import Claim, breakdown
from .measures import counts_alike, measure_key
from .partitions import words_of
from .quantities import find_quantities
from .sentences import by_sentence

TOTAL_WORD = re.compile(r"\btổng\s+(?:số|cộng)\b", re.IGNORECASE)  # nothing to read without it
OPENS_A_TOTAL = re.compile(r"\s*[-+•]?\s*Tổng\s+(?:số|cộng)\b[^\d.;()]{0,80}$", re.IGNORECASE)


CARRIED = re.compile(r"chuyển\s+(?:sang|qua)|kỳ\s+trước|năm\s+trước|tồn\s+đọng", re.IGNORECASE)
NEW = re.compile(r"\bmới\b|trong\s+kỳ", re.IGNORECASE)


def _carried_and_new(text: str, start: int, parts, qs) -> bool:
    """Two parts, one carried over and one new, each named by its own words (:func:`partitions.words_of`)."""
    if len(parts) != 2:
        return False
    words = [words_of(text, p, qs, start) for p in parts]
    carried = [bool(CARRIED.search(w)) for w in words]
    new = [bool(NEW.search(w)) and not CARRIED.search(w) for w in words]
    return sorted(carried) == [False, True] and carried != new and any(new)


def total_after_claims(text: str, block: int = 0) -> list[Claim]:
    if not TOTAL_WORD.search(text):
        return []
    claims = []
    before: tuple[tuple[int, int], list] | None = None
    for span, here in by_sentence(text, find_quantities(text)):
        total = here[0] if here else None
        if (
            before is not None
            and total is not None
            and total.kind == "count"
            and OPENS_A_TOTAL.fullmatch(text, span[0], total.start)
        ):
            key = measure_key(total)
            parts = [q for q in before[1] if q.kind == "count" and key and counts_alike(key, measure_key(q))]
            if len(parts) >= 2 and len(parts) == len([q for q in before[1] if q.kind == "count"]):
                if _carried_and_new(text, before[0][0], parts, before[1]):
                    claims.append(
                        breakdown(block, (before[0][0], span[1]), total, parts, True, uncertain=True)
                    )
        before = (span, here)
    for claim in claims:
        claim.notes.append("total after")
    return claims
