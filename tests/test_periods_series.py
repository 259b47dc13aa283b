"""Comparison with earlier periods: each relation over time catches its slip and is silent on a consistent series."""

from __future__ import annotations

import copy

import pytest

from reformaudit.audit import audit
from reformaudit.periods import parse_period
from reformaudit.testing import SINGLE_SHEET, write_workbook
from reformaudit.testing.series import for_period, rows_of, two_tier

PERIODS = ("2026-Q1", "2026-H1", "2026-Q3", "2026")


@pytest.fixture(scope="module")
def sources(consistent_source, catalogue) -> dict[str, dict]:
    """A two-tier province's consistent 2026 series, and the same province's first half of 2024."""
    out = {
        code: two_tier(for_period(consistent_source, catalogue, parse_period(code)), catalogue)
        for code in PERIODS
    }
    out["2024-H1"] = consistent_source
    return out


@pytest.fixture(scope="module")
def series(tmp_path_factory, sources) -> dict[str, object]:
    root = tmp_path_factory.mktemp("series")
    return {code: write(root / code, source) for code, source in sources.items()}


def write(folder, source: dict):
    folder.mkdir(parents=True, exist_ok=True)
    write_workbook(source, folder / "bieu-mau.xlsx", SINGLE_SHEET)
    return folder


def slipped(sources: dict, code: str, ref: str, change) -> dict:
    """A copy of one period's source with one figure changed by ``change``."""
    source = copy.deepcopy(sources[code])
    for key, row in rows_of(source):
        if key == ref:
            row[3] = change(int(str(row[3]).replace(".", "")))
    return source


def value_of(sources: dict, code: str, ref: str) -> int:
    return next(int(str(row[3]).replace(".", "")) for key, row in rows_of(sources[code]) if key == ref)


def rules(result) -> list[str]:
    return [f.rule for f in result.findings]


def test_a_consistent_series_is_silent(series):
    assert rules(audit(series["2026"], previous=[series[c] for c in PERIODS[:3]])) == []
    assert rules(audit(series["2026-H1"], previous=[series["2026-Q1"]])) == []
    assert rules(audit(series["2026-Q3"], previous=[series["2026-Q1"], series["2026-H1"]])) == []


def test_a_cumulative_figure_that_falls_within_the_year(tmp_path, series, sources):
    high = value_of(sources, "2026-H1", "5:3") + 2
    q1 = write(tmp_path / "q1", slipped(sources, "2026-Q1", "5:3", lambda v: high))
    result = audit(series["2026-H1"], previous=[q1])
    assert rules(result) == ["SERIES.cumulative-fell"]
    finding = result.findings[0]
    assert finding.severity == "error" and "lũy kế" in finding.message("vi")
    h1 = series["2026-H1"] / "bieu-mau.xlsx"
    assert [(e.source, e.code) for e in finding.evidence] == [
        (str(h1), "3"),
        (str(q1 / "bieu-mau.xlsx"), "3"),
    ]


def test_a_figure_assigned_for_the_year_that_changes(tmp_path, series, sources):
    h1 = write(tmp_path / "h1", slipped(sources, "2026-H1", "4:2.1", lambda v: v + 5))
    result = audit(h1, previous=[series["2026-Q1"]])
    assert rules(result) == ["SERIES.plan-changed"] and result.findings[0].severity == "warning"
    assert "Ghi chú" in result.findings[0].message("vi")


def test_a_quarter_with_more_than_its_half_year(tmp_path, series, sources):
    high = value_of(sources, "2026-H1", "1:1") + 3
    q1 = write(tmp_path / "q1", slipped(sources, "2026-Q1", "1:1", lambda v: high))
    result = audit(series["2026-H1"], previous=[q1])
    assert rules(result) == ["SERIES.flow-not-nested"]
    message = result.findings[0].message("en")
    assert "Q1 2026" in message and "first half of 2026" in message


def test_separate_periods_adding_up_to_more_than_the_year(tmp_path, series, sources):
    year = value_of(sources, "2026", "1:1")
    q3 = write(
        tmp_path / "q3",
        slipped(sources, "2026-Q3", "1:1", lambda v: year - value_of(sources, "2026-H1", "1:1") + 1),
    )
    result = audit(series["2026"], previous=[series["2026-Q1"], series["2026-H1"], q3])
    assert rules(result) == ["SERIES.flows-exceed"]
    assert len(result.findings[0].evidence) == 3  # the year's cell, the half year's and the quarter's
    assert "6 tháng đầu năm 2026 (" in result.findings[0].message("vi")


def test_across_the_2025_reform_periods_are_not_comparable_never_wrong(series):
    result = audit(series["2026-H1"], previous=[series["2024-H1"]])
    assert rules(result) == ["SERIES.not-comparable"] and result.findings[0].severity == "info"
    assert "203/2025/QH15" in result.findings[0].message("vi")


def test_a_province_merged_in_2025_is_not_comparable_rather_than_another_unit(tmp_path, series, sources):
    merged = copy.deepcopy(sources["2024-H1"])
    merged["organisation"] = "ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC"
    result = audit(series["2026-H1"], previous=[write(tmp_path / "binh-phuoc", merged)])
    assert rules(result) == ["SERIES.not-comparable"]


def test_an_earlier_report_of_another_unit_is_not_compared(tmp_path, series, sources):
    other = copy.deepcopy(sources["2026-Q1"])
    other["organisation"] = "ỦY BAN NHÂN DÂN TỈNH BÌNH MINH"
    result = audit(series["2026-H1"], previous=[write(tmp_path / "other", other)])
    assert rules(result) == ["SERIES.other-unit"]


