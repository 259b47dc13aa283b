"""Tables copied from a web page or a PDF viewer one cell a line: each cell its own line or paragraph, sometimes
ending in " |" ("Người |", "Chia ra | |" for a cell and an empty one).

Such a run is told by its shape: rows of the same number (three or more) of numeric cells, each after one or two
short label cells (and perhaps a row number: "1", "2", … before the label), with the header cells right before
the first row. Each becomes table rows, its cells joined by " | " as a Word table's are, so that
:mod:`reformaudit.narrative.tables` reads and checks it:

    Stt / Cấp hành chính / Xuất sắc / … / Tổng / 1 / Sở, ban, ngành cấp tỉnh / 0 / 0 / 10 / 7 / 0 / 17 / 2 / …

gives "Stt | Cấp hành chính | Xuất sắc | … | Tổng", "1 | Sở, ban, ngành cấp tỉnh | 0 | 0 | 10 | 7 | 0 | 17", ….
A row written short ("Tỷ lệ" without its "Tổng" cell, "TỔNG" without a row number) is padded; label-only rows
("I", "HUYỆN NA RÌ") are heading rows. A header is laid over the columns when its cells fit them, one top
cell perhaps merged across the sub-headers after it ("Chia ra" over "Khu vực thành thị | Khu vực nông thôn");
else it is kept as one cell, and the rows are still checked by their labels.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .tables.cells import PERCENT_ROW, TOTAL_ROW, parse_cell

MIN_NUMBERS = 3  # numeric cells a row needs
MIN_ROWS = 2
MAX_LABELS = 2
MAX_CELL = 100  # characters: a longer "cell" is running text
SENTENCE_END = (".", ":", ";", "!", "?")
SECTION = re.compile(r"^(?:[IVX]+|\d{1,2})\.\s+\S|^[a-zđ]\)\s")
GROUP = re.compile(r"^\s*(?:[IVX]{1,5}|[A-D])\.?\s*$")
COLUMN_NUMBER = re.compile(r"^\s*\(\d{1,2}\)\s*$")
SPANNING = re.compile(r"^\s*(?:chia\s+ra|chia\s+theo|trong\s+đó)\b", re.IGNORECASE)


@dataclass
class CellTable:
    """A run of one-cell units read as a table: units ``start`` to ``end`` (exclusive) and its rows, each its
    cells and the index of the unit its first cell came from."""

    start: int
    end: int
    rows: list[tuple[list[str], int]]


def unit_cells(text: str) -> list[str]:
    """The cells of one line: itself, or the cells before each "|" when it ends in one ("Chia ra | |")."""
    stripped = text.strip()
    if not stripped.endswith("|"):
        return [stripped]
    return [part.strip() for part in stripped.split("|")[:-1]]


def _kind(text: str) -> str:
    """ "N" a number, "E" an empty cell, "T" text (a column number "(1)" too)."""
    if COLUMN_NUMBER.match(text) or len(text) > 30 or text[:1].isalpha() and text != "x":
        return "T"  # a number cell is short and opens with its figure ("1.234 hồ sơ"), "x" is an empty one
    kind = parse_cell(text)["kind"]
    return "N" if kind == "number" else "E" if kind == "empty" else "T"


def _is_int(text: str) -> bool:
    return text.strip().isdigit() and len(text.strip()) <= 3


def _short(text: str) -> bool:
    return len(text) <= MAX_CELL and not text.endswith(SENTENCE_END) and not SECTION.match(text)


def _segments(kinds: list[str]) -> list[tuple[str, int, int]]:
    """Maximal runs of numbers ("N", empty cells among them) and of text ("T", empty cells among it)."""
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(kinds):
        j = i
        while j < len(kinds) and kinds[j] in "NE":
            j += 1
        if j > i and "N" in kinds[i:j]:
            out.append(("N", i, j))
        else:
            j = max(j, i + 1)
            if out and out[-1][0] == "T":
                out[-1] = ("T", out[-1][1], j)
                i = j
                continue
            out.append(("T", i, j))
        i = j
    return out


def _width(lengths: list[tuple[int, bool]]) -> int | None:
    """The numeric cells of a row: the length most streaks have, one more when a streak ends with the next
    row's number."""
    votes: Counter = Counter()
    for length, ends_int in lengths:
        votes[length] += 1
        if ends_int:
            votes[length - 1] += 1
    best = [(v, n) for n, v in votes.items() if n >= MIN_NUMBERS and v >= MIN_ROWS]
    return max(best)[1] if best else None


