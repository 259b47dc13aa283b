"""Documents the narrative cites with a date after the report's own (our reading of Công văn 581/BNV-CCHC:
a report covers its period and is sent by the 20th of the period's last month, so it cannot cite a document
issued after the day it is signed). The report's date is read from the forms' "kèm theo Báo cáo số … ngày
14/6/2024" or the narrative's "…, ngày 15 tháng 6 năm 2023"; without it the deadline is the limit, and the
finding is only a note, since reports are sometimes sent late."""

from __future__ import annotations

import re
from datetime import date

from ..checks.spec import check_finding
from ..findings import Evidence, Finding, Joined
from ..narrative.citations import find_citations
from .header import header_lines
from .words import day_text, period_text

SLASHED = re.compile(r"\bngày\s+(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*((?:19|20)\d\d)\b", re.IGNORECASE)
WORDED = re.compile(r"\bngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d\d)\b", re.IGNORECASE)
SHOWN = 5


def _day(match: re.Match) -> date | None:
    day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def report_date(report) -> tuple[date, Evidence] | None:
    """The day the report is signed, as its forms' subtitle or its narrative's header writes it."""
    for source, sheet, cell, text in report.texts:
        match = SLASHED.search(text) if "báo cáo" in text.lower() else None
        if match and (day := _day(match)):
            return day, Evidence(source, sheet=sheet, cell=cell, label=text)
    for text, evidence in header_lines(report):
        match = WORDED.search(text)
        if match and (day := _day(match)):
            return day, evidence
    return None


def deadline(period) -> date:
    """The 20th of the period's last month, when the report is due."""
    return date(period.end.year, period.end.month, 20)


def _cited_later(report, limit: date) -> list[tuple[str, Evidence]]:
    out = []
    for block, text in enumerate(report.narrative["text"]):
        for citation in find_citations(text):
            match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", citation.date or "")
            day = _day(match) if match else None
            if day and day > limit:
                span = (max(0, citation.start - 60), citation.end + 60)
                out.append((citation.raw, report.narrative_evidence(block, citation.raw, None, span)))
    return out


def later_citations(report) -> list[Finding]:
    """One finding listing the narrative's citations dated after the report's date (or its deadline)."""
    if report.narrative is None or report.period is None:
        return []
    signed = report_date(report)
    limit = signed[0] if signed else deadline(report.period)
    later = _cited_later(report, limit)
    if not later:
        return []
    shown = [raw for raw, _ in later[:SHOWN]] + (["…"] if len(later) > SHOWN else [])
    fields = {
        "count": len(later),
        "citations": Joined(tuple(shown), "; "),
        "limit": day_text(limit),
        "period": period_text(report.period),
        "span": report.period.span(),
    }
    check = "PERIOD.cites-later" if signed else "PERIOD.cites-after-deadline"
    evidence = [e for _, e in later] + ([signed[1]] if signed else [])
    return [check_finding(report.catalogue, check, fields, evidence, area="periods")]
