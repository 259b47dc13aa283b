"""One self-contained HTML page of the findings: no outside resources, readable offline and by email.

Every text taken from a document is escaped; the number a narrative finding is about is highlighted in
its sentence.
"""

from __future__ import annotations

import math
from html import escape

from .. import __version__
from ..findings import Finding
from ..numbers import format_number
from .identity import identity
from .words import SEVERITY, group_heading, grouped, place, plural, suggestion_text

WORDS = {
    "title": ("Kết quả kiểm tra báo cáo cải cách hành chính", "Administrative reform report: audit results"),
    "unit": ("Đơn vị", "Reporting unit"),
    "period": ("Kỳ báo cáo", "Period"),
    "files": ("Tệp đã kiểm tra", "Files audited"),
    "none": ("Không phát hiện sai lệch nào.", "No discrepancies found."),
    "where": ("Vị trí", "Where"),
    "what": ("Nội dung", "Content"),
    "raw": ("Ghi", "Written"),
    "value": ("Đọc là", "Read as"),
    "expected": ("Giá trị khớp với các số liệu khác", "Value consistent with the other figures"),
    "actual": ("đang ghi", "written"),
    "made": ("Tạo bởi reformaudit", "Made by reformaudit"),
    "suggested": ("Đề xuất sửa, theo thứ tự khả năng", "Suggested fixes, most likely first"),
    "suggested_one": ("Đề xuất sửa", "Suggested fix"),
    "unknown": ("chưa xác định", "not found"),
    "group": ("Nhóm", "Group"),
}
STYLE = """
body{font-family:"Segoe UI",Arial,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1.2rem;color:#1b1f23;line-height:1.45}
h1{font-size:1.5rem}h2{font-size:1.15rem;border-bottom:2px solid #d0d7de;padding-bottom:.3rem;margin-top:2rem}
dl.identity{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}
ul.counts{list-style:none;padding:0;display:flex;gap:1rem}ul.counts li{padding:.3rem .8rem;border-radius:1rem;font-weight:600}
.error .badge,ul.counts .error{background:#ffebe9;color:#a40e26}.warning .badge,ul.counts .warning{background:#fff8c5;color:#7d4e00}
.info .badge,ul.counts .info{background:#ddf4ff;color:#0a3069}
article{border:1px solid #d0d7de;border-left-width:6px;border-radius:6px;padding:.6rem 1rem;margin:.8rem 0}
article.error{border-left-color:#cf222e}article.warning{border-left-color:#bf8700}article.info{border-left-color:#0969da}
.badge{padding:.1rem .5rem;border-radius:.8rem;font-size:.85rem;margin-right:.4rem}code{font-size:.85rem;color:#57606a}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}
table.evidence td{white-space:pre-wrap}table.evidence td:first-child{white-space:nowrap}p.message{white-space:pre-wrap}
mark{background:#fff3b0;font-weight:600}.suggestion{color:#1a7f37}.diagnosis{color:#8250df}footer{margin-top:3rem;color:#57606a;font-size:.85rem}
"""


def words(key: str, lang: str) -> str:
    """One of the page's fixed words (a severity as ``severity_error``)."""
    if key.startswith("severity_"):
        return SEVERITY[key.removeprefix("severity_")](lang)
    vi, en = WORDS[key]
    return en if lang == "en" else vi


def _highlight(text: str, raw: str | None) -> str:
    safe = escape(text)
    if raw:
        needle = escape(raw)
        at = safe.find(needle)
        if at >= 0:
            return f"{safe[:at]}<mark>{needle}</mark>{safe[at + len(needle) :]}"
    return safe


def _number(value, lang: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return escape(format_number(value, lang, None if float(value).is_integer() else 2))


def _evidence_rows(finding: Finding, lang: str) -> str:
    rows = []
    for e in finding.evidence:
        if e.in_narrative:
            content = _highlight(e.text or "", e.raw)
        else:
            label = f"Biểu {e.form} mục {e.code}" if lang != "en" else f"Form {e.form} item {e.code}"
            content = escape(f"{label} — {e.label}" if e.form is not None and e.code else (e.label or ""))
        rows.append(
            f"<tr><td>{escape(place(e, lang) or e.source)}</td><td>{content}</td>"
            f"<td>{escape(e.raw or '')}</td><td>{_number(e.value, lang)}</td></tr>"
        )
    head = "".join(f"<th>{words(k, lang)}</th>" for k in ("where", "what", "raw", "value"))
    return f'<table class="evidence"><tr>{head}</tr>{"".join(rows)}</table>' if rows else ""


def finding_html(finding: Finding, index: int, lang: str) -> str:
    suggestion = ""
    if finding.suggestions:
        items = "".join(f"<li>{escape(suggestion_text(sg, lang))}</li>" for sg in finding.suggestions)
        heading = words("suggested" if len(finding.suggestions) > 1 else "suggested_one", lang)
        suggestion = f'<div class="suggestion">{heading}:<ol>{items}</ol></div>'
    elif finding.expected is not None and finding.actual is not None and not math.isnan(finding.expected):
        suggestion = (
            f'<p class="suggestion">{words("expected", lang)}: <strong>{_number(finding.expected, lang)}</strong> '
            f"({words('actual', lang)} {_number(finding.actual, lang)})</p>"
        )
    if finding.diagnosis:
        suggestion += f'<p class="diagnosis">{escape(finding.diagnosis(lang))}</p>'
    return (
        f'<article class="finding {finding.severity}" id="f{index}">'
        f'<h3><span class="badge">{escape(SEVERITY[finding.severity](lang))}</span>{escape(finding.title(lang))} '
        f"<code>{escape(finding.rule)}</code></h3>"
        f'<p class="message">{escape(finding.message(lang))}</p>{_evidence_rows(finding, lang)}{suggestion}</article>'
    )


def _sections(result, lang: str) -> str:
    body, index = [], 0
    for (area, form), group in grouped(result.findings):
        body.append(f"<section><h2>{escape(group_heading(area, form, result.report.catalogue, lang))}</h2>")
        for finding in group:
            index += 1
            body.append(finding_html(finding, index, lang))
        body.append("</section>")
    if not result.findings:
        body.append(f'<p class="none">{words("none", lang)}</p>')
    return "".join(body)


def badges(result, lang: str) -> str:
    return "".join(f'<li class="{s}">{escape(plural(n, s, lang))}</li>' for s, n in result.counts().items())


def render_html(result, lang: str = "vi", **_) -> str:
    """The whole page for an :class:`~reformaudit.audit.AuditResult`."""
    who = identity(result.report, lang)
    identity_rows = "".join(
        f"<dt>{words(k, lang)}</dt><dd>{escape(who[k]) or words('unknown', lang)}</dd>"
        for k in ("unit", "period", "files")
    )
    title = words("title", lang)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(title)}</title>'
        f"<style>{STYLE}</style></head><body><header><h1>{escape(title)}</h1>"
        f'<dl class="identity">{identity_rows}</dl><ul class="counts">{badges(result, lang)}</ul></header>'
        f"<main>{_sections(result, lang)}</main><footer>{words('made', lang)} {escape(__version__)}</footer></body></html>\n"
    )
