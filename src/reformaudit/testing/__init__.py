"""Helpers for users' own tests: workbooks written from readable sources, in several layouts."""

from .workbook_writer import SHEETS, SINGLE_SHEET, Layout, build_workbook, write_workbook

__all__ = ["SHEETS", "SINGLE_SHEET", "Layout", "build_workbook", "write_workbook"]
