"""Table rows of a narrative's blocks from runs of one-cell lines or paragraphs (:mod:`.cell_lines`), for plain
text (lines, whose paragraphs and footnotes :mod:`.layout_text` finds around them) and for Word (paragraphs)."""

from __future__ import annotations

from .blocks import Block
from .cell_lines import CellTable, find_cell_tables
from .layout_text import blocks_from_pages
from .pipe_tables import pipe_runs

PLACE = "\ue000"  # stands for a table in the text while its paragraphs and footnotes are found


def _page_units(lines: list[str]) -> tuple[list[str], list[int]]:
    """A page's non-blank lines, and a line of spaces alone between blank lines (an empty cell); their lines. A
    table written with pipes (:mod:`.pipe_tables`) is no run of one-cell lines: it stands as a full stop."""
    piped = {k for start, end in pipe_runs(lines).items() for k in range(start, end)}
    units, where = [], []
    for i, line in enumerate(lines):
        alone = 0 < i < len(lines) - 1 and not lines[i - 1] and not lines[i + 1]
        if line.strip() or line and alone:
            units.append("." if i in piped else line.strip())
            where.append(i)
    return units, where


def text_blocks(pages: list[list[str]], numbered_pages: bool = False) -> list[Block]:
    """The blocks of plain text (``blocks_from_pages``), each run of one-cell lines read as table rows; a row is
    numbered as the paragraph of its first cell, each cell a paragraph."""
    tables: list[CellTable] = []
    marked = []
    for lines in pages:
        units, where = _page_units(lines)
        found = find_cell_tables(units)
        lines = list(lines)
        for table in reversed(found):
            lines[where[table.start] : where[table.end - 1] + 1] = ["", PLACE, ""]
        tables += found
        marked.append(lines)
    if not tables:
        return blocks_from_pages(pages, numbered_pages)
    blocks = blocks_from_pages(marked, numbered_pages)
    if sum(b.text.count(PLACE) for b in blocks if b.kind == "paragraph") != len(tables):
        return blocks_from_pages(pages, numbered_pages)  # a table taken into a footnote: read as before
    out: list[Block] = []
    number, pending = 1, iter(tables)
    for block in blocks:
        if block.kind == "footnote":
            out.append(block)
            continue
        parts = block.text.split(PLACE) if block.kind == "paragraph" else [block.text]
        at = 0
        for j, part in enumerate(parts):
            text = part.strip()
            if text:
                shift = at + len(part) - len(part.lstrip())
                marks = [(o - shift, n) for o, n in block.markers if at <= o <= at + len(part)]
                out.append(Block(block.kind, text, number, block.page, marks))
                number += 1
            if j < len(parts) - 1:
                table = next(pending)
                out += [
                    Block("table", " | ".join(cells), number + unit - table.start, block.page)
                    for cells, unit in table.rows
                ]
                number += table.end - table.start
            at += len(part) + len(PLACE)
    return out


def paragraph_tables(blocks: list[Block]) -> list[Block]:
    """Runs of body paragraphs one cell each (a table pasted into Word from a web page) as table rows, each
    numbered as the paragraph of its first cell."""
    out: list[Block] = []
    stretch: list[Block] = []
    for block in [*blocks, None]:
        if block is not None and block.kind == "paragraph" and not block.markers:
            stretch.append(block)
            continue
        done = 0
        for table in find_cell_tables([b.text for b in stretch]):
            out += stretch[done : table.start]
            page = stretch[table.start].page
            out += [
                Block("table", " | ".join(cells), stretch[unit].number, page) for cells, unit in table.rows
            ]
            done = table.end
        out += stretch[done:]
        stretch = []
        if block is not None:
            out.append(block)
    return out
