"""Tables in the narrative: rows and columns with roles, read from the table rows of ``load_narrative``.

A Word table reaches the narrative frame as one row per table row (``kind == "table"``, cells joined by
" | "); a table flattened into text (a portal's statistics page saved as .txt or .pdf) does too, its header
line kept as one cell (:mod:`reformaudit.narrative.layout_text`). Consecutive table rows are one table:

- **header rows** come first (no number in them; one or two rows, "Trễ hạn" over "Tổng | %"); a row that
  numbers the columns ("(1) | (2) | (3)") is passed over;
- **columns** get a role from their header words, with the dossier states of
  :mod:`reformaudit.narrative.roles` (received, total, done, pending, early, ontime, early_ontime, late,
  cancelled, carried, new, online …): a column headed "%" or "Tỷ lệ" is a **percent** column, the rate of the
  count column it stands beside (or of the state its own words name: "Tỷ lệ đúng hạn (%)"); "Tổng", "Tổng số",
  "Cộng" head a **total** column; "STT" numbers rows and is no quantity;
- **rows** are data rows with a label; "Tổng", "Tổng cộng", "Toàn tỉnh", "Cộng" label a **total** row, "Tỷ
  lệ" a **percent** row, and a label opening with "-", "+" or "Trong đó" a sub-row.

Each cell keeps the block (row of the narrative frame) and the character span it was read from, so a finding
can point at it.

>>> import pandas as pd
>>> texts = ["Mức độ | Tổng | Đã xử lý | Chưa xử lý", "Mức 1, 2 | 268763 | 257141 | 11622",
...          "Mức 3 | 68544 | 61827 | 6717"]
>>> frame = pd.DataFrame({"kind": ["table"] * 3, "text": texts})
>>> table = find_tables(frame)[0]
>>> list(table.columns["role"])
['label', 'total', 'done', 'pending']
>>> table.value(0, 2), table.rows["label"].tolist()
(257141.0, ['Mức 1, 2', 'Mức 3'])
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

import pandas as pd

from ..numbers import parse_number
from .claim import Claim, breakdown, rate_claim
from .flow import DENOMINATORS
from .quantities import Quantity, find_quantities
from .roles import FAMILY, PLAN, STATES, first_state

SEPARATOR = " | "
PERCENT_WORDS = re.compile(r"%|\b(?:tỷ|tỉ)\s+(?:lệ|trọng)\b", re.IGNORECASE)
TOTAL_WORDS = re.compile(
    r"^\s*(?:tổng\s+số|tổng\s+cộng|tổng(?!\s+(?:cục|công\s+ty|đài|kết|liên\s+đoàn|hợp))|cộng)\b",
    re.IGNORECASE,
)
COUNT_WORDS = re.compile(
    r"^\s*(?:tổng|tổng\s+số|số|số\s+lượng|sl|số\s+hồ\s+sơ|hồ\s+sơ|giá\s+trị|số\s+liệu)\s*$", re.IGNORECASE
)
# header words the dossier vocabulary of roles.py reads otherwise: "chưa xử lý" is not done ("xử lý")
NOT_YET = re.compile(
    r"chưa\s+(?:được\s+)?(?:xử\s+lý|giải\s+quyết|hoàn\s+thành|trả\s+kết\s+quả|có\s+kết\s+quả)"
)
STT = re.compile(r"^\s*(?:stt|tt|số\s+tt|số\s+thứ\s+tự)\s*$", re.IGNORECASE)
SUBSET = re.compile(r"\btrong\s+đó\b", re.IGNORECASE)
TOTAL_ROW = re.compile(
    r"^\s*[*]?\s*(?:tổng\s+cộng|tổng\s+số|tổng(?!\s+(?:cục|công\s+ty|đài|kết|liên\s+đoàn|hợp))|cộng"
    r"|toàn\s+(?:tỉnh|thành\s+phố|quốc|ngành|huyện|thị\s+xã)|chung\s+toàn)\b",
    re.IGNORECASE,
)
CHANGE = re.compile(r"\b(?:tăng|giảm|so\s+với|so\s+sánh|chênh)", re.IGNORECASE)  # a growth rate, not a share
BARE_TOTAL = re.compile(
    r"^\W*(?:tổng|tổng\s+cộng|tổng\s+số|tổng\s+chung|cộng|toàn\s+(?:tỉnh|thành\s+phố|quốc|ngành|huyện|thị\s+xã)"
    r"|chung\s+toàn\s+\w+)\W*(?:\([^()]*\))?\W*$",
    re.IGNORECASE,
)
PERCENT_ROW = re.compile(r"^\s*(?:(?:tỷ|tỉ)\s+(?:lệ|trọng)|%)", re.IGNORECASE)
SUB_ROW = re.compile(r"^\s*(?:[-+•–*]|trong\s+đó\b|[a-zđ]\)\s)", re.IGNORECASE)
GROUP_NUMBER = re.compile(r"^\s*(?:[IVX]{1,5}|[A-D])\.?\s*$")  # "I", "II.", "A": a group of the rows below
GROUP_LABEL = re.compile(r"^\s*(?:[IVX]{1,5}|[A-D])\.\s+\S")
YEAR = re.compile(r"(?:19|20)\d\d")
COLUMN_NUMBER = re.compile(r"^\s*\(?(?:\d{1,2}|[A-Z])\)?(?:\s*=\s*[\d()+\-*/ ]+)?\s*$")
DASH = re.compile(r"^\s*[-–—x]?\s*$")
NUMBER_CELL = re.compile(r"^\s*[-+]?\d[\d.,\s]*%?\s*$")


@dataclass
class Table:
    """One table of the narrative.

    ``cells``: one row per cell of the data rows — ``row`` (0-based data row), ``column``, ``block`` (index in
    the narrative frame), ``start``/``end`` (the cell's span in the block's text), ``text``, ``value`` (NaN
    when the cell holds no number), ``decimals``, ``percent`` (written with %), ``share`` (a percent written
    in the same cell as a count: "124.907 (48,6%)", else None).
    ``columns``: one row per column — ``header``, ``role`` ("label", "stt", a dossier state, "total",
    "percent", None for a count of no state, "unknown" for fractions under no header), ``state`` (for a
    percent column, the state it is a rate of), ``of`` (the column it is a rate of), ``subset`` (the header
    says "trong đó").
    ``rows``: one row per data row — ``block``, ``label``, ``kind`` ("total", "percent", "sub", "heading" or
    "item"), ``group`` ("I", "II" in its number: a subtotal of the rows under it)."""

    blocks: list[int]
    header_blocks: list[int]
    cells: pd.DataFrame
    columns: pd.DataFrame
    rows: pd.DataFrame

    @functools.cached_property
    def count_columns(self) -> list[int]:
        """Columns of counts or amounts (no label, row number or percent)."""
        return _find_count_columns(self)

    @functools.cached_property
    def _at(self) -> dict[tuple[int, int], dict]:
        return {(int(c["row"]), int(c["column"])): c for c in self.cells.to_dict("records")}

    def value(self, row: int, column: int) -> float:
        cell = self.cell(row, column)
        return float(cell["value"]) if cell is not None else float("nan")

    def cell(self, row: int, column: int) -> dict | None:
        """The cell at a data row and column, as a mapping of the columns of ``cells``."""
        return self._at.get((row, column))

    def grid(self) -> pd.DataFrame:
        """The values as a grid: one row per data row (by label), one column per column (by header)."""
        wide = self.cells.pivot(index="row", columns="column", values="value")
        wide.index = self.rows["label"].tolist()
        wide.columns = [self.columns["header"].iloc[c] for c in wide.columns]
        return wide

    def quantity(self, row: int, column: int) -> Quantity | None:
        """The cell as a quantity of its block's text (for claims and their evidence)."""
        cell = self.cell(row, column)
        if cell is None or pd.isna(cell["value"]):
            return None
        kind = "percent" if self.is_percent(row, column) else "count"
        return Quantity(
            int(cell["start"]),
            int(cell["end"]),
            cell["raw"],
            kind,
            float(cell["value"]),
            int(cell["decimals"]),
        )

    def is_percent(self, row: int, column: int) -> bool:
        cell = self.cell(row, column)
        return bool(
            self._roles[column] == "percent"
            or (cell is not None and cell["percent"])
            or self._kinds[row] == "percent"
        )

    @functools.cached_property
    def _roles(self) -> list:
        return self.columns["role"].tolist()

    @functools.cached_property
    def _kinds(self) -> list:
        return self.rows["kind"].tolist()

    @functools.cached_property
    def ends(self) -> dict[int, int]:
        """Where the last cell of each row's block ends."""
        return {int(b): int(e) for b, e in self.cells.groupby("block")["end"].max().items()}


