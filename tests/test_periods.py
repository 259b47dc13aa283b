"""The period and unit of a report, and rows valid only for some periods (district rows end on 30/6/2025)."""

from __future__ import annotations

import copy

import pytest

from reformaudit.audit import audit
from reformaudit.errors import AuditInputError
from reformaudit.narrative.blocks import Block
from reformaudit.periods import parse_period
from reformaudit.testing import SINGLE_SHEET, write_docx, write_workbook

from .conftest import BINH_PHUOC, CONSISTENT

DISTRICT_ROWS = {
    1: {"3.2"},
    2: {"1.2"},
    3: {"1.4.2", "3.2", "3.2.1", "3.2.2"},
    4: {"1.2", "1.5.3"},
    7: {"5.1.2", "5.2.2", "5.3.2"},
}
# a district part of a total, and the part that takes over its figure when the district level ends
TAKEN_OVER = {(2, "1.2"): "1.1", (3, "1.4.2"): "1.4.1", (4, "1.5.3"): "1.5.1"}


def _rows(source: dict):
    """(form, code, row list) of every row of a workbook source, the row editable in place."""
    for form in source["forms"]:
        for item in form["rows"]:
            row = item["row"] if isinstance(item, dict) else item
            yield form["form"], row[0].rstrip("."), row


def _count(written) -> int:
    """A count as the source writes it: 40, "05" or "1.650" (Vietnamese thousands)."""
    return int(str(written).replace(".", ""))


def two_tier(source: dict, title: str) -> dict:
    """The consistent sample as a two-tier report: district rows blank, their figures moved to other levels."""
    source = copy.deepcopy(source)
    source["title"] = title
    values = {(form, code): row[3] for form, code, row in _rows(source)}
    heirs = {(form, heir): values[(form, part)] for (form, part), heir in TAKEN_OVER.items()}
    for form, code, row in _rows(source):
        if code in DISTRICT_ROWS.get(form, ()):
            row[3] = None
        if (form, code) in heirs:
            row[3] = _count(row[3]) + _count(heirs[(form, code)])
    return source


@pytest.fixture(scope="module")
def two_tier_2026(tmp_path_factory, consistent_source):
    folder = tmp_path_factory.mktemp("two-tier")
    source = two_tier(consistent_source, "THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH 6 THÁNG ĐẦU NĂM 2026")
    write_workbook(source, folder / "bieu-mau.xlsx", SINGLE_SHEET)
    return folder


def test_periods_have_the_cut_off_dates_of_cong_van_581():
    spans = {code: parse_period(code).span() for code in ("2026-Q1", "2026-H1", "2026-Q3", "2026")}
    assert spans == {
        "2026-Q1": "15/12/2025–14/3/2026",
        "2026-H1": "15/12/2025–14/6/2026",
        "2026-Q3": "15/6/2026–14/9/2026",
        "2026": "15/12/2025–14/12/2026",
    }
    assert parse_period("6 tháng đầu năm 2026") == parse_period("2026-H1")
    assert parse_period("quý III/2025").code == "2025-Q3"
    assert parse_period("Quý I năm 2026").code == "2026-Q1"
    assert parse_period("9 tháng năm 2025").code == "2025-9M"
    assert parse_period("năm 2025").code == "2025-Y"
    assert parse_period("2026-H1").contains(parse_period("2026-Q1"))
    assert not parse_period("2026-H1").overlaps(parse_period("2026-Q3"))


def test_a_period_that_cannot_be_read_is_refused_in_both_languages():
    with pytest.raises(AuditInputError) as caught:
        parse_period("mùa xuân 2026")
    assert "2026-Q1" in str(caught.value) and "kỳ báo cáo" in caught.value.vi


def test_period_and_unit_come_from_the_titles():
    result = audit(BINH_PHUOC)
    summary = result.summary()
    assert summary["period"]["code"] == "2023-H1"
    assert summary["period"]["from"] == "2022-12-15" and summary["period"]["to"] == "2023-06-14"
    assert summary["unit"] == "UBND tỉnh Bình Phước"
    assert audit(CONSISTENT).summary()["unit"] == "UBND tỉnh An Hòa"


def test_the_unit_of_a_text_narrative_whose_header_lines_run_together(tmp_path):
    (tmp_path / "bao-cao.txt").write_text(
        "UBND HUYỆN AN PHÚ\nBÁO CÁO\nKết quả công tác cải cách hành chính năm 2025\n\n"
        "Năm 2025, huyện tiếp nhận 1.200 hồ sơ.\n",
        encoding="utf-8",
    )
    assert audit([tmp_path]).summary()["unit"] == "UBND huyện An Phú"


def test_options_override_what_the_titles_state():
    summary = audit(CONSISTENT, period="2026-Q1", unit="UBND tỉnh Đồng Nai").summary()
    assert summary["period"]["code"] == "2026-Q1" and summary["unit"] == "UBND tỉnh Đồng Nai"


