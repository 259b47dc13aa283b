"""A table's column of changes between the two years it compares: under "Nội dung | Năm 2018 | Năm 2017 | Tỷ lệ
giữa năm 2018 với 2017", the row "Thí sinh tự do | 56.971 | 79.703 | Giảm 28,6%" says 56.971 is 28,6 % below
79.703 (it is 28,52 % below). A cell "Tăng 150" is an amount, "Tăng 6,9%" a percent of the earlier year's figure
(of two percents, points). Read from the headers' years and the cells' words, so a change that does not fit is a
warning, like a comparison in the text."""

from __future__ import annotations

import re

from ...numbers import parse_number
from ..change_checks import checked_change
from ..quantities import Quantity
from .cells import CHANGE_CELL, YEAR
from .model import Table
from .relations import TableClaim, row_span


def change_claims(table: Table) -> list[TableClaim]:
    headers = table.columns["header"].tolist()
    years = {c: int(m.group()) for c in table.count_columns if (m := YEAR.search(str(headers[c])))}
    if len(years) != 2 or len(set(years.values())) != 2:
        return []
    then, now = sorted(years, key=lambda c: years[c])
    out = []
    for c in range(len(headers)):
        cells = [table.cell(r, c) for r in range(len(table.rows))]
        written = [(r, cell) for r, cell in enumerate(cells) if cell is not None and cell["text"]]
        changes = [(r, cell, m) for r, cell in written if (m := CHANGE_CELL.match(cell["text"]))]
        if c in years or not changes or len(changes) < len(written):
            continue
        for r, cell, m in changes:
            before, after = table.quantity(r, then), table.quantity(r, now)
            if before is None or after is None:
                continue
            delta = _delta(cell, m)
            if delta is None:
                continue
            block = int(table.rows["block"].iloc[r])
            claim = checked_change(block, row_span(table, block), before, after, delta)
            claim.notes.append("table")
            out.append(TableClaim("change", claim, [block] * 3, table, r, c, [headers[then], headers[now]]))
    return out


def _delta(cell: dict, m: re.Match) -> Quantity | None:
    """The change a cell states, as a quantity of its row's block ("Giảm 28,6%" → 28,6 %)."""
    parsed = parse_number(m.group(1), prefer="vi")
    if parsed.value is None:
        return None
    start = int(cell["start"]) + m.start(1)
    end = int(cell["start"]) + m.end(2 if m.group(2) else 1)
    kind = "percent" if m.group(2) else "count"
    return Quantity(start, end, m.group(1) + m.group(2), kind, float(parsed.value), parsed.decimals)
