"""Marked copies of the user's own files: every cited cell or sentence carries the finding.

- Workbook: a comment (rule, message, the consistent value) and a fill by severity on each cited cell.
- Word document: a Word comment anchored on each cited sentence (a footnote's finding on the sentence
  that refers to the footnote).

Copies are written into a folder of the user's choice, atomically, never over an input.
"""

from __future__ import annotations

import math
from collections import defaultdict
from pathlib import Path

from ..errors import AuditInputError
from ..fileio import write_atomically
from ..findings import SEVERITY_ORDER, Finding
from ..numbers import format_number
from .words import SEVERITY

FILLS = {"error": "FFC7CE", "warning": "FFEB9C", "info": "DDEBF7"}
AUTHOR = "reformaudit"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _note(finding: Finding, lang: str) -> str:
    text = f"[{SEVERITY[finding.severity](lang)}] {finding.rule}: {finding.message(lang)}"
    if finding.expected is not None and not math.isnan(finding.expected):
        label = "Consistent value" if lang == "en" else "Giá trị khớp"
        text += f" — {label}: {format_number(finding.expected, lang)}"
    return text


def _worst(findings: list[Finding]) -> str:
    return min((f.severity for f in findings), key=SEVERITY_ORDER.__getitem__)


def annotate_workbook(source: Path, target: Path, findings: list[Finding], lang: str) -> Path:
    from openpyxl import load_workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    cited: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for f in findings:
        for e in f.evidence:
            if e.source == str(source) and e.sheet and e.cell and not e.in_narrative:
                if f not in cited[(e.sheet, e.cell)]:
                    cited[(e.sheet, e.cell)].append(f)
    wb = load_workbook(source, keep_vba=source.suffix.lower() == ".xlsm")
    for (sheet, cell), found in cited.items():
        if sheet not in wb.sheetnames:
            continue
        target_cell = wb[sheet][cell]
        text = "\n\n".join(_note(f, lang) for f in found)
        target_cell.comment = Comment(text, AUTHOR, width=420, height=min(80 + 60 * len(found), 400))
        color = FILLS[_worst(found)]
        target_cell.fill = PatternFill(start_color=color, end_color=color, fill_type="solid")
    return write_atomically(target, wb.save)


def _body_paragraphs(document) -> dict[int, object]:
    """Paragraph objects by the number reformaudit gives them (non-empty paragraphs and table rows)."""
    from docx.text.paragraph import Paragraph

    out, number = {}, 0
    for child in document.element.body.iterchildren():
        if child.tag == f"{W}p":
            text = "".join(t.text or "" for t in child.iter(f"{W}t"))
            if text.strip() or any(True for _ in child.iter(f"{W}footnoteReference")):
                number += 1
                out[number] = Paragraph(child, document._body)
        elif child.tag == f"{W}tbl":
            number += sum(1 for _ in child.iter(f"{W}tr"))
    return out


def _runs_for(paragraph, sentence: str | None):
    """The runs that cover ``sentence`` in ``paragraph`` (all its runs when it cannot be found)."""
    runs = [r for r in paragraph.runs if r.text]
    if not runs:
        return []
    full = "".join(r.text for r in runs)
    at = full.find(sentence.rstrip("…").strip()[:80]) if sentence else -1
    if at < 0:
        return runs
    end = at + len(sentence)
    covered, offset = [], 0
    for run in runs:
        start, offset = offset, offset + len(run.text)
        if offset > at and start < end:
            covered.append(run)
    return covered or runs


def annotate_docx(source: Path, target: Path, findings: list[Finding], narrative, lang: str) -> Path:
    import docx

    document = docx.Document(str(source))
    paragraphs = _body_paragraphs(document)
    marked_in = {n: p for p, markers in zip(narrative["paragraph"], narrative["markers"]) for _, n in markers}
    done = set()
    for f in findings:
        for e in f.evidence:
            if e.source != str(source) or not e.in_narrative:
                continue
            number = e.paragraph if e.paragraph is not None else marked_in.get(e.footnote)
            paragraph = paragraphs.get(int(number)) if number is not None else None
            if paragraph is None or (id(f), number) in done:
                continue
            runs = _runs_for(paragraph, e.text)
            if runs:
                document.add_comment(runs, _note(f, lang), author=AUTHOR, initials="RA")
                done.add((id(f), number))
    return write_atomically(target, document.save)


def annotate(result, directory: str | Path, lang: str = "vi") -> list[Path]:
    """Write marked copies of the report's workbooks and Word documents into ``directory``."""
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    inputs = {Path(s).resolve() for s in result.report.sources}
    written = []
    for source in map(Path, result.report.sources):
        target = folder / source.name
        if target.resolve() in inputs:
            raise AuditInputError(
                f"{target}: refusing to write a marked copy over an input; choose another folder"
            )
        suffix = source.suffix.lower()
        if suffix in (".xlsx", ".xlsm"):
            written.append(annotate_workbook(source, target, result.findings, lang))
        elif suffix == ".docx" and result.report.narrative is not None:
            narrative = result.report.narrative[result.report.narrative["source"] == str(source)]
            written.append(annotate_docx(source, target, result.findings, narrative, lang))
    return written
