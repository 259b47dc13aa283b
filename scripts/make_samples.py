"""Regenerate the samples from their readable sources.

    python scripts/make_samples.py

- every ``samples/*/bieu-mau.source.yaml`` becomes ``bieu-mau.xlsx``;
- ``samples/binh-phuoc-2023-6t/bao-cao.txt`` is the narrative of the seed report, verbatim (copied from
  ``../shared/seed`` when that folder is present), and becomes ``bao-cao.docx`` with real footnotes;
- the fictional province of ``samples/consistent-2024-6t`` becomes a consistent series of periods
  (``reformaudit.testing.series``): ``samples/an-hoa-2024/`` (quý I, 6 tháng, quý III and the year 2024,
  three-tier) and ``samples/an-hoa-2026/`` (the same periods of 2026, two-tier: district rows blank), with
  the reports of the province's districts (2024) and communes (2026) for the first half in ``don-vi-*``;
  ``samples/an-hoa-2026-slips/`` holds copies with one slip across periods or units each (its README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from reformaudit.catalogue import load_catalogue
from reformaudit.narrative.readers import read_txt
from reformaudit.periods import Period
from reformaudit.periods.header import unit_in
from reformaudit.testing import SHEETS, SINGLE_SHEET, write_docx, write_workbook
from reformaudit.testing.series import for_period, rows_of, two_tier, unit_reports, written_number

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = ROOT.parent / "shared" / "seed" / "000_31bdccb88bb090cc.txt"
ANNEX_START = "ỦY BAN NHÂN DÂN \nTỈNH BÌNH PHƯỚC"


def narrative_from_seed(seed: Path, target: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    target.write_text(text[: text.index(ANNEX_START)].rstrip() + "\n", encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")


SERIES_PERIODS = {"q1": "Q1", "6t": "H1", "q3": "Q3", "nam": "Y"}
# One slip across periods per copy: (folder, period folder, indicators, their new figure from the series'
# figures and the indicator, what it breaks)
SLIPS = [
    ("luy-ke-giam", "q1", ("5:3",), lambda series, ref: series["6t"][ref] + 2, "SERIES.cumulative-fell"),
    ("ke-hoach-doi", "q1", ("4:2.1",), lambda series, ref: series["q1"][ref] + 5, "SERIES.plan-changed"),
    ("quy-vuot-6-thang", "q1", ("1:1",), lambda series, ref: series["6t"][ref] + 3, "SERIES.flow-not-nested"),
    (
        "cong-cac-ky-vuot-nam",
        "q3",
        ("1:1",),
        lambda series, ref: series["nam"][ref] - series["6t"][ref] + 1,
        "SERIES.flows-exceed",
    ),
    # 20 procedures more at the province level in quý III than the half year's list and its changes allow
    (
        "tthc-khong-noi-tiep",
        "q3",
        ("3:1.4.1", "3:1.4"),
        lambda series, ref: series["q3"][ref] + 20,
        "SERIES.stock-carry",
    ),
]


# The province's units that report to it for the first half of each year, with their weights
UNITS = {
    2024: (
        "district",
        {
            "huyen-dong-xoai": ("ỦY BAN NHÂN DÂN HUYỆN ĐỒNG XOÀI", 3),
            "huyen-bu-dang": ("ỦY BAN NHÂN DÂN HUYỆN BÙ ĐĂNG", 2),
            "thi-xa-phuoc-long": ("ỦY BAN NHÂN DÂN THỊ XÃ PHƯỚC LONG", 1),
        },
    ),
    2026: (
        "commune",
        {
            "xa-tan-lap": ("ỦY BAN NHÂN DÂN XÃ TÂN LẬP", 2),
            "phuong-an-loc": ("ỦY BAN NHÂN DÂN PHƯỜNG AN LỘC", 3),
            "xa-dong-tien": ("ỦY BAN NHÂN DÂN XÃ ĐỒNG TIẾN", 1),
            "thi-tran-tan-phu": ("ỦY BAN NHÂN DÂN THỊ TRẤN TÂN PHÚ", 1),
        },
    ),
}
UNIT_SLIP = (
    "tong-hop-xa",
    "phuong-an-loc",
    "3:3.3.1",
    -7,
)  # a commune's dossiers done, 7 short of the province's


def make_units(year: int, province: dict, catalogue) -> dict[str, dict]:
    """The units' reports of the first half of ``year``, and the list of units expected (don-vi.yaml)."""
    level, units = UNITS[year]
    folder = SAMPLES / f"an-hoa-{year}" / f"don-vi-{year}-6t"
    sources = unit_reports(province, catalogue, level, dict(units.values()))
    out = {}
    for name, (organisation, _) in units.items():
        out[name] = sources[organisation]
        _write(sources[organisation], folder / name)
    names = [unit_in(organisation) for organisation, _ in units.values()]
    (folder / "don-vi.yaml").write_text(
        "# The units expected to report to the province (reformaudit check … --units this folder)\n"
        + yaml.safe_dump(names, allow_unicode=True),
        encoding="utf-8",
    )
    return out


