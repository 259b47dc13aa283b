"""Checks on the shape of the submission: forms missing, rows that are in no form, rows given twice."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Evidence, Finding, Ref
from ..loading.row import FormRow, matched_key
from ..report import present, row_evidence, row_form
from ..text import short
from .registry import register_check
from .spec import check_finding

REPEATED_FORM_ROWS = 3


def forms_found(report) -> set[int]:
    return {int(r["form"]) for r in report.first_rows.values()}


@register_check("structure")
def check_structure(report) -> Iterator[Finding]:
    if not report.has_forms:
        return
    cat = report.catalogue
    found = forms_found(report)
    for number, spec in cat.forms.items():
        if number not in found:
            fields = {"form": number, "form_title": spec.title}
            yield check_finding(
                cat, "FORM.missing-form", fields, [Evidence(", ".join(report.sources))], form=number
            )
    matched = [r for r in report.rows if r["matched_by"]]
    hidden: dict[tuple[str, str], list[FormRow]] = {}
    for r in matched:
        if r["hidden_sheet"]:
            hidden.setdefault((r["source"], r["sheet"]), []).append(r)
    for (source, sheet), group in sorted(hidden.items()):
        fields = {"sheet": sheet, "count": len(group)}
        yield check_finding(
            cat, "FORM.hidden-sheet", fields, [Evidence(source, sheet=sheet)], form=row_form(group[0])
        )
    for row in report.rows:
        if row["matched_by"] or not present(row["value"]):
            continue
        form = row_form(row)
        fields = {
            "form": "?" if form is None else form,
            "code": row["code_raw"] or "—",
            "label_short": short(row["label_raw"], 60),
        }
        yield check_finding(cat, "FORM.unknown-row", fields, [row_evidence(row, row["label_raw"])], form=form)
    if len(matched) > len(report.first_rows):  # some indicator was read more than once
        yield from _duplicates(report, matched)


def _conflicting(rows: list[FormRow]) -> bool:
    """Different values on visible sheets: FORM.conflicting-value (reformaudit.accounting) reports them."""
    return len({float(r["value"]) for r in rows if not r["hidden_sheet"] and present(r["value"])}) > 1


def _duplicates(report, matched: list[FormRow]) -> Iterator[Finding]:
    """Indicators given more than once: one finding per row, or one per form when a whole form is repeated."""
    cat = report.catalogue
    ordered = sorted(matched, key=lambda r: bool(r["hidden_sheet"]))  # the rows used come first
    by_form: dict[int, dict[str, list[FormRow]]] = {}
    for r in ordered:
        form, code = matched_key(r)
        by_form.setdefault(form, {}).setdefault(code, []).append(r)
    for form, codes in sorted(by_form.items()):
        repeated = {
            code: rows for code, rows in sorted(codes.items()) if len(rows) > 1 and not _conflicting(rows)
        }
        if not repeated:
            continue
        rows = [r for r in ordered if matched_key(r)[0] == form and r["code"] in repeated]
        sheets = list(dict.fromkeys(r["sheet"] for r in rows))
        if len(repeated) > REPEATED_FORM_ROWS and len(sheets) > 1:
            fields = {
                "form": form,
                "count": len(repeated),
                "sheets": ", ".join(f"“{s}”" for s in sheets),
                "used": sheets[0],
            }
            evidence = [Evidence(rows[0]["source"], form, sheet=s) for s in sheets]
            yield check_finding(cat, "FORM.duplicate-form", fields, evidence, form=form)
            continue
        for code, group in repeated.items():
            cells = ", ".join(f"{r['sheet']}!{r['cell']}" for r in group)
            fields = {"ref": Ref(form, code, True), "count": len(group), "cells": cells}
            yield check_finding(
                cat, "FORM.duplicate-row", fields, [row_evidence(r) for r in group], form=form
            )
