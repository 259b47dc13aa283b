"""Compile the catalogue into one pandera schema for the wide table (one row per report).

Each indicator becomes a column with its value domain (a percent within 0–100, a count or an amount
not negative, a coded choice among its codes) and is required (``nullable=False``: a blank row is
reported). Each relation becomes a DataFrame-wide check named by its rule id, so one
``schema.validate(wide, lazy=True)`` call checks every report at once.

>>> from reformaudit.catalogue import load_catalogue
>>> schema = build_schema(load_catalogue())
>>> "3:1.4" in schema.columns, "BM3.sum.1.4" in [c.name for c in schema.checks]
(True, True)
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors

from ..catalogue import Catalogue, Indicator, Rule
from ..relations import relation
from .relations import evaluate

PERCENT_RANGE = "DOMAIN.percent-range"
NEGATIVE = "DOMAIN.negative"
CHOICE = "DOMAIN.choice"
MISSING = "FORM.missing-indicator"


def _domain_checks(indicator: Indicator) -> list[pa.Check]:
    """Value domains, as named checks (pandera reports its built-in checks under their own names)."""
    if indicator.kind == "percent":
        return [pa.Check(lambda s: s.between(0, 100), name=PERCENT_RANGE)]
    if indicator.kind in ("count", "money"):
        return [pa.Check(lambda s: s >= 0, name=NEGATIVE)]
    if indicator.kind == "choice":
        codes = [float(c) for c in indicator.choices]
        return [pa.Check(lambda s: s.isin(codes), name=CHOICE)]
    return []


def _relation_check(rule: Rule) -> pa.Check:
    def passes(wide: pd.DataFrame) -> pd.Series:
        return evaluate(rule, wide)["status"] != "fail"

    return pa.Check(passes, name=rule.id)


def checkable_rules(catalogue: Catalogue) -> list[Rule]:
    """The rules that run inside the schema (the others run as registered checks)."""
    return [r for r in catalogue.rules if relation(r).evaluated]


@functools.lru_cache(maxsize=16)
def build_schema(catalogue: Catalogue, relations: bool = True) -> pa.DataFrameSchema:
    """The catalogue's schema; with ``relations=False`` only its columns (value domains, required cells)."""
    columns = {
        ind.key: pa.Column(float, _domain_checks(ind), nullable=False, required=True, title=ind.label)
        for ind in catalogue.indicators()
        if ind.has_value
    }
    checks = [_relation_check(rule) for rule in checkable_rules(catalogue)] if relations else []
    return pa.DataFrameSchema(columns, checks=checks, strict=False, name="reformaudit")


@dataclass(frozen=True)
class Failure:
    check: str
    report: str
    column: str | None


def validate(
    wide: pd.DataFrame, catalogue: Catalogue, statuses: dict[str, dict[str, str]] | None = None
) -> list[Failure]:
    """Every (check, report, column) that fails; relation failures once per report. ``statuses`` holds each
    relation's status for each report of ``wide`` (rule id -> report -> status) when the caller has evaluated
    them: the failures are read from it and pandera checks only the columns — a failing relation check would
    cost more than its evaluation, pandera turning each failing report's whole row into failure cases."""
    rules = checkable_rules(catalogue)
    known = statuses is not None and all(r.id in statuses for r in rules)
    out = _pandera_failures(wide, build_schema(catalogue, relations=not known), {r.id for r in rules})
    if statuses is not None and known:
        for rule in rules:
            out.update(Failure(rule.id, name, None) for name, s in statuses[rule.id].items() if s == "fail")
    return sorted(out, key=lambda f: (f.report, f.check, f.column or ""))


def _pandera_failures(wide: pd.DataFrame, schema: pa.DataFrameSchema, rule_ids: set[str]) -> set[Failure]:
    try:
        schema.validate(wide, lazy=True)
    except SchemaErrors as errors:
        cases = errors.failure_cases
    else:
        return set()
    out: set[Failure] = set()
    for case in cases.itertuples(index=False):
        check = MISSING if case.check == "not_nullable" else str(case.check)
        if case.index is None or (isinstance(case.index, float) and pd.isna(case.index)):
            continue
        out.add(Failure(check, str(case.index), None if check in rule_ids else str(case.column)))
    return out