# ---------------------------------------------------------------------------------------------- cells


def _spans(text: str) -> list[tuple[int, int]]:
    """The character span of each cell of a row joined by " | "."""
    spans, start = [], 0
    while True:
        cut = text.find(SEPARATOR, start)
        if cut < 0:
            spans.append((start, len(text)))
            return spans
        spans.append((start, cut))
        start = cut + len(SEPARATOR)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def parse_cell(text: str) -> dict:
    """What one cell holds: a number (``value``, ``decimals``, ``percent``), perhaps with a percent beside it
    (``share``), or text. The number's span within the cell is ``at``."""
    out = {
        "value": float("nan"),
        "decimals": 0,
        "percent": False,
        "share": None,
        "raw": text.strip(),
        "at": None,
    }
    stripped = text.strip()
    if not stripped or DASH.match(stripped):
        out["kind"] = "empty"
        return out
    if NUMBER_CELL.match(stripped):
        parsed = parse_number(stripped, prefer="vi")
        if parsed.value is not None:
            start = text.index(stripped)
            return out | {
                "kind": "number",
                "value": float(parsed.value),
                "decimals": parsed.decimals,
                "percent": parsed.percent,
                "at": (start, start + len(stripped)),
            }
    found = [q for q in find_quantities(stripped) if q.kind in ("count", "percent", "money")]
    offset = text.index(stripped)
    letters = re.sub(r"[\d\s.,%()/:;+\-–]|hồ\s+sơ|HS", "", stripped, flags=re.IGNORECASE)
    if found and len(letters) <= 3:  # "1.234 hồ sơ", "124.907 (48,6%)", "40 %"
        first = found[0]
        out |= {
            "kind": "number",
            "value": first.value,
            "decimals": first.decimals,
            "percent": first.kind == "percent",
            "raw": first.raw,
            "at": (offset + first.start, offset + first.end),
        }
        if first.kind != "percent" and len(found) == 2 and found[1].kind == "percent":
            p = found[1]
            out["share"] = Quantity(offset + p.start, offset + p.end, p.raw, "percent", p.value, p.decimals)
        return out
    out["kind"] = "text"
    return out


# -------------------------------------------------------------------------------------------- headers