SAMPLE_SLIPS = {  # the generated samples: a slip's folder, the report it is compared with, the rule it breaks
    "luy-ke-giam/2026-q1": ("2026-6t", "SERIES.cumulative-fell"),
    "ke-hoach-doi/2026-q1": ("2026-6t", "SERIES.plan-changed"),
    "quy-vuot-6-thang/2026-q1": ("2026-6t", "SERIES.flow-not-nested"),
    "cong-cac-ky-vuot-nam/2026-q3": ("2026-nam", "SERIES.flows-exceed"),
    "tthc-khong-noi-tiep/2026-q3": ("2026-6t", "SERIES.stock-carry"),
}


def test_the_sample_series_are_consistent_and_their_slips_caught():
    from .conftest import SAMPLES

    for year in (2024, 2026):
        folders = [SAMPLES / f"an-hoa-{year}" / f"{year}-{name}" for name in ("q1", "6t", "q3", "nam")]
        assert [audit(f).report.period.code for f in folders] == [
            f"{year}-{k}" for k in ("Q1", "H1", "Q3", "Y")
        ]
        assert rules(audit(folders[-1], previous=folders[:-1])) == []
        assert rules(audit(folders[2], previous=folders[:2])) == []  # quý III carries the half year's stocks
    for slip, (current, rule) in SAMPLE_SLIPS.items():
        also = [SAMPLES / "an-hoa-2026" / "2026-6t"] if current == "2026-nam" else []
        result = audit(
            SAMPLES / "an-hoa-2026" / current, previous=[*also, SAMPLES / "an-hoa-2026-slips" / slip]
        )
        assert rules(result) == [rule], slip


def _with_narrative(folder, period_words: str, sentence: str):
    opening = (
        f"Ủy ban nhân dân tỉnh An Hòa báo cáo kết quả công tác cải cách hành chính {period_words} như sau:"
    )
    (folder / "bao-cao.txt").write_text(f"{opening}\n\nI. CẢI CÁCH THỂ CHẾ\n\n{sentence}\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def last_year_and_this(tmp_path_factory, consistent_source, catalogue):
    """The first half of 2025 (2:1.1 = 30 documents) and of 2024 (25), both before the reform."""
    root = tmp_path_factory.mktemp("year-on-year")
    before = for_period(consistent_source, catalogue, parse_period("2024-H1"))
    now = for_period(consistent_source, catalogue, parse_period("2025-H1"))
    for key, row in rows_of(now):
        if key in ("2:1", "2:1.1"):
            row[3] = int(row[3]) + 5
    assert value_of({"x": before}, "x", "2:1.1") == 25
    return write(root / "2025-6t", now), write(root / "2024-6t", before)


@pytest.mark.parametrize(
    "change, caught",
    [
        ("tăng 20% so với cùng kỳ năm 2024", False),
        ("tăng 5 văn bản so với cùng kỳ năm trước", False),
        ("tăng 25% so với cùng kỳ năm 2024", True),
        ("giảm 20% so với cùng kỳ", True),
        ("tăng 7 văn bản so với cùng kỳ năm trước", True),
    ],
)
def test_narrative_change_from_last_year_against_last_years_report(
    tmp_path, last_year_and_this, change, caught
):
    import shutil

    now, before = last_year_and_this
    folder = tmp_path / "2025-6t"
    shutil.copytree(now, folder)
    sentence = f"Trong 6 tháng đầu năm, UBND tỉnh đã ban hành 30 văn bản quy phạm pháp luật, {change}."
    result = audit(_with_narrative(folder, "6 tháng đầu năm 2025", sentence), previous=[before])
    assert rules(result) == (["SERIES.narrative-change"] if caught else [])
    if caught:
        finding = result.findings[0]
        assert finding.severity == "warning" and "25" in finding.message("vi")
        assert [e.paragraph is not None for e in finding.evidence] == [True, False]


def test_the_pytest_fixture_takes_a_series_and_units(reformaudit_audit):
    from .conftest import SAMPLES

    series = SAMPLES / "an-hoa-2026"
    result = reformaudit_audit(
        series / "2026-6t", previous=[series / "2026-q1"], units=series / "don-vi-2026-6t"
    )
    assert not result.fails("info"), result.text()
    slipped = SAMPLES / "an-hoa-2026-slips" / "quy-vuot-6-thang" / "2026-q1"
    assert "SERIES.flow-not-nested" in reformaudit_audit(series / "2026-6t", previous=[slipped]).text("en")


def test_batch_compares_the_periods_of_one_unit_in_one_folder(tmp_path):
    import shutil

    from reformaudit.batch import run_batch

    from .conftest import SAMPLES

    root = tmp_path / "reports"
    shutil.copytree(SAMPLES / "an-hoa-2026", root / "an-hoa", ignore=shutil.ignore_patterns("don-vi-*"))
    shutil.copytree(SAMPLES / "an-hoa-2024", root / "an-hoa-cu", ignore=shutil.ignore_patterns("don-vi-*"))
    shutil.copytree(
        SAMPLES / "an-hoa-2026-slips" / "quy-vuot-6-thang" / "2026-q1",
        root / "an-hoa" / "2026-q1",
        dirs_exist_ok=True,
    )
    results = {r["report"]: r for r in run_batch(root, jobs=1, chunk=2, suggest=False)}
    assert len(results) == 8
    flagged = {name for name, r in results.items() if r["findings"]}
    assert flagged == {"an-hoa/2026-q1", "an-hoa/2026-6t"}
    assert {f["rule"] for f in results["an-hoa/2026-6t"]["findings"]} == {"SERIES.flow-not-nested"}
