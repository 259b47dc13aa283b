"""A narrative's blocks drawn into a PDF with fpdf2 (a test dependency): paragraphs with their footnote
numbers, a footnote rule, then the footnotes, none split over two pages — a PDF producer other than Word or
LibreOffice, for the reader's tests and bench/pdf_text.py."""

from __future__ import annotations

from pathlib import Path

from ..narrative.blocks import Block

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # Debian's fonts-dejavu-core


def write_pdf(blocks: list[Block], path: Path, font: Path = DEJAVU) -> Path:
    import fpdf

    pdf = fpdf.FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DejaVu", fname=str(font))
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    for b in blocks:
        if b.kind == "paragraph":
            text = b.text
            for offset, n in sorted(b.markers, reverse=True):
                text = text[:offset] + str(n) + text[offset:]
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "_" * 20, new_x="LMARGIN", new_y="NEXT")
    for n, text in sorted((b.number, b.text) for b in blocks if b.kind == "footnote"):
        if pdf.will_page_break(5 * (len(text) // 80 + 2)):
            pdf.add_page()
        pdf.multi_cell(0, 5, f"{n} {text}", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path