def header_role(text: str) -> tuple[str | None, str | None, bool]:
    """(role, state, subset) of a column from its header words: role is a dossier state, "total",
    "percent" (``state`` is then the state its words name, if any) or None."""
    words = " ".join(text.split()).lower()
    subset = bool(SUBSET.search(words))
    words = SUBSET.sub(" ", words).strip(" :")
    if PERCENT_WORDS.search(words):
        rest = PERCENT_WORDS.sub(" ", words)
        return "percent", _state(rest), subset
    return _state(words, whole=True), None, subset


def _state(words: str, whole: bool = False) -> str | None:
    if NOT_YET.search(words):
        return "pending"
    if whole and TOTAL_WORDS.match(words) and first_state(TOTAL_WORDS.sub(" ", words, count=1)) is None:
        return "total"
    return first_state(words)


_SEGMENT_PATTERNS = [
    *STATES,
    ("pending", NOT_YET),
    ("total", re.compile(r"tổng\s+số|tổng\s+cộng|\btổng\b|\bcộng\b")),
    ("percent", re.compile(r"(?:tỷ|tỉ)\s+lệ(?:\s*\(%\))?|%")),
]


def segment_header(text: str) -> list[str]:
    """A header flattened into one line, cut into its columns at the words of the dossier vocabulary:
    ``[label words, column, column …]``.

    >>> segment_header("Mức độ Tổng Đã xử lý Chưa xử lý Trước hạn Đúng hạn Trễ hạn")
    ['Mức độ', 'Tổng', 'Đã xử lý', 'Chưa xử lý', 'Trước hạn', 'Đúng hạn', 'Trễ hạn']
    """
    lower = text.lower()
    found: list[tuple[int, int]] = []
    position, last = 0, None
    while True:
        hits = [
            (m.start(), m.end(), state)
            for state, p in _SEGMENT_PATTERNS
            for m in [p.search(lower, position)]
            if m and m.end() > m.start()
        ]
        if not hits:
            break
        start, end, state = min(hits, key=lambda s: (s[0], -s[1]))
        if found and state == last and not lower[found[-1][1] : start].strip():
            found[-1] = (found[-1][0], end)  # "kỳ trước" + "chuyển sang": one column's words
        else:
            found.append((start, end))
        position, last = end, state
    if not found:
        return [text.strip()]
    out = [text[: found[0][0]].strip()]
    for (start, end), following in zip(found, [*found[1:], None]):
        stop = following[0] if following else len(text)
        tail = text[end:stop]
        # words after a column's own words belong to it when they are not the next column's lead-in
        keep = tail if following is None else re.match(r"[^\S\n]*(?:\(%\)|\(\w+\))?", tail).group(0)
        out.append((text[start:end] + keep).strip())
    return out


# ---------------------------------------------------------------------------------------------- tables


def _runs(narrative: pd.DataFrame) -> list[list[int]]:
    runs: list[list[int]] = []
    previous = None
    for i, kind in enumerate(narrative["kind"].tolist()):
        if kind == "table":
            if previous is not None and previous == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
            previous = i
    return runs


def _is_numbering(cells: list[dict]) -> bool:
    texts = [c["raw"] for c in cells if c["raw"]]
    return len(texts) >= 3 and all(COLUMN_NUMBER.match(t) for t in texts)


def _is_header(cells: list[dict]) -> bool:
    """No number in it, or only years ("Chỉ tiêu | 2022 | 2023")."""
    numbers = [c for c in cells if c["kind"] == "number"]
    return all(not c["percent"] and c["decimals"] == 0 and YEAR.fullmatch(c["raw"].strip()) for c in numbers)


def find_tables(narrative: pd.DataFrame) -> list[Table]:
    """Every table of a narrative frame (``load_narrative``'s output) with at least one data row."""
    tables = []
    for run in _runs(narrative):
        table = read_table(narrative, run)
        if table is not None:
            tables.append(table)
    return tables


def read_table(narrative: pd.DataFrame, blocks: list[int]) -> Table | None:
    texts = {b: str(narrative["text"].iloc[b]) for b in blocks}
    parsed = {
        b: [(span, parse_cell(texts[b][span[0] : span[1]])) for span in _spans(texts[b])] for b in blocks
    }
    header_blocks: list[int] = []
    data_blocks: list[int] = []
    numbered = False  # a row numbering the columns ends the header
    for b in blocks:
        cells = [c for _, c in parsed[b]]
        if not data_blocks and _is_numbering(cells):
            numbered = True
            continue
        if not data_blocks and not numbered and _is_header(cells):
            header_blocks.append(b)
            continue
        data_blocks.append(b)
    header_blocks = header_blocks[-2:]  # a title row above the header is not a header
    if not data_blocks:
        return None
    width = max(len(parsed[b]) for b in data_blocks)
    records = []
    for r, b in enumerate(data_blocks):
        shift = width - len(parsed[b])  # cells merged across on the left ("Tổng cộng" over STT and name)
        for c, (span, cell) in enumerate(parsed[b], start=shift):
            if cell["at"] is not None:
                start, end = span[0] + cell["at"][0], span[0] + cell["at"][1]
            else:
                start, end = _trim(texts[b], *span)
            share = cell["share"]
            if share is not None:
                share = Quantity(
                    span[0] + share.start,
                    span[0] + share.end,
                    share.raw,
                    "percent",
                    share.value,
                    share.decimals,
                )
            records.append(
                {
                    "row": r,
                    "column": c,
                    "block": b,
                    "start": start,
                    "end": end,
                    "text": texts[b][span[0] : span[1]].strip(),
                    "raw": cell["raw"],
                    "kind": cell["kind"],
                    "value": cell["value"],
                    "decimals": cell["decimals"],
                    "percent": cell["percent"],
                    "share": share,
                }
            )
    cells = pd.DataFrame.from_records(records)
    headers = [[texts[b][s:e].strip() for s, e in _spans(texts[b])] for b in header_blocks]
    columns = _columns(headers, cells, width)
    rows = _rows(cells, columns, data_blocks)
    return Table(blocks, header_blocks, cells, columns, rows)


