"""Regenerate the samples from their readable sources.

    python scripts/make_samples.py

- every ``samples/*/bieu-mau.source.yaml`` becomes ``bieu-mau.xlsx``;
- ``samples/binh-phuoc-2023-6t/bao-cao.txt`` is the narrative of the seed report, verbatim (copied from
  ``../shared/seed`` when that folder is present), and becomes ``bao-cao.docx`` with real footnotes;
- the fictional province of ``samples/consistent-2024-6t`` becomes a consistent series of periods
  (``reformaudit.testing.series``): ``samples/an-hoa-2024/`` (quý I, 6 tháng, quý III and the year 2024,
  three-tier) and ``samples/an-hoa-2026/`` (the same periods of 2026, two-tier: district rows blank), and
  ``samples/an-hoa-2026-slips/`` holds copies with one slip across periods each (see its README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from reformaudit.catalogue import load_catalogue
from reformaudit.narrative.readers import read_txt
from reformaudit.periods import Period
from reformaudit.testing import SHEETS, SINGLE_SHEET, write_docx, write_workbook
from reformaudit.testing.series import for_period, rows_of, two_tier, written_number

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = ROOT.parent / "shared" / "seed" / "000_31bdccb88bb090cc.txt"
ANNEX_START = "ỦY BAN NHÂN DÂN \nTỈNH BÌNH PHƯỚC"


def narrative_from_seed(seed: Path, target: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    target.write_text(text[: text.index(ANNEX_START)].rstrip() + "\n", encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")


SERIES_PERIODS = {"q1": "Q1", "6t": "H1", "q3": "Q3", "nam": "Y"}
# One slip across periods per copy: (folder, period folder, indicator, how the figure changes, what it breaks)
SLIPS = [
    ("luy-ke-giam", "q1", "5:3", lambda series: series["6t"]["5:3"] + 2, "SERIES.cumulative-fell"),
    ("ke-hoach-doi", "q1", "4:2.1", lambda series: series["q1"]["4:2.1"] + 5, "SERIES.plan-changed"),
    ("quy-vuot-6-thang", "q1", "1:1", lambda series: series["6t"]["1:1"] + 3, "SERIES.flow-not-nested"),
    (
        "cong-cac-ky-vuot-nam",
        "q3",
        "1:1",
        lambda series: series["nam"]["1:1"] - series["6t"]["1:1"] + 1,
        "SERIES.flows-exceed",
    ),
]


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
    values = {name: _values(source) for name, source in sources[2026].items()}
    for folder, name, ref, change, _ in SLIPS:
        source = yaml.safe_load(yaml.safe_dump(sources[2026][name], allow_unicode=True))
        for key, row in rows_of(source):
            if key == ref:
                row[3] = int(change(values))
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
