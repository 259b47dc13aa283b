"""Consecutive table rows of a narrative read as one table: header rows, columns with roles, rows with kinds."""

from __future__ import annotations

import re

import pandas as pd

from ..quantities import Quantity
from .cells import (
    CHANGE_CELL,
    COLUMN_NUMBER,
    GROUP_LABEL,
    GROUP_NUMBER,
    PERCENT_ROW,
    SUB_ROW,
    TOTAL_ROW,
    YEAR,
    _spans,
    _trim,
    parse_cell,
)
from .columns import table_columns
from .model import Table


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
        block_cells = [c for _, c in parsed[b]]
        if not data_blocks and _is_numbering(block_cells):
            numbered = True
            continue
        if not data_blocks and not numbered and _is_header(block_cells):
            header_blocks.append(b)
            continue
        data_blocks.append(b)
    header_blocks = header_blocks[-2:]  # a title row above the header is not a header
    if not data_blocks or any(_rows_run_together(texts[b], parsed[b]) for b in data_blocks):
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
    columns = table_columns(headers, cells, width)
    rows = _rows(cells, columns, data_blocks)
    return Table(blocks, header_blocks, cells, columns, rows)


FIGURE_IN_LABEL = re.compile(r"(?<![^\W\d_])\d[\d.,]*(?![^\W\d_])")


def _rows_run_together(text: str, cells: list) -> bool:
    """A row whose label holds as many figures as it has cells of figures is rows run into one line ("1 Nà Hẩu
    230 1433 … 34.78 2 Đại Sơn | 445 | 2394 | …", a flattened table that lost its line breaks): its rows cannot be
    told apart, and the table is not read."""
    figures = sum(1 for _, cell in cells if cell["kind"] == "number")
    labels = " ".join(
        text[s:e]
        for (s, e), cell in cells
        if cell["kind"] == "text" and not CHANGE_CELL.match(cell["raw"].strip())
    )
    return figures >= 2 and len(FIGURE_IN_LABEL.findall(labels)) >= figures


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
