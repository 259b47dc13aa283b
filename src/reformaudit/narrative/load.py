"""``load_narrative``: a report's text as a DataFrame, one row per paragraph, footnote or table row."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ..errors import AuditInputError
from .blocks import BLOCK_COLUMNS, Block
from .readers import READERS

SECTION_PATTERNS = [
    (0, re.compile(r"^([IVX]+)\.\s+\S")),
    (1, re.compile(r"^(\d{1,2})\.\s+\S")),
    (2, re.compile(r"^([a-zđ])\)\s+\S")),
]
COLUMNS = [*BLOCK_COLUMNS, "section_title", "heading", "text", "markers"]


def _sections(blocks: list[Block]) -> list[tuple[str, str, bool]]:
    """(section path "II.2.c", heading titles, is-heading) for each block, in order."""
    path: list[str] = []
    titles: list[str] = []
    out = []
    for block in blocks:
        heading = False
        if block.kind == "paragraph":
            for level, pattern in SECTION_PATTERNS:
                match = pattern.match(block.text)
                if match and (level == 0 or path):
                    path, titles = path[:level] + [match.group(1)], titles[:level] + [block.text]
                    heading = len(block.text) <= 200 and not block.text.rstrip().endswith((".", ";"))
                    break
        out.append((".".join(path), " › ".join(titles), heading))
    return out


def blocks_frame(blocks: list[Block], source: str) -> pd.DataFrame:
    sections = _sections(blocks)
    where_marked = {n: i for i, b in enumerate(blocks) for _, n in b.markers}
    records = []
    for block, (section, titles, heading) in zip(blocks, sections):
        if block.kind == "footnote" and block.number in where_marked:
            section, titles, _ = sections[where_marked[block.number]]
        records.append(
            {
                "source": source,
                "kind": block.kind,
                "paragraph": block.number if block.kind != "footnote" else None,
                "footnote": block.number if block.kind == "footnote" else None,
                "page": block.page,
                "section": section,
                "section_title": titles,
                "heading": heading,
                "text": block.text,
                "markers": block.markers,
            }
        )
    frame = pd.DataFrame.from_records(records, columns=COLUMNS)
    for column in ("paragraph", "footnote", "page"):
        frame[column] = frame[column].astype("Int64")
    return frame


def load_narrative(path: str | Path) -> pd.DataFrame:
    """Read a narrative (.docx, .pdf with a text layer, .txt in UTF-8/UTF-16) into a DataFrame.

    One row per body paragraph, footnote or table row: ``kind``, ``paragraph`` (or ``footnote``)
    number, ``page`` where the file has pages, ``section`` ("II.2.c") and its headings, ``text``
    (NFC, lines unwrapped, footnote markers taken out) and ``markers`` [(offset, footnote number)].

    >>> frame = load_narrative("samples/binh-phuoc-2023-6t/bao-cao.txt")
    >>> frame.loc[frame["footnote"] == 14, "text"].iloc[0][:41]
    'Quyết định số 2398/QĐ-UBND ngày 07/3/2023'
    """
    path = Path(path)
    if not path.exists():
        raise AuditInputError(f"{path}: file not found")
    if path.is_dir():
        raise AuditInputError(f"{path}: is a folder, not a document")
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise AuditInputError(f"{path}: unsupported narrative type {path.suffix}; give .docx, .pdf or .txt")
    if path.stat().st_size == 0:
        raise AuditInputError(f"{path}: the file is empty")
    blocks = reader(path)
    if not any(b.text.strip() for b in blocks):
        raise AuditInputError(f"{path}: no text found in the document")
    return blocks_frame(blocks, str(path))