def test_district_rows_left_blank_in_2026_are_right(two_tier_2026):
    result = audit(two_tier_2026)
    assert result.report.period.code == "2026-H1"
    assert result.findings == []


def test_district_rows_left_blank_in_2024_are_still_missing(two_tier_2026):
    result = audit(two_tier_2026, period="2024-H1")
    missing = {
        (f.evidence[0].form, f.evidence[0].code)
        for f in result.findings
        if f.rule == "FORM.missing-indicator"
    }
    assert missing == {(form, code) for form, codes in DISTRICT_ROWS.items() for code in codes}


def test_a_district_figure_in_2026_is_a_warning_naming_the_reform(tmp_path, consistent_source):
    source = two_tier(consistent_source, "THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2026")
    for form, code, row in _rows(source):
        if (form, code) == (1, "3.2"):
            row[3] = 3
    write_workbook(source, tmp_path / "bieu-mau.xlsx", SINGLE_SHEET)
    findings = audit(tmp_path).findings
    assert [f.rule for f in findings] == ["PERIOD.not-applicable"]
    assert findings[0].severity == "warning" and findings[0].evidence[0].code == "3.2"
    assert "203/2025/QH15" in findings[0].message("vi") and "203/2025/QH15" in findings[0].message("en")


def test_a_period_straddling_the_reform_says_so_instead_of_guessing(two_tier_2026):
    findings = audit(two_tier_2026, period="2025-Q3").findings
    assert [f.rule for f in findings] == ["PERIOD.straddles"]
    assert findings[0].severity == "info" and "01/07/2025" in findings[0].message("vi")
    assert len(findings[0].evidence) == sum(len(c) for c in DISTRICT_ROWS.values())


def test_a_narrative_alone_for_a_straddling_period_names_no_form_rows(tmp_path):
    # the rows a reform splits are the forms' rows: a report with no forms has none to name
    (tmp_path / "bao-cao.txt").write_text(
        "Ủy ban nhân dân xã An Hòa báo cáo kết quả công tác cải cách hành chính quý III năm 2025 như sau:\n\n"
        "Tiếp nhận 120 hồ sơ, đã giải quyết 118 hồ sơ, đạt 98,33%.\n",
        encoding="utf-8",
    )
    assert [f.rule for f in audit(tmp_path / "bao-cao.txt").findings if f.area == "periods"] == []


def test_narrative_and_forms_for_different_periods(tmp_path, consistent_source):
    write_workbook(consistent_source, tmp_path / "bieu-mau.xlsx", SINGLE_SHEET)
    opening = (
        "Ủy ban nhân dân tỉnh An Hòa báo cáo kết quả công tác cải cách hành chính quý I năm 2024 như sau:"
    )
    write_docx(
        [Block("paragraph", opening, 1), Block("paragraph", "I. CÔNG TÁC CHỈ ĐẠO", 2)],
        tmp_path / "bao-cao.docx",
    )
    findings = [f for f in audit(tmp_path).findings if f.area == "periods"]
    assert [f.rule for f in findings] == ["PERIOD.mismatch"]
    message = findings[0].message("vi")
    assert "6 tháng đầu năm 2024" in message and "quý I năm 2024" in message
    assert {e.cell for e in findings[0].evidence} >= {"B4"}


def test_every_output_shows_the_period_and_unit():
    import json

    from reformaudit.reporting import RENDERERS

    result = audit(CONSISTENT)
    text = RENDERERS["text"](result, lang="vi", width=200)
    assert (
        "Đơn vị: ỦY BAN NHÂN DÂN TỈNH AN HÒA (DỮ LIỆU MẪU) · Kỳ báo cáo: 6 tháng đầu năm 2024 (15/12/2023–14/6/2024)"
        in text
    )
    assert "Period: first half of 2024 (15/12/2023–14/6/2024)" in RENDERERS["text"](
        result, lang="en", width=200
    )
    summary = json.loads(RENDERERS["json"](result, lang="en"))["summary"]
    assert summary["period"] == {
        "code": "2024-H1",
        "label": "first half of 2024",
        "from": "2023-12-15",
        "to": "2024-06-14",
    }
    assert summary["unit"] == "UBND tỉnh An Hòa"
    assert "6 tháng đầu năm 2024 (15/12/2023–14/6/2024)" in RENDERERS["html"](result, lang="vi")


def test_the_command_takes_period_unit_previous_and_units(tmp_path):
    import subprocess
    import sys

    from .conftest import SAMPLES

    def run(*args):
        command = [sys.executable, "-m", "reformaudit", "check", *map(str, args), "--format", "json"]
        return subprocess.run(command, capture_output=True, text=True, encoding="utf-8")

    done = run(CONSISTENT, "--period", "2026-Q1", "--unit", "UBND tỉnh Đồng Nai")
    assert '"code": "2026-Q1"' in done.stdout and "UBND tỉnh Đồng Nai" in done.stdout
    series = SAMPLES / "an-hoa-2026"
    done = run(series / "2026-6t", "--previous", SAMPLES / "an-hoa-2026-slips" / "luy-ke-giam" / "2026-q1")
    assert done.returncode == 1 and "SERIES.cumulative-fell" in done.stdout
    done = run(series / "2026-6t", "--units", series / "don-vi-2026-6t")
    assert done.returncode == 0 and '"findings": []' in done.stdout
    for bad in (["--period", "mùa xuân 2026"], ["--units", tmp_path / "none"]):
        done = run(CONSISTENT, *bad)
        assert done.returncode == 2 and "Traceback" not in done.stderr and len(done.stderr.splitlines()) == 1


