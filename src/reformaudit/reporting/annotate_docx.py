"""The marked copy of a Word document: a Word comment on each cited sentence.

The comment covers the sentence (or citation) a finding quotes, not its whole paragraph: runs are split
where the sentence starts and ends. A finding about a footnote is anchored in the footnote itself.
"""

from __future__ import annotations

import copy
from pathlib import Path

from ..fileio import write_atomically
from ..findings import Finding
from .roles import note

AUTHOR = "reformaudit"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
SPLITTABLE = {f"{W}rPr", f"{W}t", f"{W}tab", f"{W}br"}


def _has_text(p) -> bool:
    return any((t.text or "").strip() for t in p.iter(f"{W}t"))


def body_paragraphs(document) -> dict[int, object]:
    """w:p elements by the number reformaudit gives them (non-empty paragraphs and table rows)."""
    out, number = {}, 0
    for child in document.element.body.iterchildren():
        if child.tag == f"{W}p":
            if _has_text(child) or any(True for _ in child.iter(f"{W}footnoteReference")):
                number += 1
                out[number] = child
        elif child.tag == f"{W}tbl":
            number += sum(1 for _ in child.iter(f"{W}tr"))
    return out


def _footnotes(document):
    """The footnotes part and its parsed XML, or (None, None)."""
    from docx.oxml import parse_xml

    for rel in document.part.rels.values():
        if rel.reltype == FOOTNOTES_REL:
            return rel.target_part, parse_xml(rel.target_part.blob)
    return None, None


def footnote_paragraphs(document, root) -> dict[int, list]:
    """The w:p elements of each footnote, by the number Word shows (the order of first reference)."""
    shown: dict[int, int] = {}
    for child in document.element.body.iterchildren(f"{W}p"):
        for ref in child.iter(f"{W}footnoteReference"):
            shown.setdefault(int(ref.get(f"{W}id")), len(shown) + 1)
    notes = {int(n.get(f"{W}id")): list(n.iter(f"{W}p")) for n in root.iter(f"{W}footnote")}
    return {number: notes[i] for i, number in shown.items() if i in notes}


def _runs(paragraphs) -> list:
    from docx.text.run import Run

    # Runs read and split for their text need no story part (python-docx's stubs ask for one).
    return [Run(r, None) for p in paragraphs for r in p.iter(f"{W}r")]  # type: ignore[arg-type]


def _text(runs) -> str:
    return "".join(r.text for r in runs).replace("\n", " ")


def span(full: str, quoted: str | None, raw: str | None, narrow: bool = False) -> tuple[int, int] | None:
    """Where the quoted sentence (which may be cut with "…" at either end) sits in ``full``; with
    ``narrow``, where ``raw`` sits inside it (a citation rather than the sentence around it)."""
    pieces = [p.strip() for p in (quoted or "").split("…") if p.strip()]
    if pieces and (start := full.find(pieces[0])) >= 0:
        end = full.find(pieces[-1], start)
        end = end + len(pieces[-1]) if end >= 0 else start + len(pieces[0])
        if raw and narrow and (inner := full.find(raw, start, end)) >= 0:
            return inner, inner + len(raw)
        return start, end
    if raw and (start := full.find(raw)) >= 0:
        return start, start + len(raw)
    return None


def _split_at(paragraphs, at: int) -> None:
    """Split the run that straddles character ``at`` into two runs of the same formatting."""
    from docx.text.run import Run

    offset = 0
    for run in _runs(paragraphs):
        n = len(run.text)
        if offset < at < offset + n and all(child.tag in SPLITTABLE for child in run._r):
            text, twin = run.text, copy.deepcopy(run._r)
            run._r.addnext(twin)
            run.text = text[: at - offset]
            Run(twin, None).text = text[at - offset :]  # type: ignore[arg-type]  # as in _runs
            return
        offset += n


def anchor_runs(paragraphs, quoted: str | None, raw: str | None, narrow: bool = False) -> list:
    """The runs that cover exactly the quoted sentence, split as needed (all runs when it is not found)."""
    where = span(_text(_runs(paragraphs)), quoted, raw, narrow)
    if where is None:
        return [r for r in _runs(paragraphs) if r.text]
    _split_at(paragraphs, where[0])
    _split_at(paragraphs, where[1])
    covered, offset = [], 0
    for run in _runs(paragraphs):
        start, offset = offset, offset + len(run.text)
        if run.text and start < where[1] and offset > where[0]:
            covered.append(run)
    return covered


def annotate_docx(source: Path, target: Path, findings: list[Finding], lang: str) -> Path:
    import docx
    from lxml import etree

    document = docx.Document(str(source))
    body = body_paragraphs(document)
    part, root = _footnotes(document)
    notes = footnote_paragraphs(document, root) if root is not None else {}
    done = set()
    for f in findings:
        for e in f.evidence:
            if (
                e.source != str(source)
                or not e.in_narrative
                or (id(f), e.paragraph, e.footnote, e.text) in done
            ):
                continue
            done.add((id(f), e.paragraph, e.footnote, e.text))
            if e.footnote is not None:
                paragraphs = notes.get(e.footnote, [])
            else:
                paragraphs = [body[e.paragraph]] if e.paragraph in body else []
            runs = anchor_runs(paragraphs, e.text, e.raw, narrow=e.value is None)
            if runs:
                document.add_comment(runs, note(f, e, lang), author=AUTHOR, initials="RA")
    if part is not None:
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return write_atomically(target, document.save)