def _label_columns(cells: pd.DataFrame, width: int) -> list[bool]:
    """Columns whose cells are mostly text (or empty) are labels."""
    out = []
    for c in range(width):
        here = cells[cells["column"] == c]
        numbers = (here["kind"] == "number").sum()
        texts = (here["kind"] == "text").sum()
        out.append(bool(texts) and texts >= numbers or not numbers)
    return out


def _columns(headers: list[list[str]], cells: pd.DataFrame, width: int) -> pd.DataFrame:
    labels = _label_columns(cells, width)
    percent_written = []
    for c in range(width):
        here = cells[(cells["column"] == c) & (cells["kind"] == "number")]
        percent_written.append(bool(len(here)) and here["percent"].mean() > 0.5)
    names = _names(headers, width, labels, percent_written)
    records = []
    for c in range(width):
        top, sub = names[c] if names else ("", "")
        header = " › ".join(t for t in (top, sub) if t)
        if labels[c]:
            role, state, subset = "label", None, False
        elif STT.match(top) or STT.match(sub) or (names is None and c == 0 and _is_stt(cells, c)):
            role, state, subset = "stt", None, False
        elif names is None:
            # no header laid over the columns: a column with fractions may be rates written without "%"
            fractions = (cells.loc[cells["column"] == c, "decimals"] > 0).any()
            role = "percent" if percent_written[c] else "unknown" if fractions else None
            state, subset = None, False
        else:
            role, state, subset = _combine(top, sub)
            if role is None and percent_written[c] and not top and not sub:
                role = "percent"
        records.append(
            {"column": c, "header": header, "role": role, "state": state, "of": None, "subset": subset}
        )
    columns = pd.DataFrame.from_records(records)
    for name in ("role", "state", "of"):
        columns[name] = pd.Series([None if pd.isna(v) else v for v in columns[name]], dtype=object)
    _attach_percents(columns, names)
    return columns


def _is_stt(cells: pd.DataFrame, c: int) -> bool:
    values = cells.loc[cells["column"] == c, "value"].dropna().tolist()
    return len(values) >= 2 and values == list(range(1, len(values) + 1))


def _combine(top: str, sub: str) -> tuple[str | None, str | None, bool]:
    """The role of a column under a two-row header: the sub-header's own state wins; a sub-header that only
    says "Tổng", "Số lượng" counts the top's state; "%" is the rate of the top's state."""
    top_role, top_state, top_subset = header_role(top) if top else (None, None, False)
    if not sub or COUNT_WORDS.match(sub):
        return top_role, top_state, top_subset
    role, state, subset = header_role(sub)
    if role == "percent":
        if state is None and top_role not in (None, "percent"):
            state = top_role
        return "percent", state or top_state, subset or top_subset
    if role is None:
        return top_role, top_state, subset or top_subset
    return role, state, subset or top_subset


def _names(headers: list[list[str]], width: int, labels: list[bool], percent: list[bool]):
    """(top, sub) header words for each column, or None when the header cannot be laid over the columns."""
    if not headers:
        return None
    numeric = [c for c in range(width) if not labels[c]]
    if len(headers) == 2 and len(headers[0]) == 1 and len(headers[1]) > 1:
        headers = headers[1:]  # a title merged across the table
    if len(headers) == 2 and len(headers[1]) == width:
        return _under(headers[0], headers[1], width)
    last = headers[-1]
    if len(last) == width and len(headers) == 1:
        return [(t, "") for t in last]
    if len(last) == width:  # top and sub both one cell per column: empty top cells continue the one before
        top, out = "", []
        for t, s in zip(headers[0], last):
            top = t or top if s else t
            out.append((top, s))
        return out
    # the top row has fewer cells than the data: flattened text (one cell) or merged cells
    top = headers[0]
    if len(top) == 1:
        segments = segment_header(top[0])
        lead, top_numeric = segments[0], segments[1:]
    else:
        lead_count = sum(1 for c in range(width) if labels[c] and c < (numeric[0] if numeric else width))
        lead, top_numeric = " ".join(top[:lead_count]), top[lead_count:]
    groups = _groups(numeric, percent)
    if len(top_numeric) == len(groups) + 1 and len(top) == 1:
        lead, top_numeric = f"{lead} {top_numeric[0]}".strip(), top_numeric[1:]
    out = [("", "")] * width
    for c in range(width):
        if labels[c]:
            out[c] = (lead, "")
    if len(top_numeric) == len(groups):
        for name, group in zip(top_numeric, groups):
            for k, c in enumerate(group):
                out[c] = (name, "%" if k and percent[c] else "")
        return out
    if len(top_numeric) == len(numeric):
        for name, c in zip(top_numeric, numeric):
            out[c] = (name, "")
        return out
    return None


def _groups(numeric: list[int], percent: list[bool]) -> list[list[int]]:
    """Numeric columns grouped as written under one header: a count and the percent right after it."""
    groups: list[list[int]] = []
    for c in numeric:
        if (
            percent[c]
            and groups
            and len(groups[-1]) == 1
            and not percent[groups[-1][0]]
            and groups[-1][0] == c - 1
        ):
            groups[-1].append(c)
        else:
            groups.append([c])
    return groups


