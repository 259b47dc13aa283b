"""NARR.malformed: a figure of the narrative written with digit groups no style allows ("636.8392 người"), which
cannot be read as a number and so is not checked against the others (``reformaudit.narrative.malformed``)."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ..report import excerpt
from .registry import register_check
from .spec import check_finding

AROUND = 80  # characters of the sentence shown on each side of the figure


@register_check("narrative-number-writing")
def check_narrative_number_writing(report) -> Iterator[Finding]:
    for block, found in enumerate(report.malformed):
        text = str(report.paragraphs[block]["text"]) if found else ""
        for match in found:
            span = (max(0, match.start() - AROUND), min(len(text), match.end() + AROUND))
            fields = {"excerpt": excerpt(text, *span), "raw": match.group(0)}
            evidence = [report.narrative_evidence(block, match.group(0), None, span)]
            yield check_finding(report.catalogue, "NARR.malformed", fields, evidence, area="narrative")
