"""Property tests: any consistent report passes; any change to a related cell is caught."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reformaudit import audit
from reformaudit.catalogue import load_catalogue
from reformaudit.checks import confront, evaluate
from reformaudit.report import Report, wide_table
from reformaudit.testing import SINGLE_SHEET, forms_frame, workbook_source, write_workbook
from reformaudit.testing.strategies import consistent_reports

CATALOGUE = load_catalogue()


def _audit_values(values):
    report = Report("generated", ["generated"], forms_frame(values, CATALOGUE), CATALOGUE)
    return report, confront([report], CATALOGUE).findings.get("generated", [])


@settings(max_examples=60, deadline=None)
@given(consistent_reports(CATALOGUE))
def test_consistent_reports_raise_nothing(values):
    _, findings = _audit_values(values)
    assert findings == []


def _breakable(values) -> list[tuple[str, str]]:
    """(indicator, rule) pairs where the rule holds now and any change to the indicator breaks it."""
    report = Report("generated", ["generated"], forms_frame(values, CATALOGUE), CATALOGUE)
    wide = wide_table([report])
    pairs = []
    for rule in CATALOGUE.rules:
        if rule.type not in ("sum", "equal", "ratio"):
            continue
        if evaluate(rule, wide)["status"].iloc[0] != "ok":
            continue
        keys = [rule.refs["rate"]] if rule.type == "ratio" else rule.keys
        pairs.extend((k, rule.id) for k in keys)
    return pairs


@st.composite
def one_changed_cell(draw):
    values = draw(consistent_reports(CATALOGUE))
    key, rule_id = draw(st.sampled_from(_breakable(values)))
    old = values[key]
    if CATALOGUE.indicator(key).kind == "percent":
        step = draw(st.integers(1, 500)) / 100
        new = old - step if old - step >= 0 else old + step
        new = round(min(new, 100.0), 2)
        if new == old:
            new = round(old - step, 2)
    else:
        step = draw(st.integers(1, 1000))
        new = old + step if draw(st.booleans()) or old < step else old - step
    return values, key, rule_id, new


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(one_changed_cell())
def test_changing_one_related_cell_is_caught(case):
    values, key, rule_id, new = case
    changed = dict(values, **{key: new})
    _, findings = _audit_values(changed)
    assert findings, f"{key}: {values[key]} -> {new} went unnoticed"
    named = {(e.form, e.code) for f in findings for e in f.evidence}
    indicator = CATALOGUE.indicator(key)
    assert (indicator.form, indicator.code) in named


@settings(max_examples=8, deadline=None)
@given(consistent_reports(CATALOGUE))
def test_consistent_workbooks_pass_end_to_end(tmp_path_factory, values):
    path = tmp_path_factory.mktemp("gen") / "bieu-mau.xlsx"
    write_workbook(workbook_source(values, CATALOGUE), path, SINGLE_SHEET)
    result = audit(path)
    assert result.findings == [], [f.message("en") for f in result.findings]
