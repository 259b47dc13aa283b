"""How well each PDF text extractor reads Vietnamese: the sample's Word narrative exported to PDF by
several producers, read back by each extractor, compared with the text read from the .docx.

    python bench/pdf_text.py            # the table, from the fixtures in tests/data/pdf/
    python bench/pdf_text.py --remake   # export the fixtures again (needs soffice and chromium)

For each producer × extractor: the share of characters differing from the .docx text (the narrative's
paragraphs and footnotes as reformaudit loads them, whitespace collapsed, one line per block; edit
distance over the .docx text's length) and the time to read the PDF. Every extractor's page text goes
through the same layout (``pdf.blocks_from_pdf_pages``), so only the extraction differs.

Producers (tests/data/pdf/):

- ``libreoffice``: LibreOffice Writer's PDF export of bao-cao.docx (Times New Roman replaced by
  Liberation Serif, which has every Vietnamese letter).
- ``libreoffice-fallback``: the same export with the document's font set to Liberation Sans Narrow,
  which has no Vietnamese letters, so LibreOffice draws "ỉ", "ạ", "ế"… from a fallback font after the
  rest of each line — the PDF of issue 11, item 6.
- ``chromium``: headless Chromium printing an HTML page of the same text (footnotes at the end after a
  rule), the way a web form or a browser's "Save as PDF" makes one.
- ``fpdf2``: fpdf2 drawing the text with DejaVu Sans (how the tests make PDFs).
"""

from __future__ import annotations

import argparse
import html
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from reformaudit.narrative import load_narrative  # noqa: E402
from reformaudit.narrative.blocks import Block  # noqa: E402
from reformaudit.narrative.pdf import (  # noqa: E402
    Glyph,
    blocks_from_pdf_pages,
    lay_out_pages,
    rows_from_glyphs,
)
from reformaudit.narrative.readers import read_docx  # noqa: E402
from reformaudit.testing.pdf_writer import DEJAVU, write_pdf  # noqa: E402
from reformaudit.testing.textdiff import share_differing  # noqa: E402
from reformaudit.text import nfc  # noqa: E402

DOCX = ROOT / "samples" / "binh-phuoc-2023-6t" / "bao-cao.docx"
FIXTURES = ROOT / "tests" / "data" / "pdf"
PRODUCERS = ["libreoffice", "libreoffice-fallback", "chromium", "fpdf2"]
FONT = DEJAVU


# --- extractors: each returns the lines of each page --------------------------------------------------


def _lines(page_text: str) -> list[str]:
    return [" ".join(line.split()) for line in page_text.split("\n")]


def pypdf_text(path: Path) -> list[list[str]]:
    """pypdf's extract_text, as read_pdf used it before (drawing order)."""
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    return [_lines(nfc(page.extract_text() or "")) for page in PdfReader(str(path)).pages]


def pdfminer_text(path: Path) -> list[list[str]]:
    """pdfminer.six's extract_text with its default layout analysis."""
    from pdfminer.high_level import extract_text

    return [_lines(nfc(page)) for page in extract_text(str(path)).split("\f") if page.strip()]


def pdfium_text(path: Path) -> list[list[str]]:
    """PDFium's own text of each page (FPDFText_GetText)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    pages = []
    for page in document:
        pages.append(_lines(nfc(page.get_textpage().get_text_range().replace("\r\n", "\n"))))
    document.close()
    return pages


def _pdfminer_items(item):
    """Every character and drawn line in a pdfminer layout object, figures opened."""
    from pdfminer.layout import LTChar, LTCurve

    if isinstance(item, (LTChar, LTCurve)):
        yield item
    elif hasattr(item, "__iter__"):
        for child in item:
            yield from _pdfminer_items(child)


def pdfminer_glyphs(path: Path) -> list[list[str]]:
    """pdfminer.six's characters and drawn lines, laid out as read_pdf lays out PDFium's."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LTChar
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=None)
    interpreter = PDFPageInterpreter(manager, device)
    found = []
    with path.open("rb") as handle:
        for page in PDFPage.get_pages(handle):
            interpreter.process_page(page)
            layout = device.get_result()
            glyphs: list[Glyph] = []
            rules: list[float] = []
            for item in _pdfminer_items(layout):
                if isinstance(item, LTChar):
                    text = item.get_text()
                    if glyphs and text and all(unicodedata.combining(c) for c in text):
                        glyphs[-1].text += text
                    else:
                        glyphs.append(Glyph(text, item.x0, item.x1, item.matrix[5], item.size))
                elif item.height <= 3 and 0.08 * layout.width <= item.width <= 0.6 * layout.width:
                    rules.append((item.y0 + item.y1) / 2)
            found.append(([(b, size, nfc(t)) for b, size, t in rows_from_glyphs(glyphs)], rules))
    return lay_out_pages(found)


