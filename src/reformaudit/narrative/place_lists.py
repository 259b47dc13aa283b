"""A whole split by the places it is in: "Huyện Phù Cát có 16 ca: 3 ca ở xã Cát Thành, 2 ca ở xã Cát Hanh, 5 ca ở xã
Cát Trinh, …"; "tỉnh đã hỗ trợ 250 hộ … của các huyện An Phú 42 hộ, Tri Tôn 99 hộ, Tịnh Biên 110 hộ". Places do not
overlap, so their figures cannot add up to more than the whole; they may leave places out, so falling short says
nothing. Read from the sentence's shape: a warning.

>>> text = "Huyện Tây Sơn có 7 ca: 2 ca ở xã Bình Thuận, 3 ca ở xã Bình Tường, 1 ca ở thị trấn Phú Phong, 2 ca ở xã Tây Bình."
>>> [(c.status, c.severity, c.computed) for c in place_list_claims(text, 0, (0, len(text)), find_quantities(text))]
[('fail', 'warning', 8.0)]
"""

from __future__ import annotations

import re

from .claim import Claim, breakdown
from .claim_finders import brackets, in_brackets
from .measures import measure_key
from .quantities import Quantity, find_quantities  # noqa: F401  (the doctest's)

PLACE = (
    r"(?:huyện|xã|phường|thị\s+trấn|thị\s+xã|thành\s+phố|TP\.?|TX|quận|thôn|ấp|bản|khu\s+phố|tổ\s+dân\s+phố)"
)
# what opens the list after the whole: a colon, or the places it is "of"
OPENS = re.compile(r"[^\d;.,]{0,60}?(?::|\b(?:của|tại|ở)\s+(?:các|những)\s+" + PLACE + r"\b)", re.IGNORECASE)
# a part's place: "3 ca ở xã Cát Thành" after it, or "An Phú 42 hộ" named before it (after "các huyện")
PLACE_AFTER = re.compile(r"\s*[^\W\d]+(?:\s+[^\W\d]+)?\s+(?:ở|tại)\s+" + PLACE + r"\b", re.IGNORECASE)
NAME = r"(?:" + PLACE + r"\s+)?[A-ZĐÂĂÊÔƠƯ][^\d,;:()]{1,30}"
FIRST_NAMED = re.compile(r"\s*" + NAME)
NEXT_NAMED = re.compile(r"[^\d,;:()]{0,15}(?:[,;]|\svà)\s*(?:và\s+)?" + NAME)


def place_list_claims(text: str, block: int, span, qs: list[Quantity]) -> list[Claim]:
    bracketed = in_brackets(list(brackets(text, *span)))
    here = [q for q in qs if span[0] <= q.start < span[1] and not bracketed(q)]
    claims = []
    for i, whole in enumerate(here):
        key = measure_key(whole)
        opening = OPENS.match(text, whole.end) if whole.kind == "count" and key else None
        if opening is None:
            continue
        parts: list[Quantity] = []
        left, style = opening.end(), ""
        named_places = bool(re.search(PLACE + r"\b", opening.group(0), re.IGNORECASE))
        for q in here[i + 1 :]:
            if q.kind != "count" or measure_key(q) != key:
                break
            after = PLACE_AFTER.match(text, q.end)
            # names alone are places only when the opening says so ("của các huyện", "các tỉnh:")
            before = named_places and (NEXT_NAMED if parts else FIRST_NAMED).fullmatch(text, left, q.start)
            this = "after" if after else "before" if before else ""
            if not this or style and this != style:
                break
            style = this
            parts.append(q)
            left = after.end() if after else q.end
        if len(parts) >= 2:
            claim = breakdown(block, (whole.start, span[1]), whole, parts, False, subset=True)
            claim.uncertain = True
            claims.append(claim)
    return claims
