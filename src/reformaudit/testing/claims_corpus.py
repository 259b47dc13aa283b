"""Score the claim extractor against a labelled corpus (``tests/data/seed_claims.yaml``)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pandas as pd


def claim_key(kind: str, paragraph, numbers) -> tuple:
    return kind, None if paragraph is None or pd.isna(paragraph) else int(paragraph), tuple(sorted(numbers))


@dataclass
class Score:
    extracted: int
    labelled: int
    matched: int
    by_kind: dict[str, tuple[int, int, int]]  # kind -> (extracted, labelled, matched)

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.labelled if self.labelled else 1.0


def score(claims: pd.DataFrame, labelled: list[dict]) -> Score:
    """Precision and recall of extracted claims: a claim matches a label of the same kind, paragraph and numbers."""
    extracted = Counter(claim_key(str(r.kind), r.paragraph, r.raws) for r in claims.itertuples(index=False))
    expected = Counter(claim_key(c["kind"], c.get("paragraph"), c["numbers"]) for c in labelled)
    matched = extracted & expected
    kinds = sorted({k[0] for k in extracted} | {k[0] for k in expected})
    by_kind = {
        kind: (
            sum(n for k, n in extracted.items() if k[0] == kind),
            sum(n for k, n in expected.items() if k[0] == kind),
            sum(n for k, n in matched.items() if k[0] == kind),
        )
        for kind in kinds
    }
    return Score(sum(extracted.values()), sum(expected.values()), sum(matched.values()), by_kind)
