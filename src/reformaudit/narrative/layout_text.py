"""Paragraphs and footnotes of text extracted from a PDF page by page (the seed's layout).

In such text a paragraph's lines are wrapped, paragraphs are separated by blank lines, a page's
footnotes follow a line of spaces (the footnote rule) and start with their number, and a new page
starts with a line indented by one space — which continues the paragraph the page break cut, unless
it opens a new one. Footnote markers sit glued to the text ("tại tỉnh1...", "năm 203014.", "ban
hành 10."); they are found in order and taken out of the text.

A table flattened into text — a header line of column words (and perhaps a line of sub-headers, "Tổng %
Tổng %"), then three or more lines each with a label and the same number of numbers, as portal statistics
pages print them — is kept as table rows, its cells joined by " | ", instead of being unwrapped into one
paragraph (see :mod:`reformaudit.narrative.tables`).
"""

from __future__ import annotations

import re

from .blocks import Block, join_lines
from .pipe_tables import pipe_rows, pipe_runs
from .quantities import find_quantities

RULE_MIN_SPACES = 20
FOOTNOTE_START = re.compile(r"^(\d{1,3})\s+\S")
LIST_START = re.compile(r"^([-+•–]\s|\d{1,2}\.\s|[a-zđ]\)\s|[IVX]+\.\s)")
PAGE_NUMBER = re.compile(r"^\d{1,3}$")
CONTINUING = re.compile(r"^(?:Trong đó|Kết quả|Cụ thể)\b")
SENTENCE_END = (".", ":", ";", "!", "?", "./.")


def _is_rule(line: str) -> bool:
    return len(line) >= RULE_MIN_SPACES and not line.strip() or bool(re.fullmatch(r"\s*[_─-]{10,}\s*", line))


HEADING = re.compile(r"^([IVX]+\.|\d{1,2}\.|[a-zđ]\))\s")


def _is_heading(lines: list[str]) -> bool:
    text = " ".join(lines)
    return bool(HEADING.match(text)) and len(text) <= 200 and not text.rstrip().endswith(SENTENCE_END)


def _starts_new_paragraph(stripped: str, current: list[str]) -> bool:
    """Whether a line that follows ``current`` without a blank line opens a new paragraph."""
    if not current:
        return True
    previous = current[-1].rstrip()
    if CONTINUING.match(stripped):
        return False
    if LIST_START.match(stripped) and (previous.endswith(SENTENCE_END) or _is_heading(current)):
        return True
    return stripped[:1].isupper() and (previous.endswith(SENTENCE_END) or _is_heading(current))


def _continues(stripped: str, paragraph: list[str]) -> bool:
    """A page's first line in lower case continues a paragraph the page break (and its footnotes) cut."""
    return bool(paragraph) and stripped[:1].islower() and not paragraph[-1].rstrip().endswith(SENTENCE_END)


# Tables flattened into text: a row is a label, then numbers up to the end of the line.
TABLE_MIN_ROWS = 3  # consecutive row lines, all with the same number of cells...
TABLE_MIN_ROWS_WIDE = 2  # ...or this many when each row has at least TABLE_WIDE numbers
TABLE_WIDE = 3
TABLE_MAX_LABEL = 60  # characters: a longer "label" is running text that happens to end in numbers
CELL_TOKEN = re.compile(r"[-–]?\d+(?:[.,]\d+)*%?")
SPACED_PERCENT = re.compile(r"(\d)\s+%")
DASH_TOKEN = re.compile(r"[-–—]")
YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")
SUBHEADER_WORDS = re.compile(
    r"(?:tổng|tổng\s+số|số|số\s+lượng|sl|%|tỷ\s+lệ|tỉ\s+lệ|tl|\(%\)|tỷ\s+lệ\s+\(%\)|hồ\s+sơ|số\s+hồ\s+sơ)"
    r"(?:\s+(?:tổng|tổng\s+số|số|số\s+lượng|sl|%|tỷ\s+lệ|tỉ\s+lệ|tl|\(%\)|hồ\s+sơ|số\s+hồ\s+sơ))*",
    re.IGNORECASE,
)


class TableRow(list):
    """The line of one row of a table flattened into text; ``text`` is its cells joined by " | "."""

    def __init__(self, line: str, cells: list[str]):
        super().__init__([line])
        self.text = " | ".join(cells)


