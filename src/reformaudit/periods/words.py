"""How the periods' findings name periods, days and the cells of several reports."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..catalogue import Text
from ..findings import Evidence, Num, render


@dataclass(frozen=True)
class Labelled:
    """A figure with what it belongs to: "quý I năm 2026 (120)", "UBND huyện Bù Đăng (1.200)"."""

    label: Text | str
    num: Num

    def render(self, lang: str) -> str:
        return f"{render(self.label, lang)} ({self.num.render(lang)})"


def cited(report, ref: str) -> Evidence:
    """The evidence of an indicator in one of several reports: its label says whose and when
    ("… — UBND xã Tân Lập, 6 tháng đầu năm 2026"), since the cells of two reports may share an address."""
    evidence = report.evidence(ref)
    whose = ", ".join(w for w in (report.unit, report.period.label("vi") if report.period else None) if w)
    return replace(evidence, label=f"{evidence.label} — {whose}") if whose else evidence


def period_text(period) -> Text:
    return Text(period.label("vi"), period.label("en"))


def day_text(day) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"
