"""Paragraphs and footnotes of text extracted from a PDF page by page (the seed's layout).

In such text a paragraph's lines are wrapped, paragraphs are separated by blank lines, a page's
footnotes follow a line of spaces (the footnote rule) and start with their number, and a new page
starts with a line indented by one space — which continues the paragraph the page break cut, unless
it opens a new one. Footnote markers sit glued to the text ("tại tỉnh1...", "năm 203014.", "ban
hành 10."); they are found in order and taken out of the text.
"""

from __future__ import annotations

import re

from .blocks import Block, join_lines

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
        notes_continue and bool(starts) and int(starts.group(1)) == expected
    )  # notes run on over a page
    note_number: int | None = None

    def close():
        nonlocal current
        if current:
            paragraphs.append(current)
        current = []

    for i, line in enumerate(lines):
        line = line.rstrip("\r\n")
        stripped = line.strip()
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
        if page_start and not current and paragraphs and _continues(stripped, paragraphs[-1]):
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
        if carry is not None and paragraphs and not _starts_new_paragraph(paragraphs[0][0], carry):
            carry.extend(paragraphs.pop(0))  # a paragraph cut by the page break
        body.extend((p, page) for p in paragraphs)
        notes.update({n: (ls, page) for n, ls in footnotes.items()})
        carry = body[-1][0] if body else None
    texts = [join_lines(p) for p, _ in body]
    texts, markers = take_markers(texts, list(notes))
    blocks = [
        Block("paragraph", t, i + 1, page, m) for i, (t, (_, page), m) in enumerate(zip(texts, body, markers))
    ]
    blocks += [Block("footnote", join_lines(ls), n, page) for n, (ls, page) in sorted(notes.items())]
    return blocks
