"""TEXT.unreadable: the narrative's text came out damaged (detached marks, words split letter by
letter, replacement characters, mojibake), so what is read from it cannot be trusted.

Thresholds, measured with ``reformaudit.narrative.quality``: the sample report read well (its .txt,
its .docx, its PDFs read by read_pdf) and 128 000 letters of real passages (tests/data/narrative_corpus)
have no damaged character at all; the same report read by pypdf from a LibreOffice export whose font
lacks Vietnamese letters has 39% (pdfminer.six: 34%). From 1% on — a damaged character about every
twenty words, so about one sentence in two has a broken word or number — it is an error: numbers and
words read from the text cannot be trusted. Below that, five damaged characters or more are a warning;
fewer are left alone (a stray symbol is not worth a finding).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, Num
from .registry import register_check
from .spec import check_finding

ERROR_SHARE = 0.01  # damaged characters per letter from which the text is not to be trusted
MIN_DAMAGED = 5  # fewer damaged characters than this give no finding


@register_check("text-quality")
def check_text_quality(report) -> Iterator[Finding]:
    narrative = report.narrative
    if narrative is None or not len(narrative):
        return
    # the narrative's modules only for a report that has one
    from ..narrative.quality import example, measure_texts

    texts = [str(t) for t in narrative["text"]]
    total, each = measure_texts(texts)
    if total.damaged < MIN_DAMAGED:
        return
    worst = max(range(len(each)), key=lambda i: each[i].damaged)
    start, end = each[worst].spans[0]
    text = texts[worst]
    fields = {
        "share": Num(total.share * 100, 1 if total.share >= 0.001 else 2, True),
        "count": Num(float(total.damaged)),
        "example": example(text, each[worst]),
    }
    evidence = [report.narrative_evidence(worst, fields["example"], None, (max(0, start - 60), end + 60))]
    yield check_finding(
        report.catalogue,
        "TEXT.unreadable",
        fields,
        evidence,
        area="narrative",
        severity="error" if total.share >= ERROR_SHARE else "warning",
    )
