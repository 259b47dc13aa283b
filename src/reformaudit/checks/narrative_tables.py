"""Tables in the narrative checked like the forms: total rows, wholes and their parts across columns, rates, and
the change between two years' columns.

The tables and their relations come from :mod:`reformaudit.narrative.tables`; a relation that does not hold is
a finding whose evidence is each cell it rests on (the whole first), with the row it sits in. Severity follows
the narrative's policy (docs/narrative.md, "Severity"): parts above their whole, an exhaustive breakdown short,
a rate its cells do not give are errors; a whole that may hold a category the table does not show (rows with
no "Khác" or ending in "…"; received with no cancelled column), or a rate with several possible
denominators none of which fits, a warning; a rate rounded down, info.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..findings import Finding, Joined, Num
from .registry import register_check
from .spec import check_finding

if TYPE_CHECKING:
    from ..narrative.tables import TableClaim

RULES = {
    "total-row": "TABLE.total-row",
    "total-column": "TABLE.total-column",
    "rate": "TABLE.rate",
    "change": "TABLE.change",
}
MAX_NAMED_ROWS = 6


class _Labelled:
    """A cell's number with its column: "257.141 (Đã xử lý)"."""

    def __init__(self, num: Num, header: str):
        self.num, self.header = num, header

    def render(self, lang: str) -> str:
        text = self.num.render(lang)
        return f"{text} ({self.header})" if self.header else text


def _quoted(labels: list[str]) -> str:
    shown = [f"“{label}”" for label in labels[:MAX_NAMED_ROWS]]
    return ", ".join(shown) + (", …" if len(labels) > MAX_NAMED_ROWS else "")


def _column(tc: TableClaim) -> str:
    """The column's header, or its place from the left when the table gave it none ("4")."""
    return tc.header or str(tc.column + 1)


def _fields(tc: TableClaim) -> dict:
    claim = tc.claim
    label = tc.label or "—"
    if tc.rule == "rate":
        whole, part, percent = claim.quantities
        shown = max(claim.decimals, 2)
        return {
            "label": label,
            "column": _column(tc),
            "stated": Num(claim.stated, claim.decimals, True),
            "computed": Num(claim.computed, shown, True),
            "numerator": part.raw,
            "denominator": whole.raw,
        }
    if tc.rule == "change":
        before, after, change = claim.quantities
        of_percent = change.kind == "percent"
        return {
            "label": label,
            "column": _column(tc),
            "stated": Num(claim.stated, claim.decimals, of_percent),
            "computed": Num(claim.computed, max(claim.decimals, 2) if of_percent else 0, of_percent),
            "before": _Labelled(Num(before.value, before.decimals), tc.names[0]),
            "after": _Labelled(Num(after.value, after.decimals), tc.names[1]),
        }
    fields = {
        "label": label,
        "column": _column(tc),
        "stated": Num(claim.stated),
        "computed": Num(claim.computed),
        "difference": Num(claim.computed - claim.stated),
    }
    if tc.rule == "total-row":
        return fields | {"rows": _quoted(tc.names), "count": Num(float(len(tc.names)))}
    parts = tuple(
        _Labelled(Num(q.value, q.decimals), name) for q, name in zip(claim.quantities[1:], tc.names)
    )
    return fields | {"parts": Joined(parts)}


def table_finding(report, tc: TableClaim) -> Finding | None:
    claim = tc.claim
    if claim.status == "ok":
        return None
    evidence = [
        report.narrative_evidence(block, q.raw, q.value) for q, block in zip(claim.quantities, tc.blocks)
    ]
    finding = check_finding(
        report.catalogue,
        RULES[tc.rule],
        _fields(tc),
        evidence,
        area="narrative",
        expected=claim.computed,
        actual=claim.stated,
        severity=claim.severity,
    )
    finding.origin = claim
    return finding


@register_check("narrative-tables")
def check_narrative_tables(report) -> Iterator[Finding]:
    for tc in report.table_claims:
        finding = table_finding(report, tc)
        if finding:
            yield finding
