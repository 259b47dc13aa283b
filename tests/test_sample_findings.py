"""What the audit says about the two samples: every real discrepancy, and silence where arithmetic holds."""

from __future__ import annotations

import pytest

from reformaudit import audit
from reformaudit.testing import SINGLE_SHEET, Layout, write_workbook

from .conftest import BINH_PHUOC, CONSISTENT


@pytest.fixture(scope="module")
def binh_phuoc():
    return audit(BINH_PHUOC / "bieu-mau.xlsx")


def _by_rule(result):
    return {f.rule: f for f in result.findings}


def test_public_service_units_528_against_537(binh_phuoc):
    finding = _by_rule(binh_phuoc)["XF.eq.dvsncl"]
    assert finding.severity == "error"
    assert (finding.expected, finding.actual, finding.difference) == (528, 537, 9)
    assert [(e.form, e.code, e.cell) for e in finding.evidence] == [(4, "1.5", "D11"), (6, "2.1", "D10")]
    assert "528" in finding.message("vi") and "537" in finding.message("vi")


def test_survey_note_malformed_count(binh_phuoc):
    finding = _by_rule(binh_phuoc)["BM1.note.6.1"]
    assert finding.severity == "error"
    assert finding.expected == 20925
    message = finding.message("vi")
    assert "209.25" in message and "20.925" in message and "53.657" in message
    assert "20,925" in finding.message("en")
    assert finding.evidence[0].cell == "E30" and "209.25" in finding.evidence[0].raw


def test_count_with_percent_unit(binh_phuoc):
    finding = _by_rule(binh_phuoc)["UNIT.mismatch"]
    assert finding.severity == "error"
    assert (finding.evidence[0].form, finding.evidence[0].code) == (1, "4.1")
    assert "“%”" in finding.message("vi")


def test_warnings_explain_why(binh_phuoc):
    rate = _by_rule(binh_phuoc)["BM1.rate.2"]
    assert rate.severity == "warning"
    assert "12,20%" in rate.message("vi") and "đến hạn" in rate.message("vi")
    styles = [f for f in binh_phuoc.findings if f.rule == "CELL.style-mixed"]
    assert sorted(f.evidence[0].raw for f in styles) == ["32.58", "98.39%"]
    assert all(f.severity == "warning" for f in styles)


HOLDING = [
    "BM3.sum.1.4",  # 1.746 = 1.405 + 235 + 106
    "BM3.rate.3.1",  # 40.816 / 41.045 = 99,44%
    "BM3.rate.3.2",  # 126.491 / 128.559 = 98,39%
    "BM3.rate.3.3",  # 78.410 / 78.916 = 99,36%
    "BM3.rate.3.4",  # 148 / 198 = 74,75%
    "BM2.sum.1",  # 56 = 37 + 19 + 0
    "BM2.rate.2.2",  # 2 / 2 = 100%
    "BM2.rate.3.2",  # 0 / 1 = 0%
    "BM4.sum.1.5",  # 528 = 8 + 79 + 441
    "BM4.le.2.2",  # 1.769 ≤ 1.797
    "BM4.le.3.2",  # 18.081 ≤ 18.593
    "BM6.rate.1",  # 1.405.230 / 5.755.631 = 24,41%
    "BM6.sum.2.1",  # 537 = 16 + 22 + 35 + 464
    "BM6.sum.2.4",  # 35 = 4 + 19 + 12
    "BM7.within.5.2",  # 90 ≤ 96 ≤ 100
    "BM7.rate.6.1",
    "BM7.rate.6.2",
    "BM7.rate.6.3",
    "BM7.rate.6.4",
    "BM7.rate.6.5",
    "BM1.le.5.1",  # 33 + 1 + 0 ≤ 94
    "BM1.rate.3.3",  # 0 / 0: no rate to compute
    "BM5.le.4",
    "XF.le.tthc-thanh-toan",
]


@pytest.mark.parametrize("rule", HOLDING)
def test_silence_where_arithmetic_holds(binh_phuoc, rule):
    assert rule not in _by_rule(binh_phuoc)


def test_exactly_the_expected_findings(binh_phuoc):
    assert sorted((f.rule, f.severity) for f in binh_phuoc.findings) == sorted(
        [
            ("XF.eq.dvsncl", "error"),
            ("BM1.note.6.1", "error"),
            ("UNIT.mismatch", "error"),
            ("BM1.rate.2", "warning"),
            ("CELL.style-mixed", "warning"),
            ("CELL.style-mixed", "warning"),
            ("UNIT.missing", "info"),
            ("DOC.blank-field", "warning"),  # "kèm theo Báo cáo số        /BC-UBND ngày     /06/2023"
        ]
    )
    assert binh_phuoc.fails("error")


def test_consistent_sample_is_silent():
    result = audit(CONSISTENT)
    assert result.findings == []
    assert not result.fails("info")
    assert result.summary()["indicators_read"] == 125


