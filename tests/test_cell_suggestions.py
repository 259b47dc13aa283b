"""A finding about one cell proposes the value its relations imply: a malformed number, a fraction in a
count, a required value left blank, a percent above 100 — through a real workbook and the installed reader."""

from __future__ import annotations

import random

import pytest

from reformaudit import audit
from reformaudit.catalogue import load_catalogue
from reformaudit.testing import workbook_source, write_workbook
from reformaudit.testing.generate import consistent_values

CATALOGUE = load_catalogue()


def _written(source: dict, key: str, text: str) -> None:
    form, code = key.split(":")
    rows = next(f["rows"] for f in source["forms"] if f["form"] == int(form))
    row = next(r for r in rows if r[0] == f"{code}.")
    row[3] = text


@pytest.fixture(scope="module")
def findings(tmp_path_factory):
    rng = random.Random(3)
    values = consistent_values(CATALOGUE, rng.randint, rng.choice)
    values["2:1"] += 1746 - values["2:1.2"]  # 2:1 = 2:1.1 + 2:1.2 + 2:1.3 stays true with 2:1.2 = 1.746
    values["2:1.2"] = 1746.0
    values["3:1.4"] += 33 - values["3:1.4.2"]  # the same for 3:1.4 = 3:1.4.1 + 3:1.4.2 + 3:1.4.3 with 33
    values["3:1.4.2"] = 33.0
    values["3:3.1.1"], values["3:3.1.2"], values["3:3.1"] = 4041.0, 3809.0, 94.26
    source = workbook_source(values, CATALOGUE)
    _written(source, "2:1.2", "1.7.46")  # malformed
    _written(source, "3:1.4.2", "3,3")  # a fraction in a count
    _written(source, "6:2.4", "")  # left blank; 6:2.4 = 6:2.4.1 + 6:2.4.2 + 6:2.4.3
    _written(source, "3:3.1", "942,6%")  # above 100: 94,26 with the comma one place off
    path = write_workbook(source, tmp_path_factory.mktemp("cells") / "bieu-mau.xlsx")
    return values, {(f.rule, f.evidence[0].form, f.evidence[0].code): f for f in audit(path).findings}


def test_a_malformed_number_gets_the_value_its_sum_implies(findings):
    values, found = findings
    (suggestion,) = found[("CELL.malformed", 2, "1.2")].suggestions
    assert suggestion.proposed == 1746 and suggestion.written == "1.7.46"
    assert "“1.7.46” → 1.746" in suggestion.render("vi")


def test_a_fraction_in_a_count_gets_the_reading_that_fits(findings):
    _, found = findings
    (suggestion,) = found[("CELL.fraction-in-count", 3, "1.4.2")].suggestions
    assert suggestion.proposed == 33 and "“3,3” → 33" in suggestion.render("vi")


def test_a_blank_required_value_gets_the_sum_of_its_parts(findings):
    values, found = findings
    (suggestion,) = found[("FORM.missing-indicator", 6, "2.4")].suggestions
    assert suggestion.proposed == values["6:2.4.1"] + values["6:2.4.2"] + values["6:2.4.3"] == values["6:2.4"]
    assert "relations give" in suggestion.reason("en")


def test_a_percent_above_100_gets_the_rate_its_numerator_and_denominator_give(findings):
    _, found = findings
    (suggestion,) = found[("DOMAIN.percent-range", 3, "3.1")].suggestions
    assert suggestion.proposed == pytest.approx(94.26)
    assert "separator" in suggestion.reason("en")


def test_a_blank_rate_with_its_numerator_and_denominator_blank_gets_no_value(tmp_path):
    rng = random.Random(5)
    source = workbook_source(consistent_values(CATALOGUE, rng.randint, rng.choice), CATALOGUE)
    for key in ("3:3.1", "3:3.1.1", "3:3.1.2"):
        _written(source, key, "")
    found = audit(write_workbook(source, tmp_path / "bieu-mau.xlsx")).findings
    blank = [f for f in found if f.rule == "FORM.missing-indicator" and f.evidence[0].code == "3.1"]
    assert blank and blank[0].suggestions == []
