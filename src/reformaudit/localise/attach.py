"""Attach ranked suggestions (and a diagnosis where no single value explains a failure) to findings."""

from __future__ import annotations

import math

from ..catalogue import Text
from ..findings import Evidence, Finding, Suggestion
from ..relations import relation
from .cells import SINGLE_CELL_CHECKS, cell_suggestion
from .forms import (
    AMBIGUOUS,
    BUDGET_SECONDS,
    NOT_LOCALISED,
    localise,
    no_single_cell,
    scope_diagnosis,
    statuses,
    suggestions_for,
)
from .keystroke import REASONS, slip
from .narrative import narrative_suggestions

RATE_AS_WRITTEN = Text("tỷ lệ tính đúng từ tử số và mẫu số", "the rate its numerator and denominator give")
ROUNDED = Text("làm tròn thay vì cắt bớt", "rounded instead of truncated")
MEANT_AS = Text(
    "nếu tỷ lệ được tính đúng bằng tử số / mẫu số của biểu",
    "if the rate is meant as the form's numerator / denominator",
)


def _rate_suggestion(report, finding: Finding, reason: Text) -> list[Suggestion]:
    rate = finding.evidence[0]
    if finding.expected is None or math.isnan(finding.expected) or rate.value is None:
        return []
    decimals = report.row(f"{rate.form}:{rate.code}")
    places = int(decimals["decimals"]) if decimals is not None else 2
    shown = max(places, 2) if reason is MEANT_AS else places  # as many decimals as the message shows
    return [Suggestion(rate, float(rate.value), round(finding.expected, shown), reason, True, decimals=shown)]


def add_suggestions(
    report,
    findings: list[Finding],
    status: dict[str, str] | None = None,
    budget: float = BUDGET_SECONDS,
    row: dict[str, float] | None = None,
) -> None:
    """Fill ``suggestions``, ``ambiguous`` and ``diagnosis`` of the findings of one report, in place.
    ``status`` is each relation's status for this report and ``row`` its row of the wide table, when the
    caller has them already; ``budget`` the seconds the solver may take for failures that no single cell
    explains."""
    if not findings:
        return
    cat = report.catalogue
    rules = {r.id: r for r in cat.rules}
    if status is None:
        status = statuses(report) if report.has_forms else {}
    failing = any(f.rule in rules and relation(rules[f.rule]).linear for f in findings)
    localised = (
        localise(report, status, budget, row) if failing and any(s == "fail" for s in status.values()) else {}
    )
    for finding in findings:
        rule = rules.get(finding.rule)
        if rule is not None and relation(rule).linear and finding.rule in localised:
            localisation = localised[finding.rule]
            finding.suggestions, finding.ambiguous = suggestions_for(report, rule, localisation)
            if not finding.suggestions:
                finding.diagnosis = scope_diagnosis(report, rule, status) or (
                    NOT_LOCALISED
                    if localisation.out_of_time
                    else no_single_cell(localisation.smallest_change)
                )
            elif finding.ambiguous:
                finding.diagnosis = AMBIGUOUS
        elif rule is not None and rule.type == "ratio" and rule.severity != "error":
            finding.suggestions = _rate_suggestion(report, finding, MEANT_AS)
        elif finding.rule == "RATE.truncated":
            finding.suggestions = _rate_suggestion(report, finding, ROUNDED)
        elif rule is not None and rule.type == "note_levels" and "raw" in finding.fields:
            note: Evidence = finding.evidence[0]
            written, expected = finding.actual, finding.expected
            assert expected is not None, "a note's finding has the value that makes its levels add up"
            kind = slip(written, expected) if written is not None else None
            reason = (
                REASONS[kind]
                if kind
                else Text("giá trị làm tổng các cấp khớp", "the value that makes the levels add up")
            )
            current = written if written is not None else math.nan
            finding.suggestions = [
                Suggestion(note, current, expected, reason, written=str(finding.fields["raw"]))
            ]
        elif finding.rule in SINGLE_CELL_CHECKS and report.has_forms:
            finding.suggestions = cell_suggestion(
                report, finding, row if row is not None else report.wide_row()
            )
        elif finding.rule == "DOMAIN.negative" and finding.evidence and finding.evidence[0].value is not None:
            cell, value = finding.evidence[0], finding.evidence[0].value
            finding.suggestions = [Suggestion(cell, value, -value, REASONS["sign"])]
        elif finding.area in ("narrative", "narrative_forms"):
            finding.suggestions, finding.ambiguous, diagnosis = narrative_suggestions(report, finding)
            finding.diagnosis = finding.diagnosis or diagnosis


def suggest(confrontation) -> None:
    """Fill the suggestions of every finding of a :class:`~reformaudit.checks.confront.Confrontation`."""
    for report in confrontation.reports:
        findings = confrontation.findings.get(report.name)
        if findings:
            status, row = confrontation.status(report.name), confrontation.row(report.name)
            add_suggestions(report, findings, status, row=row)
