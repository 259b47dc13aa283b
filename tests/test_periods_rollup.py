"""Roll-up: a province's figures against the sum of its units' reports."""

from __future__ import annotations

import copy
import shutil

import pytest

from reformaudit.audit import audit
from reformaudit.periods import parse_period
from reformaudit.testing import SINGLE_SHEET, write_workbook
from reformaudit.testing.series import for_period, rows_of, two_tier, unit_reports

from .conftest import SAMPLES

DISTRICTS = {
    "ỦY BAN NHÂN DÂN HUYỆN ĐỒNG XOÀI": 3,
    "ỦY BAN NHÂN DÂN HUYỆN BÙ ĐĂNG": 2,
    "ỦY BAN NHÂN DÂN THỊ XÃ PHƯỚC LONG": 1,
}
COMMUNES = {
    "ỦY BAN NHÂN DÂN XÃ TÂN LẬP": 2,
    "ỦY BAN NHÂN DÂN PHƯỜNG AN LỘC": 3,
    "ỦY BAN NHÂN DÂN XÃ ĐỒNG TIẾN": 1,
    "ỦY BAN NHÂN DÂN THỊ TRẤN TÂN PHÚ": 1,
}


def write(folder, source: dict):
    folder.mkdir(parents=True, exist_ok=True)
    write_workbook(source, folder / "bieu-mau.xlsx", SINGLE_SHEET)
    return folder


@pytest.fixture(scope="module")
def provinces(tmp_path_factory, consistent_source, catalogue):
    """(province folder, units folder, unit sources) for 2024 (three-tier) and 2026 (two-tier)."""
    root = tmp_path_factory.mktemp("roll-up")
    out = {}
    for code, level, units in (("2024-H1", "district", DISTRICTS), ("2026-H1", "commune", COMMUNES)):
        province = for_period(consistent_source, catalogue, parse_period(code))
        if code.startswith("2026"):
            province = two_tier(province, catalogue)
        sources = unit_reports(province, catalogue, level, units)
        folder = root / code / "don-vi"
        for i, source in enumerate(sources.values()):
            write(folder / f"don-vi-{i + 1}", source)
        out[code] = (write(root / code / "tinh", province), folder, sources)
    return out


def rules(result) -> list[str]:
    return [f.rule for f in result.findings]


@pytest.mark.parametrize("code", ["2024-H1", "2026-H1"])
def test_units_that_add_up_are_silent(provinces, code):
    province, units, _ = provinces[code]
    assert rules(audit(province, units=units)) == []


def test_a_units_slip_points_at_the_province_and_every_unit(tmp_path, provinces):
    province, units, sources = provinces["2024-H1"]
    copied = tmp_path / "don-vi"
    shutil.copytree(units, copied)
    slipped = copy.deepcopy(next(iter(sources.values())))
    for ref, row in rows_of(slipped):
        if ref == "3:3.2.1":
            row[3] = int(row[3]) + 100
    write(copied / "don-vi-1", slipped)
    result = audit(province, units=copied)
    assert rules(result) == ["ROLLUP.sum"]
    finding = result.findings[0]
    assert len(finding.evidence) == 1 + len(DISTRICTS)
    assert finding.evidence[0].source == str(province / "bieu-mau.xlsx")
    assert finding.difference == -100 and "UBND huyện Đồng Xoài" in finding.message("vi")


def test_the_communes_add_up_to_the_communes_dossiers_after_the_reform(tmp_path, provinces):
    province, units, sources = provinces["2026-H1"]
    copied = tmp_path / "don-vi"
    shutil.copytree(units, copied)
    slipped = copy.deepcopy(list(sources.values())[2])
    for ref, row in rows_of(slipped):
        if ref == "3:3.3.1":
            row[3] = int(row[3]) - 7
    write(copied / "don-vi-3", slipped)
    result = audit(province, units=copied)
    assert rules(result) == ["ROLLUP.sum"] and result.findings[0].evidence[0].code == "3.3.1"
    assert "đơn vị cấp xã" in result.findings[0].message("vi")


