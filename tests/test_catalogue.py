"""The catalogue as data: every form's rows, relations that name real rows, users' own rules."""

from __future__ import annotations

import pytest

from reformaudit.catalogue import load_catalogue
from reformaudit.errors import RulesError
from reformaudit.relations import RELATIONS


def test_seven_forms_with_the_seed_rows(catalogue):
    assert sorted(catalogue.forms) == [1, 2, 3, 4, 5, 6, 7]
    counts = {n: len(f.indicators) for n, f in catalogue.forms.items()}
    assert counts == {1: 22, 2: 14, 3: 24, 4: 21, 5: 16, 6: 13, 7: 33}
    assert catalogue.indicator("1:6.2").choices == {0: "Trực tuyến", 1: "Phát phiếu", 2: "Kết hợp"}
    assert catalogue.indicator("6:1.1").kind == "money"
    assert catalogue.indicator("1:4.1").kind == "count"


def test_rule_ids_unique_and_refs_valued(catalogue):
    ids = [r.id for r in catalogue.rules]
    assert len(ids) == len(set(ids))
    for rule in catalogue.rules:
        assert rule.type in RELATIONS
        assert rule.severity in ("error", "warning", "info")
        assert rule.title.vi and rule.title.en and rule.message.vi and rule.message.en
        for ref in rule.keys:
            assert catalogue.indicator(ref).has_value


def test_the_exhaustive_breakdowns_are_sums_and_the_others_are_bounds(catalogue):
    sums = {r.refs["total"] for r in catalogue.rules if r.type == "sum"}
    assert {"3:1.4", "2:1", "4:1.5", "6:2.1", "6:2.4"} <= sums
    # Tasks in progress and non-leader civil servants have no row: bounds, never sums.
    assert "1:5.1" not in sums and "5:4" not in sums
    bounds = {r.refs["whole"] for r in catalogue.rules if r.type == "at_most"}
    assert {"1:5.1", "5:4", "4:2.1", "4:3.1"} <= bounds
    equal = [r for r in catalogue.rules if r.type == "equal"]
    assert any(set(r.keys) == {"4:1.5", "6:2.1"} for r in equal)


def test_a_users_folder_adds_and_overrides_rules(tmp_path):
    (tmp_path / "mine.yaml").write_text(
        """
form: 3
relations:
  - id: MY.le.1.2
    type: at_most
    parts: ["1.2"]
    whole: "1.4"
    severity: info
  - id: BM3.sum.1.4
    type: sum
    total: "1.4"
    parts: ["1.4.1", "1.4.2", "1.4.3"]
    severity: warning
checks:
  - id: UNIT.missing
    severity: warning
""",
        encoding="utf-8",
    )
    cat = load_catalogue((tmp_path,))
    assert cat.rule("MY.le.1.2").severity == "info"
    assert cat.rule("BM3.sum.1.4").severity == "warning"
    assert cat.checks["UNIT.missing"].severity == "warning"
    assert load_catalogue().rule("BM3.sum.1.4").severity == "error"


@pytest.mark.parametrize(
    "text, says",
    [
        ("relations:\n  - {id: X, type: sum, total: '1.4', parts: ['1.4.1']}\n", "FORM:CODE"),
        ("relations:\n  - {id: X, type: sum, total: '3:9.9', parts: ['3:1.4.1']}\n", "no form defines"),
        ("relations:\n  - {id: X, type: product, a: '3:1.4'}\n", "type among"),
        (
            "relations:\n  - {id: X, type: sum, total: '3:1.4', parts: ['3:1.4.1'], severity: fatal}\n",
            "severity",
        ),
        ("- just a list\n", "mapping"),
        ("relations: [\n", "bad.yaml:2:1: YAML syntax error"),
        (
            "relations:\n  - {id: X, type: sum, total: '3:1.4', parts: ['3:1.4.1'], severty: info}\n",
            "bad.yaml:2",
        ),
        ("checks:\n  - {id: CELL.no-such-check, severity: info}\n", "no check has the id"),
    ],
)
def test_broken_rules_are_named_clearly(tmp_path, text, says):
    (tmp_path / "bad.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(RulesError, match=says):
        load_catalogue((tmp_path,))


@pytest.mark.parametrize(
    "role, message",
    [
        ("{state: finished, level: district}", "unknown state 'finished'"),
        ("{state: done, level: region}", "level must be one of"),
        ("{state: done, colour: red}", "role takes state and level"),
    ],
)
def test_a_statement_role_is_checked_when_rules_load(tmp_path, role, message):
    (tmp_path / "mine.yaml").write_text(
        f'statements:\n  - {{id: MY.1, indicator: "3:3.2.1", role: {role}}}\n', encoding="utf-8"
    )
    with pytest.raises(RulesError, match=message):
        load_catalogue([tmp_path])