def pdfium_glyphs(path: Path) -> list[list[str]]:
    """reformaudit's reader: PDFium's glyphs laid out by position (``pdf.pdf_pages``)."""
    from reformaudit.narrative.pdf import pdf_pages

    return pdf_pages(path)


EXTRACTORS = {
    "pypdf": pypdf_text,
    "pdfminer.six": pdfminer_text,
    "pypdfium2": pdfium_text,
    "pdfminer.six + layout": pdfminer_glyphs,
    "pypdfium2 + layout (read_pdf)": pdfium_glyphs,
}


# --- comparison ---------------------------------------------------------------------------------------


def block_text(blocks_or_frame) -> str:
    """One line per block, whitespace collapsed."""
    texts = (
        blocks_or_frame["text"] if hasattr(blocks_or_frame, "columns") else [b.text for b in blocks_or_frame]
    )
    return "\n".join(" ".join(t.split()) for t in texts)


def reference_text() -> str:
    return block_text(load_narrative(DOCX))


def extracted_text(pages: list[list[str]]) -> str:
    return block_text(blocks_from_pdf_pages(pages))


# --- fixtures -----------------------------------------------------------------------------------------


def _docx_with_font(font: str, target: Path) -> Path:
    with zipfile.ZipFile(DOCX) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.startswith("word/") and item.filename.endswith(".xml"):
                data = data.replace(b"Times New Roman", font.encode())
            out.writestr(item, data)
    return target


def _soffice(docx: Path, target: Path) -> None:
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{out}/profile", "--convert-to", "pdf",
             "--outdir", out, str(docx)],
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip
        shutil.move(str(Path(out) / (docx.stem + ".pdf")), target)


def _html(blocks: list[Block]) -> str:
    out = [
        "<!doctype html><html lang=vi><meta charset=utf-8><style>@page{size:A4;margin:20mm 20mm 20mm 30mm}"
        "body{font:13pt 'Times New Roman',serif;text-align:justify}p{margin:0 0 6pt}.fn{font-size:10pt}"
        "hr{width:30%;margin:12pt 0 6pt;border:0;border-top:1px solid #000}</style><body>"
    ]
    for b in blocks:
        if b.kind == "paragraph":
            pieces, last = [], 0
            for offset, n in sorted(b.markers):
                pieces += [html.escape(b.text[last:offset]), f"<sup>{n}</sup>"]
                last = offset
            out.append("<p>" + "".join(pieces) + html.escape(b.text[last:]) + "</p>")
    out.append("<hr>")
    out += [
        f"<p class=fn><sup>{b.number}</sup> {html.escape(b.text)}</p>" for b in blocks if b.kind == "footnote"
    ]
    return "\n".join(out)


def _chromium(blocks: list[Block], target: Path) -> None:
    browser = next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))))
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "bao-cao.html"
        page.write_text(_html(blocks), encoding="utf-8")
        subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp}/profile",
             "--no-pdf-header-footer", f"--print-to-pdf={target}", page.as_uri()],
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip


def _fpdf2(blocks: list[Block], target: Path) -> None:
    """As tests/test_narrative_loading.py draws a PDF: paragraphs, a rule, then the footnotes."""
    write_pdf(blocks, target, FONT)


def remake() -> None:
    FIXTURES.mkdir(parents=True, exist_ok=True)
    blocks = read_docx(DOCX)
    _soffice(DOCX, FIXTURES / "libreoffice.pdf")
    with tempfile.TemporaryDirectory() as tmp:
        narrow = _docx_with_font("Liberation Sans Narrow", Path(tmp) / "bao-cao.docx")
        _soffice(narrow, FIXTURES / "libreoffice-fallback.pdf")
    _chromium(blocks, FIXTURES / "chromium.pdf")
    _fpdf2(blocks, FIXTURES / "fpdf2.pdf")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--remake", action="store_true", help="export the fixture PDFs again")
    args = parser.parse_args()
    if args.remake:
        remake()
    reference = reference_text()
    print(f"reference: {DOCX.relative_to(ROOT)}, {len(reference)} characters\n")
    print("| producer | extractor | characters differing | time (s) |")
    print("| --- | --- | ---: | ---: |")
    for producer in PRODUCERS:
        path = FIXTURES / f"{producer}.pdf"
        for name, extract in EXTRACTORS.items():
            start = time.perf_counter()
            pages = extract(path)
            elapsed = time.perf_counter() - start
            share = share_differing(reference, extracted_text(pages))
            print(f"| {producer} | {name} | {share * 100:.2f}% | {elapsed:.2f} |")


if __name__ == "__main__":
    main()
