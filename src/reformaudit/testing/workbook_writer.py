"""Write Biểu mẫu 1–7 into a real .xlsx from a readable source, in the layouts offices use.

The source is a mapping as in ``samples/*/bieu-mau.source.yaml``: ``organisation``, ``title``,
``subtitle`` and ``forms``, each form with ``form``, ``heading``, ``title`` and ``rows`` of
``[STT, label, unit, value, note]``. Used by ``scripts/make_samples.py`` and by tests that need
workbooks of other layouts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..fileio import write_atomically

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
BOLD = Font(bold=True)


@dataclass(frozen=True)
class Layout:
    """How the forms are laid out: one sheet each or all on one, where the table starts, column order."""

    single_sheet: bool = False
    first_column: int = 1
    blank_rows_before_header: int = 1
    value_before_unit: bool = False
    merged_header: bool = True

    @property
    def columns(self) -> dict[str, int]:
        order = (
            ["code", "label", "value", "unit", "note"]
            if self.value_before_unit
            else ["code", "label", "unit", "value", "note"]
        )
        return {name: self.first_column + i for i, name in enumerate(order)}


SHEETS = Layout()
SINGLE_SHEET = Layout(single_sheet=True, first_column=2, blank_rows_before_header=2, value_before_unit=True)


def _row_parts(item) -> tuple[list, int]:
    if isinstance(item, dict):
        return list(item["row"]), int(item.get("note_rows", 1))
    return list(item), 1


def _put_value(cell, value) -> None:
    if isinstance(value, dict) and "percent" in value:
        cell.value = float(value["percent"])
        cell.number_format = value.get("format", "0.00%")
    elif isinstance(value, bool):
        cell.value = int(value)
    elif isinstance(value, int):
        cell.value = value
        cell.number_format = "#,##0"
    elif isinstance(value, float):
        cell.value = value
    elif value is not None:
        cell.value = str(value)
        cell.number_format = "@"


def _header(ws: Worksheet, row: int, layout: Layout, form: dict) -> int:
    """Write the two header rows; return the first data row."""
    c = layout.columns
    title_note = form.get("title_note")
    label = "Chỉ tiêu thống kê" + (f"\n{title_note}" if title_note else "")
    if form.get("header") == "period" and not layout.value_before_unit:
        cells = {
            c["code"]: "STT",
            c["label"]: label,
            c["unit"]: "Đơn vị tính",
            c["value"]: form.get("period"),
        }
        for col, text in cells.items():
            ws.cell(row, col, text)
        ws.cell(row + 1, c["value"], "Số liệu")
        ws.cell(row + 1, c["note"], "Ghi chú")
        if layout.merged_header:
            for col in (c["code"], c["label"], c["unit"]):
                ws.merge_cells(start_row=row, start_column=col, end_row=row + 1, end_column=col)
            ws.merge_cells(start_row=row, start_column=c["value"], end_row=row, end_column=c["note"])
    else:
        for col, text in ((c["code"], "STT"), (c["label"], label), (c["note"], "Ghi chú")):
            ws.cell(row, col, text)
        first = min(c["unit"], c["value"])
        ws.cell(row, first, "Kết quả thống kê")
        ws.cell(row + 1, c["unit"], "Đơn vị tính")
        ws.cell(row + 1, c["value"], "Số liệu")
        if layout.merged_header:
            for col in (c["code"], c["label"], c["note"]):
                ws.merge_cells(start_row=row, start_column=col, end_row=row + 1, end_column=col)
            ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=first + 1)
    for r in (row, row + 1):
        for col in c.values():
            ws.cell(r, col).font = BOLD
            ws.cell(r, col).alignment = CENTER
            ws.cell(r, col).border = BOX
    return row + 2


def _title_block(ws: Worksheet, row: int, source: dict, layout: Layout) -> int:
    left = layout.first_column
    ws.cell(row, left, source.get("organisation", "")).font = BOLD
    ws.cell(row, left + 3, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM").font = BOLD
    ws.cell(row + 1, left + 3, "Độc lập - Tự do - Hạnh phúc").font = BOLD
    ws.cell(row + 3, left, source.get("title", "")).font = BOLD
    ws.cell(row + 4, left, source.get("subtitle", ""))
    return row + 6


def _form_block(ws: Worksheet, row: int, form: dict, layout: Layout) -> int:
    c = layout.columns
    ws.cell(row, c["label"], form.get("heading", f"Biểu mẫu {form['form']}")).font = BOLD
    ws.cell(row + 1, c["label"], form.get("title", "")).font = BOLD
    row = _header(ws, row + 2 + layout.blank_rows_before_header, layout, form)
    repeat_before = form.get("repeat_header_before")
    for item in form["rows"]:
        values, note_rows = _row_parts(item)
        code, label, unit, value, note = (values + [None] * 5)[:5]
        if repeat_before and code == repeat_before:
            row = _header(ws, row + 1, layout, form)
        ws.cell(row, c["code"], code)
        ws.cell(row, c["label"], label)
        ws.cell(row, c["unit"], unit)
        _put_value(ws.cell(row, c["value"]), value)
        if note is not None:
            ws.cell(row, c["note"], note)
            if note_rows > 1:
                ws.merge_cells(
                    start_row=row, start_column=c["note"], end_row=row + note_rows - 1, end_column=c["note"]
                )
        for col in c.values():
            ws.cell(row, col).border = BOX
            ws.cell(row, col).alignment = WRAP
        row += 1
    if form.get("footnote"):
        ws.cell(row + 1, c["label"], form["footnote"])
        row += 2
    return row + 2


def _widths(ws: Worksheet, layout: Layout) -> None:
    widths = {"code": 8, "label": 60, "unit": 14, "value": 14, "note": 24}
    for name, col in layout.columns.items():
        ws.column_dimensions[get_column_letter(col)].width = widths[name]


def build_workbook(source: dict, layout: Layout = SHEETS) -> Workbook:
    wb = Workbook()
    wb.remove(wb.worksheets[0])  # the blank sheet a new workbook starts with
    if layout.single_sheet:
        ws = wb.create_sheet("Biểu mẫu")
        row = _title_block(ws, 1, source, layout)
        for form in source["forms"]:
            row = _form_block(ws, row, form, layout)
        _widths(ws, layout)
        return wb
    for i, form in enumerate(source["forms"]):
        ws = wb.create_sheet(form.get("sheet", f"Biểu {form['form']}"))
        row = _title_block(ws, 1, source, layout) if i == 0 else 1
        _form_block(ws, row, form, layout)
        _widths(ws, layout)
    return wb


def write_workbook(source: dict, path: str | Path, layout: Layout = SHEETS) -> Path:
    """Write the workbook atomically."""
    return write_atomically(path, lambda tmp: build_workbook(source, layout).save(tmp))
