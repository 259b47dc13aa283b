"""The types that say what the catalogue, findings and workbook rows hold agree with what the code does:
the Literals list every severity, indicator kind, area and relation type in use, a rule's refs are read
through Rule.one/Rule.many, and a loaded row has exactly FormRow's fields."""

from __future__ import annotations

from typing import get_args

import pytest

from reformaudit.catalogue import load_catalogue
from reformaudit.catalogue.model import KINDS, SEVERITIES, IndicatorKind, RelationKind, Severity
from reformaudit.findings import AREAS, SEVERITY_ORDER, Area
from reformaudit.loading.forms import COLUMNS, load_forms
from reformaudit.loading.row import FormRow, matched_key
from reformaudit.relations import RELATIONS

from .conftest import CONSISTENT
from .test_file_safety import assert_refused

CATALOGUE = load_catalogue()


def test_the_literals_are_the_values_in_use():
    assert SEVERITIES == get_args(Severity) == tuple(SEVERITY_ORDER)
    assert KINDS == get_args(IndicatorKind)
    assert {i.kind for i in CATALOGUE.indicators()} <= set(KINDS)
    assert {r.severity for r in CATALOGUE.rules} | {c.severity for c in CATALOGUE.checks.values()} <= set(SEVERITIES)
    assert AREAS == get_args(Area)


def test_every_relation_type_is_a_relation_kind_and_back():
    assert set(RELATIONS) == set(get_args(RelationKind))
    assert all(kind == cls.kind for kind, cls in RELATIONS.items())
    assert {r.type for r in CATALOGUE.rules} <= set(RELATIONS)


def test_refs_are_read_as_one_code_or_a_list():
    total = CATALOGUE.rule("BM2.sum.1")
    assert total.one("total") == "2:1"
    assert total.many("parts") == ["2:1.1", "2:1.2", "2:1.3"]
    assert total.keys == [total.one("total"), *total.many("parts")]
    with pytest.raises(TypeError, match="BM2.sum.1"):
        total.one("parts")
    with pytest.raises(TypeError, match="BM2.sum.1"):
        total.many("total")


def test_every_rule_reads_its_refs_in_the_shape_its_type_declares():
    for rule in CATALOGUE.rules:
        for name, shape in RELATIONS[rule.type].refs.items():
            value = rule.many(name) if shape is list else rule.one(name)
            assert value and all(":" in k for k in ([value] if isinstance(value, str) else value))


def test_a_loaded_row_has_the_fields_of_form_row():
    assert set(FormRow.__required_keys__) == set(COLUMNS)
    frame = load_forms(CONSISTENT / "bieu-mau.xlsx", CATALOGUE)
    assert list(frame.columns) == COLUMNS
    matched = frame[frame["matched_by"] != ""].to_dict("records")
    assert matched and all(CATALOGUE.indicator(f"{form}:{code}") for form, code in map(matched_key, matched))


def test_a_new_form_without_a_title_is_refused_with_its_place(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "mine.yaml").write_text("form: 9\nindicators:\n  - {code: '1', label: X, kind: count}\n")
    assert_refused(tmp_path, ["check", CONSISTENT, "--rules", "rules", "--lang", "en"], "mine.yaml:1: form 9")
    assert_refused(tmp_path, ["check", CONSISTENT, "--rules", "rules"], "biểu 9 chưa có nên cần ghi title")
