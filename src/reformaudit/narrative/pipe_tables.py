"""Tables written with pipes, as Markdown and many converters write them into text:

    | | Tổng | Công lập | Ngoài công lập |
    |---|---|---|---|
    | Nhà trẻ | 696309 | 446112 | 250197 |

Each line is a row and its cells are between the pipes; the line of dashes under the header is not a row. A header
whose last cell is empty and whose first is not ("| Tổng | Công lập | Ngoài công lập | |") was written without the
label column's empty cell in front, so its names are moved one column right, over the numbers they head.

>>> [cells for _, cells in pipe_rows(["| Tổng | Nam | |", "|---|---|---|", "| Xã A | 12 | 7 |"])]
[['', 'Tổng', 'Nam'], ['Xã A', '12', '7']]
"""

from __future__ import annotations

import re

PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
SEPARATOR = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?$")
DIGIT = re.compile(r"\d")
YEAR_ONLY = re.compile(r"(?:năm\s+)?(?:19|20)\d\d", re.IGNORECASE)


def pipe_runs(lines: list[str]) -> dict[int, int]:
    """{first line: end} of each run of two or more pipe lines with a figure in a cell."""
    runs: dict[int, int] = {}
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and PIPE_ROW.match(lines[end]):
            end += 1
        if end - i >= 2 and any(_has_figure(_cells(line)) for line in lines[i:end]):
            runs[i] = end
        i = max(end, i + 1)
    return runs


def pipe_rows(lines: list[str]) -> list[tuple[str, list[str]]]:
    """The rows of one run of pipe lines, (line, cells), without its separator line; the header aligned."""
    rows = [(line.strip(), _cells(line)) for line in lines if not SEPARATOR.match(line)]
    header = 0
    while header < len(rows) and not _has_figure(rows[header][1]):
        header += 1
    width = max((len(cells) for _, cells in rows[header:]), default=0)
    for k in range(header):
        line, cells = rows[k]
        if len(cells) == width and cells[0] and not cells[-1]:
            rows[k] = (line, ["", *cells[:-1]])
    return rows


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip()[1:-1].split("|")]


def _has_figure(cells: list[str]) -> bool:
    return any(DIGIT.search(cell) and not YEAR_ONLY.fullmatch(cell) for cell in cells[1:])