def test_missing_units_are_named_and_the_sums_only_bound(tmp_path, provinces):
    province, units, _ = provinces["2024-H1"]
    copied = tmp_path / "don-vi"
    shutil.copytree(units, copied)
    shutil.rmtree(copied / "don-vi-3")
    names = "- UBND huyện Đồng Xoài\n- UBND huyện Bù Đăng\n- UBND thị xã Phước Long\n"
    (copied / "don-vi.yaml").write_text(names, encoding="utf-8")
    result = audit(province, units=copied)
    assert rules(result) == ["ROLLUP.missing-units"]
    assert "UBND thị xã Phước Long" in result.findings[0].message("vi")


def test_a_unit_report_of_another_period_is_left_out(tmp_path, provinces, consistent_source, catalogue):
    province, units, _ = provinces["2024-H1"]
    copied = tmp_path / "don-vi"
    shutil.copytree(units, copied)
    other = for_period(consistent_source, catalogue, parse_period("2024-Q1"))
    other["organisation"] = "ỦY BAN NHÂN DÂN HUYỆN LỘC NINH"
    write(copied / "don-vi-4", other)
    assert rules(audit(province, units=copied)) == ["ROLLUP.other-period"]


def test_the_sample_units_add_up_and_the_slip_is_caught():
    from .conftest import SAMPLES

    for year in (2024, 2026):
        province, units = (
            SAMPLES / f"an-hoa-{year}" / f"{year}-6t",
            SAMPLES / f"an-hoa-{year}" / f"don-vi-{year}-6t",
        )
        assert rules(audit(province, units=units)) == []
    slipped = SAMPLES / "an-hoa-2026-slips" / "tong-hop-xa" / "don-vi-2026-6t"
    result = audit(SAMPLES / "an-hoa-2026" / "2026-6t", units=slipped)
    assert rules(result) == ["ROLLUP.sum"]
    for lang in ("vi", "en"):
        assert "UBND phường An Lộc" in result.findings[0].message(lang)


def test_with_units_missing_the_others_may_not_exceed_the_province(tmp_path, provinces):
    province, units, sources = provinces["2024-H1"]
    copied = tmp_path / "don-vi"
    shutil.copytree(units, copied)
    shutil.rmtree(copied / "don-vi-3")
    (copied / "don-vi.yaml").write_text(
        "- UBND huyện Đồng Xoài\n- UBND huyện Bù Đăng\n- UBND thị xã Phước Long\n", encoding="utf-8"
    )
    slipped = copy.deepcopy(next(iter(sources.values())))
    for ref, row in rows_of(slipped):
        if ref == "3:3.2.2":
            row[3] = int(row[3]) + 60_000
    write(copied / "don-vi-1", slipped)
    result = audit(province, units=copied)
    assert sorted(rules(result)) == ["ROLLUP.exceeds", "ROLLUP.missing-units"]
    exceeds = next(f for f in result.findings if f.rule == "ROLLUP.exceeds")
    assert exceeds.evidence[0].code == "3.2.2" and len(exceeds.evidence) == 3


def test_a_unit_of_no_known_level_is_left_out(tmp_path, provinces):
    province, units, sources = provinces["2026-H1"]
    copied = tmp_path / "don-vi"
    shutil.copytree(units, copied)
    stranger = copy.deepcopy(next(iter(sources.values())))
    stranger["organisation"] = "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"
    write(copied / "don-vi-9", stranger)
    result = audit(province, units=copied)
    assert rules(result) == ["ROLLUP.unknown-unit"] and result.findings[0].severity == "info"


@pytest.mark.parametrize(
    "folder",
    sorted(str(p.relative_to(SAMPLES)) for p in SAMPLES.glob("an-hoa-20*/don-vi-*/*") if p.is_dir()),
)
def test_the_sample_units_reports_are_consistent_within_themselves(folder):
    errors = [f.rule for f in audit(SAMPLES / folder).findings if f.severity == "error"]
    assert errors == [], folder
