"""The catalogue as one pandera schema for the wide table (one row per report), and the fast validation
that audits use.

Each indicator becomes a column with its value domain (a percent within 0–100, a count or an amount
not negative, a coded choice among its codes) and is required (``nullable=False``: a blank row is
reported). Each relation becomes a DataFrame-wide check named by its rule id, so one
``schema.validate(wide, lazy=True)`` call checks every report at once.

:func:`validate` finds the same failures with numpy over the whole table, from the same domains and the
relations' statuses already evaluated: pandera spends ~2 ms on each failing check (it turns the failing
reports into failure-case tables) and ~30 ms a call on its columns, a tenth of a batch's checking time
(a test holds both to the same failures).

>>> from reformaudit.catalogue import load_catalogue
>>> schema = build_schema(load_catalogue())
>>> "3:1.4" in schema.columns, "BM3.sum.1.4" in [c.name for c in schema.checks]
(True, True)
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..catalogue import Catalogue, Indicator, Rule
from ..relations import relation
from ..report import WideTable
from .relations import evaluate, statuses_of

if TYPE_CHECKING:
    import pandas as pd
    import pandera.pandas as pa

PERCENT_RANGE = "DOMAIN.percent-range"
NEGATIVE = "DOMAIN.negative"
CHOICE = "DOMAIN.choice"
MISSING = "FORM.missing-indicator"


@dataclass(frozen=True)
class Domain:
    """The values an indicator's cells may hold; ``check`` names the finding for a value outside."""

    check: str
    low: float = -math.inf
    high: float = math.inf
    codes: tuple[float, ...] = ()

    def holds(self, values):
        """Elementwise, for a Series or an array of any shape (NaN never holds: blanks are told apart)."""
        inside = (values >= self.low) & (values <= self.high)
        return inside & np.isin(values, self.codes) if self.codes else inside


def domain(indicator: Indicator) -> Domain | None:
    if indicator.kind == "percent":
        return Domain(PERCENT_RANGE, 0, 100)
    if indicator.kind in ("count", "money"):
        return Domain(NEGATIVE, 0)
    if indicator.kind == "choice":
        return Domain(CHOICE, codes=tuple(float(c) for c in indicator.choices))
    return None


def checkable_rules(catalogue: Catalogue) -> list[Rule]:
    """The rules that run inside the schema (the others run as registered checks)."""
    return [r for r in catalogue.rules if relation(r).evaluated]


@functools.lru_cache(maxsize=16)
def build_schema(catalogue: Catalogue) -> pa.DataFrameSchema:
    """The catalogue's pandera schema. pandera is imported here, not with the module: audits validate
    without it (:func:`validate`), and importing it would add ~0.2 s to every run."""
    import pandera.pandas as pa

    def domain_checks(indicator: Indicator) -> list[pa.Check]:
        # named checks: pandera reports its built-in checks under their own names
        values = domain(indicator)
        return [] if values is None else [pa.Check(values.holds, name=values.check)]

    def relation_check(rule: Rule) -> pa.Check:
        def passes(wide: pd.DataFrame) -> pd.Series:
            return evaluate(rule, wide)["status"] != "fail"

        return pa.Check(passes, name=rule.id)

    columns = {
        ind.key: pa.Column(float, domain_checks(ind), nullable=False, required=True, title=ind.label)
        for ind in catalogue.indicators()
        if ind.has_value
    }
    checks = [relation_check(rule) for rule in checkable_rules(catalogue)]
    return pa.DataFrameSchema(columns, checks=checks, strict=False, name="reformaudit")


@dataclass(frozen=True)
class Failure:
    check: str
    report: str
    column: str | None


def validate(
    wide: pd.DataFrame | WideTable, catalogue: Catalogue, statuses: dict[str, dict[str, str]] | None = None
) -> list[Failure]:
    """Every (check, report, column) that fails; relation failures once per report. ``statuses`` holds each
    relation's status for each report of ``wide`` (rule id -> report -> status) when the caller has
    evaluated them; they are evaluated here otherwise."""
    table = wide if isinstance(wide, WideTable) else WideTable.of(wide)
    out = _cell_failures(table, catalogue)
    columns: dict[str, np.ndarray] | None = None
    for rule in checkable_rules(catalogue):
        by_report = (statuses or {}).get(rule.id)
        if not by_report:
            columns = table.by_column() if columns is None else columns
            by_report = relation_statuses(rule, table.names, columns)
        out.update(Failure(rule.id, str(name), None) for name, s in by_report.items() if s == "fail")
    return sorted(out, key=lambda f: (f.report, f.check, f.column or ""))


def relation_statuses(rule: Rule, names: list[str], columns: dict[str, np.ndarray]) -> dict[str, str]:
    """The relation's status ("ok", "fail", "truncated", "na") for each report of the table (its names, its
    columns)."""
    return dict(zip(names, np.asarray(statuses_of(rule, columns)).tolist()))


def _cell_failures(table: WideTable, catalogue: Catalogue) -> set[Failure]:
    """Blank cells of required indicators, and values outside their domains, as pandera's columns find them."""
    out: set[Failure] = set()
    at = {name: i for i, name in enumerate(table.columns)}
    for check, values, keys in _column_groups(catalogue, tuple(table.columns)):
        block = table.values[:, [at[k] for k in keys]]
        blank = np.isnan(block)
        failing = blank if values is None else ~values.holds(block) & ~blank
        out.update(Failure(check, table.names[r], keys[c]) for r, c in zip(*np.nonzero(failing)))
    return out


@functools.lru_cache(maxsize=64)
def _column_groups(
    catalogue: Catalogue, columns: tuple[str, ...]
) -> list[tuple[str, Domain | None, list[str]]]:
    """(check, domain, columns present in the table): every required column, then the columns of each domain."""
    present = set(columns)
    valued = [ind for ind in catalogue.indicators() if ind.has_value and ind.key in present]
    groups: dict[Domain, list[str]] = {}
    for ind in valued:
        values = domain(ind)
        if values is not None:
            groups.setdefault(values, []).append(ind.key)
    return [(MISSING, None, [ind.key for ind in valued])] + [(d.check, d, keys) for d, keys in groups.items()]
