"""Faults in how one cell is written, and whether the audit finds them and proposes the value meant.

The kinds: a number written with a separator too many ("16.0.84", CELL.malformed), a count written with
a decimal comma ("1608,4", CELL.fraction-in-count), a required value left blank (FORM.missing-indicator)
and a percent with its comma one place off ("942,6%", DOMAIN.percent-range). The cell is one of an exact
relation that holds, so the value meant can be told from the other cells; the text goes through the
reader's own parsing (:func:`reformaudit.loading.values.read_value`).
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

from ..catalogue import Catalogue
from ..checks import confront
from ..loading.row import frame_rows
from ..loading.values import read_value
from ..localise import suggest
from ..numbers import format_number
from ..report import Report
from .faults import exact_keys
from .generate import consistent_values, forms_frame

CELL_KINDS = ("malformed", "fractional", "missing", "out_of_range")


@dataclass
class CellOutcome:
    key: str
    kind: str
    written: str | None
    detected: bool  # a finding names the cell
    right: bool  # a suggestion for the cell proposes the value meant
    seconds: float  # spent on suggestions


def written_as(kind: str, value: float, indicator_kind: str) -> str | None:
    """How ``value`` is written with a fault of ``kind``; "" for a blank; None when the kind cannot apply.

    >>> written_as("malformed", 16084, "count"), written_as("fractional", 33, "count")
    ('16.0.84', '3,3')
    >>> written_as("out_of_range", 94.26, "percent"), written_as("missing", 5, "count")
    ('942,6%', '')
    """
    if kind == "missing":
        return ""
    if kind == "malformed" and indicator_kind == "count" and value >= 1000:
        text = format_number(value, "vi", 0)
        return f"{text[:-2]}.{text[-2:]}"
    if kind == "fractional" and indicator_kind == "count" and value >= 10 and float(value).is_integer():
        digits = str(int(value))
        return f"{digits[:-1]},{digits[-1]}"
    if (
        kind == "out_of_range"
        and indicator_kind == "percent"
        and 10 < value < 100
        and round(value, 2) == value
    ):
        digits = f"{value:.2f}".replace(".", "")
        return f"{digits[:-1]},{digits[-1]}%"
    return None


def _report(catalogue: Catalogue, values: dict[str, float], key: str, text: str | None) -> Report:
    frame = forms_frame(values, catalogue)
    indicator = catalogue.indicator(key)
    read = read_value(text or None, "@", whole=indicator.kind == "count", prefer="vi")
    at = frame.index[(frame["form"] == indicator.form) & (frame["code"] == indicator.code)][0]
    for name in ("value", "raw", "decimals", "style", "problem", "alternative"):
        frame.at[at, name] = getattr(read, name)
    return Report("generated", ["generated"], frame_rows(frame), catalogue)


def audit_cell_fault(
    catalogue: Catalogue, values: dict[str, float], key: str, kind: str, text: str | None
) -> CellOutcome:
    confrontation = confront([_report(catalogue, values, key, text)], catalogue)
    start = time.perf_counter()
    suggest(confrontation)
    seconds = time.perf_counter() - start
    findings = confrontation.findings.get("generated", [])
    form, code = key.split(":")
    about = [
        f for f in findings if f.evidence and (f.evidence[0].form, f.evidence[0].code) == (int(form), code)
    ]
    right = any(
        s.proposed == values[key] and f"{s.evidence.form}:{s.evidence.code}" == key
        for f in about
        for s in f.suggestions
    )
    return CellOutcome(key, kind, text, bool(about), right, seconds)


def run_cells(catalogue: Catalogue, n: int, seed: int = 0, kind: str = "malformed") -> list[CellOutcome]:
    rng = random.Random(seed)
    outcomes: list[CellOutcome] = []
    while len(outcomes) < n:
        values = consistent_values(catalogue, rng.randint, rng.choice)
        keys = [
            k
            for k in exact_keys(catalogue, values)
            if written_as(kind, values[k], catalogue.indicator(k).kind) is not None
        ]
        if keys:
            key = rng.choice(keys)
            text = written_as(kind, values[key], catalogue.indicator(key).kind)
            outcomes.append(audit_cell_fault(catalogue, values, key, kind, text))
    return outcomes
