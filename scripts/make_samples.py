"""Regenerate each sample workbook from its readable source.

python scripts/make_samples.py            # every samples/*/bieu-mau.source.yaml -> bieu-mau.xlsx
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from reformaudit.testing import SHEETS, SINGLE_SHEET, write_workbook

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def main() -> int:
    for source_path in sorted(SAMPLES.glob("*/bieu-mau.source.yaml")):
        source = yaml.safe_load(source_path.read_text(encoding="utf-8"))
        layout = SINGLE_SHEET if source.get("layout") == "single-sheet" else SHEETS
        out = write_workbook(source, source_path.with_name("bieu-mau.xlsx"), layout)
        print(f"wrote {out.relative_to(SAMPLES.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
