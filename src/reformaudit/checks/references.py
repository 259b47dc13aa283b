"""Legal references and blank fields: one document cited with two dates, a number whose year differs
from its date, a report number or date left to fill in."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..findings import Evidence, Finding
from ..narrative.blanks import find_blanks
from ..report import present, row_form
from .narrative import excerpt
from .registry import register_check
from .spec import check_finding

if TYPE_CHECKING:
    from ..narrative.citations import Citation


def _mentions(report) -> list[tuple[Citation, Evidence]]:
    noted = [row for row in report.rows if present(row["note"])]
    if report.narrative is None and not noted:
        return []
    from ..narrative.citations import find_citations  # pandas with it: only for a report that may cite

    out = []
    if report.narrative is not None:
        for block, text in enumerate(report.narrative["text"]):
            for c in find_citations(text):
                out.append(
                    (c, report.narrative_evidence(block, c.raw, None, (max(0, c.start - 60), c.end + 60)))
                )
    for row in noted:
        for c in find_citations(row["note"]):
            out.append(
                (
                    c,
                    Evidence(
                        row["source"],
                        row_form(row),
                        row["code"],
                        row["sheet"],
                        row["note_cell"],
                        f"Ghi chú — {row['label']}",
                        c.raw,
                    ),
                )
            )
    return out


def _name(c: Citation) -> str:
    return f"{c.doc_type.capitalize()} số {c.number}"


@register_check("citations")
def check_citations(report) -> Iterator[Finding]:
    mentions = _mentions(report)
    by_document: dict[tuple, list[tuple[Citation, Evidence]]] = defaultdict(list)
    for c, evidence in mentions:
        by_document[c.key].append((c, evidence))
    for group in by_document.values():
        dates = [c.date for c, _ in group if c.date]
        if len(set(dates)) > 1:
            counted = ", ".join(
                f"{d} ({dates.count(d)}×)" if dates.count(d) > 1 else d for d in dict.fromkeys(dates)
            )
            fields = {"doc": _name(group[0][0]), "dates": counted}
            yield check_finding(
                report.catalogue,
                "REF.date-conflict",
                fields,
                [e for c, e in group if c.date],
                area="references",
            )
    seen: set[tuple[tuple[str, str], str | None]] = set()
    for c, evidence in mentions:
        when = c.parsed_date
        if c.number_year and when and when.year != c.number_year and (c.key, c.date) not in seen:
            seen.add((c.key, c.date))
            fields = {"doc": _name(c), "number_year": str(c.number_year), "date": str(c.date)}
            yield check_finding(report.catalogue, "REF.year-mismatch", fields, [evidence], area="references")


@register_check("blank-fields")
def check_blank_fields(report) -> Iterator[Finding]:
    if report.narrative is not None:
        for block, text in enumerate(report.narrative["text"]):
            matches = find_blanks(text)
            if matches:
                span = (max(0, matches[0].start() - 60), min(len(text), matches[-1].end() + 60))
                fields = {"excerpt": excerpt(text, *span)}
                raw = " … ".join(m.group(0) for m in matches)
                evidence = [report.narrative_evidence(block, raw, None, span)]
                yield check_finding(report.catalogue, "DOC.blank-field", fields, evidence, area="document")
    seen: set[tuple[tuple[str, str], str | None]] = set()
    for source, sheet, cell, text in report.texts:
        matches = find_blanks(text)
        if matches and text not in seen:
            seen.add(text)  # the same title repeated on every sheet is one blank to fill
            fields = {"excerpt": excerpt(text, 0, len(text))}
            evidence = [
                Evidence(
                    source, sheet=sheet, cell=cell, raw=" … ".join(m.group(0) for m in matches), label=text
                )
            ]
            yield check_finding(report.catalogue, "DOC.blank-field", fields, evidence, area="document")
