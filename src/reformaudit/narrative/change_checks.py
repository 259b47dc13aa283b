"""How a stated change is checked against the two figures it is between, and what states one: an amount ("tăng
200 hồ sơ"), a percent of the earlier figure, points between two percents, or the figure now as a percent of the
earlier one ("bằng 135,01% so với cùng kỳ"). Used by every reading of changes: from/to in one sentence, comparisons
with an earlier period, year against year, brackets of two figures and tables.

>>> from reformaudit.narrative.quantities import find_quantities
>>> before, now, delta = find_quantities("1.405 đơn, 1.536 đơn, tăng 131 đơn")
>>> checked_change(0, (0, 1), before, now, delta).status
'ok'
"""

from __future__ import annotations

import math
import re

from .claim import Claim, rate_claim, rate_spread
from .measures import measure_key
from .quantities import Quantity

DELTA = re.compile(
    r"(?:tăng|giảm|cắt\s+giảm|vượt(?:\s+mức)?|thấp\s+hơn|cao\s+hơn)"
    r"(?:\s+(?:thêm|được|là|đạt|khoảng|gần|trên|hơn)|\s+[^\d;()%]{0,30}?\s+là)?\s*$",
    re.IGNORECASE,
)


def measure_of(q: Quantity) -> str:
    """What a change compares: "%", a count's unit, or money."""
    if q.kind == "percent":
        return "%"
    return measure_key(q) if q.kind in ("count", "ratio") else q.kind


def is_change(text: str, q: Quantity, start: int) -> bool:
    """``q`` states a change ("tăng 200 hồ sơ") or a level against another period ("bằng 95% so với cùng kỳ")."""
    return q.kind != "ratio" and (
        bool(DELTA.search(text[max(start, q.start - 45) : q.start])) or is_level(text, q, start)
    )


LEVEL_BEFORE = re.compile(r"\bbằng\s*$", re.IGNORECASE)
LEVEL_AFTER = re.compile(r"\s*so\s+(?:với\s+)?(?:cùng\s+k[ỳì]|năm|quý|tháng|kỳ)", re.IGNORECASE)


def is_level(text: str, q: Quantity, start: int) -> bool:
    """``q`` is the figure now as a percent of an earlier one: "35.540 lượt, bằng 135,01% so với cùng kỳ"."""
    return (
        q.kind == "percent"
        and bool(LEVEL_BEFORE.search(text[max(start, q.start - 12) : q.start]))
        and bool(LEVEL_AFTER.match(text, q.end))
    )


def amount_change(block, span, before: Quantity, now: Quantity, delta: Quantity, slack: float) -> Claim:
    """``delta`` as the amount between ``before`` and ``now``, within ``slack``."""
    difference = abs(now.value - before.value)
    status = "ok" if abs(difference - delta.value) <= slack else "fail"
    roles = ["from", "to", "change"]
    return Claim("change", block, span, [before, now, delta], roles, delta.value, difference, status)


def percent_change(block, span, before: Quantity, now: Quantity, delta: Quantity, computed: float) -> Claim:
    """``delta`` as the change ``computed``; an approximate figure ("khoảng 11 tỷ USD") widens it."""
    spread = (
        rate_spread(now.value, now.slack, before.value, before.slack) if before.kind != "percent" else 0.0
    )
    roles = ["from", "to", "percent"]
    return rate_claim("change", block, span, [before, now, delta], roles, delta, computed, spread)


def relative_change(before: Quantity, now: Quantity) -> float:
    """The change from ``before`` to ``now`` as a percent of ``before``."""
    return abs(now.value - before.value) / before.value * 100 if before.value else float("nan")


def checked_change(
    block, span, before: Quantity, now: Quantity, delta: Quantity, level: bool = False
) -> Claim:
    """``delta`` checked as the change from ``before`` to ``now``: an amount, a percent of ``before`` (of two
    percents, points, or failing that a percent of ``before``), or with ``level`` the figure now as a percent of
    ``before``. Read from words, so it is uncertain: a warning at most."""
    if level:
        # of a percent, or of nothing, the level says nothing checkable: a rate of nan holds
        level_of = now.value / before.value * 100 if before.kind != "percent" and before.value else math.nan
        claim = percent_change(block, span, before, now, delta, level_of)
    elif delta.kind == "percent" and before.kind != "percent":
        claim = percent_change(block, span, before, now, delta, relative_change(before, now))
    elif delta.kind == "percent":
        claim = percent_change(block, span, before, now, delta, abs(now.value - before.value))
        if claim.status == "fail":
            other = percent_change(block, span, before, now, delta, relative_change(before, now))
            claim = other if other.status != "fail" else claim
    else:
        slack = slack_of(before, now, delta)
        if not delta.decimals and (before.decimals or now.decimals):
            slack += 0.5
        claim = amount_change(block, span, before, now, delta, slack)
    claim.uncertain = True
    claim.notes.append("comparison")
    return claim


def slack_of(*qs: Quantity) -> float:
    return sum(q.slack for q in qs) + 1e-9
