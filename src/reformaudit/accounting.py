"""Findings about what a report's files hold as a whole: a file given twice, no form read at all, and
one indicator given two different values (a contradiction, not a repetition)."""

from __future__ import annotations

from collections.abc import Iterator

from .catalogue import Text
from .checks.spec import check_finding
from .findings import Counted, Evidence, Finding, Ref
from .inventory import Inventory
from .loading.row import FormRow, matched_key
from .report import present, row_evidence


def account(report, stock: Inventory | None) -> Iterator[Finding]:
    cat = report.catalogue
    for copy, original in stock.copies if stock else ():
        fields: dict[str, object] = {"copy": copy.name, "original": original.name}
        yield check_finding(cat, "FILE.duplicate", fields, [Evidence(str(copy))], area="document")
    if not report.has_forms:
        fields = {"claims": Counted(report.claims_checked, "số liệu", "figure|figures")}
        yield check_finding(
            cat, "REPORT.no-forms", fields, [Evidence(", ".join(report.sources))], area="document"
        )
    yield from conflicting_values(report)


def conflicting(rows: list[FormRow]) -> bool:
    """Whether rows that give one indicator hold different values (blank cells aside)."""
    return len({float(r["value"]) for r in rows if present(r["value"])}) > 1


def repeated_rows(report) -> dict[tuple[int, str], list[FormRow]]:
    """Indicators given on more than one row of visible sheets, with those rows in reading order."""
    by_key: dict[tuple[int, str], list[FormRow]] = {}
    for r in report.rows:
        if r["matched_by"] and not r["hidden_sheet"]:
            by_key.setdefault(matched_key(r), []).append(r)
    return {k: rows for k, rows in by_key.items() if len(rows) > 1}


def conflicting_values(report) -> Iterator[Finding]:
    for (form, code), rows in repeated_rows(report).items():
        if not conflicting(rows):
            continue
        given = [r for r in rows if present(r["value"])]
        shown = [f"{r['raw']} ({r['sheet']}!{r['cell']})" for r in given]
        fields = {
            "ref": Ref(form, code, True),
            "values": Text(" và ".join(shown), " and ".join(shown)),
            "used": shown[0],
        }
        yield check_finding(
            report.catalogue, "FORM.conflicting-value", fields, [row_evidence(r) for r in given], form=form
        )
