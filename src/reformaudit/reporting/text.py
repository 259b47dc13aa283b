"""The terminal table: findings grouped by form, most severe first, in the reader's language."""

from __future__ import annotations

from tabulate import tabulate

from .words import COLUMNS, NO_FINDINGS, SEVERITY, advice, group_heading, grouped, places, summary_line

MAX_PLACES = 4


def _where(finding, lang: str) -> str:
    found = places(finding, lang)
    shown = found[:MAX_PLACES] + (["…"] if len(found) > MAX_PLACES else [])
    return "\n".join(shown)


def render_text(result, lang: str = "vi", width: int = 72, **_) -> str:
    """Render an :class:`~reformaudit.audit.AuditResult` as text tables, one per form."""
    catalogue = result.report.catalogue
    out = [summary_line(result.summary(), lang)]
    if not result.findings:
        out.append(NO_FINDINGS(lang))
        return "\n".join(out) + "\n"
    headers = [COLUMNS[c](lang) for c in ("severity", "rule", "where", "message")]
    for (area, form), group in grouped(result.findings):
        rows = [
            [
                SEVERITY[f.severity](lang),
                f.rule,
                _where(f, lang),
                "\n".join([f.message(lang), *advice(f, lang)]),
            ]
            for f in group
        ]
        out.append("")
        out.append(group_heading(area, form, catalogue, lang))
        out.append(
            tabulate(rows, headers=headers, tablefmt="simple_grid", maxcolwidths=[None, None, 18, width])
        )
    return "\n".join(out) + "\n"
