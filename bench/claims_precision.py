"""Precision and recall of the narrative claim extractor on the labelled seed corpus.

python bench/claims_precision.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from reformaudit.narrative import load_narrative
from reformaudit.narrative.claims import extract_claims
from reformaudit.testing.claims_corpus import score

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    labelled = yaml.safe_load((ROOT / "tests/data/seed_claims.yaml").read_text(encoding="utf-8"))["claims"]
    for name in ("bao-cao.txt", "bao-cao.docx"):
        claims = extract_claims(load_narrative(ROOT / "samples/binh-phuoc-2023-6t" / name))
        result = score(claims, labelled)
        print(
            f"{name}: {result.extracted} claims extracted, {result.labelled} labelled, {result.matched} matched"
        )
        print(f"  precision {result.precision:.1%}   recall {result.recall:.1%}")
        for kind, (extracted, expected, matched) in result.by_kind.items():
            print(f"  {kind:<13} extracted {extracted:>3}  labelled {expected:>3}  matched {matched:>3}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
