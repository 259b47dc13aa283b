"""Rates of a table: a percent cell against its count over the whole its role belongs to."""

from __future__ import annotations

import math
from typing import cast

import pandas as pd

from ..claim import rate_claim
from ..flow import DENOMINATORS
from ..quantities import Quantity
from ..roles import FAMILY, PLAN
from ..row_tables import rows_a_rate_names
from .cells import CHANGE
from .model import Table
from .relations import TableClaim, row_span, states_in_row


def _denominators(table: Table, row: int, column: int, state: str | None, states: dict[str, int]):
    """(denominator quantity, its block) a percent of ``column`` may be taken over, in order of preference."""
    rows = table.rows
    out = []
    family = FAMILY.get(state) if state else None
    if family:
        for s in DENOMINATORS[family]:
            if s in states and states[s] != column:
                q = table.quantity(row, states[s])
                if q is not None:
                    out.append((q, int(rows["block"].iloc[row])))
    if not out:
        plans = [
            c for c in table.count_columns if c != column and PLAN.search(str(table.columns.at[c, "header"]))
        ]
        if plans and not PLAN.search(str(table.columns.at[column, "header"])):
            q = table.quantity(row, plans[0])  # "Kế hoạch | Thực hiện | Tỷ lệ": done of the plan
            if q is not None:
                out.append((q, int(rows["block"].iloc[row])))
        previous = [
            c for c in table.count_columns if c < column and table.columns.at[c, "role"] in (None, "total")
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


def _share(table, block: int, whole: Quantity, part: Quantity, percent: Quantity, computed: float):
    """A percent of the table as the share of ``part`` in ``whole``, placed on the row it stands in."""
    roles = ["whole", "part", "percent"]
    claim = rate_claim(
        "share", block, row_span(table, block), [whole, part, percent], roles, percent, computed
    )
    claim.notes.append("table")
    return claim


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
            claim = _share(table, percent_block, whole, numerator, percent_q, computed)
            found = TableClaim(
                "rate", claim, [whole_block, block, percent_block], table, row, percent_column, []
            )
            if claim.status == "ok":
                return found
            best = best or found  # the first whole the state's family takes, with the count as written
    if best is not None and best.claim.status == "fail" and len(wholes) > 1:
        best.claim.uncertain = True  # several wholes are possible and none fits
    return best


def _named_rows(table: Table, r: int) -> tuple[int, int] | None:
    """The rows a percent row names: "Tỷ lệ hộ nghèo %" is "Số hộ nghèo …" over "Tổng số hộ …", wherever they
    stand in the table."""
    labels = [" ".join(str(label).lower().split()) for label in table.rows["label"]]
    counted, bases = rows_a_rate_names(labels, labels[r])
    if len(counted) != 1 or len(bases) != 1 or counted == bases:
        return None
    return bases[0], counted[0]


def _row_over_row(table: Table, r: int, block: int) -> list[TableClaim]:
    """A percent row under two rows of counts and no "Tổng" column ("Trường tiểu học | 196 | 17 …" / "Trường đạt
    CQG | 109 | 11 …" / "Tỉ lệ % | 55.61 | 64.71 …"): in each column, the row above over the one above that; or
    the rows its label names ("Tỷ lệ hộ nghèo %" of "Số hộ nghèo" in "Tổng số hộ")."""
    kinds = table.rows["kind"].tolist()
    named = _named_rows(table, r)
    whole_row, part_row = named or (r - 2, r - 1)
    if named is None and (r < 2 or any(kinds[t] in ("percent", "heading") for t in (r - 1, r - 2))):
        return []
    out = []
    blocks = [int(table.rows["block"].iloc[t]) for t in (whole_row, part_row)]
    for c in table.count_columns:
        whole, part, p = table.quantity(whole_row, c), table.quantity(part_row, c), table.quantity(r, c)
        if whole is None or part is None or p is None or not whole.value or part.value > whole.value:
            continue
        p = Quantity(p.start, p.end, p.raw, "percent", p.value, p.decimals)
        claim = _share(table, block, whole, part, p, part.value / whole.value * 100)
        out.append(TableClaim("rate", claim, [*blocks, block], table, r, c, []))
    if named is None and len(out) > 1 and all(found.claim.status == "fail" for found in out):
        return []  # read from the layout alone, and false in every column: the percents are of other rows
    return out


def rate_claims(table: Table) -> list[TableClaim]:
    out = []
    states = states_in_row(table)
    cols = table.columns
    rows = table.rows
    kinds = rows["kind"].tolist()
    for r, kind in enumerate(kinds):
        block = int(rows["block"].iloc[r])
        if kind == "percent":
            reference = next((t for t in range(r - 1, -1, -1) if kinds[t] == "total"), r - 1)
            total = states.get("total")
            if total is None:
                out += _row_over_row(table, r, block)
                continue
            if reference < 0:
                continue
            whole = table.quantity(reference, total)
            if whole is None or not whole.value:
                continue
            for c in table.count_columns:
                cell = table.cell(r, c)
                if c == total or cell is None or pd.isna(cell["value"]):
                    continue
                part = table.quantity(reference, c)
                p = table.quantity(r, c)
                if part is None or p is None:
                    continue
                p = Quantity(p.start, p.end, p.raw, "percent", p.value, p.decimals)
                claim = _share(table, block, whole, part, p, part.value / whole.value * 100)
                ref_block = int(rows["block"].iloc[reference])
                out.append(TableClaim("rate", claim, [ref_block, ref_block, block], table, r, c, []))
            continue
        for p in cols.index[cols["role"] == "percent"]:
            of = cols.at[p, "of"]
            if of is None or CHANGE.search(str(cols.at[p, "header"])):
                continue
            found = _rate_claim(
                table, r, table.quantity(r, p), block, int(cast(float, of)), cols.at[p, "state"], states, p
            )
            if found:
                out.append(found)
        for c in table.count_columns:
            cell = table.cell(r, c)
            if cell is not None and isinstance(cell["share"], Quantity):
                state = cols.at[c, "role"]
                found = _rate_claim(table, r, cell["share"], block, c, state, states, c)
                if found:
                    out.append(found)
    return out