def _signature(result):
    return sorted(
        (f.rule, f.severity, f.expected, f.actual, tuple((e.form, e.code) for e in f.evidence))
        for f in result.findings
    )


@pytest.mark.parametrize("layout", [SINGLE_SHEET, Layout(merged_header=False, first_column=2)])
def test_same_findings_whatever_the_layout(tmp_path, binh_phuoc, binh_phuoc_source, layout):
    other = audit(write_workbook(binh_phuoc_source, tmp_path / "other.xlsx", layout))
    assert _signature(other) == _signature(binh_phuoc)


def test_a_missing_form_is_reported_once(tmp_path, consistent_source):
    source = {**consistent_source, "forms": [f for f in consistent_source["forms"] if f["form"] != 5]}
    result = audit(write_workbook(source, tmp_path / "no5.xlsx", SINGLE_SHEET))
    assert [(f.rule, f.form) for f in result.findings] == [("FORM.missing-form", 5)]


def test_a_blank_value_is_reported(tmp_path, consistent_source):
    forms = [
        dict(f, rows=[list(r) if isinstance(r, list) else r for r in f["rows"]])
        for f in consistent_source["forms"]
    ]
    forms[1]["rows"][5][3] = None  # Biểu 2, 2.1 left blank
    result = audit(
        write_workbook({**consistent_source, "forms": forms}, tmp_path / "blank.xlsx", SINGLE_SHEET)
    )
    assert [(f.rule, f.evidence[0].code) for f in result.findings] == [("FORM.missing-indicator", "2.1")]


def test_truncated_rate_is_only_a_note(tmp_path, consistent_source):
    forms = [
        dict(f, rows=[list(r) if isinstance(r, list) else r for r in f["rows"]])
        for f in consistent_source["forms"]
    ]
    form7 = next(f for f in forms if f["form"] == 7)
    row = next(r for r in form7["rows"] if isinstance(r, list) and r[0] == "6.5.")
    row[3] = "93,33"  # 280 / 300 = 93,333… rounds to 93,33: silent
    assert (
        audit(
            write_workbook({**consistent_source, "forms": forms}, tmp_path / "a.xlsx", SINGLE_SHEET)
        ).findings
        == []
    )
    row = next(r for r in form7["rows"] if isinstance(r, list) and r[0] == "6.4.")
    row[3] = "71,42"  # 50.000 / 70.000 = 71,428…: truncated, not rounded
    result = audit(write_workbook({**consistent_source, "forms": forms}, tmp_path / "b.xlsx", SINGLE_SHEET))
    assert [(f.rule, f.severity) for f in result.findings] == [("RATE.truncated", "info")]
    row[3] = "71,52"  # simply wrong
    result = audit(write_workbook({**consistent_source, "forms": forms}, tmp_path / "c.xlsx", SINGLE_SHEET))
    assert [(f.rule, f.severity) for f in result.findings] == [("BM7.rate.6.4", "error")]


def test_xlsm_is_read_like_xlsx(tmp_path, consistent_source):
    path = write_workbook(consistent_source, tmp_path / "macro.xlsm", SINGLE_SHEET)
    assert audit(path).findings == []


def test_an_english_style_workbook_is_not_told_to_change_style(tmp_path, consistent_source):
    forms = []
    for f in consistent_source["forms"]:
        rows = []
        for r in f["rows"]:
            r = list(r) if isinstance(r, list) else dict(r, row=list(r["row"]))
            cells = r if isinstance(r, list) else r["row"]
            if isinstance(cells[3], str) and ("," in cells[3] or "." in cells[3]):
                cells[3] = cells[3].replace(".", "\0").replace(",", ".").replace("\0", ",")
            rows.append(r)
        forms.append(dict(f, rows=rows))
    result = audit(write_workbook({**consistent_source, "forms": forms}, tmp_path / "en.xlsx", SINGLE_SHEET))
    assert result.report.style == "en"
    assert result.findings == []


@pytest.mark.parametrize(
    "code, value, rule",
    [
        ("3.1.1.", -38500, "DOMAIN.negative"),
        ("3.4.", "180%", "DOMAIN.percent-range"),
        ("6.2.", 7, "DOMAIN.choice"),
    ],
)
def test_value_domains(tmp_path, consistent_source, code, value, rule):
    forms = [
        dict(f, rows=[list(r) if isinstance(r, list) else dict(r, row=list(r["row"])) for r in f["rows"]])
        for f in consistent_source["forms"]
    ]
    form = next(
        f
        for f in forms
        if any((r if isinstance(r, list) else r["row"])[0] == code for r in f["rows"]) and f["form"] in (1, 3)
    )
    for r in form["rows"]:
        cells = r if isinstance(r, list) else r["row"]
        if cells[0] == code:
            cells[3] = value
    result = audit(write_workbook({**consistent_source, "forms": forms}, tmp_path / "d.xlsx", SINGLE_SHEET))
    assert rule in {f.rule for f in result.findings}
