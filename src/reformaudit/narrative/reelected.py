"""Those elected again and those elected for the first time: every member of a committee, council or list is one or
the other, so the two make up the whole ("Tổng số cấp ủy viên bầu được là 36.954 người, trong đó có 27.690 người
tái cử (chiếm 74,9%); 9.264 người tham gia lần đầu"; "… hiệp thương cử 6.185 người …, Tái cử 3.364 người (tỷ lệ
54,39%); Tham gia mới 2.818 người"). The whole is the count of people before them, in their sentence or the one
before: the one they make up, else the only one there is; read from words, a warning at most.

>>> text = "Kết quả có 111/112 người trúng cử, trong đó có 58 người tái cử; ứng cử viên mới trúng cử là 52 người."
>>> [(c.status, c.stated, c.computed) for c in reelected_claims(text)]
[('fail', 111.0, 110.0)]
"""

from __future__ import annotations

import re

from .claim import Claim, breakdown
from .measures import PEOPLE, counts_alike, measure_key
from .quantities import Quantity, find_quantities
from .ratio_lists import ratio_side
from .sentences import by_sentence

AGAIN = re.compile(r"tái\s+cử", re.IGNORECASE)
FIRST = re.compile(
    r"lần\s+đầu|(?:tham\s+gia|ứng\s+cử(?:\s+viên)?)\s+mới|\bmới\s+(?:tham\s+gia|trúng\s+cử)", re.I
)
WORDS_AFTER = re.compile(r"[^,;.()\d]{0,30}")


def reelected_claims(text: str, block: int = 0) -> list[Claim]:
    if not AGAIN.search(text):
        return []
    claims = []
    previous: list[Quantity] = []
    for span, here in by_sentence(text, find_quantities(text)):
        people = [q for q in here if q.kind == "count" and _of_people(q)]
        tagged = []
        for q in people:
            if _named(text, q, here, span[0], AGAIN):
                tagged.append((q, "again"))
            elif _named(text, q, here, span[0], FIRST):
                tagged.append((q, "first"))
        # each pair side by side: "… 58 người tái cử …; … mới … 52 người; 145 người … , trong đó 87 người tái cử, …"
        after = 0
        for (a, kind_a), (b, kind_b) in zip(tagged, tagged[1:]):
            if kind_a == kind_b or a.start < after:
                continue
            earlier = [q for q in previous + here if q.start >= after]
            claim = _of_a_whole(block, span, earlier, [a, b])
            claims += [claim] if claim is not None else []
            after = b.end
        previous = here
    for claim in claims:
        claim.notes.append("re-elected")
    return claims


def _of_people(q: Quantity) -> bool:
    return measure_key(q) in PEOPLE or not measure_key(q)


def _named(text: str, q: Quantity, here: list[Quantity], start: int, pattern: re.Pattern) -> bool:
    """The words of ``q``: since the figure before it, and a few after it ("58 người tái cử")."""
    left = max([start, *(o.end for o in here if o.end <= q.start)])
    before = re.split(r"[,;]", text[left : q.start])[-1]  # words before a "," or ";" are the figure before's
    after = WORDS_AFTER.match(text, q.end)
    return bool(pattern.search(before) or (after and pattern.search(after.group())))


def _of_a_whole(block, span, qs: list[Quantity], parts: list[Quantity]) -> Claim | None:
    wholes = [
        ratio_side(q, "numerator") if q.kind == "ratio" and not q.money else q
        for q in qs
        if q.end <= parts[0].start and (q.kind == "count" or (q.kind == "ratio" and not q.money))
    ]
    wholes = [
        w
        for w in wholes
        if w.value > max(p.value for p in parts)
        and (not measure_key(w) or counts_alike(measure_key(w), measure_key(parts[0]) or "người"))
    ]
    if not wholes:
        return None
    joined = (min(span[0], wholes[0].start), span[1])
    readings = [breakdown(block, joined, w, parts, True, uncertain=True) for w in reversed(wholes)]
    fitting = next((c for c in readings if c.status == "ok"), None)
    if fitting is not None:
        return fitting
    return readings[0] if len(readings) == 1 else None