def _values(source: dict) -> dict[str, float]:
    return {ref: written_number(row[3]) for ref, row in rows_of(source) if row[3] is not None}


def make_series() -> None:
    """The consistent 2024 and 2026 series of the fictional province, and the copies with slips."""
    catalogue = load_catalogue()
    base = yaml.safe_load(
        (SAMPLES / "consistent-2024-6t" / "bieu-mau.source.yaml").read_text(encoding="utf-8")
    )
    sources: dict[int, dict[str, dict]] = {}
    for year in (2024, 2026):
        for name, kind in SERIES_PERIODS.items():
            source = for_period(base, catalogue, Period(year, kind))
            sources.setdefault(year, {})[name] = two_tier(source, catalogue) if year > 2025 else source
            _write(
                source if year < 2025 else sources[year][name], SAMPLES / f"an-hoa-{year}" / f"{year}-{name}"
            )
    units = {year: make_units(year, sources[year]["6t"], catalogue) for year in (2024, 2026)}
    slip, unit, ref, change = UNIT_SLIP
    for name, source in units[2026].items():
        copied = yaml.safe_load(yaml.safe_dump(source, allow_unicode=True))
        for key, row in rows_of(copied):
            if key == ref and name == unit:
                row[3] = int(row[3]) + change
        _write(copied, SAMPLES / "an-hoa-2026-slips" / slip / "don-vi-2026-6t" / name)
    values = {name: _values(source) for name, source in sources[2026].items()}
    for folder, name, refs, change, _ in SLIPS:
        source = yaml.safe_load(yaml.safe_dump(sources[2026][name], allow_unicode=True))
        for key, row in rows_of(source):
            if key in refs:
                row[3] = int(change(values, key))
        _write(source, SAMPLES / "an-hoa-2026-slips" / folder / f"2026-{name}")


def _write(source: dict, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    out = write_workbook(source, folder / "bieu-mau.xlsx", SINGLE_SHEET)
    print(f"wrote {out.relative_to(ROOT)}")


def main() -> int:
    for source_path in sorted(SAMPLES.glob("*/bieu-mau.source.yaml")):
        source = yaml.safe_load(source_path.read_text(encoding="utf-8"))
        layout = SINGLE_SHEET if source.get("layout") == "single-sheet" else SHEETS
        out = write_workbook(source, source_path.with_name("bieu-mau.xlsx"), layout)
        print(f"wrote {out.relative_to(ROOT)}")
    narrative = SAMPLES / "binh-phuoc-2023-6t" / "bao-cao.txt"
    if SEED.exists():
        narrative_from_seed(SEED, narrative)
    out = write_docx(read_txt(narrative), narrative.with_suffix(".docx"))
    print(f"wrote {out.relative_to(ROOT)}")
    make_series()
    return 0


if __name__ == "__main__":
    sys.exit(main())
