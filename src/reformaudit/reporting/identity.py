"""Who and when a report is about: the reporting unit and period (read by :mod:`reformaudit.periods`)."""

from __future__ import annotations

from ..catalogue import Text
from ..periods.header import same_unit

LABELS = {"unit": Text("Đơn vị", "Reporting unit"), "period": Text("Kỳ báo cáo", "Period")}


def identity(report, lang: str = "vi") -> dict[str, str]:
    """``unit``, ``period`` (with its cut-off dates) and ``files`` of a report, each "" when not known.

    >>> from reformaudit.audit import load_report
    >>> identity(load_report(["samples/binh-phuoc-2023-6t/bieu-mau.xlsx"]))["period"]
    '6 tháng đầu năm 2023 (15/12/2022–14/6/2023)'
    """
    period = report.period
    return {
        "unit": _unit_as_written(report),
        "period": f"{period.label(lang)} ({period.span()})" if period else "",
        "files": ", ".join(report.sources),
    }


def _unit_as_written(report) -> str:
    """The unit as the forms' title writes it ("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC"), unless another was given."""
    stated = report.stated.forms_unit if report.stated else None
    if stated and report.unit and same_unit(stated.value, report.unit):
        return stated.evidence.label
    return report.unit or ""


def identity_line(report, lang: str = "vi") -> str:
    """ "Đơn vị: UBND tỉnh An Hòa · Kỳ báo cáo: quý I năm 2026 (15/12/2025–14/3/2026)", or "" when neither is known."""
    who = identity(report, lang)
    return " · ".join(f"{LABELS[k](lang)}: {who[k]}" for k in ("unit", "period") if who[k])
