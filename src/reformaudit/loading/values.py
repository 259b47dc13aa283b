"""Read the value of one cell as the indicator means it, keeping what was written."""

from __future__ import annotations

import functools
import math
import re
from typing import NamedTuple

from ..numbers import FRACTION_IN_COUNT, NEUTRAL, decimals_of, parse_number

_FORMAT_DECIMALS = re.compile(r"0\.(0+)")
EXCEL_ERROR = "excel_error"
FORMULA_NO_VALUE = "formula_no_value"
EXCEL_ERRORS = {
    "#REF!",
    "#DIV/0!",
    "#VALUE!",
    "#N/A",
    "#NAME?",
    "#NUM!",
    "#NULL!",
    "#SPILL!",
    "#CALC!",
    "#GETTING_DATA",
}


class CellValue(NamedTuple):
    value: float
    raw: str
    decimals: int
    style: str
    problem: str | None
    alternative: float


# Built for every cell read: straight from its fields' tuple (a third of the cost of calling the class).
_cell = functools.partial(tuple.__new__, CellValue)


def _format_decimals(number_format: str) -> int:
    match = _FORMAT_DECIMALS.search(number_format or "")
    return len(match.group(1)) if match else 0


def read_value(cell, number_format: str, *, whole: bool, prefer: str | None) -> CellValue:
    """A cell's value: numbers as stored (percent formats scaled to percent), text parsed as written.

    >>> read_value(0.9944, "0.00%", whole=False, prefer="vi").value
    99.44
    >>> read_value("1.746", "@", whole=True, prefer="vi").value
    1746.0
    """
    nan = math.nan
    if cell is None:
        return _cell((nan, "", 0, NEUTRAL, "empty", nan))
    if isinstance(cell, bool):
        cell = int(cell)
    if isinstance(cell, (int, float)):
        value = float(cell)
        if "%" in (number_format or ""):
            value = round(value * 100, 10)
            decimals = max(_format_decimals(number_format), decimals_of(value, 6))
        else:
            decimals = decimals_of(value, 6)
        problem = FRACTION_IN_COUNT if whole and not value.is_integer() else None
        return _cell((value, _stored(cell), decimals, NEUTRAL, problem, nan))
    if not isinstance(cell, str):
        return _cell((nan, str(cell), 0, NEUTRAL, "not_a_number", nan))
    if "#" in cell and cell.strip().upper() in EXCEL_ERRORS:
        return _cell((nan, cell.strip(), 0, NEUTRAL, EXCEL_ERROR, nan))
    parsed = parse_number(cell, whole=whole, prefer=prefer)
    value = parsed.value if parsed.value is not None else nan
    alternative = parsed.alternatives[0] if parsed.alternatives else nan
    return _cell((value, cell, parsed.decimals, parsed.style, parsed.problem, alternative))


def _stored(number: float | int) -> str:
    """A stored number as text: 1746 (whether the file holds 1746 or 1746.0), 0.9944, 13.2."""
    if isinstance(number, float) and number.is_integer():
        return str(int(number))
    return repr(number) if isinstance(number, float) else str(number)
