"""Relations of a table that add up: total rows against the rows above them, wholes against their parts
across columns."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..claim import Claim, breakdown
from ..quantities import Quantity
from .cells import BARE_TOTAL, SUBSET
from .groups import heading_groups
from .model import Table

ROW_KHAC = re.compile(r"\bkhác\b|\bcòn\s+lại\b", re.IGNORECASE)
ROW_ELLIPSIS = re.compile(r"(?:…|\.\.\.|\bv\.v\.?)\s*$", re.IGNORECASE)
ROW_LEVEL = re.compile(
    r"\bcấp\s+(?:tỉnh|huyện|xã)\b|^\s*mức(?:\s+độ)?\s+\d|huyện,\s*thị\s+xã|xã,\s*phường|sở,\s*(?:ban,\s*)?ngành",
    re.IGNORECASE,
)


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


def _zero(q: Quantity | None, table: Table, row: int, column: int) -> Quantity | None:
    """An empty or dashed cell of a part counts as 0."""
    if q is not None:
        return q
    cell = table.cell(row, column)
    if cell is None or cell["kind"] != "empty":
        return None
    start, end = int(cell["start"]), int(cell["end"])
    return Quantity(start, max(start, end), cell["raw"] or "-", "count", 0.0)


def _parts(table: Table, cells: list[tuple[int, int]]) -> list[Quantity] | None:
    """The parts' quantities (an empty cell as 0), or None when one of them holds no number."""
    out = []
    for row, column in cells:
        q = _zero(table.quantity(row, column), table, row, column)
        if q is None:
            return None
        out.append(q)
    return out


def row_span(table: Table, block: int) -> tuple[int, int]:
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
    for whole, members in heading_groups(table):
        out.append((whole, [members], members))
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


def total_row_claims(table: Table) -> list[TableClaim]:
    rows = table.rows
    out = []
    for t, candidates, chosen in _sums(table):
        labels = [str(rows["label"].iloc[r]) for r in chosen]
        exhaustive = any(ROW_KHAC.search(label) for label in labels) or all(
            ROW_LEVEL.search(label) for label in labels
        )
        open_ended = bool(labels) and bool(ROW_ELLIPSIS.search(labels[-1]))
        for c in table.count_columns:
            whole = table.quantity(t, c)
            if whole is None:
                continue
            holds = False
            for candidate in candidates:
                parts = _parts(table, [(r, c) for r in candidate])
                if parts is None:
                    continue
                mean = sum(p.value for p in parts) / len(parts)
                if breakdown(0, (0, 0), whole, parts, True).status == "ok" or (
                    len(parts) > 1 and abs(round(mean, whole.decimals) - whole.value) <= 1e-9
                ):
                    holds = True  # a sum, or an average row
                    break
            parts = _parts(table, [(r, c) for r in chosen])
            if parts is None:
                continue
            block = int(rows["block"].iloc[t])
            claim = breakdown(block, row_span(table, block), whole, parts, True)
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


def states_in_row(table: Table) -> dict[str, int]:
    """One count column per state (a state heading two count columns is left out)."""
    found: dict[str, list[int]] = {}
    for c in table.count_columns:
        role = table.columns.at[c, "role"]
        if role is not None:
            found.setdefault(str(role), []).append(c)
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
    candidates = [c for c in table.count_columns if cols.at[c, "role"] is None]
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


def total_column_claims(table: Table) -> list[TableClaim]:
    out = []
    states = states_in_row(table)
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
            quantities = _parts(table, [(r, c) for c in parts_c])
            if w is None or quantities is None or all(p.value == 0 for p in quantities) and w.value == 0:
                continue
            block = int(table.rows["block"].iloc[r])
            claim = breakdown(block, row_span(table, block), w, quantities, exhaustive, subset=subset)
            if claim.status == "fail" and claim.computed < claim.stated and may_hold_more:
                claim.uncertain = True
            claim.notes.append("table")
            out.append(
                TableClaim(
                    "total-column",
                    claim,
                    [block] * (len(quantities) + 1),
                    table,
                    r,
                    whole_c,
                    _short([headers[c] for c in parts_c]),
                )
            )
    return out
