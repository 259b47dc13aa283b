"""Checks on single cells: numbers written wrongly or in another style, and units that do not fit."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterator

from ..catalogue import Text
from ..findings import Finding, Num, Ref
from ..numbers import AMBIGUOUS, FRACTION_IN_COUNT, MALFORMED, NEUTRAL, NOT_A_NUMBER, format_number
from ..text import short
from .registry import register_check
from .spec import check_finding

PROBLEM_CHECKS = {
    "excel_error": "CELL.excel-error",
    "formula_no_value": "CELL.formula-no-value",
    MALFORMED: "CELL.malformed",
    NOT_A_NUMBER: "CELL.not-a-number",
    AMBIGUOUS: "CELL.ambiguous",
    FRACTION_IN_COUNT: "CELL.fraction-in-count",
}
STYLE_NAMES = {
    "vi": Text("Việt Nam (1.746; 99,44)", "Vietnamese (1.746; 99,44)"),
    "en": Text("tiếng Anh (1,746; 99.44)", "English (1,746; 99.44)"),
}
KIND_NAMES = {
    "count": Text("số đếm", "a count"),
    "percent": Text("tỷ lệ phần trăm", "a percentage"),
    "money": Text("số tiền (triệu đồng)", "an amount of money (million đồng)"),
    "choice": Text("mã lựa chọn", "a coded choice"),
}
MONEY_SCALE = re.compile(r"(nghìn|ngàn|triệu|tỷ)")


def _rows(report):
    """The rows the audit uses: each indicator's first occurrence, visible sheets first."""
    return report.first_rows.values()


def _ref(row) -> Ref:
    return Ref(int(row["form"]), row["code"], with_form=True)


def _evidence(report, row):
    return [report.evidence(f"{int(row['form'])}:{row['code']}")]


@register_check("number-writing")
def check_number_writing(report) -> Iterator[Finding]:
    """Malformed, ambiguous or non-numeric values, fractions in counts, and a second number style."""
    for row in _rows(report):
        check_id = PROBLEM_CHECKS.get(row["problem"])
        mixed = row["style"] not in (NEUTRAL, report.style) and not math.isnan(row["value"])
        if not (check_id or mixed):
            continue
        fields = {"ref": _ref(row), "raw": row["raw"], "label_short": short(row["label"], 60)}
        if check_id:
            if row["problem"] == AMBIGUOUS:
                fields |= {"value": Num(row["value"]), "alternative": Num(row["alternative"])}
            yield check_finding(
                report.catalogue, check_id, fields, _evidence(report, row), form=int(row["form"])
            )
        else:
            percent = str(row["raw"]).strip().endswith("%")
            suggested = format_number(row["value"], report.style, int(row["decimals"])) + (
                "%" if percent else ""
            )
            fields |= {
                "style_name": STYLE_NAMES[row["style"]],
                "main_style_name": STYLE_NAMES[report.style],
                "suggested": f"“{suggested}”",
            }
            yield check_finding(
                report.catalogue, "CELL.style-mixed", fields, _evidence(report, row), form=int(row["form"])
            )


def unit_kind(unit: str | None) -> str | None:
    """What kind of quantity a written unit announces.

    >>> unit_kind("%"), unit_kind("Triệu đồng"), unit_kind("Có = 1 Không = 0"), unit_kind("Hồ sơ")
    ('percent', 'money', 'choice', 'count')
    """
    if not isinstance(unit, str) or not unit.strip():
        return None
    text = unit.lower()
    if "%" in text:
        return "percent"
    if "=" in text:
        return "choice"
    if "đồng" in text:
        return "money"
    return "count"


def _unit_fits(kind: str | None, written: str, unit: str, expected_unit: str | None) -> bool:
    if kind == "money" or written == "money":
        wanted = MONEY_SCALE.search((expected_unit or "triệu").lower())
        got = MONEY_SCALE.search(unit.lower())
        return kind == written and (wanted.group(1) if wanted else None) == (got.group(1) if got else None)
    if kind == "percent" or written == "percent":
        return kind == written
    return True


@functools.lru_cache(maxsize=4096)
def _unit_verdict(kind: str | None, unit: str | None, expected_unit: str) -> tuple[str | None, bool]:
    """What kind of quantity a written unit announces, and whether it fits the indicator: worked out once for each
    (kind, unit written, unit expected), which every report of one template repeats."""
    written = unit_kind(unit)
    return written, written is not None and _unit_fits(kind, written, str(unit), expected_unit)


@register_check("units")
def check_units(report) -> Iterator[Finding]:
    """A unit that announces another kind of quantity than the indicator is (a count marked "%"), or none."""
    for row in _rows(report):
        expected_unit = row["unit_expected"]
        if not expected_unit:
            continue
        written, fits = _unit_verdict(row["kind"], row["unit"], expected_unit)
        if fits:
            continue
        fields = {"ref": _ref(row), "label_short": short(row["label"], 60), "expected_unit": expected_unit}
        if written is None:
            yield check_finding(
                report.catalogue, "UNIT.missing", fields, _evidence(report, row), form=int(row["form"])
            )
        else:
            fields |= {"unit": row["unit"], "kind_name": KIND_NAMES.get(row["kind"], row["kind"])}
            yield check_finding(
                report.catalogue, "UNIT.mismatch", fields, _evidence(report, row), form=int(row["form"])
            )
