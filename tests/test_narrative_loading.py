"""Narrative loaders: the seed's PDF-text layout, Word with real footnotes, PDF with a text layer, encodings."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from reformaudit.errors import AuditInputError
from reformaudit.narrative import load_narrative
from reformaudit.narrative.readers import read_txt
from reformaudit.testing import write_docx
from reformaudit.testing.pdf_writer import DEJAVU, write_pdf

from .conftest import BINH_PHUOC

FONT = DEJAVU


@pytest.fixture(scope="module")
def seed_text():
    return load_narrative(BINH_PHUOC / "bao-cao.txt")


def test_paragraphs_footnotes_and_sections(seed_text):
    body = seed_text[seed_text["kind"] == "paragraph"]
    notes = seed_text[seed_text["kind"] == "footnote"]
    assert list(notes["footnote"]) == list(range(1, 24))
    assert len(body) == 148
    row = body[body["text"].str.startswith("UBND tỉnh tạm giao biên chế")].iloc[0]
    assert row["section"] == "II.3.c" and "tổ chức bộ máy" in row["section_title"].lower()
    assert notes.loc[notes["footnote"] == 14, "section"].iloc[0] == "II.2.c"


def test_a_paragraph_cut_by_footnotes_is_whole_again(seed_text):
    text = seed_text.loc[seed_text["text"].str.contains("419 cán bộ"), "text"].iloc[0]
    assert "419 cán bộ, công chức, viên chức của tỉnh tham gia" in text


@pytest.mark.parametrize(
    "glued, clean, number",
    [
        ("tại tỉnh1...", "tại tỉnh...", 1),
        ("cấp huyện)2.", "cấp huyện).", 2),
        ("đến năm 203014.", "đến năm 2030.", 14),
        ("do HĐND, UBND tỉnh ban hành 10.", "do HĐND, UBND tỉnh ban hành.", 10),
    ],
)
def test_footnote_markers_are_taken_out(seed_text, glued, clean, number):
    paragraphs = seed_text[seed_text["kind"] == "paragraph"]
    hit = paragraphs[paragraphs["markers"].apply(lambda ms: any(n == number for _, n in ms))].iloc[0]
    assert clean in hit["text"] and glued not in hit["text"]


def test_word_file_reads_the_same_as_the_text(seed_text):
    docx = load_narrative(BINH_PHUOC / "bao-cao.docx")
    assert docx["text"].tolist() == seed_text["text"].tolist()
    assert docx["markers"].tolist() == seed_text["markers"].tolist()
    assert docx["section"].tolist() == seed_text["section"].tolist()


def test_word_tables_are_read(tmp_path):
    from reformaudit.narrative.blocks import Block

    blocks = [Block("paragraph", "Kết quả như sau:", 1), Block("table", "Cấp tỉnh | 1.405", 2)]
    frame = load_narrative(write_docx(blocks, tmp_path / "t.docx"))
    assert frame["kind"].tolist() == ["paragraph", "table"]
    assert frame["text"].iloc[1] == "Cấp tỉnh | 1.405"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_text_encodings_with_a_bom(tmp_path, encoding):
    text = (BINH_PHUOC / "bao-cao.txt").read_text(encoding="utf-8")
    path = tmp_path / "r.txt"
    path.write_bytes(text.encode(encoding))
    assert (
        load_narrative(path)["text"].tolist() == load_narrative(BINH_PHUOC / "bao-cao.txt")["text"].tolist()
    )
    assert path.read_bytes()[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF8[:2])


def cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: composed letters (ô, ơ, ư) with combining tone marks."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in tones))
        out.append(base + "".join(p for p in parts if p in tones))
    return "".join(out).encode("cp1258")


def test_windows_1258_is_recognised(tmp_path):
    text = "Tổng số thủ tục hành chính của tỉnh là 1.746. Trong đó: 1.405 TTHC cấp tỉnh, 235 TTHC cấp huyện."
    path = tmp_path / "cp1258.txt"
    path.write_bytes(cp1258(text))

    assert load_narrative(path)["text"].iloc[0] == text


def test_decomposed_unicode_is_normalised(tmp_path):

    path = tmp_path / "nfd.txt"
    path.write_text(unicodedata.normalize("NFD", "Tổng số TTHC của tỉnh là 1.746.\n"), encoding="utf-8")
    assert load_narrative(path)["text"].iloc[0] == "Tổng số TTHC của tỉnh là 1.746."


@pytest.mark.parametrize(
    "name, content, says",
    [
        ("a.txt", "Grüße aus München, 1.746 Einträge".encode("latin-1"), "not UTF-8"),
        ("b.txt", b"", "empty"),
        ("c.txt", b"\x00\x01\x02binary", "binary"),
        ("d.docx", b"not a zip", "Word"),
        ("e.pdf", b"%PDF-1.4\n%%EOF", "PDF"),
        ("f.odt", b"x", "unsupported"),
    ],
)
def test_unreadable_narratives(tmp_path, name, content, says):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(AuditInputError, match=says):
        load_narrative(path)


def _pdf(blocks, path: Path, *, text_layer: bool = True) -> Path:
    fpdf = pytest.importorskip("fpdf")
    if text_layer:
        if not FONT.exists():
            pytest.skip("no DejaVu font on this machine to draw Vietnamese text into a PDF")
        return write_pdf(blocks, path, FONT)
    pdf = fpdf.FPDF(format="A4")
    pdf.add_page()
    pdf.rect(20, 20, 100, 50)  # a drawing and no text: what a scan without OCR looks like to a reader
    pdf.output(str(path))
    return path


def test_pdf_with_a_text_layer(tmp_path):
    blocks = read_txt(BINH_PHUOC / "bao-cao.txt")
    frame = load_narrative(_pdf(blocks, tmp_path / "r.pdf"))
    assert frame["page"].notna().all() and frame["page"].max() > 3
    text = " ".join(frame["text"])
    assert "3.809/4.041 hồ sơ, đạt 95,20%" in text and "Tiếp nhận 161.308 hồ sơ" in text
    assert set(frame.loc[frame["kind"] == "footnote", "footnote"]) == set(range(1, 24))


def test_pdf_without_a_text_layer_is_refused(tmp_path):
    with pytest.raises(AuditInputError, match="no text layer"):
        load_narrative(_pdf([], tmp_path / "scan.pdf", text_layer=False))