def find_cell_tables(units: list[str]) -> list[CellTable]:
    """Every run of ``units`` (lines or paragraphs, stripped; "" for an empty cell) that reads as a table."""
    cells = [(text, u) for u, unit in enumerate(units) for text in unit_cells(unit)]
    kinds = [_kind(text) for text, _ in cells]
    segments = _segments(kinds)
    tables: list[CellTable] = []
    s = 1
    while s < len(segments):
        table, after = _parse(cells, kinds, segments, s)
        if table is not None and (not tables or table.start >= tables[-1].end):
            tables.append(table)
        s = max(after, s + 1)
    return tables


def _parse(cells, kinds, segments, first: int) -> tuple[CellTable | None, int]:
    """The table whose first numbers are ``segments[first]`` (a row's, or its row number), and the segment
    where reading stopped."""
    texts = [t for t, _ in cells]
    if segments[first][0] != "N":
        return None, first
    ahead = [(b - a, _is_int(texts[b - 1])) for k, a, b in segments[first : first + 16] if k == "N"]
    n = _width([(length, ends) for length, ends in ahead if length >= MIN_NUMBERS])
    if n is None:
        return None, first
    rows: list[dict] = []
    stt: int | None = None  # the cell of the coming row's number
    waiting: list[int] = []  # text between a row and a lone row number: that row's trailing cells
    header_end: int | None = None
    s = first
    while s < len(segments) and segments[s][0] == "N":
        _, a, b = segments[s]
        lead = list(range(segments[s - 1][1], a)) if segments[s - 1][0] == "T" else []
        following = segments[s + 1] if s + 1 < len(segments) else None
        label_next = following is not None and following[0] == "T"
        if b - a == 1 and _is_int(texts[a]) and label_next and stt is None:
            if not rows:
                header_end = a
            waiting, stt, s = lead, a, s + 2
            continue
        streak = list(range(a, b))
        while len(streak) > n and kinds[streak[-1]] == "E":
            streak.pop()  # an empty cell closing the table
        expected = int(texts[stt]) + 1 if stt is not None else 1
        next_stt = None
        if len(streak) == n + 1 and label_next and texts[b - 1] == str(expected):
            next_stt, streak = b - 1, streak[:-1]
        labels = lead[-MAX_LABELS:]
        label_text = " ".join(texts[i] for i in labels)
        short_row = bool(TOTAL_ROW.match(label_text) or PERCENT_ROW.match(label_text))
        fits = len(streak) == n or short_row and n - 2 <= len(streak) < n
        if not fits or not labels or not all(_short(texts[i]) for i in labels):
            break
        if rows and rows[0]["unit"] != "%" and texts[lead[-1]] == "%":
            break  # rows in percent after rows of counts are another table
        if rows and stt is not None and waiting:
            rows[-1]["after"] = waiting
        rows.append({"stt": stt, "lead": lead, "numbers": streak, "unit": texts[lead[-1]], "after": []})
        waiting, stt = [], next_stt
        s += 2
    if len(rows) < MIN_ROWS:
        return None, first + 1  # a table may still start at the next figures
    k = max(1, min(MAX_LABELS, min((len(r["lead"]) for r in rows[1:]), default=1)))
    if header_end is None:
        header_end = rows[0]["lead"][-min(k, len(rows[0]["lead"]))]
    start = header_end
    while (
        start > 0 and kinds[start - 1] in "TE" and _short(texts[start - 1]) and not _title(texts[start - 1])
    ):
        start -= 1
    if sum(bool(texts[i]) and kinds[i] == "T" for i in range(start, header_end)) < 2:
        return None, s
    return _build(cells, kinds, rows, (start, header_end), n, k), s


def _title(text: str) -> bool:
    """A title over the table in capitals ("DANH SÁCH CẤP XÃ ĐẠT CHUẨN …")."""
    return text.isupper() and len(text.split()) >= 5