def _under(top: list[str], sub: list[str], width: int):
    """Lay a top header row with merged cells over a sub-header row of one cell per column: an empty sub cell
    is under a top cell of its own (merged down); a run of sub cells is under one top cell, or under several
    when it repeats ("Tổng | % | Tổng | %")."""
    if len(top) == width:
        current, out = "", []
        for t, s in zip(top, sub):
            current = t or current if s else t
            out.append((current, s))
        return out
    out: list[tuple[str, str]] = []
    t = 0
    j = 0
    while j < width:
        if t >= len(top):
            return None
        if not sub[j]:
            out.append((top[t], ""))
            t, j = t + 1, j + 1
            continue
        k = j
        while k < width and sub[k]:
            k += 1
        run = sub[j:k]
        units = _units(run)
        for unit in units:
            if t >= len(top):
                return None
            out += [(top[t], s) for s in unit]
            t += 1
        j = k
    return out if t == len(top) else None


def _units(run: list[str]) -> list[list[str]]:
    for size in range(1, len(run) // 2 + 1):
        if len(run) % size == 0 and size < len(run):
            unit = [s.lower() for s in run[:size]]
            if all([s.lower() for s in run[i : i + size]] == unit for i in range(0, len(run), size)):
                if any(PERCENT_WORDS.search(s) for s in unit) or size == 1 and COUNT_WORDS.match(unit[0]):
                    return [run[i : i + size] for i in range(0, len(run), size)]
    return [run]


FILLER = {
    "số",
    "hồ",
    "sơ",
    "đạt",
    "so",
    "với",
    "trên",
    "tổng",
    "của",
    "các",
    "tỷ",
    "tỉ",
    "lệ",
    "trọng",
    "đơn",
    "vị",
}


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", str(text).lower()) if w not in FILLER}


def _attach_percents(columns: pd.DataFrame, names) -> None:
    """Each percent column's count column: the count column under the same top header ("Trễ hạn › Tổng |
    Trễ hạn › %"), else the one whose state its words name ("Tỷ lệ đúng hạn"), else the count column right
    before it when its header says no more than "Tỷ lệ (%)" or repeats that column's words ("Tỷ lệ giải ngân"
    beside "Đã giải ngân"). A percent with words of its own ("Kết quả đánh giá sự hài lòng (%)") is a measure,
    not a rate of its neighbour."""
    roles = columns["role"].tolist()
    headers = columns["header"].tolist()
    for c in columns.index[columns["role"] == "percent"]:
        state = columns.at[c, "state"]
        top = names[c][0] if names else None
        own = (names[c][1] or names[c][0]) if names else headers[c]
        rest = _content_words(own)
        before = [k for k in range(c - 1, -1, -1) if roles[k] not in ("percent", "label", "stt")]
        same_top = [k for k in before if names and names[c][1] and names[k][0] == top]
        named = [k for k in range(len(roles)) if state and roles[k] == state]
        if same_top:
            of = same_top[0]
        elif named:
            of = named[0]
        elif before and state is None and (not rest or rest & _content_words(headers[before[0]])):
            of = before[0]
        else:
            of = None
        columns.at[c, "of"] = of
        if state is None and of is not None and roles[of] not in (None, "total"):
            columns.at[c, "state"] = roles[of]


def _rows(cells: pd.DataFrame, columns: pd.DataFrame, data_blocks: list[int]) -> pd.DataFrame:
    label_columns = set(columns.index[columns["role"] == "label"])
    numbering = label_columns | set(columns.index[columns["role"] == "stt"])
    records = []
    by_row = dict(iter(cells.groupby("row")))
    for r, b in enumerate(data_blocks):
        here = by_row[r]
        texts = [
            t
            for c, t, k in zip(here["column"], here["text"], here["kind"])
            if c in label_columns and k == "text" and not GROUP_NUMBER.match(t)
        ]
        label = " ".join(texts).strip()
        group = any(
            GROUP_NUMBER.match(t) for c, t in zip(here["column"], here["text"]) if c in numbering
        ) or bool(GROUP_LABEL.match(label))
        if TOTAL_ROW.match(label):
            kind = "total"
        elif not (here["kind"] == "number").any():
            kind = "heading"  # "Xã, thị trấn loại II": a title over the rows below
        elif PERCENT_ROW.match(label):
            kind = "percent"
        elif SUB_ROW.match(label):
            kind = "sub"
        else:
            kind = "item"
        records.append({"row": r, "block": b, "label": label, "kind": kind, "group": group})
    return pd.DataFrame.from_records(records)


# ------------------------------------------------------------------------------------------- relations

ROW_KHAC = re.compile(r"\bkhác\b|\bcòn\s+lại\b", re.IGNORECASE)
ROW_ELLIPSIS = re.compile(r"(?:…|\.\.\.|\bv\.v\.?)\s*$", re.IGNORECASE)
ROW_LEVEL = re.compile(
    r"\bcấp\s+(?:tỉnh|huyện|xã)\b|^\s*mức(?:\s+độ)?\s+\d|huyện,\s*thị\s+xã|xã,\s*phường|sở,\s*(?:ban,\s*)?ngành",
    re.IGNORECASE,
)
COUNT_ROLES = {s for s, _ in STATES} | {"total", None}


@dataclass
class TableClaim:
    """A relation of a table and whether it holds: ``rule`` is "total-row", "total-column" or "rate";
    ``claim`` holds the quantities (each a cell, spans in its own block: ``blocks``), the whole first."""

    rule: str
    claim: Claim
    blocks: list[int]
    table: Table
    row: (
        int  # the data row the relation is stated in (the total row, the row of the whole, the percent's row)
    )
    column: int  # the column of the stated value
    names: list[str]  # for each part: its row label (total-row) or its column header (total-column)

    @property
    def label(self) -> str:
        return str(self.table.rows["label"].iloc[self.row])

    @property
    def header(self) -> str:
        return str(self.table.columns["header"].iloc[self.column])


def table_claims(table: Table) -> list[TableClaim]:
    """Every relation of one table, checked: total rows, wholes and their parts across columns, rates."""
    return _total_rows(table) + _total_columns(table) + _rates(table)


def narrative_table_claims(narrative: pd.DataFrame) -> list[TableClaim]:
    return [c for table in find_tables(narrative) for c in table_claims(table)]


def _count_columns(table: Table) -> list[int]:
    """Columns of counts (or amounts): no label, row number or percent column, no cell written with %
    outside percent rows."""
    return table.count_columns


def _find_count_columns(table: Table) -> list[int]:
    cols = table.columns
    cells = table.cells
    percent_rows = set(table.rows.index[table.rows["kind"] == "percent"])
    written = cells[cells["percent"] & ~cells["row"].isin(percent_rows)]
    return [
        c
        for c in cols.index
        if cols.at[c, "role"] in COUNT_ROLES
        and cols.at[c, "role"] not in ("label", "stt", "percent")
        and c not in set(written["column"])
    ]


def _zero(q: Quantity | None, table: Table, row: int, column: int) -> Quantity | None:
    """An empty or dashed cell of a part counts as 0."""
    if q is not None:
        return q
    cell = table.cell(row, column)
    if cell is None or cell["kind"] != "empty":
        return None
    start, end = int(cell["start"]), int(cell["end"])
    return Quantity(start, max(start, end), cell["raw"] or "-", "count", 0.0)


def _span(table: Table, block: int) -> tuple[int, int]:
    return 0, table.ends.get(block, 0)


def _sums(table: Table) -> list[tuple[int, list[list[int]], list[int]]]:
    """(total row, the sets of rows it may be the sum of, the set a finding names) for each total row, and for
    each group row ("I. Cấp tỉnh") over the rows under it."""
    rows = table.rows
    kinds = rows["kind"].tolist()
    grouped = rows["group"].tolist()
    out = []
    for g in [r for r in range(len(kinds)) if grouped[r] and kinds[r] != "total"]:
        members = []
        for r in range(g + 1, len(kinds)):
            if grouped[r] or kinds[r] in ("total", "percent"):
                break
            if kinds[r] != "heading":
                members.append(r)
        if members:
            out.append((g, [members], members))
    for t in [r for r, k in enumerate(kinds) if k == "total"]:
        before = [r for r in range(t - 1, -1, -1)]
        stop = next((i for i, r in enumerate(before) if kinds[r] == "total"), len(before))
        before = sorted(before[:stop])
        after = []
        for r in range(t + 1, len(kinds)):
            if kinds[r] == "total":
                break
            after.append(r)
        segment = [r for r in (before or after) if kinds[r] not in ("percent", "heading")]
        if not BARE_TOTAL.match(str(rows["label"].iloc[t])):
            # "Tổng số hồ sơ tiếp nhận" over other indicators: only the sub-rows right below it ("- Cấp tỉnh")
            segment = []
            for r in range(t + 1, len(kinds)):
                if kinds[r] != "sub":
                    break
                segment.append(r)
        if not segment:
            continue
        items = [r for r in segment if kinds[r] == "item"]
        subs = [r for r in segment if kinds[r] == "sub"]
        groups = [r for r in segment if rows["group"].iloc[r]]
        members = [r for r in segment if not rows["group"].iloc[r]]
        candidates = [segment]
        if items and subs:
            candidates += [items, subs]
        if groups and members:
            candidates += [groups, members]
        chosen = groups if groups and members else items if items and subs else segment
        out.append((t, candidates, chosen))
    return out


def _total_rows(table: Table) -> list[TableClaim]:
    rows = table.rows
    out = []
    for t, candidates, chosen in _sums(table):
        labels = [str(rows["label"].iloc[r]) for r in chosen]
        exhaustive = any(ROW_KHAC.search(label) for label in labels) or all(
            ROW_LEVEL.search(label) for label in labels
        )
        open_ended = bool(labels) and bool(ROW_ELLIPSIS.search(labels[-1]))
        for c in _count_columns(table):
            whole = table.quantity(t, c)
            if whole is None:
                continue
            holds = False
            for candidate in candidates:
                parts = [_zero(table.quantity(r, c), table, r, c) for r in candidate]
                if any(p is None for p in parts):
                    continue
                mean = sum(p.value for p in parts) / len(parts)
                if breakdown(0, (0, 0), whole, parts, True).status == "ok" or (
                    len(parts) > 1 and abs(round(mean, whole.decimals) - whole.value) <= 1e-9
                ):
                    holds = True  # a sum, or an average row
                    break
            parts = [_zero(table.quantity(r, c), table, r, c) for r in chosen]
            if any(p is None for p in parts):
                continue
            block = int(rows["block"].iloc[t])
            claim = breakdown(block, _span(table, block), whole, parts, True)
            if holds:
                claim.status = "ok"
            elif claim.computed < claim.stated and (open_ended or not exhaustive):
                claim.uncertain = True  # the rows may leave out an item: "…", no "Khác" row
            claim.notes.append("table")
            out.append(
                TableClaim(
                    "total-row",
                    claim,
                    [block, *(int(rows["block"].iloc[r]) for r in chosen)],
                    table,
                    t,
                    c,
                    labels,
                )
            )
    return out


def _states_in_row(table: Table) -> dict[str, int]:
    """One count column per state (a state heading two count columns is left out)."""
    found: dict[str, list[int]] = {}
    for c in _count_columns(table):
        role = table.columns.at[c, "role"]
        if role is not None:
            found.setdefault(role, []).append(c)
    return {s: cs[0] for s, cs in found.items() if len(cs) == 1}


def _percent_of(table: Table, column: int) -> list[int]:
    cols = table.columns
    return [p for p in cols.index if cols.at[p, "role"] == "percent" and cols.at[p, "of"] == column]


def _declared_short(table: Table, row: int, parts: list[int]) -> bool:
    """Each part has its percent beside it, and the percents as written add up to visibly less than 100 %: the
    table itself says the whole holds a category it does not show (a portal's "Đã xử lý" beside early, on-time
    and late, 3,7 % short). Whether each percent is right is the rate check's business."""
    stated, slack = 0.0, 0.0
    for c in parts:
        percents = _percent_of(table, c)
        if len(percents) != 1:
            return False
        p = table.quantity(row, percents[0])
        if p is None:
            return False
        stated += p.value
        slack += 0.5 * 10.0**-p.decimals
    return stated < 100 - slack - 1e-9


def _short(names: list[str]) -> list[str]:
    """Column names without the top header they all share ("Điểm của từng tiêu chí › Tiêu chí 1" → "Tiêu chí 1")."""
    tops = {n.split(" › ")[0] for n in names}
    if len(tops) == 1 and all(" › " in n for n in names):
        return [n.split(" › ", 1)[1] for n in names]
    return names


def _generic_parts(table: Table, total: int | None) -> tuple[list[int], bool]:
    """The columns a "Tổng" column beside categories that are no dossier states is the sum of, and whether they
    are a subset ("Trong đó"): the columns under one top header when the total is outside it ("Tổng điểm |
    Điểm của từng tiêu chí › Tiêu chí 1 …"), else every such column before a total written last ("Xuất sắc |
    Tốt | Khá | … | Tổng"). A total first followed by columns under no common header may be followed by
    attributes that overlap (Nam, Nữ, Đảng viên), and is left alone."""
    if total is None:
        return [], False
    cols = table.columns
    headers = cols["header"].tolist()
    candidates = [c for c in _count_columns(table) if cols.at[c, "role"] is None]
    tops: dict[str, list[int]] = {}
    for c in candidates:
        if " › " in headers[c]:
            tops.setdefault(headers[c].split(" › ")[0], []).append(c)
    under = [cs for top, cs in tops.items() if len(cs) >= 2 and not headers[total].startswith(top + " › ")]
    if len(under) == 1:
        parts = under[0]
        return parts, bool(SUBSET.search(headers[parts[0]].split(" › ")[0]))
    before = [c for c in candidates if c < total]
    if before and len(before) == len(candidates):
        return before, any(cols.at[c, "subset"] for c in before)
    return [], False


def _total_columns(table: Table) -> list[TableClaim]:
    out = []
    states = _states_in_row(table)
    cols = table.columns
    headers = cols["header"].tolist()
    generic_parts, generic_subset = _generic_parts(table, states.get("total"))
    dossier = any(s not in ("total",) for s in states)
    khac = any(ROW_KHAC.search(h) for h in headers)
    for r, kind in enumerate(table.rows["kind"].tolist()):
        if kind == "percent":
            continue
        relations: list[
            tuple[int, list[int], bool, bool, bool]
        ] = []  # whole, parts, exhaustive, may hold more, subset
        whole = states.get("total", states.get("received"))
        channels = [states[s] for s in ("online", "direct", "postal", "direct_postal") if s in states]
        complete = "online" in states and ("direct_postal" in states or {"direct", "postal"} <= states.keys())
        if whole is not None:
            if "carried" in states and "new" in states:
                relations.append((whole, [states["carried"], states["new"]], True, False, False))
            elif channels and ("carried" in states or len(channels) >= 2) and "new" not in states:
                parts = ([states["carried"]] if "carried" in states else []) + channels
                relations.append((whole, parts, True, not complete or "carried" not in states, False))
        if "new" in states and len(channels) >= 2:
            relations.append((states["new"], channels, True, not complete, False))
        outcome = [states[s] for s in ("done", "pending", "cancelled") if s in states]
        if whole is not None and "done" in states and len(outcome) >= 2:
            relations.append((whole, outcome, True, "cancelled" not in states, False))
        timely = [states[s] for s in ("early", "ontime", "early_ontime", "late") if s in states]
        base = states.get("done", states.get("due"))
        if base is not None and timely:
            exhaustive = (
                "late" in states and len(timely) >= 2 and not ("early_ontime" in states and "early" in states)
            )
            if exhaustive and _declared_short(table, r, timely):
                exhaustive = False
            relations.append((base, timely, exhaustive, False, not exhaustive))
        if not dossier and "total" in states and len(generic_parts) >= 2:
            if generic_subset:  # "Trong đó: Nữ | Đảng viên | Dân tộc thiểu số" may overlap: each is a part
                relations += [(states["total"], [c], False, False, True) for c in generic_parts]
            else:
                relations.append((states["total"], generic_parts, True, not khac, False))
        for whole_c, parts_c, exhaustive, may_hold_more, subset in relations:
            w = table.quantity(r, whole_c)
            parts = [_zero(table.quantity(r, c), table, r, c) for c in parts_c]
            if (
                w is None
                or any(p is None for p in parts)
                or all(p.value == 0 for p in parts)
                and w.value == 0
            ):
                continue
            block = int(table.rows["block"].iloc[r])
            claim = breakdown(block, _span(table, block), w, parts, exhaustive, subset=subset)
            if claim.status == "fail" and claim.computed < claim.stated and may_hold_more:
                claim.uncertain = True
            claim.notes.append("table")
            out.append(
                TableClaim(
                    "total-column",
                    claim,
                    [block] * (len(parts) + 1),
                    table,
                    r,
                    whole_c,
                    _short([headers[c] for c in parts_c]),
                )
            )
    return out


def _denominators(table: Table, row: int, column: int, state: str | None, states: dict[str, int]):
    """(denominator quantity, its block) a percent of ``column`` may be taken over, in order of preference."""
    rows = table.rows
    out = []
    family = FAMILY.get(state)
    if family:
        for s in DENOMINATORS[family]:
            if s in states and states[s] != column:
                q = table.quantity(row, states[s])
                if q is not None:
                    out.append((q, int(rows["block"].iloc[row])))
    if not out:
        plans = [
            c
            for c in _count_columns(table)
            if c != column and PLAN.search(str(table.columns.at[c, "header"]))
        ]
        if plans and not PLAN.search(str(table.columns.at[column, "header"])):
            q = table.quantity(row, plans[0])  # "Kế hoạch | Thực hiện | Tỷ lệ": done of the plan
            if q is not None:
                out.append((q, int(rows["block"].iloc[row])))
        previous = [
            c for c in _count_columns(table) if c < column and table.columns.at[c, "role"] in (None, "total")
        ]
        if previous and table.columns.at[column, "role"] is None:
            q = table.quantity(
                row, previous[-1]
            )  # "Số TTHC | Số TTHC có hồ sơ | Tỷ lệ": of the column before
            if q is not None:
                out.append((q, int(rows["block"].iloc[row])))
        total = states.get("total")
        if total is not None and total != column and table.columns.at[column, "role"] is None:
            q = table.quantity(row, total)
            if q is not None:
                out.append((q, int(rows["block"].iloc[row])))
        totals = [t for t in rows.index[rows["kind"] == "total"] if t != row]
        if totals and rows["kind"].iloc[row] != "total":
            t = min(totals, key=lambda t: (t < row, abs(t - row)))  # the total row below, else above
            q = table.quantity(t, column)
            if q is not None:
                out.append((q, int(rows["block"].iloc[t])))
    seen, unique = set(), []
    for q, block in out:
        if (block, q.start) not in seen:
            seen.add((block, q.start))
            unique.append((q, block))
    return unique


def _rate_claim(
    table, row, percent_q, percent_block, column, state, states, percent_column
) -> TableClaim | None:
    part = table.quantity(row, column)
    if part is None or percent_q is None:
        return None
    block = int(table.rows["block"].iloc[row])
    numerators = [part]
    if state == "ontime" and "early" in states and states["early"] != column:
        early = table.quantity(row, states["early"])
        if early is not None:
            numerators.append(
                Quantity(part.start, part.end, f"{part.raw} + {early.raw}", "count", part.value + early.value)
            )
    wholes = _denominators(table, row, column, state, states)
    best = None
    for whole, whole_block in wholes:
        for numerator in numerators:
            computed = numerator.value / whole.value * 100 if whole.value else math.nan
            claim = rate_claim(
                "share",
                percent_block,
                _span(table, percent_block),
                [whole, numerator, percent_q],
                ["whole", "part", "percent"],
                percent_q,
                computed,
            )
            claim.notes.append("table")
            found = TableClaim(
                "rate", claim, [whole_block, block, percent_block], table, row, percent_column, []
            )
            if claim.status == "ok":
                return found
            best = best or found  # the first whole the state's family takes, with the count as written
    if best is not None and best.claim.status == "fail" and len(wholes) > 1:
        best.claim.uncertain = True  # several wholes are possible and none fits
    return best


def _rates(table: Table) -> list[TableClaim]:
    out = []
    states = _states_in_row(table)
    cols = table.columns
    rows = table.rows
    kinds = rows["kind"].tolist()
    for r, kind in enumerate(kinds):
        block = int(rows["block"].iloc[r])
        if kind == "percent":
            reference = next((t for t in range(r - 1, -1, -1) if kinds[t] == "total"), r - 1)
            total = states.get("total")
            if reference < 0 or total is None:
                continue
            whole = table.quantity(reference, total)
            if whole is None or not whole.value:
                continue
            for c in _count_columns(table):
                cell = table.cell(r, c)
                if c == total or cell is None or pd.isna(cell["value"]):
                    continue
                part = table.quantity(reference, c)
                p = table.quantity(r, c)
                if part is None or p is None:
                    continue
                p = Quantity(p.start, p.end, p.raw, "percent", p.value, p.decimals)
                claim = rate_claim(
                    "share",
                    block,
                    _span(table, block),
                    [whole, part, p],
                    ["whole", "part", "percent"],
                    p,
                    part.value / whole.value * 100,
                )
                claim.notes.append("table")
                ref_block = int(rows["block"].iloc[reference])
                out.append(TableClaim("rate", claim, [ref_block, ref_block, block], table, r, c, []))
            continue
        for p in cols.index[cols["role"] == "percent"]:
            of = cols.at[p, "of"]
            if of is None or CHANGE.search(str(cols.at[p, "header"])):
                continue
            found = _rate_claim(
                table, r, table.quantity(r, p), block, int(of), cols.at[p, "state"], states, p
            )
            if found:
                out.append(found)
        for c in _count_columns(table):
            cell = table.cell(r, c)
            if cell is not None and isinstance(cell["share"], Quantity):
                state = cols.at[c, "role"]
                found = _rate_claim(table, r, cell["share"], block, c, state, states, c)
                if found:
                    out.append(found)
    return out