def row_cells(line: str) -> list[str] | None:
    """[label, number, number, …] when ``line`` reads as a table row: a label (with a letter), then at least
    two numbers (or dashes for empty cells) separated by spaces only, up to the end of the line.

    >>> row_cells("Mức 1, 2 268763 257141 11622 124907 48,6% 102770 40% 19852 7,7%")[:4]
    ['Mức 1, 2', '268763', '257141', '11622']
    >>> row_cells("đã giải quyết 1.234 hồ sơ") is None
    True
    >>> row_cells("Đạt 23,5 % 18,6% 33,0%")
    ['Đạt', '23,5%', '18,6%', '33,0%']
    """
    stripped = SPACED_PERCENT.sub(r"\1%", line.strip())  # "23,5 % 18,6%": one cell each
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", stripped)]
    quantities = {(q.start, q.end) for q in find_quantities(stripped) if q.kind in ("count", "percent")}
    cells: list[tuple[int, int]] = []
    for i in range(len(tokens) - 1, -1, -1):
        start, end = tokens[i]
        token = stripped[start:end]
        previous = stripped[tokens[i - 1][0] : tokens[i - 1][1]] if i else ""
        if CELL_TOKEN.fullmatch(token) and (start, end) in quantities:
            cells.append((start, end))
        elif DASH_TOKEN.fullmatch(token) and cells:
            cells.append((start, end))
        elif YEAR_TOKEN.fullmatch(token) and CELL_TOKEN.fullmatch(previous):
            cells.append((start, end))  # a count of 2019 written among other counts, not a year
        else:
            break
    while cells and DASH_TOKEN.fullmatch(stripped[cells[-1][0] : cells[-1][1]]):
        cells.pop()  # a dash right after the label belongs to it ("Sở Tư pháp - 12 10 2" is rare)
    if not cells:
        return None
    label = stripped[: cells[-1][0]].strip()
    numbers = [stripped[s:e] for s, e in reversed(cells)]
    if (
        sum(not DASH_TOKEN.fullmatch(n) for n in numbers) < 2
        or not any(ch.isalpha() for ch in label)
        or len(label) > TABLE_MAX_LABEL
    ):
        return None
    return [label, *numbers]


def _is_header_line(line: str) -> bool:
    stripped = line.strip()
    return (
        bool(stripped)
        and any(ch.isalpha() for ch in stripped)
        and len(stripped) <= 200
        and not stripped.endswith(SENTENCE_END)
        and not find_quantities(stripped)
        and not _is_rule(line)
    )


def table_runs(lines: list[str]) -> dict[int, tuple[int, int]]:
    """Tables flattened into text among ``lines``: {first header line: (first row line, end)}. A table is a
    header line of column words (or a header line and a line of sub-headers such as "Tổng % Tổng %") right
    above at least ``TABLE_MIN_ROWS`` consecutive rows with the same number of cells (two rows suffice when
    each has three numbers or more)."""
    rows = [row_cells(line) if line.strip() else None for line in lines]
    runs: dict[int, tuple[int, int]] = {}
    i = 0
    while i < len(lines):
        row = rows[i]
        if row is None:
            i += 1
            continue
        end = i + 1
        while end < len(lines) and (following := rows[end]) is not None and len(following) == len(row):
            end += 1
        enough = TABLE_MIN_ROWS if len(row) - 1 < TABLE_WIDE else TABLE_MIN_ROWS_WIDE
        if end - i >= enough and i and _is_header_line(lines[i - 1]):
            start = i - 1
            if i >= 2 and SUBHEADER_WORDS.fullmatch(lines[i - 1].strip()) and _is_header_line(lines[i - 2]):
                start = i - 2
            runs[start] = (i, end)
        i = end
    return runs


def split_layout(
    lines: list[str],
    page: int | None = None,
    next_footnote: int = 1,
    blank_lines_part: bool = True,
    notes_continue: bool = False,
):
    """Body paragraphs (lists of lines) and footnotes {number: lines} of one stretch of text.

    ``blank_lines_part`` says blank lines separate paragraphs (text saved from a PDF viewer); without
    them (text drawn from a PDF's layer) a line that opens a sentence after one that ends a sentence,
    or a list item, starts a paragraph.
    """
    paragraphs: list[list[str]] = []
    footnotes: dict[int, list[str]] = {}
    current: list[str] = []
    expected = next_footnote
    first = next((line for line in lines if line.strip()), "")
    starts = FOOTNOTE_START.match(first)
    in_notes = (
        notes_continue and starts is not None and int(starts.group(1)) == expected
    )  # notes run on over a page
    note_number: int | None = None

    def close():
        nonlocal current
        if current:
            paragraphs.append(current)
        current = []

    tables = table_runs(lines)
    pipes = pipe_runs(lines)
    skip = 0
    for i, line in enumerate(lines):
        if i < skip:
            continue
        if i in pipes and not in_notes:
            close()
            skip = pipes[i]
            paragraphs += [TableRow(row, cells) for row, cells in pipe_rows(lines[i:skip])]
            continue
        line = line.rstrip("\r\n")
        stripped = line.strip()
        if i in tables and not in_notes:
            close()
            first_row, skip = tables[i]
            for k in range(i, skip):
                cells = [lines[k].strip()] if k < first_row else row_cells(lines[k])
                assert cells is not None, "the rows of a run are table rows (table_runs)"
                paragraphs.append(TableRow(lines[k].strip(), cells))
            continue
        if in_notes:
            starts = FOOTNOTE_START.match(line)
            if not stripped:
                in_notes = False
                continue
            if starts and int(starts.group(1)) == expected:
                note_number, expected = expected, expected + 1
                footnotes[note_number] = [line[starts.end(1) :]]
                continue
            if line.startswith(" ") and not line.startswith("  "):
                in_notes = False  # the next page's first line
            else:
                if note_number is not None:
                    footnotes[note_number].append(line)
                continue
        if _is_rule(line):
            in_notes = True
            continue
        if not stripped:
            close()
            continue
        if PAGE_NUMBER.match(stripped) and (i == 0 or not lines[i - 1].strip()):
            continue
        page_start = line.startswith(" ") and not line.startswith("  ")
        if (
            page_start
            and not current
            and paragraphs
            and not isinstance(paragraphs[-1], TableRow)
            and _continues(stripped, paragraphs[-1])
        ):
            current = paragraphs.pop()
        elif (
            current
            and (page_start or not blank_lines_part or LIST_START.match(stripped))
            and _starts_new_paragraph(stripped, current)
        ):
            close()
        current.append(stripped)
    close()
    return paragraphs, footnotes, expected, in_notes


