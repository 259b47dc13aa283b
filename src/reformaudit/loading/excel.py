"""Open a workbook without running anything in it, and hand back its cells sheet by sheet.

The package is inspected first (:mod:`.package`); openpyxl then streams it in read-only mode with
the values Excel last calculated — formulas are never evaluated, macros never run.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import AuditInputError
from ..limits import current
from .package import inspect_package

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm"}


@dataclass
class Grid:
    """One sheet's cells as read, from A1: ``rows[r - 1][c - 1]`` is the value at row r, column c. Rows may be
    of different lengths; an empty cell is "" or None (read values through :meth:`value`, which says None for
    it and for a cell of spaces only). ``formats`` has the number format of filled cells where the reader gives
    one (openpyxl); calamine gives none, so every cell is "General"."""

    name: str
    hidden: bool
    rows: list[list] = field(default_factory=list)
    formats: dict[tuple[int, int], str] = field(default_factory=dict)

    @property
    def max_row(self) -> int:
        return len(self.rows)

    def values(self, row: int, cols: list[int | None]) -> list[object]:
        """The values of one row in the given columns, None for an empty cell (or a column None)."""
        line = self.rows[row - 1] if 0 < row <= len(self.rows) else ()
        width, out = len(line), []
        for col in cols:
            value = line[col - 1] if col and 0 < col <= width else None
            out.append(None if isinstance(value, str) and not value.strip() else value)
        return out

    def number_format(self, row: int, col: int) -> str:
        return self.formats.get((row, col), "General")

    def filled(self, row: int) -> Iterator[tuple[int, object]]:
        """(column, value) of the filled cells of one row, left to right."""
        line = self.rows[row - 1] if 0 < row <= len(self.rows) else ()
        return ((c, v) for c, v in enumerate(line, start=1) if v != "" and not blank(v))


@contextlib.contextmanager
def _reading(path: Path):
    """Turn whatever a reader raises on a broken workbook into one line for the user."""
    try:
        yield
    except AuditInputError:
        raise
    except Exception as exc:  # the readers raise many types for broken packages
        raise AuditInputError(
            f"{path}: cannot read workbook: {type(exc).__name__}: {exc}".splitlines()[0]
        ) from None


class _Budget:
    """Counts filled cells against the ``max_cells`` limit."""

    def __init__(self, path: Path):
        self.path, self.left = path, current().max_cells

    def take(self, cells: int = 1) -> None:
        self.left -= cells
        if self.left < 0:
            raise AuditInputError(
                f"{self.path}: more than {current().max_cells:,} filled cells, over the limit (--max-cells, REFORMAUDIT_MAX_CELLS)"
            )


def blank(value) -> bool:
    """An empty cell: nothing, or text of spaces only."""
    return value is None or (isinstance(value, str) and not value.strip())


def _open(path: Path, data_only: bool):
    from openpyxl import load_workbook

    with _reading(path), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_workbook(path, data_only=data_only, read_only=True, keep_vba=False, keep_links=False)


def read_grids(path: str | Path, engine: str = "calamine") -> list[Grid]:
    """Every sheet's cells, values as last calculated by Excel.

    ``engine="calamine"`` reads values fast (python-calamine) but without number formats;
    ``engine="openpyxl"`` also gives each cell's number format (needed to read a percent stored as a
    fraction). :func:`reformaudit.load_forms` starts with calamine and falls back when it must.
    """
    path = Path(path)
    inspect_package(path, "workbook")
    with _reading(path):
        return _read_calamine(path) if engine == "calamine" else _read_openpyxl(path)


def _read_openpyxl(path: Path) -> list[Grid]:
    wb = _open(path, data_only=True)
    budget, grids = _Budget(path), []
    try:
        for ws in wb.worksheets:
            grid = Grid(ws.title, getattr(ws, "sheet_state", "visible") != "visible")
            for row in ws.iter_rows():
                line: dict[int, object] = {}
                number = 0
                for cell in row:
                    value = getattr(cell, "value", None)  # read-only mode's empty cells have no position
                    if not blank(value):
                        line[cell.column] = value
                        grid.formats[(cell.row, cell.column)] = cell.number_format or "General"
                        number = cell.row
                budget.take(len(line))
                if line:
                    grid.rows.extend([] for _ in range(number - 1 - len(grid.rows)))
                    grid.rows.append([line.get(c) for c in range(1, max(line) + 1)])
            grids.append(grid)
    finally:
        wb.close()
    return grids


def _read_calamine(path: Path) -> list[Grid]:
    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_path(str(path))
    visible = {m.name: str(m.visible).endswith("Visible") for m in wb.sheets_metadata}
    budget, grids = _Budget(path), []
    for name in wb.sheet_names:
        # From A1 (iter_rows and to_python() start the columns at the first filled one, but not the rows).
        rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
        budget.take(sum(len(line) - line.count("") for line in rows))  # cells of spaces count as filled here
        grids.append(Grid(name, not visible.get(name, True), rows))
    return grids


def formulas_at(path: str | Path, cells: dict[str, set[tuple[int, int]]]) -> dict[tuple[str, int, int], str]:
    """The formulas written in the given (sheet -> {(row, col)}) cells, for cells that had no value."""
    wanted = {sheet: spots for sheet, spots in cells.items() if spots}
    if not wanted:
        return {}
    wb = _open(Path(path), data_only=False)
    found = {}
    try:
        for ws in wb.worksheets:
            spots = wanted.get(ws.title)
            if not spots:
                continue
            last = max(r for r, _ in spots)
            for row in ws.iter_rows(max_row=last):
                for cell in row:
                    value = getattr(cell, "value", None)
                    where = (getattr(cell, "row", None), getattr(cell, "column", None))
                    if where in spots and isinstance(value, str) and value.startswith("="):
                        found[(ws.title, cell.row, cell.column)] = value
    finally:
        wb.close()
    return found
