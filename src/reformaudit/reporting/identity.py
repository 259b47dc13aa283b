"""Who and when a report is about: the reporting unit and period, read from its titles and first lines."""

from __future__ import annotations

import re

UNIT_TITLE = re.compile(r"(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|BỘ|SỞ)\s+[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ,\-]{2,60}")
UNIT_TEXT = re.compile(
    r"(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(?:tỉnh|thành phố|huyện|thị xã)(?:\s+[A-ZĐÀ-Ỹ]\w*)+"
)
PERIOD = re.compile(r"(quý\s+[IVX]+|6 tháng (?:đầu|cuối) năm|9 tháng|năm)\s+(\d{4})", re.IGNORECASE)
SKIP = re.compile(r"CỘNG HO[ÀA]|Độc lập", re.IGNORECASE)


def _lines(report) -> list[tuple[str, re.Pattern]]:
    lines = [(t, UNIT_TITLE) for _, _, _, t in report.texts]
    if report.narrative is not None:
        lines += [(t, UNIT_TEXT) for t in report.narrative["text"].head(6)]
    return [(line, unit) for line, unit in lines if line and not SKIP.search(line)]


def identity(report) -> dict[str, str]:
    """``unit``, ``period`` and ``files`` of a report, each "" when it cannot be told.

    >>> from reformaudit.audit import load_report
    >>> identity(load_report(["samples/binh-phuoc-2023-6t/bieu-mau.xlsx"]))["period"]
    '6 tháng đầu năm 2023'
    """
    unit = period = ""
    for line, unit_pattern in _lines(report):
        if not unit and (match := unit_pattern.search(line)):
            unit = " ".join(match.group(0).split())
        if not period and (match := PERIOD.search(line)):
            period = f"{match.group(1).lower()} {match.group(2)}"
    return {"unit": unit, "period": period, "files": ", ".join(report.sources)}