def _marker_patterns(n: int) -> list[re.Pattern]:
    s = str(n)
    return [
        re.compile(rf"(?<=[^\W\d_]){s}(?!\d)"),  # glued to a word: "tỉnh1", "VBQPPL24"
        re.compile(rf"(?<=[)…\"”'.]){s}(?![\d/])"),  # after a bracket or an ellipsis: ")2.", "PCI…7"
        re.compile(rf"(?<=\b(?:19|20)\d\d){s}(?=[.;,:)]?(?:\s|$))"),  # after a year: "năm 203014."
        re.compile(rf"(?<=\s){s}(?=[.;,]?\s*$|[.;]\s)"),  # alone before the end: "ban hành 10."
    ]


def take_markers(texts: list[str], numbers: list[int]) -> tuple[list[str], list[list[tuple[int, int]]]]:
    """Find each footnote's marker, in order, and remove it; return the texts and the markers per text."""
    texts = list(texts)
    markers: list[list[tuple[int, int]]] = [[] for _ in texts]
    where, offset = 0, 0
    for n in sorted(numbers):
        for t in range(where, len(texts)):
            start = offset if t == where else 0
            hits = [m for p in _marker_patterns(n) if (m := p.search(texts[t], start))]
            if hits:
                hit = min(hits, key=lambda m: m.start())
                cut = hit.start()
                if cut and texts[t][cut - 1] == " " and not texts[t][cut - 2 : cut - 1].isdigit():
                    cut -= 1  # "ban hành 10." loses the space before its marker too
                texts[t] = texts[t][:cut] + texts[t][hit.end() :]
                markers[t].append((cut, n))
                where, offset = t, cut
                break
    return texts, markers


def blocks_from_pages(
    pages: list[list[str]], numbered_pages: bool = False, blank_lines_part: bool = True
) -> list[Block]:
    """Blocks of a document given as pages of lines (one page for plain text)."""
    body: list[tuple[list[str], int | None]] = []
    notes: dict[int, tuple[list[str], int | None]] = {}
    expected = 1
    in_notes = False
    carry: list[str] | None = None
    for index, lines in enumerate(pages, start=1):
        page = index if numbered_pages else None
        paragraphs, footnotes, expected, in_notes = split_layout(
            lines, page, expected, blank_lines_part, in_notes
        )
        if (
            carry is not None
            and paragraphs
            and not isinstance(paragraphs[0], TableRow)
            and not _starts_new_paragraph(paragraphs[0][0], carry)
        ):
            carry.extend(paragraphs.pop(0))  # a paragraph cut by the page break
        body.extend((p, page) for p in paragraphs)
        notes.update({n: (ls, page) for n, ls in footnotes.items()})
        carry = body[-1][0] if body and not isinstance(body[-1][0], TableRow) else None
    texts = [join_lines(p) for p, _ in body if not isinstance(p, TableRow)]
    texts, markers = take_markers(texts, list(notes))  # footnote markers are sought in the paragraphs only
    plain = iter(zip(texts, markers))
    blocks = []
    for i, (p, page) in enumerate(body):
        if isinstance(p, TableRow):
            blocks.append(Block("table", p.text, i + 1, page))
        else:
            text, marks = next(plain)
            blocks.append(Block("paragraph", text, i + 1, page, marks))
    blocks += [Block("footnote", join_lines(ls), n, page) for n, (ls, page) in sorted(notes.items())]
    return blocks
