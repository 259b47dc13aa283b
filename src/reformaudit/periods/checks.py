"""Findings about one report's period: what its parts state, and rows outside their validity.

Rows and rules not in force for the report's period are taken out of the other checks: a blank there is
right (no FORM.missing-indicator), a relation that does not hold then is not checked, and a figure written
there is a PERIOD.not-applicable warning naming the change.
"""

from __future__ import annotations

from ..checks.schema import MISSING
from ..checks.spec import check_finding
from ..findings import Finding, Joined, Num, Ref
from ..report import present
from ..text import short
from .dates import later_citations
from .header import same_unit
from .validity import NO, PARTLY, YES, applicability, boundary, reform
from .words import day_text, period_text


def _stated(report) -> list[Finding]:
    said = report.stated
    out: list[Finding] = []
    if said is None:
        return out
    # "quý III" and "9 tháng" (or "6 tháng" and "quý II") close on one day: offices call that report either way
    if (
        said.forms_period
        and said.narrative_period
        and said.forms_period.value.end != said.narrative_period.value.end
    ):
        forms, narrative = said.forms_period.value, said.narrative_period.value
        fields = {
            "forms_period": period_text(forms),
            "forms_span": forms.span(),
            "narrative_period": period_text(narrative),
            "narrative_span": narrative.span(),
        }
        evidence = [said.forms_period.evidence, said.narrative_period.evidence]
        out.append(check_finding(report.catalogue, "PERIOD.mismatch", fields, evidence, area="periods"))
    if (
        said.forms_unit
        and said.narrative_unit
        and not same_unit(said.forms_unit.value, said.narrative_unit.value)
    ):
        fields = {"forms_unit": said.forms_unit.value, "narrative_unit": said.narrative_unit.value}
        evidence = [said.forms_unit.evidence, said.narrative_unit.evidence]
        out.append(check_finding(report.catalogue, "PERIOD.unit-mismatch", fields, evidence, area="periods"))
    return out


def _not_applicable(report) -> list[Finding]:
    out = []
    for indicator in report.catalogue.indicators():
        if not indicator.has_value or applicability(indicator, report.period) != NO:
            continue
        row = report.row(indicator.key)
        if row is None or not present(row["value"]) or row["value"] == 0:
            continue
        fields = {
            "ref": Ref(indicator.form, indicator.code, True),
            "label_short": short(indicator.label, 60),
            "value": Num(float(row["value"]), percent=indicator.kind == "percent"),
            "period": period_text(report.period),
            "span": report.period.span(),
            "reform": reform(boundary(indicator, report.period)),
        }
        evidence = [report.evidence(indicator.key)]
        out.append(
            check_finding(report.catalogue, "PERIOD.not-applicable", fields, evidence, form=indicator.form)
        )
    return out


def _straddles(report) -> list[Finding]:
    """One note per change inside the period, naming the rows it splits in the forms the report has (none for a
    narrative alone)."""
    forms = {report.catalogue.indicator(ref).form for ref in report.first_rows}
    by_day: dict = {}
    for indicator in report.catalogue.indicators():
        if indicator.form not in forms:
            continue
        if indicator.has_value and applicability(indicator, report.period) == PARTLY:
            by_day.setdefault(boundary(indicator, report.period), []).append(indicator)
    out = []
    for day, indicators in sorted(by_day.items()):
        fields = {
            "period": period_text(report.period),
            "span": report.period.span(),
            "day": day_text(day),
            "reform": reform(day),
            "refs": Joined(tuple(Ref(i.form, i.code, True) for i in indicators), ", "),
        }
        evidence = [report.evidence(i.key) for i in indicators]
        out.append(check_finding(report.catalogue, "PERIOD.straddles", fields, evidence, area="periods"))
    return out


def _in_force(report, finding: Finding) -> bool:
    """Whether a finding of the other checks still stands once rows and rules outside the period are left out."""
    catalogue = report.catalogue
    if finding.rule == MISSING and finding.evidence:
        e = finding.evidence[0]
        indicator = catalogue.forms[e.form].by_code().get(e.code) if e.form in catalogue.forms else None
        return indicator is None or applicability(indicator, report.period) == YES
    rule = next((r for r in catalogue.rules if r.id == finding.rule), None)
    return rule is None or applicability(rule, report.period) != NO


def period_findings(report, findings: list[Finding]) -> list[Finding]:
    """``findings`` without those about rows and rules outside the period, plus the period's own findings."""
    if report.period is None:
        return [*findings, *_stated(report)]
    kept = [f for f in findings if _in_force(report, f)]
    return [*kept, *_stated(report), *_not_applicable(report), *_straddles(report), *later_citations(report)]
