"""A list that nearly makes its whole: "toàn huyện hiện có 687 di tích, trong đó có 130 đình, 151 chùa, 24 đền, điện;
23 nghè; 60 nhà thờ họ …; 22 lăng mộ; 226 miếu, từ chỉ; 6 điểm di tích ATK; 44 nhà lưu niệm, giếng cổ" (686).

The items name kinds of the whole in words no model of the domain knows (đình, chùa, miếu are relics), so whether the
list is all of the whole cannot be read from its words. Its arithmetic says it: a list that leaves categories out
falls short by about what they hold, while one that comes within a hair of the whole (one relic in 687) is all of it,
and a figure in it, or the whole, is mistyped. Read only where no other reading relates these numbers; a warning, as
the words never said the list was complete.

>>> text = "Toàn huyện có 687 di tích, trong đó có 130 đình, 151 chùa, 24 đền; 23 nghè; {} miếu."
>>> [(c.status, c.stated, c.computed, c.severity) for c in near_total_claims(text.format(358))]
[('fail', 687.0, 686.0, 'warning')]
>>> [c.status for c in near_total_claims(text.format(359))]
['ok']
>>> near_total_claims(text.format(300))  # 628 of 687: other kinds of relic may be left out
[]
"""

from __future__ import annotations

import re

from .claim import Claim, breakdown
from .claim_finders import ASIDE, alone_in_brackets, brackets, can_be_whole, in_brackets
from .partitions import REST_OF_IT, words_of
from .quantities import Quantity, find_quantities
from .sentences import by_sentence

# what opens the list: "trong đó (có)", "trong số này", "gồm (có)", "bao gồm", "cụ thể"
OPENS = re.compile(r"\b(?:trong\s+(?:đó|số\s+(?:này|đó|trên))|(?:bao\s+)?gồm|cụ\s+thể)\b", re.IGNORECASE)
NEAR = 0.02  # of the whole: how close a list of three items or more must come to be taken as all of it
REACH = 120  # characters from the whole to the words that open its list
# a sentence that opens with its figure: "… kiến nghị, phản ánh. 39 đơn không thuộc thẩm quyền"
FIGURE_OPENS = re.compile(r"(?<=[^\W\d]{2})\.\s+(?=\d)")


def near_total_claims(text: str, block: int = 0) -> list[Claim]:
    claims: list[Claim] = []
    lead: tuple[tuple[int, int], list[Quantity]] | None = None
    for span, here in by_sentence(text, find_quantities(text)):
        opening = OPENS.search(text, span[0], min(span[1], span[0] + 12))
        for cue in OPENS.finditer(text, span[0], span[1]):
            before = [q for q in here if q.end <= cue.start() and cue.start() - q.end <= REACH]
            read = span
            if opening is not None and cue.start() == opening.start() and lead is not None:
                # "… có 141 dự án …. Cụ thể, 87 dự án đang hoạt động, …": the whole is the sentence before's
                read, before = (lead[0][0], span[1]), lead[1]
            claim = _listed_whole(text, block, read, before, here, cue.end())
            if claim is not None:
                claims.append(claim)
        lead = (span, here)
    return claims


def _listed_whole(text, block, span, before, here, opened) -> Claim | None:
    """The list from ``opened`` to the sentence's end against the nearest figure before it that it nearly makes."""
    bracketed = in_brackets(list(brackets(text, *span)))
    stop = FIGURE_OPENS.search(text, opened, span[1])
    ends = stop.start() if stop else span[1]
    items = [
        q
        for q in here
        if opened <= q.start < ends
        and not q.per
        and _own_figure(text, q, bracketed)
        and can_be_whole(text, q, opened)
    ]
    items = [q for q, after in zip(items, items[1:] + [None]) if not _labels(text, q, after)]
    wholes = [
        w
        for w in reversed(before)
        if w.kind in ("count", "money") and not w.per and not bracketed(w) and can_be_whole(text, w, span[0])
    ]
    for whole in wholes[:3]:
        parts = [q for q in items if q.kind == whole.kind]
        if len(parts) < 2 or any(q.value > whole.value for q in parts):
            continue
        claim = breakdown(block, span, whole, parts, True, uncertain=True)
        if REST_OF_IT.search(words_of(text, parts[-1], parts, opened)):
            claim.notes.append("rest")
        if claim.status == "ok" or (
            len(parts) >= 3 and abs(claim.computed - whole.value) <= NEAR * whole.value
        ):
            return claim
    return None


def _own_figure(text: str, q: Quantity, bracketed) -> bool:
    """Not in brackets, or all its bracket holds: "gồm: Hà Giang (42), Bắc Cạn (19), …"."""
    return not bracketed(q) or alone_in_brackets(text, q)


def _labels(text: str, q: Quantity, after: Quantity | None) -> bool:
    """A figure that names the next one, or a range's first bound: "mũi 1 là 8.071.113 trẻ", "tiêm 1 mũi là …",
    "Vùng 4 Hải Quân 140 đồng chí", "từ 6 đến dưới 12m: 912 chiếc" (not "1 đơn tố cáo và 170 đơn kiến nghị": an
    item and the next)."""
    if RANGE_TO.match(text, q.end):
        return True
    gap = ASIDE.sub(" ", text[q.end : after.start]) if after is not None else ","
    return LABEL.fullmatch(gap) is not None


RANGE_TO = re.compile(r"\s*(?:đến|tới|-|–)\s*(?:dưới|trên)?\s*\d", re.IGNORECASE)
LABEL = re.compile(r"\s*(?:(?!và\b)[^\W\d]+\s*){0,3}(?:là|:)?\s*", re.IGNORECASE)
