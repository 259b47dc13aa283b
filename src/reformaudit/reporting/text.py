"""The terminal view: findings grouped by form, most severe first, in the reader's language, fitted to
the terminal's width — a table where it fits, one block per finding where it does not (80 columns)."""

from __future__ import annotations

import shutil
import textwrap

from tabulate import tabulate

from .identity import identity_line
from .words import COLUMNS, NO_FINDINGS, SEVERITY, advice, group_heading, grouped, places, summary_line

MAX_PLACES = 4
WHERE_WIDTH = 18
TABLE_MIN_MESSAGE = 48  # narrower than this, a message column is harder to read than one block a finding
FALLBACK_WIDTH = 80  # when the output is not a terminal and COLUMNS is not set


def terminal_width() -> int:
    """The terminal's width in columns (COLUMNS when set, 80 when the output is not a terminal)."""
    return max(shutil.get_terminal_size((FALLBACK_WIDTH, 24)).columns, 40)


def _places(finding, lang: str) -> list[str]:
    found = places(finding, lang)
    return found[:MAX_PLACES] + (["…"] if len(found) > MAX_PLACES else [])


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent) or [indent.rstrip()]


def _table(group, lang: str, width: int) -> str | None:
    """The group as a grid table within ``width`` columns, or None when the message column would be too narrow."""
    rows = [
        [SEVERITY[f.severity](lang), f.rule, "\n".join(_places(f, lang)), [f.message(lang), *advice(f, lang)]]
        for f in group
    ]
    first = max(len(COLUMNS["severity"](lang)), *(len(r[0]) for r in rows))
    second = max(len(COLUMNS["rule"](lang)), *(len(r[1]) for r in rows))
    message = width - first - second - WHERE_WIDTH - 13  # 13: the borders and padding of four columns
    if message < TABLE_MIN_MESSAGE:
        return None
    for row in rows:
        row[3] = "\n".join(line for paragraph in row[3] for line in _wrap(paragraph, message))
    headers = [COLUMNS[c](lang) for c in ("severity", "rule", "where", "message")]
    table = tabulate(
        rows, headers=headers, tablefmt="simple_grid", maxcolwidths=[None, None, WHERE_WIDTH, None]
    )
    return table if max(len(line) for line in table.splitlines()) <= width else None


def _blocks(group, lang: str, width: int) -> str:
    """One block per finding: severity, rule and places on the first lines, the message indented below."""
    out = []
    for f in group:
        head = f"{SEVERITY[f.severity](lang).upper()} · {f.rule} · {', '.join(_places(f, lang))}".rstrip(" ·")
        out += _wrap(head, width)
        for paragraph in (f.message(lang), *advice(f, lang)):
            out += _wrap(paragraph, width, "   ")
        out.append("")
    return "\n".join(out).rstrip("\n")


def render_text(result, lang: str = "vi", width: int | None = None, **_) -> str:
    """Render an :class:`~reformaudit.audit.AuditResult` for a terminal ``width`` columns wide
    (the terminal's own width by default)."""
    width = width or terminal_width()
    catalogue = result.report.catalogue
    out = _wrap(summary_line(result.summary(), lang), width)
    if who := identity_line(result.report, lang):
        out += _wrap(who, width)
    if not result.findings:
        return "\n".join(out + [NO_FINDINGS(lang)]) + "\n"
    for (area, form), group in grouped(result.findings):
        group = list(group)
        heading = _wrap(group_heading(area, form, catalogue, lang), width)
        underline = "─" * min(max(len(line) for line in heading), width)
        out += ["", *heading, underline, _table(group, lang, width) or _blocks(group, lang, width)]
    return "\n".join(out) + "\n"
