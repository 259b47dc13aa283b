"""Suggestions for findings about one cell: a number written wrongly ("1.7.46"), a fraction in a count
("3,3"), a required value left blank, a percent above 100.

The value proposed is a reading of what was written one keystroke away (a separator too many or
misplaced, …) that fits the cell's relations, else the value they imply, the other cells as written (a
total from its parts, a rate from its numerator and denominator). Either way it is checked against every
relation the cell is in, and one of them must hold with it: without a relation to confirm it nothing is
proposed.
"""

from __future__ import annotations

import math
import re

import numpy as np

from ..catalogue import Text
from ..checks.relations import statuses_of
from ..findings import Finding, Suggestion
from ..relations import relation
from ..report import decimals_column
from .keystroke import REASONS, slip, slips

SINGLE_CELL_CHECKS = (
    "CELL.malformed",
    "CELL.fraction-in-count",
    "FORM.missing-indicator",
    "DOMAIN.percent-range",
)
IMPLIED = Text("giá trị các quan hệ của ô cho thấy", "the value the cell's relations give")
READING = Text(
    "cách đọc số đã ghi khớp với các quan hệ của ô",
    "a reading of what was written that fits the cell's relations",
)


def readings(raw: str | None, whole: bool) -> list[float]:
    """Numbers ``raw`` may have been meant as, one separator removed or taken as the decimal point.

    >>> readings("1.7.46", True), readings("3,3", True)
    ([1746.0], [33.0])
    """
    text = re.sub(r"[^\d.,]", "", str(raw or ""))
    digits = re.sub(r"\D", "", text)
    if not digits:
        return []
    out = [float(digits)]
    if not whole:
        for match in re.finditer(r"[.,]", text):
            before = re.sub(r"\D", "", text[: match.start()])
            after = re.sub(r"\D", "", text[match.end() :])
            if before and after:
                out.append(float(f"{before}.{after}"))
    return list(dict.fromkeys(out))


def _only_whole_number(needs: list, whole: bool) -> list[float]:
    """The one whole number the relations' bounds leave (a count between two close bounds), if only one."""
    if not needs:  # no relation bounds the cell: a blank rate whose numerator and denominator are blank too
        return []
    low, high = max(n.low for n in needs), min(n.high for n in needs)
    if not whole or math.isinf(low) or math.isinf(high):
        return []
    first, last = math.ceil(low - 1e-9), math.floor(high + 1e-9)
    return [float(first)] if first == last else []


def _fits(key: str, value: float, rules: list, row: dict[str, float]) -> bool:
    """Whether no relation fails with ``value`` in ``key``, and one holds."""
    columns = {k for r in rules for k in r.keys} | {decimals_column(k) for r in rules for k in r.keys}
    trial = {k: np.array([row[k]]) for k in columns if k in row} | {key: np.array([value])}
    found = [str(statuses_of(r, trial)[0]) for r in rules]
    return "fail" not in found and "ok" in found


def cell_suggestion(report, finding: Finding, row: dict[str, float]) -> list[Suggestion]:
    """The likely value of the one cell ``finding`` is about, if its relations tell it."""
    cell = finding.evidence[0] if finding.evidence else None
    if cell is None or cell.form is None:
        return []
    key = f"{cell.form}:{cell.code}"
    indicator = report.catalogue.indicator(key)
    whole = indicator.kind == "count"
    current = cell.value if cell.value is not None and not math.isnan(cell.value) else math.nan
    others = {k: v for k, v in row.items() if k != key and not math.isnan(v)}
    if indicator.kind == "percent":  # decimals written with a slip may be wrong too: at least two
        others[decimals_column(key)] = max(others.get(decimals_column(key), 2.0), 2.0)
    placed = others | {key: 0.0}  # a stand-in, so that each relation can say what it needs of the cell
    rules = [
        r
        for r in report.catalogue.rules
        if key in r.keys and relation(r).linear and relation(r).applies(r, placed)
    ]
    needs = [relation(r).implied(r, key, placed) for r in rules]
    exact = [n.value for n in needs if n.value is not None] or _only_whole_number(needs, whole)
    slipped = [] if math.isnan(current) else [v for vs in slips(current, whole).values() for v in vs]
    written = readings(cell.raw, whole) + slipped
    if exact:  # of the readings, those nearest what the relations give first
        written.sort(key=lambda v: min(abs(v - e) for e in exact))
    for proposed in [*written, *exact]:  # a reading that fits explains the slip as well
        if (
            proposed is None
            or math.isnan(proposed)
            or proposed < 0
            or (whole and not float(proposed).is_integer())
        ):
            continue
        if indicator.kind == "percent" and proposed > 100:
            continue
        if not _fits(key, float(proposed), rules, others):
            continue
        kind = slip(current, proposed) if not math.isnan(current) else None
        reason = REASONS[kind] if kind else (IMPLIED if proposed in exact else READING)
        as_written = cell.raw if finding.rule.startswith("CELL.") and cell.raw else None
        percent = indicator.kind == "percent"
        return [Suggestion(cell, current, float(proposed), reason, percent, written=as_written)]
    return []
