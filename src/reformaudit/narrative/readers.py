"""Read a narrative file into blocks: Word (.docx), PDF with a text layer (.pdf), plain text (.txt)."""

from __future__ import annotations

import codecs
import unicodedata
import warnings
import zipfile
from pathlib import Path

from ..limits import MB, current
from ..loading.package import check_file, inspect_package
from ..messages import refusal, words
from ..text import nfc
from .blocks import Block
from .cell_blocks import paragraph_tables, text_blocks
from .pdf import read_pdf

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


VIETNAMESE = set("ăâđêôơưĂÂĐÊÔƠƯ")
TONE_MARKS = set("\u0300\u0301\u0303\u0309\u0323")


def looks_vietnamese(text: str) -> bool:
    """Windows-1258 text decodes to Vietnamese letters and tone marks; other 8-bit text seldom does."""
    letters = sum(ch.isalpha() for ch in text) or 1
    marked = sum(ch in VIETNAMESE or ch in TONE_MARKS for ch in unicodedata.normalize("NFD", text))
    return marked / letters > 0.02


def decode_text(raw: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1258 recognised by its Vietnamese letters;
    anything else is refused with a clear reason."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16")
    if b"\x00" in raw:
        raise refusal("text.binary", path=path)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("cp1258")
    except UnicodeDecodeError:
        text = ""
    if text and looks_vietnamese(text):
        return text
    raise refusal("text.encoding", path=path)


def read_txt(path: Path) -> list[Block]:
    check_file(path, words("word.text"))
    text = nfc(decode_text(path.read_bytes(), path)).replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > current().max_text_mb * MB:
        raise refusal("text.too-much", path=path, limit=current().max_text_mb)
    if not text.strip():
        raise refusal("text.none", path=path)
    pages = text.split("\f")
    return text_blocks([p.split("\n") for p in pages], numbered_pages=len(pages) > 1)


def _paragraph_text(p) -> tuple[str, list[tuple[int, int]]]:
    """Text of one w:p with its footnote references as (offset, footnote id)."""
    text: list[str] = []
    refs: list[tuple[int, int]] = []
    length = 0
    for el in p.iter():
        tag = el.tag
        if tag == f"{W}t" and el.text:
            text.append(el.text)
            length += len(el.text)
        elif tag in (f"{W}tab",):
            text.append("\t")
            length += 1
        elif tag in (f"{W}br", f"{W}cr"):
            text.append(" ")
            length += 1
        elif tag == f"{W}footnoteReference":
            refs.append((length, int(el.get(f"{W}id"))))
    return "".join(text), refs


def _footnote_texts(document) -> dict[int, str]:
    from docx.oxml import parse_xml

    for rel in document.part.rels.values():
        if rel.reltype == FOOTNOTES_REL:
            root = parse_xml(rel.target_part.blob)
            notes = {}
            for note in root.iter(f"{W}footnote"):
                if note.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                parts = [_paragraph_text(p)[0] for p in note.iter(f"{W}p")]
                notes[int(note.get(f"{W}id"))] = " ".join(t.strip() for t in parts if t.strip())
            return notes
    return {}


def read_docx(path: Path) -> list[Block]:
    inspect_package(path, "document")
    try:
        import docx

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            document = docx.Document(str(path))
    except zipfile.BadZipFile:
        raise refusal("docx.not-zip", path=path) from None
    except Exception as exc:
        reason = f"{type(exc).__name__}: {exc}".splitlines()[0]
        raise refusal("docx.unreadable", path=path, reason=reason) from None
    notes = _footnote_texts(document)
    shown: dict[int, int] = {}  # footnote id -> the number Word shows (order of first reference)
    blocks: list[Block] = []
    number = 0
    for child in document.element.body.iterchildren():
        if child.tag == f"{W}p":
            text, refs = _paragraph_text(child)
            if not text.strip() and not refs:
                continue
            number += 1
            markers = []
            for offset, note_id in refs:
                shown.setdefault(note_id, len(shown) + 1)
                markers.append((offset, shown[note_id]))
            blocks.append(Block("paragraph", nfc(text).strip(), number, None, markers))
        elif child.tag == f"{W}tbl":
            for row in child.iter(f"{W}tr"):
                cells = [
                    " ".join(_paragraph_text(p)[0] for p in tc.iter(f"{W}p")).strip()
                    for tc in row.iter(f"{W}tc")
                ]
                if any(cells):
                    number += 1
                    blocks.append(Block("table", nfc(" | ".join(cells)), number))
    blocks = paragraph_tables(blocks)
    for note_id, shown_number in sorted(shown.items(), key=lambda kv: kv[1]):
        if note_id in notes:
            blocks.append(Block("footnote", nfc(notes[note_id]), shown_number))
    return blocks


READERS = {".txt": read_txt, ".docx": read_docx, ".pdf": read_pdf}
