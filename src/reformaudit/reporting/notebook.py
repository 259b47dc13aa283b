"""A result in a notebook: a compact summary with the findings folded, styled only inside its own
element; a short ``repr``; and the findings as a DataFrame with proper dtypes."""

from __future__ import annotations

import re
from collections import Counter
from html import escape

import pandas as pd

from ..findings import SEVERITY_ORDER
from .html import STYLE, badges, finding_html, words
from .identity import identity_line
from .roles import suggestions_at
from .words import group_heading, grouped, place, plural

ROOT = ".reformaudit"
FRAGMENT_STYLE = """
.reformaudit{font-family:"Segoe UI",Arial,sans-serif;color:#1b1f23;line-height:1.45}
summary{cursor:pointer;font-weight:600;padding:.3rem 0}details{margin:.2rem 0 .2rem .2rem}
table.overview{width:auto}.reformaudit table.overview td.n{text-align:right;font-variant-numeric:tabular-nums}
.reformaudit table.evidence td,.reformaudit table.evidence th,.reformaudit table.overview th{text-align:left}
.reformaudit table.evidence{table-layout:auto;width:100%;margin:0}.reformaudit table.evidence td:nth-child(2){width:60%}
"""


def scoped(css: str, root: str = ROOT) -> str:
    """Every rule of ``css`` restricted to the element ``root`` ("body" becomes the root itself)."""

    def scope(match: re.Match) -> str:
        selectors = []
        for selector in match.group(1).split(","):
            selector = selector.strip()
            if selector == "body" or selector.startswith(root):
                selectors.append(root + selector[len("body") if selector == "body" else len(root) :])
            else:
                selectors.append(f"{root} {selector}")
        return ",".join(selectors) + "{" + match.group(2) + "}"

    return re.sub(r"([^{}]+)\{([^{}]*)\}", scope, css.replace("\n", "")).replace(
        "margin:2rem auto;max-width:72rem;", ""
    )


def _overview(result, lang: str) -> str:
    """Counts by form (or area) and severity, errors first, the groups with most errors on top."""
    rows = []
    for (area, form), group in grouped(result.findings):
        counts = Counter(f.severity for f in group)
        rows.append((group_heading(area, form, result.report.catalogue, lang), counts))
    rows.sort(key=lambda row: tuple(-row[1][s] for s in SEVERITY_ORDER))
    head = "".join(f"<th>{escape(words('severity_' + s, lang))}</th>" for s in SEVERITY_ORDER)
    body = "".join(
        f"<tr><td>{escape(name)}</td>"
        + "".join(f'<td class="n {s}">{counts[s] or ""}</td>' for s in SEVERITY_ORDER)
        + "</tr>"
        for name, counts in rows
    )
    return f'<table class="overview"><tr><th>{words("group", lang)}</th>{head}</tr>{body}</table>'


def _folded(result, lang: str) -> str:
    out, index = [], 0
    for (area, form), group in grouped(result.findings):
        group = list(group)
        counts = Counter(f.severity for f in group)
        tally = ", ".join(plural(counts[s], s, lang) for s in SEVERITY_ORDER if counts[s])
        name = group_heading(area, form, result.report.catalogue, lang)
        out.append(f"<details><summary>{escape(name)} — {escape(tally)}</summary>")
        for finding in group:
            index += 1
            out.append(finding_html(finding, index, lang))
        out.append("</details>")
    return "".join(out)


def render_fragment(result, lang: str = "vi") -> str:
    """The findings as a compact block for a notebook cell: counts first, the details folded."""
    body = (
        _overview(result, lang) + _folded(result, lang)
        if result.findings
        else f"<p>{words('none', lang)}</p>"
    )
    return (
        f'<div class="reformaudit"><style>{scoped(STYLE + FRAGMENT_STYLE)}</style>'
        f"<strong>{escape(result.report.name)}</strong> {escape(identity_line(result.report, lang))}"
        f'<ul class="counts">{badges(result, lang)}</ul>{body}</div>'
    )


def short_repr(result, lang: str = "vi") -> str:
    """A few lines: the report, its counts, and the rules that fail."""
    counts = result.counts()
    tally = ", ".join(plural(n, s, lang) for s, n in counts.items())
    lines = [f"<AuditResult {result.report.name}: {tally}>"]
    if who := identity_line(result.report, lang):
        lines.append(f"  {who}")
    failing = list(dict.fromkeys(f.rule for f in result.findings if f.severity == "error"))
    if failing:
        shown = ", ".join(failing[:6]) + (", …" if len(failing) > 6 else "")
        lines.append(f"  {words('severity_error', lang)}: {shown}")
    lines.append("  .to_frame() · .findings · .forms · .claims")
    return "\n".join(lines)


INTEGER_COLUMNS = ("finding", "paragraph", "footnote", "page")
NUMBER_COLUMNS = ("value", "proposed", "expected")
FRAME_COLUMNS = (
    "finding", "severity", "rule", "where", "raw", "value", "proposed", "expected", "message",
    "text", "source", "sheet", "cell", "paragraph", "footnote", "page",
)  # fmt: skip


def findings_frame(result, lang: str = "vi") -> pd.DataFrame:
    """One row per finding and piece of evidence: where it is, what was written and read, the value
    proposed for it (only where a fix is proposed), with nullable integers and plain numbers."""
    rows = []
    for number, finding in enumerate(result.findings, start=1):
        base = {"finding": number, "severity": finding.severity, "rule": finding.rule}
        base |= {"message": finding.message(lang), "expected": finding.expected}
        for e in finding.evidence or [None]:
            fixes = suggestions_at(finding, e) if e is not None else []
            located = {} if e is None else {k: getattr(e, k) for k in FRAME_COLUMNS if hasattr(e, k)}
            where = place(e, lang) if e is not None else ""
            proposed = fixes[0].proposed if fixes else None
            rows.append(base | located | {"where": where, "proposed": proposed})
    frame = pd.DataFrame(rows, columns=list(FRAME_COLUMNS))
    for column in INTEGER_COLUMNS:
        frame[column] = pd.array(frame[column].tolist(), dtype="Int64")
    for column in NUMBER_COLUMNS:
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Float64")
    frame["severity"] = pd.Categorical(frame["severity"], categories=list(SEVERITY_ORDER), ordered=True)
    return frame
