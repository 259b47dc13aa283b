"""One row read from a workbook's form table, as the loaders hand it on (the columns of ``forms.COLUMNS``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, cast

from ..catalogue.model import IndicatorKind

if TYPE_CHECKING:
    import pandas as pd


class FormRow(TypedDict):
    source: str  # the workbook's path
    sheet: str
    cell: str  # the value's address, "D10" ("" when the row has no value cell)
    row: int
    form: int | None  # None for a table that is no form of the catalogue
    code: str | None  # the indicator's code; with no indicator matched, the STT as written (or None)
    code_raw: str
    label: str
    label_raw: str
    kind: IndicatorKind | None  # None when no indicator matched
    unit: str | None
    unit_expected: str | None
    value: float  # NaN when the cell holds no number
    raw: str  # the value as typed
    number_format: str
    decimals: int
    style: str  # the separator style it is written in: "vi", "en" or neutral
    problem: str | None  # why it is not read as a number ("empty", "malformed", …)
    alternative: float  # the other reading of an ambiguous number, NaN when there is none
    note: str | None
    note_cell: str
    matched_by: str  # "code", "label" or "" (a row that is in no form)
    hidden_sheet: bool


def frame_rows(frame: pd.DataFrame) -> list[FormRow]:
    """The rows of a tidy frame (``load_forms``'s columns) as mappings. A frame's blank cells are NaN, so a row
    from a frame may hold NaN where a loader's holds None (read them through ``report.present``)."""
    return cast(list[FormRow], frame.to_dict("records"))


def matched_key(row: FormRow) -> tuple[int, str]:
    """The form and code of a row matched to an indicator (``matched_by`` set)."""
    form, code = row["form"], row["code"]
    assert form is not None and code is not None, "a matched row has its form and code"
    return int(form), code
