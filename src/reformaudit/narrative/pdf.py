"""PDF with a text layer: PDFium's glyphs gathered into lines by their baseline and laid out again by
position, footnotes told from the body by the footnote rule and their size."""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..errors import AuditInputError
from ..limits import MB, current
from ..loading.package import check_file
from ..text import nfc
from .blocks import Block
from .layout_text import blocks_from_pages

# PDF: the text layer read with PDFium (pypdfium2), glyph by glyph, and laid out again by position.
#
# Producers do not draw a line's glyphs in reading order: LibreOffice draws the letters its font lacks
# ("ỉ", "ạ", "ế" when the font has no Vietnamese) from a fallback font after the rest of the line, so
# extractors that follow the drawing order (pypdf, PDFium's and pdfminer's own text) give "t nh t m
# giao biên ch" and the marked letters at the end. Glyphs are therefore gathered into lines by their
# baseline and ordered by their position; bench/pdf_text.py measures the result.

_PDFIUM_LOCK = threading.Lock()  # PDFium is not thread-safe; a dask worker may read in threads
SPACE_GAP = 0.15  # a gap wider than this share of the font size between two glyphs is a space
RULE_MAX_HEIGHT = 3.0  # points: a footnote rule is a thin horizontal line or rectangle...
RULE_WIDTH = (0.08, 0.6)  # ...between these shares of the page width (table borders span more)
FOOTNOTE_LINE = re.compile(r"^\d{1,3}(?![\d/.,:])\s*[^\W\d_]")  # "4 Sở Văn hóa", "4Sở"
SMALLER = 0.95  # footnotes are written smaller than the body
PAGE_NUMBER_LINE = re.compile(r"^(?:trang\s*)?[-–]?\s*\d{1,3}\s*[-–]?(?:\s*/\s*\d{1,3})?$", re.IGNORECASE)
PARAGRAPH_GAP = 1.3  # a space between lines this many times the usual pitch ends a paragraph
SPACED = 12  # a document with an empty line for every this many lines or fewer is spaced by paragraph


@dataclass
class Glyph:
    """One drawn character: its text, horizontal extent, baseline and font size."""

    text: str
    x0: float
    x1: float
    base: float
    size: float


def pdfium_glyphs(textpage) -> list[Glyph]:
    """The glyphs PDFium finds on a page, in drawing order, without the spaces and line ends it
    generates itself; a combining mark is attached to the glyph before it."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    raw = textpage.raw
    box = pdfium_c.FS_RECTF()
    x, y = ctypes.c_double(), ctypes.c_double()
    glyphs: list[Glyph] = []
    for i in range(pdfium_c.FPDFText_CountChars(raw)):
        if pdfium_c.FPDFText_IsGenerated(raw, i) == 1:
            continue
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        if code == 2:
            code = ord("-")  # PDFium's mark for a hyphen ending a line
        char = chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else "\ufffd"
        if char in "\r\n":
            continue
        if unicodedata.combining(char) and glyphs:
            glyphs[-1].text += char
            continue
        if not pdfium_c.FPDFText_GetLooseCharBox(raw, i, box) or not pdfium_c.FPDFText_GetCharOrigin(
            raw, i, x, y
        ):
            continue
        size = pdfium_c.FPDFText_GetFontSize(raw, i) or (box.top - box.bottom) or 1.0
        glyphs.append(Glyph(char, box.left, box.right, y.value, size))
    return glyphs


def pdfium_rules(page) -> list[float]:
    """Heights of the short thin horizontal lines drawn on a page: candidates for a footnote rule."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    width = page.get_width()
    rules = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for i in range(min(pdfium_c.FPDFPage_CountObjects(page.raw), 5000)):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, i)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        w, h = right.value - left.value, top.value - bottom.value
        if h <= RULE_MAX_HEIGHT and RULE_WIDTH[0] * width <= w <= RULE_WIDTH[1] * width:
            rules.append((top.value + bottom.value) / 2)
    return rules


