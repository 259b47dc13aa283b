"""The columns of a table read from its header rows: each column's header and role (a label, the rows' numbers, a
dossier state, a total, a percent and the count it is the rate of)."""

from __future__ import annotations

import re

import pandas as pd

from .cells import (
    CHANGE_CELL,
    COUNT_WORDS,
    GROUP_NUMBER,
    PERCENT_ROW,
    PERCENT_WORDS,
    STT,
    header_role,
    segment_header,
)


def _label_columns(cells: pd.DataFrame, width: int) -> list[bool]:
    """Columns whose cells are mostly text (or empty) are labels; not one of changes ("Tăng 6,9%")."""
    out = []
    for c in range(width):
        here = cells[cells["column"] == c]
        numbers = (here["kind"] == "number").sum()
        texts = (here["kind"] == "text").sum()
        changes = here["text"].map(lambda t: bool(CHANGE_CELL.match(str(t)))).sum()
        out.append((bool(texts) and texts >= numbers or not numbers) and not (changes and changes == texts))
    return out


def table_columns(headers: list[list[str]], cells: pd.DataFrame, width: int) -> pd.DataFrame:
    """One row per column: ``header`` (top › sub), ``role``, ``state``, ``of`` (the column a percent is the rate
    of) and ``subset``."""
    labels = _label_columns(cells, width)
    percent_written = []
    for c in range(width):
        here = cells[(cells["column"] == c) & (cells["kind"] == "number")]
        percent_written.append(bool(len(here)) and here["percent"].mean() > 0.5)
    names = _names(headers, width, labels, percent_written)
    label_text = cells[
        cells["column"].isin([c for c in range(width) if labels[c]]) & (cells["kind"] == "text")
    ]
    rate_rows = {r for r, texts in label_text.groupby("row")["text"] if PERCENT_ROW.match(" ".join(texts))}
    records = []
    role: str | None
    for c in range(width):
        top, sub = names[c] if names else ("", "")
        header = " › ".join(t for t in (top, sub) if t)
        if labels[c]:
            role, state, subset = "label", None, False
        elif STT.match(top) or STT.match(sub) or (names is None and c == 0 and _is_stt(cells, c)):
            role, state, subset = "stt", None, False
        elif names is None:
            # no header laid over the columns: a column with fractions may be rates written without "%"
            here = cells[(cells["column"] == c) & ~cells["row"].isin(rate_rows)]
            fractions = ((here["decimals"] > 0) & (here["value"] % 1 != 0)).any()  # not "412204.00"
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
    """The column numbers the rows: 1, 2, 3 …, or by group — "I", 1, 2, "II", 1, 2, 3 — counting again from 1
    under each group number."""
    here = cells[cells["column"] == c]
    expected, count = 1, 0
    for text, value in zip(here["text"], here["value"]):
        if GROUP_NUMBER.match(str(text)):
            expected = 1
        elif pd.notna(value):
            if value != expected:
                return False
            expected, count = expected + 1, count + 1
        elif str(text).strip():
            return False
    return count >= 2


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
        current, out = "", []
        for t, s in zip(headers[0], last):
            current = t or current if s else t
            out.append((current, s))
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
    out: list[tuple[str, str]] = []
    if len(top) == width:
        current = ""
        for above, s in zip(top, sub):
            current = above or current if s else above
            out.append((current, s))
        return out
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
