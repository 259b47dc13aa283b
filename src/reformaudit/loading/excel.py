"""Open a workbook without running anything in it, and hand back its cells sheet by sheet."""

from __future__ import annotations

import functools
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import AuditInputError

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm"}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass
class Grid:
    """The non-empty cells of one sheet: ``cells[(row, col)] = (value, number_format)``."""

    name: str
    hidden: bool
    cells: dict[tuple[int, int], tuple[object, str]] = field(default_factory=dict)
    max_row: int = 0

    @functools.cached_property
    def by_row(self) -> dict[int, dict[int, tuple[object, str]]]:
        """The cells grouped by row, columns in order."""
        out: dict[int, dict[int, tuple[object, str]]] = {}
        for (r, c), hit in sorted(self.cells.items()):
            out.setdefault(r, {})[c] = hit
        return out


def _refuse_unreadable(path: Path) -> None:
    if not path.exists():
        raise AuditInputError(f"{path}: file not found")
    if path.is_dir():
        raise AuditInputError(f"{path}: is a folder, not a workbook")
    head = path.open("rb").read(8)
    if not head:
        raise AuditInputError(f"{path}: the file is empty")
    if head == OLE_MAGIC:
        raise AuditInputError(
            f"{path}: a legacy .xls or an encrypted workbook; open it in Excel, remove the password if any, "
            "and save it as .xlsx (Excel Workbook)"
        )
    if not zipfile.is_zipfile(path):
        raise AuditInputError(f"{path}: not an Excel workbook (.xlsx is a zip package; this file is not one)")


def read_grids(path: str | Path) -> list[Grid]:
    """Every sheet's cells, values as last calculated by Excel (formulas are never evaluated)."""
    path = Path(path)
    _refuse_unreadable(path)
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = load_workbook(path, data_only=True, read_only=False, keep_vba=False, keep_links=False)
    except zipfile.BadZipFile as exc:
        raise AuditInputError(f"{path}: damaged workbook ({exc})") from None
    except KeyError as exc:
        raise AuditInputError(
            f"{path}: not an Excel workbook (missing part {exc}); is it a renamed file?"
        ) from None
    except Exception as exc:  # openpyxl raises many types for broken packages
        raise AuditInputError(
            f"{path}: cannot read workbook: {type(exc).__name__}: {exc}".splitlines()[0]
        ) from None
    grids = []
    for ws in wb.worksheets:
        grid = Grid(ws.title, ws.sheet_state != "visible")
        for row in ws.iter_rows():
            for cell in row:
                value = cell.value
                if value is None or (isinstance(value, str) and not value.strip()):
                    continue
                grid.cells[(cell.row, cell.column)] = (value, cell.number_format or "General")
                grid.max_row = max(grid.max_row, cell.row)
        grids.append(grid)
    wb.close()
    return grids
