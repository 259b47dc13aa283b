"""Find the forms' tables on a sheet, wherever their titles and headers sit.

A table starts at a header row that has an STT column and an indicator column; the unit, value and
note columns are found in that row or the one or two below it (merged headers put "Kết quả thống kê"
above "Đơn vị tính" and "Số liệu"). The form is named by the nearest "Biểu mẫu N" above the header,
or by the sheet's name; a header repeated after a page break continues the table above it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from operator import itemgetter
from typing import NamedTuple

from ..text import squash
from .excel import Grid

ROLE_PATTERNS: dict[str, list[re.Pattern]] = {
    "code": [re.compile(r"^(stt|tt|số tt|số thứ tự)\.?$")],
    "label": [re.compile(r"^(tên )?chỉ tiêu"), re.compile(r"^nội dung")],
    "unit": [re.compile(r"^(đơn vị tính|đvt)\b")],
    "value": [re.compile(r"^số liệu"), re.compile(r"^giá trị"), re.compile(r"^kết quả( thống kê)?$")],
    "note": [re.compile(r"^ghi chú")],
}
HEADING = re.compile(r"^(?:biểu mẫu|biểu số|mẫu số|biểu|bm)\s*(?:số\s*)?0?([1-9])\s*[.:]?$")
SHEET_FORM = re.compile(r"(?:biểu|bieu|bm|mẫu|mau|form)\D{0,8}0?([1-9])\b", re.IGNORECASE)
BAND = 3


@functools.lru_cache(maxsize=1024)
def column_letter(col: int) -> str:
    """Excel's column name: 1 -> A, 27 -> AA.

    >>> column_letter(1), column_letter(26), column_letter(27), column_letter(703)
    ('A', 'Z', 'AA', 'AAA')
    """
    letters = ""
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def address(row: int, col: int) -> str:
    return f"{column_letter(col)}{row}"


def coordinates(cell: str) -> tuple[int, int]:
    """(row, column) of an address: "D12" -> (12, 4).

    >>> coordinates("D12"), coordinates("AA3")
    ((12, 4), (3, 27))
    """
    letters = cell.rstrip("0123456789")
    col = 0
    for ch in letters.upper():
        col = col * 26 + ord(ch) - 64
    return int(cell[len(letters) :]), col


class TableRow(NamedTuple):
    row: int
    code: object
    label: object
    unit: object
    value: object
    number_format: str
    note: object
    value_cell: str  # the value's address, "D10"
    note_cell: str  # the note's address, "" when the table has no note column


@dataclass
class Table:
    sheet: str
    form: int | None
    header_row: int
    columns: dict[str, int]
    hidden_sheet: bool = False
    rows: list[TableRow] = field(default_factory=list)


@functools.lru_cache(maxsize=16384)
def _role(text: str) -> str | None:
    for role, patterns in ROLE_PATTERNS.items():
        if any(p.search(text) for p in patterns):
            return role
    return None


def _cell_text(value) -> str:
    return _lower_text(value) if isinstance(value, str) else ""


@functools.lru_cache(maxsize=65536)
def _lower_text(value: str) -> str:
    return squash(value).lower()


@functools.lru_cache(maxsize=65536)
def heading_form(value: str) -> int | None:
    """The form number in a title cell such as "Biểu mẫu 3", or None.

    >>> heading_form("Biểu mẫu 7 "), heading_form("BM 2"), heading_form("Biểu mẫu 1 của tỉnh")
    (7, 2, None)
    """
    match = HEADING.match(_cell_text(value))
    return int(match.group(1)) if match else None


NO_SIGNS: tuple[str | None, int | None] = (None, None)
# The signs of the words seen (most text cells are the same template words in every report), looked up by the scan
# of every sheet's text cells without a call.
_SIGNS: dict[str, tuple[str | None, int | None]] = {}
SIGNS_KEPT = 65536


def _text_signs(value: str) -> tuple[str | None, int | None]:
    """What a text cell can say about the layout: the header role it names, the form its title names."""
    signs = _SIGNS.get(value)
    if signs is not None:
        return signs
    if value.lstrip()[:1].isdigit():
        return (
            NO_SIGNS  # a number written as text (most of the other text cells, each new): no header, no title
        )
    if len(_SIGNS) >= SIGNS_KEPT:
        _SIGNS.clear()
    signs = _SIGNS[value] = (_role(_lower_text(value)), heading_form(value))
    return signs


def _header_columns(grid: Grid, row: int) -> dict[str, int] | None:
    """Columns by role if ``row`` is a header row, else None."""
    first_hits: dict[str, int] = {}
    for c, value in grid.filled(row):
        role = _text_signs(value)[0] if isinstance(value, str) else None
        if role and role not in first_hits:
            first_hits[role] = c
    if "code" not in first_hits or "label" not in first_hits:
        return None
    columns = {"code": first_hits["code"], "label": first_hits["label"]}
    band = [(c, _band_hits(value)) for r in range(row, row + BAND) for c, value in grid.filled(r)]
    for role, patterns in BAND_PATTERNS.items():
        for i in patterns:
            hit = next((c for c, hits in band if hits[i] and c not in columns.values()), None)
            if hit is not None:
                columns[role] = hit
                break
    return columns if "value" in columns else None


# The header patterns looked for in the rows of a header's band, each role's in order of preference, by their place
# in BAND_SEARCH.
BAND_SEARCH = [(role, pattern) for role in ("unit", "value", "note") for pattern in ROLE_PATTERNS[role]]
BAND_PATTERNS = {
    role: [i for i, (r, _) in enumerate(BAND_SEARCH) if r == role] for role in ("unit", "value", "note")
}
NO_HITS = (False,) * len(BAND_SEARCH)


def _band_hits(value) -> tuple[bool, ...]:
    """Which of the band's patterns a cell's text matches (none for a number, written as text or not)."""
    if not isinstance(value, str) or value.lstrip()[:1].isdigit():
        return NO_HITS
    return _text_hits(value)


@functools.lru_cache(maxsize=65536)
def _text_hits(value: str) -> tuple[bool, ...]:
    text = _cell_text(value)
    return tuple(pattern.search(text) is not None for _, pattern in BAND_SEARCH)


def _is_content(value) -> bool:
    """A filled cell that is not a header's text."""
    return value is not None and not (isinstance(value, str) and _header_text(value))


