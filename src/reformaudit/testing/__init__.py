"""Helpers for users' own tests: consistent reports generated from the catalogue, and real workbooks
written from readable sources in several layouts. ``reformaudit.testing.strategies`` holds the
hypothesis strategies (it imports hypothesis, which only tests need)."""

from .docx_writer import build_docx, write_docx
from .generate import consistent_values, forms_frame, workbook_source
from .workbook_writer import SHEETS, SINGLE_SHEET, Layout, build_workbook, write_workbook

__all__ = [
    "SHEETS",
    "SINGLE_SHEET",
    "Layout",
    "build_docx",
    "build_workbook",
    "consistent_values",
    "forms_frame",
    "workbook_source",
    "write_docx",
    "write_workbook",
]