def _baseline_groups(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs sharing a baseline (within a tenth of their size), top to bottom; then a group of smaller
    glyphs (a raised footnote number, a subscript) joins the line whose body it sits in."""
    groups: list[list[Glyph]] = []
    for g in sorted(glyphs, key=lambda g: -g.base):
        if groups and groups[-1][0].base - g.base <= 0.1 * max(g.size, groups[-1][0].size):
            groups[-1].append(g)
        else:
            groups.append([g])
    sizes = [max(g.size for g in group) for group in groups]
    lines: list[list[Glyph]] = []
    kept: list[int] = []
    for i, group in enumerate(groups):
        middle = group[0].base + 0.3 * sizes[i]
        host = None
        for j in (i - 1, i + 1):
            if 0 <= j < len(groups) and sizes[i] < 0.85 * sizes[j]:
                base = groups[j][0].base
                if base - 0.25 * sizes[j] <= middle <= base + 0.75 * sizes[j]:
                    host = j
                    break
        if host is None:
            lines.append(list(group))
            kept.append(i)
        elif host < i:
            lines[kept.index(host)].extend(group)
        else:
            groups[host].extend(group)  # joins the next line when that one is made
    return lines


Row = tuple[float, float, str]  # a line of a page: baseline, font size, text


def rows_from_glyphs(glyphs: list[Glyph]) -> list[Row]:
    """The page's lines, top to bottom, each with its glyphs left to right: glyphs on one baseline make
    a line, a raised footnote number stays on its line, a wide gap between two glyphs is a space."""
    rows: list[Row] = []
    for members in _baseline_groups(glyphs):
        main = max(members, key=lambda g: g.size)
        members.sort(key=lambda g: g.x0)
        text = ""
        previous = None
        for g in members:
            if previous is not None and not g.text.isspace() and not previous.text.isspace():
                if g.x0 - previous.x1 > SPACE_GAP * max(g.size, previous.size):
                    text += " "
            text += g.text
            previous = g
        text = " ".join(text.split())
        if text:
            rows.append((main.base, main.size, text))
    return rows


def _turned(textpage, sample: int = 400) -> bool:
    """Whether most of a page's text is drawn turned (a landscape page rotated, a table set sideways):
    its lines are then not along the baselines ``rows_from_glyphs`` looks for."""
    import math

    import pypdfium2.raw as pdfium_c

    count = pdfium_c.FPDFText_CountChars(textpage.raw)
    step = max(1, count // sample)
    angles = [pdfium_c.FPDFText_GetCharAngle(textpage.raw, i) for i in range(0, count, step)]
    angles = [a for a in angles if a >= 0]
    turned = sum(1 for a in angles if min(a, 2 * math.pi - a) > 0.1)
    return bool(angles) and turned > len(angles) / 2


def _rows_as_drawn(textpage) -> list[Row]:
    """A turned page's lines as PDFium's own text gives them, one pitch apart."""
    import pypdfium2.raw as pdfium_c

    size = pdfium_c.FPDFText_GetFontSize(textpage.raw, 0) or 10.0
    lines = [" ".join(line.split()) for line in textpage.get_text_range().replace("\r\n", "\n").split("\n")]
    return [(-i * 1.2 * size, size, line) for i, line in enumerate(line for line in lines if line)]


def _median(values: list[float]) -> float:
    values = sorted(values)
    return values[len(values) // 2] if values else 0.0


def body_size(pages: list[list[Row]]) -> float:
    """The font size most of a document's text is written in."""
    weight: dict[float, int] = {}
    for rows in pages:
        for _, size, text in rows:
            weight[round(size, 1)] = weight.get(round(size, 1), 0) + len(text)
    return max(weight, key=weight.__getitem__) if weight else 0.0


def page_lines(rows: list[Row], rules: list[float], body: float, notes_continue: bool = False) -> list[str]:
    """A page's lines as the layout of ``blocks_from_pages`` expects them.

    A page number alone on the first or last line ("3", "- 3 -", "Trang 3") is left out. A rule (a
    short drawn line) with a numbered line or smaller text below it, or on a page after one that ended
    in footnotes, is given as a line of underscores, which the layout takes for the footnote rule; so is
    the top of a page that carries on the previous page's footnotes in their smaller size. Where the
    space between two lines of the body is well above the page's usual line pitch (the spacing after a
    paragraph) an empty line is put.
    """
    while rows and PAGE_NUMBER_LINE.match(rows[-1][2]):
        rows = rows[:-1]  # the page number in the footer
    if rows and PAGE_NUMBER_LINE.match(rows[0][2]):
        rows = rows[1:]  # ... or in the header
    rule_at = len(rows)
    for y in sorted(rules, reverse=True):
        below = next((i for i, row in enumerate(rows) if row[0] < y), None)
        if not below:
            continue
        notes = rows[below:]
        if (
            notes_continue
            or any(FOOTNOTE_LINE.match(text) for _, _, text in notes)
            or _median([r[1] for r in notes]) < SMALLER * body
        ):
            rule_at = below
            break
    if rule_at == len(rows) and notes_continue and rows and rows[0][1] < SMALLER * body:
        rule_at = 0
    pitches = [rows[i - 1][0] - rows[i][0] for i in range(1, rule_at)]
    usual = _median(pitches)
    lines: list[str] = []
    for i, (base, _, text) in enumerate(rows):
        if i == rule_at:
            lines.append("_" * 20)
        elif 0 < i < rule_at and usual and rows[i - 1][0] - base > PARAGRAPH_GAP * usual:
            lines.append("")
        if i >= rule_at:
            text = re.sub(r"^(\d{1,3})(?=[^\W\d_])", r"\1 ", text)  # "4Sở Văn hóa": a raised number
        lines.append(text)
    return lines


def _footnotes_run_on(pages: list[list[str]]) -> None:
    """A footnote cut by a page break: its continuation, under the next page's rule before the next
    footnote's number, is moved to the end of the page it started on."""
    expected = 1
    for index, lines in enumerate(pages):
        rule = next((i for i, line in enumerate(lines) if line.startswith("_" * 20)), None)
        if rule is None:
            continue
        notes = lines[rule + 1 :]
        numbered = [i for i, line in enumerate(notes) if re.match(r"^\d{1,3}\s", line)]
        first = next((i for i in numbered if notes[i].split()[0] == str(expected)), len(notes))
        if first and index:
            pages[index - 1].extend(notes[:first])
            del lines[rule + 1 : rule + 1 + first]
        for line in notes[first:]:
            m = re.match(r"^(\d{1,3})\s", line)
            if m and int(m.group(1)) == expected:
                expected += 1


def pdf_pages(path: Path) -> list[list[str]]:
    """Lines of each page of a PDF's text layer (PDFium), or AuditInputError saying why not."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    limit = current().max_text_mb * MB
    with _PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as exc:
            if "password" in str(exc).lower():
                raise AuditInputError(
                    f"{path}: the PDF is encrypted; save an unprotected copy or give the Word file"
                ) from None
            raise AuditInputError(f"{path}: cannot read PDF: {exc}".splitlines()[0]) from None
        try:
            if pdfium_c.FPDF_GetSecurityHandlerRevision(document.raw) != -1:
                raise AuditInputError(
                    f"{path}: the PDF is encrypted; save an unprotected copy or give the Word file"
                )
            found: list[tuple[list[Row], list[float]]] = []
            size = 0
            for index in range(len(document)):
                page = document[index]
                textpage = page.get_textpage()
                try:
                    rows = (
                        _rows_as_drawn(textpage)
                        if _turned(textpage)
                        else rows_from_glyphs(pdfium_glyphs(textpage))
                    )
                    rows = [(b, s, nfc(t)) for b, s, t in rows]
                    found.append((rows, pdfium_rules(page)))
                finally:
                    textpage.close()
                    page.close()
                size += sum(len(text) + 1 for _, _, text in rows)
                if size > limit:
                    raise AuditInputError(
                        f"{path}: more than {current().max_text_mb:g} MB of text, over the limit (REFORMAUDIT_MAX_TEXT_MB)"
                    )
        except pdfium.PdfiumError as exc:
            raise AuditInputError(f"{path}: cannot read PDF: {exc}".splitlines()[0]) from None
        finally:
            document.close()
    return lay_out_pages(found)


def lay_out_pages(found: list[tuple[list[Row], list[float]]]) -> list[list[str]]:
    """Each page's lines from its rows and rules (``page_lines``), footnotes carried over pages."""
    body = body_size([rows for rows, _ in found])
    pages: list[list[str]] = []
    in_notes = False
    for rows, rules in found:
        lines = page_lines(rows, rules, body, in_notes)
        pages.append(lines)
        if any(line.startswith("_" * 20) for line in lines):
            in_notes = True
        elif any(size >= SMALLER * body for _, size, _ in rows):
            in_notes = False
    return pages


def read_pdf(path: Path) -> list[Block]:
    check_file(path, "a PDF file")
    pages = pdf_pages(path)
    if not any(line.strip() for page in pages for line in page):
        raise AuditInputError(
            f"{path}: the PDF has no text layer (a scan?); give the Word file or a PDF exported from Word"
        )
    return blocks_from_pdf_pages(pages)


def blocks_from_pdf_pages(pages: list[list[str]]) -> list[Block]:
    """Blocks of a PDF's lines: where the lines show the spacing between paragraphs, the empty lines
    part them; otherwise a line that opens a sentence after one that ends a sentence starts one."""
    _footnotes_run_on(pages)
    lines = sum(len(page) for page in pages)
    spaced = sum(not line for page in pages for line in page) * SPACED >= lines
    return blocks_from_pages(pages, numbered_pages=True, blank_lines_part=spaced)
