"""Regenerate the samples from their readable sources.

    python scripts/make_samples.py

- every ``samples/*/bieu-mau.source.yaml`` becomes ``bieu-mau.xlsx``;
- ``samples/binh-phuoc-2023-6t/bao-cao.txt`` is the narrative of the seed report, verbatim (copied from
  ``../shared/seed`` when that folder is present), and becomes ``bao-cao.docx`` with real footnotes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from reformaudit.narrative.readers import read_txt
from reformaudit.testing import SHEETS, SINGLE_SHEET, write_docx, write_workbook

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = ROOT.parent / "shared" / "seed" / "000_31bdccb88bb090cc.txt"
ANNEX_START = "ỦY BAN NHÂN DÂN \nTỈNH BÌNH PHƯỚC"


def narrative_from_seed(seed: Path, target: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    target.write_text(text[: text.index(ANNEX_START)].rstrip() + "\n", encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")


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
    return 0


if __name__ == "__main__":
    sys.exit(main())