@functools.lru_cache(maxsize=65536)
def _header_text(value: str) -> bool:
    return _role(_cell_text(value)) is not None or _cell_text(value).startswith("báo cáo")


def _table_rows(grid: Grid, columns: dict[str, int], start: int, stop: int) -> list[TableRow]:
    """The rows between a header and ``stop`` that hold something in the table's columns.

    Every row of every table goes through here: the cells are taken straight from the sheet's rows (what
    :meth:`Grid.values` gives, without a call per row), and a row is built as the tuple it is."""
    rows = []
    spots = [columns.get(role, 0) - 1 for role in ("code", "label", "unit", "value", "note")]
    value_col, note_col = columns["value"], columns.get("note")
    value_letter = column_letter(value_col)
    note_letter = column_letter(note_col) if note_col else None
    formats, lines, make = grid.formats, grid.rows, tuple.__new__
    # A row long enough to hold every column (most rows) has its cells taken at once.
    take, reach = (itemgetter(*spots), max(spots) + 1) if min(spots) >= 0 else (None, 0)
    for r in range(start, min(stop, len(lines) + 1)):
        line = lines[r - 1]
        width = len(line)
        cells = (
            take(line) if take and width >= reach else [line[i] if 0 <= i < width else None for i in spots]
        )
        cells = [None if isinstance(v, str) and not v.strip() else v for v in cells]
        if not any(map(_is_content, cells)):
            continue  # blank in these columns, or the second line of a merged header
        code, label, unit, value, note = cells
        number_format = formats.get((r, value_col), "General") if formats and value is not None else "General"
        note_cell = f"{note_letter}{r}" if note_letter else ""
        rows.append(
            make(
                TableRow, (r, code, label, unit, value, number_format, note, f"{value_letter}{r}", note_cell)
            )
        )
    return rows


def find_tables(grid: Grid) -> list[Table]:
    """Every form table on one sheet, in order, with the form it belongs to when that can be told."""
    headings: dict[int, int] = {}
    maybe_headers: list[int] = []
    known = _SIGNS.get
    for r, line in enumerate(grid.rows, start=1):
        roles = set()
        for value in line:
            if isinstance(value, str) and value:
                role, form = known(value) or _text_signs(value)
                roles.add(role)
                if form:
                    headings[r] = form
        if "code" in roles and "label" in roles:
            maybe_headers.append(r)
    headers = [(r, cols) for r in maybe_headers if (cols := _header_columns(grid, r))]
    sheet_match = SHEET_FORM.search(grid.name)
    sheet_form = int(sheet_match.group(1)) if sheet_match else None
    tables: list[Table] = []
    for i, (header_row, columns) in enumerate(headers):
        previous = headers[i - 1][0] if i else 0
        stop = headers[i + 1][0] if i + 1 < len(headers) else grid.max_row + 1
        between = [f for r, f in sorted(headings.items()) if previous < r < header_row]
        later_heading = [r for r in headings if header_row < r < stop]
        stop = min([stop, *later_heading])
        body = _table_rows(grid, columns, header_row + 1, stop)
        if not between and tables and tables[-1].sheet == grid.name:
            tables[-1].rows.extend(body)  # the header repeated after a page break
            continue
        form = between[-1] if between else (sheet_form if not tables else None)
        tables.append(Table(grid.name, form, header_row, columns, grid.hidden, body))
    return tables
