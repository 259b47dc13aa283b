"""A change followed by the two figures it is between, now and then, in a bracket: "tăng 05 vụ (8/3)", "số người
chết tăng 5 người (8/3 người)", "thiệt hại về người tăng 39,4% (1.112 người giai đoạn 2013-2022/798 người giai
đoạn 2001-2011)". The figure before the slash is the later one; a change that goes the other way says the writer put
them the other way round. Read from the words around the numbers, so a change that does not fit is a warning.

>>> [(c.status, c.stated) for c in bracket_pair_claims("So với cùng kỳ, tăng 05 vụ (8/3), tăng 03 người (6/3).")]
[('ok', 5.0), ('ok', 3.0)]
"""

from __future__ import annotations

import re
from dataclasses import replace

from .change_checks import checked_change, is_change, measure_of
from .claim import Claim
from .quantities import Quantity, find_quantities
from .sentences import by_sentence

PAIR = re.compile(r"[^\d();.,]{0,25}?\(([^()/]+)/([^()/]+)\)")
# the period a figure is of, in the bracket: "giai đoạn 2013-2022", "năm 2023"
PERIOD = re.compile(r"\b(?:giai\s+đoạn|năm|tháng|quý)\s+[\dIV]+(?:\s*[-–/]\s*\d+)*", re.IGNORECASE)
RISE = re.compile(r"\btăng\b", re.IGNORECASE)
FALL = re.compile(r"\bgiảm\b", re.IGNORECASE)


def bracket_pair_claims(text: str, block: int = 0) -> list[Claim]:
    claims = []
    for span, here in by_sentence(text, find_quantities(text)):
        for delta in here:
            if delta.kind not in ("count", "percent") or not is_change(text, delta, span[0]):
                continue
            pair = PAIR.match(text, delta.end)
            if pair is None:
                continue
            now, then = (_figure(text, pair, i) for i in (1, 2))
            if now is None or then is None or now.kind != then.kind or now.kind not in ("count", "money"):
                continue
            measures = {measure_of(q) for q in (delta, now, then) if q.kind == "count"} - {""}
            if len(measures) > 1:
                continue  # "tăng 5 người (8/3 vụ)": of another measure
            lead = re.split(r"[,;(]", text[max(span[0], delta.start - 30) : delta.start])[-1]
            if RISE.search(lead) and now.value < then.value or FALL.search(lead) and now.value > then.value:
                now, then = then, now
            claim = checked_change(block, span, then, now, delta)
            claim.notes.append("bracket pair")
            claims.append(claim)
    return claims


def _figure(text: str, pair: re.Match, group: int) -> Quantity | None:
    """The one figure of a half of the bracket, its periods left out; placed in ``text``."""
    start = pair.start(group)
    words = PERIOD.sub(lambda m: " " * len(m.group()), pair.group(group))
    found = find_quantities(words)
    if len(found) != 1:
        return None
    return replace(found[0], start=found[0].start + start, end=found[0].end + start)
