"""Checks on the shape of the submission: forms missing, rows that are in no form, rows given twice."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Evidence, Finding, Ref
from ..text import short
from .registry import register_check
from .spec import check_finding

REPEATED_FORM_ROWS = 3


def forms_found(report) -> set[int]:
    return {int(r["form"]) for r in report._records.values()}


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
    frame = report.forms
    matched = frame["matched_by"] != ""
    hidden = (
        frame[matched & frame["hidden_sheet"].astype(bool)]
        if frame["hidden_sheet"].any()
        else frame.iloc[0:0]
    )
    for (source, sheet), group in hidden.groupby(["source", "sheet"]):
        fields = {"sheet": sheet, "count": len(group)}
        yield check_finding(
            cat, "FORM.hidden-sheet", fields, [Evidence(source, sheet=sheet)], form=int(group["form"].iloc[0])
        )
    unknown_mask = ~matched & frame["value"].notna()
    unknown = frame[unknown_mask] if unknown_mask.any() else frame.iloc[0:0]

    for row in unknown.itertuples(index=False):
        form = "?" if row.form is None or row.form != row.form else int(row.form)
        fields = {"form": form, "code": row.code_raw or "—", "label_short": short(row.label_raw, 60)}
        evidence = [
            Evidence(
                row.source,
                None if form == "?" else form,
                row.code,
                row.sheet,
                row.cell,
                row.label_raw,
                row.raw,
                row.value,
            )
        ]
        yield check_finding(cat, "FORM.unknown-row", fields, evidence, form=None if form == "?" else form)
    if int(matched.sum()) > len(report.indexed):  # some indicator was read more than once
        yield from _duplicates(report)


def _duplicates(report) -> Iterator[Finding]:
    """Indicators given more than once: one finding per row, or one per form when a whole form is repeated."""
    cat = report.catalogue
    matched = report.forms[report.forms["matched_by"] != ""].sort_values("hidden_sheet", kind="stable")
    repeated = matched[matched.duplicated(["form", "code"], keep=False)]
    for form, rows in repeated.groupby("form", sort=True):
        sheets = list(dict.fromkeys(rows["sheet"]))
        if rows["code"].nunique() > REPEATED_FORM_ROWS and len(sheets) > 1:
            fields = {
                "form": int(form),
                "count": rows["code"].nunique(),
                "sheets": ", ".join(f"“{s}”" for s in sheets),
                "used": sheets[0],
            }
            evidence = [Evidence(rows["source"].iloc[0], int(form), sheet=s) for s in sheets]
            yield check_finding(cat, "FORM.duplicate-form", fields, evidence, form=int(form))
            continue
        for code, group in rows.groupby("code", sort=True):
            cells = ", ".join(f"{s}!{c}" for s, c in zip(group["sheet"], group["cell"]))
            fields = {"ref": Ref(int(form), code, True), "count": len(group), "cells": cells}
            evidence = [
                Evidence(r.source, int(r.form), r.code, r.sheet, r.cell, r.label, r.raw, r.value)
                for r in group.itertuples(index=False)
            ]
            yield check_finding(cat, "FORM.duplicate-row", fields, evidence, form=int(form))
