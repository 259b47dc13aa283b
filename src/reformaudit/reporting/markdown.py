"""Findings as Markdown, for a chat message or a ticket."""

from __future__ import annotations

from .identity import identity
from .words import NO_FINDINGS, SEVERITY, advice, group_heading, grouped, places, summary_line


def _plain(text: str) -> str:
    return text.replace("\n", " ").replace("|", "\\|")


def render_markdown(result, lang: str = "vi", **_) -> str:
    who = identity(result.report, lang)
    lines = [f"# {summary_line(result.summary(), lang)}", ""]
    if who["unit"] or who["period"]:
        lines += [f"**{who['unit']}** — {who['period']}".strip(" —"), ""]
    if not result.findings:
        return "\n".join(lines + [NO_FINDINGS(lang), ""])
    for (area, form), group in grouped(result.findings):
        lines += [f"## {group_heading(area, form, result.report.catalogue, lang)}", ""]
        for f in group:
            where = ", ".join(f"`{p}`" for p in places(f, lang)[:4])
            lines.append(
                f"- **{SEVERITY[f.severity](lang)}** `{f.rule}` — {_plain(f.message(lang))}"
                + (f" ({where})" if where else "")
            )
            lines += [f"  - {_plain(line)}" for line in advice(f, lang)]
        lines.append("")
    return "\n".join(lines)
