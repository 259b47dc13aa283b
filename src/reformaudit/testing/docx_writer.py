"""Write a narrative as a real Word document, with real Word footnotes (python-docx has no footnote API)."""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.shared import Pt

from ..fileio import write_atomically
from ..narrative.blocks import Block

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
HEADING = re.compile(r"^([IVX]+\.|\d{1,2}\.|[a-zđ]\))\s")
SUPERSCRIPT = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'


def _footnotes_part(document, notes: dict[int, str]) -> None:
    body = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for number, text in sorted(notes.items()):
        body.append(
            f'<w:footnote w:id="{number}"><w:p><w:r>{SUPERSCRIPT}<w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>'
        )
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">{"".join(body)}</w:footnotes>'
    part = Part(
        PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, xml.encode("utf-8"), document.part.package
    )
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)


def _add_paragraph(document, block: Block) -> None:
    paragraph = document.add_paragraph()
    cut = 0
    for offset, number in sorted(block.markers):
        if offset > cut:
            paragraph.add_run(block.text[cut:offset])
        paragraph._p.append(
            parse_xml(f'<w:r xmlns:w="{W_NS}">{SUPERSCRIPT}<w:footnoteReference w:id="{number}"/></w:r>')
        )
        cut = offset
    if cut < len(block.text):
        paragraph.add_run(block.text[cut:])
    if HEADING.match(block.text) and len(block.text) < 200 and not block.text.endswith("."):
        for run in paragraph.runs:
            run.bold = True


def build_docx(blocks: list[Block]):
    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    notes = {b.number: b.text for b in blocks if b.kind == "footnote"}
    if notes:
        _footnotes_part(document, notes)
    for block in blocks:
        if block.kind == "paragraph":
            _add_paragraph(document, block)
        elif block.kind == "table":
            cells = block.text.split(" | ")
            table = document.add_table(rows=1, cols=len(cells))
            for cell, text in zip(table.rows[0].cells, cells):
                cell.text = text
    return document


def write_docx(blocks: list[Block], path: str | Path) -> Path:
    """Write the document atomically."""
    return write_atomically(path, lambda tmp: build_docx(blocks).save(tmp))
