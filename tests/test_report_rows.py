"""A report's row for an indicator is its first on a visible sheet; a hidden sheet's only when no visible
sheet has it."""

from __future__ import annotations

import random

from reformaudit.catalogue import load_catalogue
from reformaudit.report import Report
from reformaudit.testing import consistent_values, forms_frame

CATALOGUE = load_catalogue()


def test_visible_sheets_first():
    rng = random.Random(1)
    frame = forms_frame(consistent_values(CATALOGUE, rng.randint, rng.choice), CATALOGUE)
    rows = [r for r in frame.to_dict("records") if f"{r['form']}:{r['code']}" in ("3:1.4", "3:1.4.1")]
    hidden = [dict(r, hidden_sheet=True, value=r["value"] + 1, cell="Z1") for r in rows]
    visible_copy = dict(rows[0], cell="D99", value=99.0)
    report = Report("r", ["r"], [hidden[0], hidden[1], rows[0], visible_copy], CATALOGUE)
    assert report.row("3:1.4")["cell"] == rows[0]["cell"]  # the first visible one, after a hidden one
    assert report.row("3:1.4.1")["cell"] == "Z1"  # only on a hidden sheet
    assert list(report.first_rows) == ["3:1.4", "3:1.4.1"]


def test_present_tells_blanks_of_every_kind_without_needing_pandas():
    import numpy as np
    import pandas as pd

    from reformaudit.report import present

    assert [present(v) for v in (None, float("nan"), np.float64("nan"), pd.NA)] == [False] * 4
    assert [present(v) for v in (0, 0.0, "", "x", np.int64(3), False)] == [True] * 6