def _build(cells, kinds, rows: list[dict], header: tuple[int, int], n: int, k: int) -> CellTable:
    texts = [t for t, _ in cells]
    numbered = any(r["stt"] is not None for r in rows)
    afters = [len(r["after"]) for r in rows[:-1]]
    t = afters[0] if afters and len(set(afters)) == 1 and afters[0] <= 2 else 0
    last = rows[-1]
    end = last["numbers"][-1] + 1
    while t and len(last["after"]) < t and end < len(texts) and kinds[end] == "T" and _short(texts[end]):
        last["after"].append(end)
        end += 1
    width = int(numbered) + k + n + t
    out: list[tuple[list[str], int]] = []

    def headings(indices: list[int], at: int | None = None) -> None:
        """Label-only rows: each text cell a row, a group number ("I") with the text after it; placed at cell
        ``at`` when they stand after a row's number (so that rows keep the order of the text)."""
        group: int | None = None
        for i in indices:
            if not texts[i]:
                continue
            if numbered and GROUP.match(texts[i]) and group is None:
                group = i
                continue
            line = [texts[group]] if group is not None else [""] * int(numbered)
            where = at if at is not None else group if group is not None else i
            out.append(((line + [texts[i]] + [""] * width)[:width], cells[where][1]))
            group = None

    start, header_end = header
    indices = list(range(start, header_end))
    numbering = [i for i in indices if COLUMN_NUMBER.match(texts[i])]
    groups = [i for i in indices if GROUP.match(texts[i]) and (not numbering or i > numbering[-1])]
    head_end = numbering[-1] + 1 if numbering else groups[0] if groups else header_end
    head = [i for i in indices if i < head_end and i not in numbering]
    for skip in range(min(3, len(head))):  # a caption above the header ("Bảng 2 …") is none of its cells
        laid = _lay(_joined([cells[i] for i in head[skip:]]), width, numbered)
        if laid is not None:
            start = head[skip]
            break
    else:
        words = _joined([cells[i] for i in head])
        laid = [([" ".join(t for t, _ in words)], words[0][1])] if words else []
    out += laid
    if numbering:
        out.append(([texts[i] for i in numbering], cells[numbering[0]][1]))
    headings(list(range(head_end, header_end)))
    for row in rows:
        lead = [i for i in row["lead"] if i >= header_end]
        labels, above = lead[-k:], lead[:-k]
        stt = row["stt"]
        if numbered and stt is None and above and GROUP.match(texts[above[-1]]):
            # "I" / "Cơ quan … Trung ương" / 24 …: the group's number goes in the row's number cell
            stt, above = above[-1], above[:-1]
        headings(above, stt if stt is not None and above and stt < above[0] else None)
        numbers = [texts[i] for i in row["numbers"]]
        trailing = [texts[i] for i in row["after"][:t]]
        line = (
            ([texts[stt] if stt is not None else ""] if numbered else [])
            + [""] * (k - len(labels))
            + [texts[i] for i in labels]
            + numbers
            + [""] * (n - len(numbers))
            + trailing
            + [""] * (t - len(trailing))
        )
        first = stt if stt is not None else (labels or row["numbers"])[0]
        out.append((line, cells[first][1]))
        headings(row["after"][t:])
    return CellTable(cells[start][1], cells[end - 1][1] + 1, out)


def _joined(header: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The header's cells, a cell opening in lower case joined to the one before ("Tổng điểm" / "các tiêu chí")."""
    joined: list[tuple[str, int]] = []
    for text, unit in header:
        if joined and text[:1].islower():
            joined[-1] = (f"{joined[-1][0]} {text}", joined[-1][1])
        elif text:
            joined.append((text, unit))
    return joined


def _lay(header: list[tuple[str, int]], width: int, numbered: bool) -> list[tuple[list[str], int]] | None:
    """The header rows laid over the columns: one row, or a top row with one cell merged across the sub-headers
    after it; None when its cells do not fit the columns."""
    if not header:
        return None
    words = [text for text, _ in header]
    units = [unit for _, unit in header]
    candidates = [words] if numbered else [words, ["", *words]]
    for cand in candidates:
        spanning = _spanning(cand) if len(cand) == width + 1 else None
        if spanning is not None:
            g, s = spanning
            top, sub = cand[: len(cand) - s], cand[len(cand) - s :]
            lower = [""] * g + sub + [""] * (len(top) - g - 1)
            return [(top, units[0]), (lower, units[len(words) - s])]
    for cand in candidates:
        if len(cand) == width:
            return [(cand, units[0])]
    return None


def _spanning(cells: list[str]) -> tuple[int, int] | None:
    """(index of the top cell merged across, how many sub-headers it is over) of a header written top row
    then sub row: after "Chia ra" / "Trong đó", or over a closing run of sub-headers that share their first
    words ("Tiêu chí 1", "Tiêu chí 2" …) under the last top cell that holds those words."""
    for g, text in enumerate(cells[:-2]):
        if SPANNING.match(text):
            return g, len(cells) - g - 1
    lead = " ".join(cells[-1].lower().split()[:2])
    s = 0
    while s < len(cells) and len(cells[-1 - s].split()) > 2 and cells[-1 - s].lower().startswith(lead):
        s += 1
    tops = [g for g in range(len(cells) - s) if lead in cells[g].lower()]
    if s >= 2 and tops:
        return tops[-1], s
    return None
