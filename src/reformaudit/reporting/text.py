"""The terminal table: findings grouped by form, most severe first, in the reader's language."""

from __future__ import annotations

from itertools import groupby

from tabulate import tabulate

from .words import COLUMNS, NO_FINDINGS, SEVERITY, group_heading, place, summary_line

MAX_PLACES = 4


def where(finding, lang: str) -> list[str]:
    """The distinct places a finding points at, in order."""
    return list(dict.fromkeys(p for e in finding.evidence if (p := place(e, lang))))


def _where(finding, lang: str) -> str:
    places = where(finding, lang)
    shown = places[:MAX_PLACES] + (["…"] if len(places) > MAX_PLACES else [])
    return "\n".join(shown)


def render_text(result, lang: str = "vi", width: int = 72) -> str:
    """Render an :class:`~reformaudit.audit.AuditResult` as text tables, one per form."""
    catalogue = result.report.catalogue
    out = [summary_line(result.summary(), lang)]
    if not result.findings:
        out.append(NO_FINDINGS(lang))
        return "\n".join(out) + "\n"
    headers = [COLUMNS[c](lang) for c in ("severity", "rule", "where", "message")]
    for (area, form), group in groupby(
        result.findings, key=lambda f: (f.area, f.form if f.area == "forms" else None)
    ):
        rows = [[SEVERITY[f.severity](lang), f.rule, _where(f, lang), f.message(lang)] for f in group]
        out.append("")
        out.append(group_heading(area, form, catalogue, lang))
        out.append(
            tabulate(rows, headers=headers, tablefmt="simple_grid", maxcolwidths=[None, None, 18, width])
        )
    return "\n".join(out) + "\n"
