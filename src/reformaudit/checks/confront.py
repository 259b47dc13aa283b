"""Confront reports with the catalogue: one evaluation of every relation and one validation of the value domains of the
wide table, then the registered checks. Which number is wrong is a later step (:mod:`reformaudit.localise`),
on the :class:`Confrontation` this returns."""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..catalogue import Catalogue, Rule, split_key
from ..findings import Finding, Num, Ref
from ..relations import relation
from ..relations.base import Outcome, RowOutcome, RowValues
from ..report import Report, WideTable, wide_values
from . import (  # noqa: F401  (registers the checks)
    cells,
    narrative,
    narrative_forms,
    narrative_numbers,
    narrative_tables,
    notes,
    references,
    structure,
    text_quality,
)
from .registry import run_checks
from .schema import CHOICE, MISSING, checkable_rules, validate
from .spec import check_finding
from .structure import forms_found

if TYPE_CHECKING:
    import pandas as pd


def _outcome_at(outcome: Outcome, i: int) -> RowOutcome:
    """One report's outcome of a relation (its status, expected and actual values)."""
    return {field: np.asarray(values)[i] for field, values in outcome.items()}


def _relation_finding(rule: Rule, report: Report, row: RowValues, result: RowOutcome) -> Finding:
    forms = rule.forms
    return Finding(
        rule=rule.id,
        severity=rule.severity,
        title=rule.title,
        template=relation(rule).template(rule),
        fields=relation(rule).message_fields(rule, row, result),
        evidence=[report.evidence(ref) for ref in rule.keys],
        expected=float(result["expected"]),
        actual=float(result["actual"]),
        why=rule.why,
        form=forms[0] if len(forms) == 1 else None,
        report=report.name,
        area="forms" if len(forms) == 1 else "cross",
    )


def _truncations(rule: Rule, report: Report, row: RowValues, result: RowOutcome) -> Finding:
    fields = relation(rule).message_fields(rule, row, result)
    rate = fields["rate"]
    assert isinstance(rate, Num), "a truncated relation is a rate's"
    fields |= {
        "exact": Num(float(result["expected"]), (rate.decimals or 0) + 2, True),
        "rounded": Num(float(result["expected"]), rate.decimals or 0, True),
    }
    form, _ = split_key(rule.one("rate"))
    return check_finding(
        report.catalogue,
        "RATE.truncated",
        fields,
        [report.evidence(r) for r in rule.keys],
        form=form,
        expected=round(float(result["expected"]), rate.decimals or 0),
        actual=float(result["actual"]),
    )


def _cell_finding(catalogue: Catalogue, check: str, report: Report, ref: str) -> Finding | None:
    indicator = catalogue.indicator(ref)
    if check == MISSING and indicator.form not in forms_found(report):
        return None  # the whole form is missing: reported once by the structure check
    row = report.row(ref)
    if check == MISSING and row is not None and row["problem"] not in (None, "empty"):
        return None  # the cell has something that is not a number: reported by the number-writing check

    evidence = report.evidence(ref)
    fields = {
        "ref": Ref(indicator.form, indicator.code, True),
        "label_short": indicator.label[:60],
        "value": Num(evidence.value if evidence.value is not None else float("nan")),
    }
    if check == CHOICE:
        fields["choices"] = ", ".join(f"{k} = {v}" for k, v in indicator.choices.items())
    if check not in catalogue.checks:
        return None
    return check_finding(catalogue, check, fields, [evidence], form=indicator.form)


@dataclass
class Confrontation:
    """What confronting reports with the catalogue found: every finding by report, and what they were
    found from — the wide table (one row per report) and each relation's status for each report."""

    reports: list[Report]
    table: WideTable
    statuses: dict[str, dict[str, str]]  # rule id -> report name -> "ok", "fail", "truncated" or "na"
    findings: dict[str, list[Finding]]

    def status(self, name: str) -> dict[str, str]:
        """Each relation's status for the report ``name``."""
        return {rule_id: by_report[name] for rule_id, by_report in self.statuses.items()}

    def row(self, name: str) -> dict[str, float]:
        """The report's row of the wide table."""
        columns, at, values = self._rows
        return dict(zip(columns, values[at[name]].tolist()))

    def columns(self) -> dict[str, np.ndarray]:
        """The wide table's columns as arrays, one value per report."""
        return self.table.by_column()

    @functools.cached_property
    def wide(self) -> pd.DataFrame:
        """The wide table as a data frame."""
        return self.table.frame()

    @functools.cached_property
    def _rows(self) -> tuple[list[str], dict[str, int], np.ndarray]:
        """The wide table's columns, each report's position and its values (a frame's row costs far more)."""
        at = {name: i for i, name in enumerate(self.table.names)}
        assert len(at) == len(self.table.names), "report names are unique"
        return self.table.columns, at, self.table.values


def confront(reports: list[Report], catalogue: Catalogue) -> Confrontation:
    """Every finding of every report, keyed by report name, most severe first within each form."""
    if not reports:
        return Confrontation([], WideTable([], [], np.empty((0, 0))), {}, {})
    findings: dict[str, list[Finding]] = defaultdict(list)
    by_name = {r.name: r for r in reports}
    wide = wide_values(reports)
    rules = {r.id: r for r in checkable_rules(catalogue)}
    confrontation = Confrontation(reports, wide, {}, findings)
    # Each relation's outcome as arrays over the reports, evaluated on the table's columns as arrays (a data
    # frame's column, or a frame for each outcome, would cost more than the evaluation).
    table = confrontation.columns()
    outcomes = {rule_id: relation(rule).evaluate(rule, table) for rule_id, rule in rules.items()}
    names = wide.names
    at = {name: i for i, name in enumerate(names)}
    statuses = {
        rule_id: dict(zip(names, np.asarray(o["status"]).tolist())) for rule_id, o in outcomes.items()
    }
    confrontation.statuses = statuses
    for failure in validate(wide, catalogue, statuses):
        report = by_name[failure.report]
        finding: Finding | None
        if failure.check in rules:
            outcome = _outcome_at(outcomes[failure.check], at[failure.report])
            row = confrontation.row(failure.report)
            finding = _relation_finding(rules[failure.check], report, row, outcome)
        else:
            assert failure.column is not None, "a cell's failure names its column"
            finding = _cell_finding(catalogue, failure.check, report, failure.column)
        if finding:
            findings[report.name].append(finding)
    for rule_id, by_report in statuses.items():
        for name in (name for name, status in by_report.items() if status == "truncated"):  # a rate's status
            outcome = _outcome_at(outcomes[rule_id], at[name])
            findings[name].append(
                _truncations(rules[rule_id], by_name[name], confrontation.row(name), outcome)
            )
    for report in reports:
        for finding in run_checks(report):
            finding.report = report.name
            findings[report.name].append(finding)
    confrontation.findings = {name: sorted(fs, key=Finding.sort_key) for name, fs in findings.items()}
    return confrontation
