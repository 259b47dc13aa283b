"""Rows and rules that hold only for some periods (``valid_from`` / ``valid_to`` in ``rules/``).

From 1 July 2025 local government has two levels, province and commune (NQ 203/2025/QH15): the district
rows of Biểu mẫu 1–7 end on 30/6/2025. A report whose period ends before a row's ``valid_from`` or starts
after its ``valid_to`` has nothing to put there; a period that contains the boundary (quý III/2025, the
year 2025) straddles it.

>>> from datetime import date
>>> from reformaudit.catalogue import load_catalogue
>>> from reformaudit.periods import parse_period
>>> district = load_catalogue().indicator("2:1.2")
>>> [applicability(district, parse_period(p)) for p in ("2025-H1", "2025-Q3", "2026-Q1")]
['yes', 'partly', 'no']
"""

from __future__ import annotations

from datetime import date, timedelta

from ..catalogue import Text

YES, PARTLY, NO = "yes", "partly", "no"
# Changes of the administrative map that end or start rows, by the first day of the new order.
REFORMS = {
    date(2025, 7, 1): Text(
        "chính quyền địa phương hai cấp từ ngày 01/7/2025, không còn cấp huyện (Nghị quyết số 203/2025/QH15)",
        "two-tier local government from 1 July 2025, with no district level (Resolution 203/2025/QH15)",
    )
}


def applicability(entry, period) -> str:
    """``yes`` when the row or rule holds for the whole period (or either is unknown), ``no`` when for no
    day of it, ``partly`` when the period straddles a boundary."""
    if period is None:
        return YES
    first = entry.valid_from or date.min
    last = entry.valid_to or date.max
    if period.end < first or period.start > last:
        return NO
    if first <= period.start and period.end <= last:
        return YES
    return PARTLY


def not_applicable(entry, period) -> bool:
    """Whether the row or rule holds for no day of the period."""
    return applicability(entry, period) == NO


def boundary(entry, period) -> date:
    """The first day of the change that puts ``entry`` out of force for (part of) ``period``."""
    if entry.valid_to is not None and period.end > entry.valid_to:
        return entry.valid_to + timedelta(days=1)
    return entry.valid_from


def reform(day: date) -> Text:
    """The change that took effect on ``day``, in words."""
    written = f"{day.day:02d}/{day.month}/{day.year}"
    return REFORMS.get(
        day, Text(f"thay đổi có hiệu lực từ ngày {written}", f"a change in force from {written}")
    )
