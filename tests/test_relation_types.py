"""Relation types are classes (reformaudit.relations): the example of docs/rules.md, "Adding a relation type",
loads, checks and localises like a built-in type."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from reformaudit.catalogue import load_catalogue
from reformaudit.checks import confront
from reformaudit.localise import suggest
from reformaudit.relations import RELATIONS
from reformaudit.report import Report
from reformaudit.testing import forms_frame
from reformaudit.testing.generate import consistent_values

DOC = Path(__file__).resolve().parents[1] / "docs" / "rules.md"


def _blocks(language: str) -> list[str]:
    section = DOC.read_text(encoding="utf-8").split("## Adding a relation type\n")[1].split("\n## ")[0]
    return re.findall(rf"```{language}\n(.*?)```", section, re.S)


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory):
    (code,) = _blocks("python")
    (rules,) = _blocks("yaml")
    exec(compile(code, str(DOC), "exec"), {"__name__": "documented_relation"})
    folder = tmp_path_factory.mktemp("rules")
    (folder / "mine.yaml").write_text(rules, encoding="utf-8")
    try:
        yield load_catalogue((str(folder),))
    finally:
        RELATIONS.pop("remainder", None)


def _findings(catalogue, values: dict[str, float]):
    report = Report("g", ["g"], forms_frame(values, catalogue), catalogue)
    confrontation = confront([report], catalogue)
    suggest(confrontation)
    return {f.rule: f for f in confrontation.findings.get("g", [])}


def test_the_documented_relation_type_holds_on_generated_reports(catalogue):
    rule = catalogue.rule("MY.remainder.6")
    assert rule.type == "remainder" and rule.refs["taken"] == ["6:2.2", "6:2.3", "6:2.4"]
    for seed in range(3):
        rng = random.Random(seed)
        assert "MY.remainder.6" not in _findings(
            catalogue, consistent_values(catalogue, rng.randint, rng.choice)
        )


def test_a_slip_is_reported_with_its_message_and_localised(catalogue):
    from reformaudit.localise import slips
    from reformaudit.numbers import format_number

    rng = random.Random(4)
    values = consistent_values(catalogue, rng.randint, rng.choice)
    meant = values["6:2.5"]
    written = slips(meant)["swap"][0]  # two digits swapped
    finding = _findings(catalogue, dict(values, **{"6:2.5": written}))["MY.remainder.6"]
    assert f"says {format_number(written, 'en')}" in finding.message("en") and "leaves" in finding.message(
        "en"
    )
    assert f"ghi {format_number(written, 'vi')}" in finding.message("vi")
    assert (finding.suggestions[0].evidence.code, finding.suggestions[0].proposed) == ("2.5", meant)
    assert "swapped" in finding.suggestions[0].reason("en") and not finding.ambiguous


def test_a_rule_of_an_unknown_shape_is_refused_with_its_place(catalogue, tmp_path):
    from reformaudit.errors import RulesError

    (tmp_path / "bad.yaml").write_text(
        "relations:\n  - id: MY.bad\n    type: remainder\n    rest: '6:2.5'\n    whole: '6:2.1'\n    taken: '6:2.2'\n",
        encoding="utf-8",
    )
    with pytest.raises(RulesError, match=r"bad.yaml:6: rule MY.bad: 'taken' must be a list of codes"):
        load_catalogue((str(tmp_path),))


def test_columns_missing_from_a_table_of_arrays_are_missing_in_every_row():
    """Relations are evaluated on the wide table's columns as arrays: absent columns make each report's
    relation "na" (not only the first report's, even when none of its columns is there)."""
    import numpy as np

    from reformaudit.relations import relation

    rule = next(r for r in load_catalogue().rules if r.type == "sum")
    total, *parts = rule.keys
    table = {"9:9": np.array([1.0, 2.0, 3.0])}
    assert relation(rule).evaluate(rule, table)["status"].tolist() == ["na", "na", "na"]
    table |= {key: np.array([1.0, 2.0, 3.0]) for key in parts[1:]} | {total: np.array([5.0, 6.0, 7.0])}
    assert relation(rule).evaluate(rule, table)["status"].tolist() == ["na", "na", "na"]
    table[parts[0]] = table[total] - sum(table[key] for key in parts[1:])
    assert relation(rule).evaluate(rule, table)["status"].tolist() == ["ok", "ok", "ok"]
