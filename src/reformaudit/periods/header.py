"""The period and the unit a report states: in the forms' title rows and in the narrative's header.

>>> from reformaudit.audit import load_report
>>> report = load_report(["samples/binh-phuoc-2023-6t"])
>>> report.period.code, report.unit
('2023-H1', 'UBND tỉnh Bình Phước')
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from ..findings import Evidence
from ..text import squash
from .period import Period, find_period, parse_period, period_in_name

UNIT = re.compile(
    r"(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+(thành phố|thị xã|thị trấn|tỉnh|huyện|quận|phường|xã)\s+(.+)",
    re.IGNORECASE,
)
MINISTRY = re.compile(r"^(BỘ|SỞ)\s+(\S.*?)(?:\s+TỈNH\s.*|\s+THÀNH PHỐ\s.*)?$")
# the title line that follows the issuer in a header: "BÁO CÁO", "KẾ HOẠCH", "Số: 123/BC-UBND", "CỘNG HÒA …"
DOCUMENT_TITLE = re.compile(
    r"(?:^|\s)(?:báo\s+cáo|kế\s+hoạch|tờ\s+trình|quyết\s+định|thông\s+báo|công\s+văn|cộng\s+h[òo]a|số)$",
    re.IGNORECASE,
)
SKIP = re.compile(r"cộng hoà|cộng hòa|độc lập", re.IGNORECASE)
HEADER_PARAGRAPHS = 15


T = TypeVar("T", Period, str)


@dataclass(frozen=True)
class Stated(Generic[T]):
    """What one part of the report says: a period or a unit, and where."""

    value: T
    evidence: Evidence


def unit_in(text: str) -> str | None:
    """The issuing unit a line names, written the usual short way ("UBND tỉnh Bình Phước", "Bộ Nội vụ").

    >>> unit_in("ỦY BAN NHÂN DÂN TỈNH AN HÒA (DỮ LIỆU MẪU)"), unit_in("BỘ NỘI VỤ"), unit_in("SỞ TƯ PHÁP TỈNH AN HÒA")
    ('UBND tỉnh An Hòa', 'Bộ Nội vụ', 'Sở Tư pháp')
    >>> unit_in("Ủy ban nhân dân tỉnh Bình Phước báo cáo kết quả")
    'UBND tỉnh Bình Phước'
    >>> unit_in("UBND HUYỆN AN PHÚ BÁO CÁO Kết quả công tác năm 2025")  # a .txt header's lines run together
    'UBND huyện An Phú'
    >>> unit_in("UBND XÃ CỘNG HÒA"), unit_in("UBND XÃ CỘNG HÒA Số: 12/BC-UBND")
    ('UBND xã Cộng Hòa', 'UBND xã Cộng Hòa')
    """
    text = squash(text)
    match = UNIT.search(text)
    if match:
        words: list[str] = []
        for word in match.group(2).split():
            if not word[0].isupper():
                break
            words.append(word.rstrip(",.;:"))
            title = DOCUMENT_TITLE.search(" ".join(words))
            if title and title.start() > 0:  # "UBND xã Cộng Hòa" is a commune's name
                words = " ".join(words)[: title.start()].split()
                break
            if word[-1] in ",.;:":
                break
        return f"UBND {match.group(1).lower()} {' '.join(words).title()}" if words else None
    match = MINISTRY.match(text)
    if match and text.isupper():
        return f"{match.group(1).capitalize()} {match.group(2).split('(')[0].strip().capitalize()}"
    return None


LEVELS = {
    "tỉnh": "province",
    "thành phố": "district",
    "thị xã": "district",
    "huyện": "district",
    "quận": "district",
}
LEVELS |= {"xã": "commune", "phường": "commune", "thị trấn": "commune"}


def unit_level(unit: str | None) -> str | None:
    """``province``, ``district``, ``commune`` or ``department`` (a Sở) for a unit as :func:`unit_in` writes it.
    A "thành phố" below a province is district-level.

    >>> unit_level("UBND huyện Bù Đăng"), unit_level("UBND phường An Lộc"), unit_level("Sở Tư pháp")
    ('district', 'commune', 'department')
    """
    if not unit:
        return None
    if unit.startswith("Sở "):
        return "department"
    words = unit.removeprefix("UBND ").lower()
    return next((level for name, level in LEVELS.items() if words.startswith(name + " ")), None)


def same_unit(a: str, b: str) -> bool:
    return squash(a).casefold() == squash(b).casefold()


def _first(lines: list[tuple[str, Evidence]], read: Callable[[str], T | None]) -> Stated[T] | None:
    for text, evidence in lines:
        if not SKIP.search(text) and (value := read(text)) is not None:
            return Stated(value, evidence)
    return None


def _form_lines(report) -> list[tuple[str, Evidence]]:
    return [
        (text, Evidence(source, sheet=sheet, cell=cell, label=text))
        for source, sheet, cell, text in report.texts
    ]


def header_lines(report) -> list[tuple[str, Evidence]]:
    """The narrative's paragraphs before its first numbered section (issuer, number, title, opening)."""
    frame = report.narrative
    if frame is None:
        return []
    lines = []
    for block, row in enumerate(frame.head(HEADER_PARAGRAPHS).itertuples()):
        if row.section:
            break
        if row.kind == "paragraph":
            lines.append((row.text, report.narrative_evidence(block)))
    return lines


@dataclass(frozen=True)
class Statements:
    """The period and unit each part of a report states (None where it states none)."""

    forms_period: Stated[Period] | None
    narrative_period: Stated[Period] | None
    forms_unit: Stated[str] | None
    narrative_unit: Stated[str] | None


def statements(report) -> Statements:
    forms, header = _form_lines(report), header_lines(report)
    return Statements(
        _first(forms, find_period),
        _first(header, find_period),
        _first(forms, unit_in),
        _first(header, unit_in),
    )


def settle(report, period: str | Period | None = None, unit: str | None = None) -> None:
    """Set ``report.period`` and ``report.unit``: the ones given (``--period``, ``--unit``), else the
    forms' title, else the narrative's header, else (the period) the report's folder or file name;
    ``report.stated`` keeps what each part says."""
    said = statements(report)
    report.stated = said
    if isinstance(period, str):
        period = parse_period(period)
    found = said.forms_period or said.narrative_period
    if (
        found
        and said.narrative_period
        and said.narrative_period.value.kind == "9M"
        and found.value.kind == "Q3"
    ):
        found = said.narrative_period  # "quý III" forms with "9 tháng" figures: counted from the year's start
    report.period = period or (found.value if found else period_in_name(report.name))
    found_unit = said.forms_unit or said.narrative_unit
    report.unit = squash(unit) if unit else (found_unit.value if found_unit else None)
