"""A table of the narrative: its cells, columns and rows, and the columns that hold counts."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import pandas as pd

from ..quantities import Quantity
from ..roles import STATES

COUNT_ROLES = {s for s, _ in STATES} | {"total", None}


@dataclass
class Table:
    """One table of the narrative.

    ``cells``: one row per cell of the data rows — ``row`` (0-based data row), ``column``, ``block`` (index in
    the narrative frame), ``start``/``end`` (the cell's span in the block's text), ``text``, ``value`` (NaN
    when the cell holds no number), ``decimals``, ``percent`` (written with %), ``share`` (a percent written
    in the same cell as a count: "124.907 (48,6%)", else None).
    ``columns``: one row per column — ``header``, ``role`` ("label", "stt", a dossier state, "total",
    "percent", None for a count of no state, "unknown" for fractions under no header), ``state`` (for a
    percent column, the state it is a rate of), ``of`` (the column it is a rate of), ``subset`` (the header
    says "trong đó").
    ``rows``: one row per data row — ``block``, ``label``, ``kind`` ("total", "percent", "sub", "heading" or
    "item"), ``group`` ("I", "II" in its number: a subtotal of the rows under it)."""

    blocks: list[int]
    header_blocks: list[int]
    cells: pd.DataFrame
    columns: pd.DataFrame
    rows: pd.DataFrame

    @functools.cached_property
    def count_columns(self) -> list[int]:
        """Columns of counts or amounts (no label, row number or percent)."""
        return _find_count_columns(self)

    @functools.cached_property
    def _at(self) -> dict[tuple[int, int], dict]:
        return {(int(c["row"]), int(c["column"])): c for c in self.cells.to_dict("records")}

    def value(self, row: int, column: int) -> float:
        cell = self.cell(row, column)
        return float(cell["value"]) if cell is not None else float("nan")

    def cell(self, row: int, column: int) -> dict | None:
        """The cell at a data row and column, as a mapping of the columns of ``cells``."""
        return self._at.get((row, column))

    def grid(self) -> pd.DataFrame:
        """The values as a grid: one row per data row (by label), one column per column (by header)."""
        wide = self.cells.pivot(index="row", columns="column", values="value")
        wide.index = self.rows["label"].tolist()
        wide.columns = [self.columns["header"].iloc[c] for c in wide.columns.astype(int)]
        return wide

    def quantity(self, row: int, column: int) -> Quantity | None:
        """The cell as a quantity of its block's text (for claims and their evidence)."""
        cell = self.cell(row, column)
        if cell is None or pd.isna(cell["value"]):
            return None
        kind = "percent" if self.is_percent(row, column) else "count"
        return Quantity(
            int(cell["start"]),
            int(cell["end"]),
            cell["raw"],
            kind,
            float(cell["value"]),
            int(cell["decimals"]),
        )

    def is_percent(self, row: int, column: int) -> bool:
        cell = self.cell(row, column)
        return bool(
            self._roles[column] == "percent"
            or (cell is not None and cell["percent"])
            or self._kinds[row] == "percent"
        )

    @functools.cached_property
    def _roles(self) -> list:
        return self.columns["role"].tolist()

    @functools.cached_property
    def _kinds(self) -> list:
        return self.rows["kind"].tolist()

    @functools.cached_property
    def ends(self) -> dict[int, int]:
        """Where the last cell of each row's block ends."""
        ends = self.cells.groupby("block")["end"].max()
        return dict(zip(ends.index.astype(int).tolist(), ends.astype(int).tolist()))


def _find_count_columns(table: Table) -> list[int]:
    cols = table.columns
    cells = table.cells
    percent_rows = set(table.rows.index[table.rows["kind"] == "percent"])
    written = cells[cells["percent"] & ~cells["row"].isin(percent_rows)]
    return [
        c
        for c in cols.index
        if cols.at[c, "role"] in COUNT_ROLES
        and cols.at[c, "role"] not in ("label", "stt", "percent")
        and c not in set(written["column"])
    ]
