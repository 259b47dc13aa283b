"""``load_forms``: a filled workbook of Biểu mẫu 1–7 as one tidy DataFrame, a row per indicator row."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..catalogue import Catalogue, FormSpec, Indicator, load_catalogue
from ..numbers import EN, VI, parse_number, style_without_preference
from ..text import nfc, squash
from .excel import formulas_at, read_grids
from .layout import Table, TableRow, address, coordinates, find_tables
from .matching import MATCHES_KEPT, guess_form, match_row, normalise_code
from .row import FormRow
from .values import FORMULA_NO_VALUE, read_value

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = [
    "source",
    "sheet",
    "cell",
    "row",
    "form",
    "code",
    "code_raw",
    "label",
    "label_raw",
    "kind",
    "unit",
    "unit_expected",
    "value",
    "raw",
    "number_format",
    "decimals",
    "style",
    "problem",
    "alternative",
    "note",
    "note_cell",
    "matched_by",
    "hidden_sheet",
]


class RowRead(NamedTuple):
    """A table's row with the indicator it reports and the part of its record that depends only on its STT,
    label and unit (see :func:`_as_written`)."""

    table: Table
    row: TableRow
    indicator: Indicator | None
    template: FormRow


def rows_read(tables: list[Table], catalogue: Catalogue) -> list[RowRead]:
    """Every row of ``tables``, matched once for both the workbook's style and the rows' records."""
    out, make = [], tuple.__new__  # a row's tuple made straight, at a third of the cost of calling the class
    for table in tables:
        form = catalogue.forms.get(table.form) if table.form else None
        for row in table.rows:
            out.append(make(RowRead, (table, row, *_as_written(row, form, table.form))))
    return out


def _main_style(read: list[RowRead]) -> str:
    """The separator style most text values in the workbook are written in (Vietnamese unless shown otherwise).

    Each text is read as its value is read afterwards when the style is Vietnamese (as a count or not), so that
    in most workbooks a text is parsed once for both."""
    # Only numbers written with a separator have a style.
    written = [
        (r.row.value, bool(r.indicator and r.indicator.whole))
        for r in read
        if isinstance(r.row.value, str) and ("." in r.row.value or "," in r.row.value)
    ]
    styles: Counter[str] = Counter()
    for seen, (text, whole) in enumerate(written, start=1):
        styles[style_without_preference(parse_number(text, whole=whole, prefer=VI))] += 1
        left = len(written) - seen
        if styles[VI] >= styles[EN] + left or styles[EN] > styles[VI] + left:
            break  # the rest cannot change the majority
    return EN if styles[EN] > styles[VI] else VI


def _records(read: list[RowRead], source: str, prefer: str) -> Iterator[FormRow]:
    for table, row, indicator, template in read:
        if indicator is not None and not indicator.has_value:
            continue
        if indicator is None and row.value is None:
            continue  # a section heading or a footnote line
        cell = read_value(
            row.value, row.number_format, whole=bool(indicator and indicator.whole), prefer=prefer
        )
        record = template.copy()  # a copy costs a third of building the mapping afresh
        record["source"] = source
        record["sheet"] = table.sheet
        record["cell"] = row.value_cell
        record["row"] = row.row
        record["value"] = cell.value
        record["raw"] = cell.raw
        record["number_format"] = row.number_format
        record["decimals"] = cell.decimals
        record["style"] = cell.style
        record["problem"] = cell.problem
        record["alternative"] = cell.alternative
        record["note"] = None if row.note is None else squash(row.note)
        record["note_cell"] = row.note_cell
        record["hidden_sheet"] = table.hidden_sheet
        yield record


# (form number, STT, label, unit as written) -> the form it was read for, and _as_written's answer
_WRITTEN: dict[tuple, tuple[FormSpec | None, Indicator | None, FormRow]] = {}


def _as_written(row: TableRow, form: FormSpec | None, number: int | None) -> tuple[Indicator | None, FormRow]:
    """The indicator a row reports, and its record with the columns that depend only on its STT, label and
    unit filled in (``form`` to ``unit_expected``, and ``matched_by``, how it was recognised): they are the
    same in every report of one template, so they are worked out once. The other columns are placeholders."""
    seen = (number, type(row.code), row.code, type(row.label), row.label, type(row.unit), row.unit)
    known = _WRITTEN.get(seen)
    if known is None or known[0] is not form:
        if len(_WRITTEN) > MATCHES_KEPT:
            _WRITTEN.clear()
        indicator, how = match_row(row, form) if form else (None, "")
        template: FormRow = {
            "source": "",
            "sheet": "",
            "cell": "",
            "row": 0,
            "form": number,
            "code": indicator.code if indicator else normalise_code(row.code),
            "code_raw": "" if row.code is None else squash(row.code),
            "label": indicator.label if indicator else squash(row.label),
            "label_raw": squash(row.label),
            "kind": indicator.kind if indicator else None,
            "unit": None if row.unit is None else squash(row.unit),
            "unit_expected": indicator.unit if indicator else None,
            "value": math.nan,
            "raw": "",
            "number_format": "",
            "decimals": 0,
            "style": "",
            "problem": None,
            "alternative": math.nan,
            "note": None,
            "note_cell": "",
            "matched_by": how,
            "hidden_sheet": False,
        }
        known = _WRITTEN[seen] = form, indicator, template
    return known[1], known[2]


def load_forms(path: str | Path, catalogue: Catalogue | None = None) -> pd.DataFrame:
    """Read a filled .xlsx/.xlsm into a tidy DataFrame: one row per indicator row found.

    Columns: form, code, label, unit, value, raw text, note, sheet and cell address, and how each row
    was recognised (``matched_by``: "code" or "label"; "" for a row that is in no form).
    ``frame.attrs["style"]`` is the workbook's number style ("vi" or "en").

    >>> frame = load_forms("samples/binh-phuoc-2023-6t/bieu-mau.xlsx")
    >>> row = frame.query("form == 3 and code == '1.4'").iloc[0]
    >>> float(row["value"]), row["raw"], row["sheet"], row["cell"]
    (1746.0, '1.746', 'Biểu 3', 'D10')
    """
    read = read_workbook(path, catalogue or load_catalogue())
    frame = rows_frame(read.rows)
    frame.attrs["style"] = read.style
    frame.attrs["tables"] = read.tables
    frame.attrs["texts"] = SharedList(read.texts)
    return frame


@dataclass
class WorkbookRead:
    """What one workbook holds: its rows (the columns of :data:`COLUMNS`), the separator style most of
    its numbers are written in, how many tables were found, and the text outside the tables."""

    rows: list[FormRow]
    style: str
    tables: int
    texts: list[tuple[str, str, str, str]]


def read_workbook(path: str | Path, catalogue: Catalogue) -> WorkbookRead:
    """The rows of every Biểu mẫu table in a workbook, as :func:`load_forms` returns them but as mappings."""
    grids, tables, prefer, records = _read(path, catalogue, "calamine")
    if any(_maybe_a_fraction(r) for r in records):
        # A percent stored as a fraction (0,9944 shown as 99,44%) can only be told by its number format.
        grids, tables, prefer, records = _read(path, catalogue, "openpyxl")
    _mark_formulas_without_values(path, records)
    return WorkbookRead(records, prefer, len(tables), _free_text(grids, tables, str(path)))


def rows_frame(rows: list[FormRow]) -> pd.DataFrame:
    """Rows read from workbooks as the tidy DataFrame :func:`load_forms` returns."""
    import pandas as pd

    frame = pd.DataFrame.from_records(rows, columns=COLUMNS)
    frame["form"] = frame["form"].astype("Int64")
    frame["value"] = frame["value"].astype(float)
    return frame


class SharedList(list):
    """A list pandas need not copy with every derived frame (it deep-copies ``attrs`` each time)."""

    def __deepcopy__(self, memo):
        return self


def _read(path, catalogue: Catalogue, engine: str):
    grids = read_grids(path, engine)
    tables = [t for grid in grids for t in find_tables(grid)]
    for table in tables:
        if table.form is None or table.form not in catalogue.forms:
            table.form = guess_form(table, catalogue)
    read = rows_read(tables, catalogue)
    prefer = _main_style(read)
    return grids, tables, prefer, list(_records(read, str(path), prefer))


def _maybe_a_fraction(record: dict) -> bool:
    """A percent read without its number format, stored as a number between 0 and 1."""
    return (
        record["kind"] == "percent"
        and record["number_format"] == "General"
        and _stored_as_number(record)
        and 0 < record["value"] <= 1
    )


def _stored_as_number(record: dict) -> bool:
    try:
        float(record["raw"])
    except ValueError:
        return False
    return True


def _mark_formulas_without_values(path, records: list[dict]) -> None:
    """A blank value cell that holds a formula was saved by a program that does not calculate: say so."""
    blank = [r for r in records if r["problem"] == "empty" and r["kind"] and r["cell"]]
    spots: dict[str, set[tuple[int, int]]] = {}
    for r in blank:
        spots.setdefault(r["sheet"], set()).add(coordinates(r["cell"]))
    formulas = formulas_at(path, spots)
    for r in blank:
        formula = formulas.get((r["sheet"], *coordinates(r["cell"])))
        if formula:
            r["problem"], r["raw"] = FORMULA_NO_VALUE, formula


def _free_text(grids, tables: list[Table], source: str) -> list[tuple[str, str, str, str]]:
    """Text cells outside the forms' tables (titles, "kèm theo Báo cáo số …", signatures)."""
    covered: dict[str, set[int]] = {}
    for table in tables:
        last = max([r.row for r in table.rows], default=table.header_row)
        covered.setdefault(table.sheet, set()).update(range(table.header_row, last + 1))
    out = []
    for grid in grids:
        rows = covered.get(grid.name, set())
        for r in range(1, grid.max_row + 1):
            if r in rows:
                continue
            for c, value in grid.filled(r):
                if isinstance(value, str):
                    out.append((source, grid.name, address(r, c), nfc(value).strip()))
    return out
