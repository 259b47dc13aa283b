"""The terminal table: findings grouped by form, most severe first, in the reader's language."""

from __future__ import annotations

from itertools import groupby

from tabulate import tabulate

from .words import COLUMNS, NO_FINDINGS, SEVERITY, form_heading, summary_line

MAX_PLACES = 4


def _where(finding) -> str:
    places = []
    for e in finding.evidence:
        if e.cell:
            places.append(f"{e.sheet}!{e.cell}" if e.sheet else e.cell)
        elif e.form is not None and e.code:
            places.append(f"B{e.form} {e.code}")
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
    for form, group in groupby(result.findings, key=lambda f: f.form):
        rows = [[SEVERITY[f.severity](lang), f.rule, _where(f), f.message(lang)] for f in group]
        out.append("")
        out.append(form_heading(form, catalogue, lang))
        out.append(
            tabulate(rows, headers=headers, tablefmt="simple_grid", maxcolwidths=[None, None, 18, width])
        )
    return "\n".join(out) + "\n"
