"""Marked copies of the user's own files: every cited cell or sentence carries the finding.

- Workbook: a comment on each cited cell saying its role (see :mod:`.roles`): the cell likely wrong
  carries the proposed value and is filled by severity (red, yellow, blue); a cell it was only
  compared with says so and is filled grey; a correct cell is never proposed a new value.
- Word document: a Word comment on each cited sentence (see :mod:`.annotate_docx`).

Copies are written into a folder of the user's choice, atomically, never over an input.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from ..errors import AuditInputError
from ..fileio import write_atomically
from ..findings import SEVERITY_ORDER, Evidence, Finding
from .annotate_docx import AUTHOR, annotate_docx
from .roles import COMPARED, note, role

FILLS = {"error": "FFC7CE", "warning": "FFEB9C", "info": "DDEBF7", COMPARED: "E7E6E6"}


def _fill(cited: list[tuple[Finding, Evidence]]) -> str:
    """The severity of the worst finding that points at the cell itself; grey when it was only compared."""
    own = [f.severity for f, e in cited if role(f, e) != COMPARED]
    return FILLS[min(own, key=SEVERITY_ORDER.__getitem__)] if own else FILLS[COMPARED]


def annotate_workbook(source: Path, target: Path, findings: list[Finding], lang: str) -> Path:
    from openpyxl import load_workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    cited: dict[tuple[str, str], list[tuple[Finding, Evidence]]] = defaultdict(list)
    for f in findings:
        for e in f.evidence:
            if e.source == str(source) and e.sheet and e.cell and not e.in_narrative:
                if all(f is not seen for seen, _ in cited[(e.sheet, e.cell)]):
                    cited[(e.sheet, e.cell)].append((f, e))
    wb = load_workbook(source, keep_vba=source.suffix.lower() == ".xlsm")
    for (sheet, cell), found in cited.items():
        if sheet not in wb.sheetnames:
            continue
        target_cell = wb[sheet][cell]
        text = "\n\n".join(note(f, e, lang) for f, e in found)
        height = min(100 + 18 * text.count("\n") + len(text) // 3, 500)
        target_cell.comment = Comment(text, AUTHOR, width=460, height=height)
        color = _fill(found)
        target_cell.fill = PatternFill(start_color=color, end_color=color, fill_type="solid")
    return write_atomically(target, wb.save)


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
            written.append(annotate_docx(source, target, result.findings, lang))
    return written