def test_quarter_three_and_nine_months_are_one_report(tmp_path, consistent_source):
    source = copy.deepcopy(consistent_source)
    source["title"] = "THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2024"
    write_workbook(source, tmp_path / "bieu-mau.xlsx", SINGLE_SHEET)
    opening = "Ủy ban nhân dân tỉnh An Hòa báo cáo kết quả công tác cải cách hành chính 9 tháng đầu năm 2024 như sau:"
    (tmp_path / "bao-cao.txt").write_text(f"{opening}\n\nI. CÔNG TÁC CHỈ ĐẠO\n", encoding="utf-8")
    result = audit(tmp_path)
    assert result.report.period.code == "2024-9M"  # the narrative says the figures run from the year's start
    assert not [f for f in result.findings if f.area == "periods"]


def test_own_rules_may_carry_validity_and_a_wrong_one_is_refused(tmp_path):
    from reformaudit.catalogue import load_catalogue
    from reformaudit.errors import RulesError

    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "bm2.yaml").write_text(
        "form: 2\nrelations:\n  - {id: MY.le.1.3, valid_from: 2025-07-01, type: at_most, parts: ['1.3'], whole: '1'}\n",
        encoding="utf-8",
    )
    rule = load_catalogue((mine,)).rule("MY.le.1.3")
    assert str(rule.valid_from) == "2025-07-01" and rule.valid_to is None
    for n, bad in enumerate(("valid_to: 30/6/2025", "valid_from: 2025-07-01, valid_to: 2025-06-30")):
        mine = tmp_path / f"bad-{n}"  # a folder of its own: catalogues are cached by folder
        mine.mkdir()
        (mine / "bm2.yaml").write_text(
            f"form: 2\nrelations:\n  - {{id: MY.le.1.3, {bad}, type: at_most, parts: ['1.3'], whole: '1'}}\n",
            encoding="utf-8",
        )
        with pytest.raises(RulesError) as caught:
            load_catalogue((mine,))
        assert "bm2.yaml" in str(caught.value) and "valid_" in caught.value.vi


def test_district_rows_dropped_from_a_2026_report_are_right_too(tmp_path, consistent_source, catalogue):
    from reformaudit.testing.series import for_period, rows_of, two_tier

    source = two_tier(for_period(consistent_source, catalogue, parse_period("2026-Q1")), catalogue)
    district = {i.key for i in catalogue.indicators() if i.valid_to is not None}
    kept = {id(row) for ref, row in rows_of(source) if ref not in district}
    for form in source["forms"]:
        form["rows"] = [
            item for item in form["rows"] if id(item["row"] if isinstance(item, dict) else item) in kept
        ]
    write_workbook(source, tmp_path / "bieu-mau.xlsx", SINGLE_SHEET)
    result = audit(tmp_path)
    assert result.report.period.code == "2026-Q1" and result.findings == []


@pytest.mark.parametrize(
    "subtitle, rule",
    [
        ("(Ban hành kèm theo Báo cáo số 215/BC-UBND ngày 14/6/2024 của UBND tỉnh)", "PERIOD.cites-later"),
        (
            "(Ban hành kèm theo Báo cáo số     /BC-UBND ngày    /6/2024 của UBND tỉnh)",
            "PERIOD.cites-after-deadline",
        ),
    ],
)
def test_a_document_cited_after_the_reports_date(tmp_path, consistent_source, subtitle, rule):
    source = copy.deepcopy(consistent_source)
    source["subtitle"] = subtitle
    write_workbook(source, tmp_path / "bieu-mau.xlsx", SINGLE_SHEET)
    text = (
        "Ủy ban nhân dân tỉnh An Hòa báo cáo kết quả công tác cải cách hành chính 6 tháng đầu năm 2024 như sau:\n\n"
        "I. CÔNG TÁC CHỈ ĐẠO\n\nUBND tỉnh ban hành Kế hoạch số 99/KH-UBND ngày 24/3/2024 và Quyết định số "
        "1203/QĐ-UBND ngày 15/7/2024 về cải cách hành chính.\n"
    )
    (tmp_path / "bao-cao.txt").write_text(text, encoding="utf-8")
    found = [f for f in audit(tmp_path).findings if f.area == "periods"]
    assert [f.rule for f in found] == [rule]
    assert "1203/QĐ-UBND" in found[0].message("vi") and "99/KH-UBND" not in found[0].message("vi")
    assert found[0].severity == ("warning" if rule == "PERIOD.cites-later" else "info")
