"""The fast validation audits use finds exactly what the pandera schema finds, on reports with slips,
values outside their domains and blank required cells."""

from __future__ import annotations

import random

import pandas as pd
import pytest
from pandera.errors import SchemaErrors

from reformaudit.catalogue import load_catalogue
from reformaudit.checks.schema import MISSING, Failure, build_schema, checkable_rules, validate
from reformaudit.report import Report, wide_table, wide_values
from reformaudit.testing import forms_frame
from reformaudit.testing.faults import inject
from reformaudit.testing.generate import consistent_values

CATALOGUE = load_catalogue()


def _pandera_failures(wide: pd.DataFrame) -> list[Failure]:
    rule_ids = {r.id for r in checkable_rules(CATALOGUE)}
    with pytest.raises(SchemaErrors) as raised:
        build_schema(CATALOGUE).validate(wide, lazy=True)
    out = set()
    for case in raised.value.failure_cases.itertuples(index=False):
        if case.index is None or (isinstance(case.index, float) and pd.isna(case.index)):
            continue  # a failure of the whole table (none here), not of one report
        check = MISSING if case.check == "not_nullable" else str(case.check)
        out.add(Failure(check, str(case.index), None if check in rule_ids else str(case.column)))
    return sorted(out, key=lambda f: (f.report, f.check, f.column or ""))


def _reports(count: int) -> list[Report]:
    reports = []
    for i in range(count):
        rng = random.Random(i)
        values = consistent_values(CATALOGUE, rng.randint, rng.choice)
        for _ in range(i % 4):
            fault = inject(CATALOGUE, values, rng)
            if fault is not None:
                values[fault.key] = fault.written
        keys = sorted(values)
        if i % 3 == 1:
            values[rng.choice([k for k in keys if CATALOGUE.indicator(k).kind == "count"])] = -5.0
        if i % 3 == 2:
            values[rng.choice([k for k in keys if CATALOGUE.indicator(k).kind == "percent"])] = 120.0
        if i % 4 == 3:
            values[rng.choice([k for k in keys if CATALOGUE.indicator(k).kind == "choice"])] = 9.0
        if i % 5 == 4:
            del values[rng.choice(keys)]
        reports.append(Report(f"r{i}", [f"r{i}"], forms_frame(values, CATALOGUE), CATALOGUE))
    return reports


def test_fast_validation_finds_what_pandera_finds():
    reports = _reports(12)
    wide = wide_table(reports)
    found = validate(wide, CATALOGUE)
    assert found == _pandera_failures(wide)
    assert validate(wide_values(reports), CATALOGUE) == found  # the table audits use, without a frame
    checks = {f.check for f in found}
    assert {MISSING, "DOMAIN.negative", "DOMAIN.percent-range", "DOMAIN.choice"} <= checks
    assert any(check in {r.id for r in checkable_rules(CATALOGUE)} for check in checks)


def test_the_wide_table_without_a_frame_holds_the_frames_values():
    reports = _reports(6)
    table, frame = wide_values(reports), wide_table(reports)
    assert table.names == list(frame.index) and table.columns == list(frame.columns)
    pd.testing.assert_frame_equal(table.frame(), frame)
    assert pd.isna(frame.loc["r4"]).any()  # the value deleted from the fifth report
