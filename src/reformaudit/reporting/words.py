"""The few words every output needs, in Vietnamese and English."""

from __future__ import annotations

import re
from itertools import groupby

from ..catalogue import Text
from ..numbers import format_number, parse_number

SEVERITY = {
    "error": Text("Lỗi", "Error"),
    "warning": Text("Cảnh báo", "Warning"),
    "info": Text("Thông tin", "Info"),
}
COLUMNS = {
    "severity": Text("Mức độ", "Severity"),
    "rule": Text("Quy tắc", "Rule"),
    "where": Text("Vị trí", "Where"),
    "message": Text("Nội dung", "Finding"),
}
AREA_HEADINGS = {
    "cross": Text("Liên biểu (đối chiếu giữa các biểu)", "Across forms"),
    "narrative": Text(
        "Thuyết minh (các số liệu trong văn bản báo cáo)", "Narrative (figures within the report's text)"
    ),
    "narrative_forms": Text("Thuyết minh đối chiếu với biểu số liệu", "Narrative against the forms"),
    "references": Text("Trích dẫn văn bản", "Legal references"),
    "periods": Text("Kỳ báo cáo và đối chiếu với các kỳ trước", "Reporting period and earlier periods"),
    "document": Text("Hoàn thiện hồ sơ", "Completeness of the submission"),
}
NO_FINDINGS = Text("Không phát hiện sai lệch nào.", "No discrepancies found.")


def group_heading(area: str, number: int | None, catalogue, lang: str) -> str:
    """The heading of a group of findings: a form, or one of the other areas."""
    if area == "forms" and number in catalogue.forms:
        title = catalogue.forms[number].title(lang)
        return f"Biểu mẫu {number} — {title}" if lang != "en" else f"Form {number} — {title}"
    return AREA_HEADINGS.get(area, AREA_HEADINGS["cross"])(lang)


def place(evidence, lang: str) -> str:
    """Where a piece of evidence sits: "Biểu 4!D11", "đoạn 63", "chú thích 14 (tr. 5)"."""
    if evidence.in_narrative:
        if evidence.footnote is not None:
            where = f"footnote {evidence.footnote}" if lang == "en" else f"chú thích {evidence.footnote}"
        elif evidence.paragraph is not None:
            where = f"paragraph {evidence.paragraph}" if lang == "en" else f"đoạn {evidence.paragraph}"
        else:
            where = ""
        if evidence.page is not None:
            where += f" (p. {evidence.page})" if lang == "en" else f" (tr. {evidence.page})"
        return where.strip()
    if evidence.cell:
        return f"{evidence.sheet}!{evidence.cell}" if evidence.sheet else evidence.cell
    if evidence.form is not None and evidence.code:
        return f"B{evidence.form} {evidence.code}"
    return ""


COUNTED = {  # English singular and plural; Vietnamese nouns do not change
    "error": Text("lỗi", "error|errors"),
    "warning": Text("cảnh báo", "warning|warnings"),
    "info": Text("thông tin", "info|info"),
    "indicator": Text("chỉ tiêu", "indicator|indicators"),
    "claim": Text("nhận định số liệu", "numeric claim|numeric claims"),
}


def plural(n: int, noun: str, lang: str) -> str:
    """ "13 errors", "1 warning", "13 lỗi": a count with its noun, the number in the language's style."""
    forms = COUNTED[noun](lang).split("|")
    return f"{format_number(n, lang)} {forms[0] if n == 1 or len(forms) == 1 else forms[1]}"


def summary_line(summary: dict, lang: str) -> str:
    counts = ", ".join(plural(summary[s], s, lang) for s in ("error", "warning", "info"))
    forms = ", ".join(str(f) for f in summary["forms"]) or "—"
    read = plural(summary["indicators_read"], "indicator", lang)
    claims = plural(summary.get("claims_checked", 0), "claim", lang)
    if lang == "en":
        forms_read = f"{read} read from forms {forms}" if summary["forms"] else "no forms"
        return f"Report {summary['report']}: {counts} — {forms_read}; {claims} of the narrative checked"
    forms_read = f"đã đọc {read} của các biểu {forms}" if summary["forms"] else "không có biểu mẫu"
    return f"Báo cáo {summary['report']}: {counts} — {forms_read}; đã kiểm tra {claims} của thuyết minh"


def places(finding, lang: str) -> list[str]:
    """The distinct places a finding points at, in order."""
    return list(dict.fromkeys(p for e in finding.evidence if (p := place(e, lang))))


def grouped(findings):
    """(area, form) and the findings of each group, in the order findings are sorted."""
    return groupby(findings, key=lambda f: (f.area, f.form if f.area == "forms" else None))


SUGGESTED = Text("Đề xuất", "Suggested")


def suggestion_text(suggestion, lang: str) -> str:
    """ "Biểu 4!D11: 528 → 537 (reason)", or for the narrative "đoạn 63: “41” → 42 (reason)"."""
    where = place(suggestion.evidence, lang)
    if suggestion.evidence.in_narrative and "/" in (suggestion.evidence.raw or ""):
        inside = "in" if lang == "en" else "trong"
        return f"{where}: {suggestion.render(lang)}, {inside} “{suggestion.evidence.raw}”"
    if suggestion.evidence.in_narrative:
        proposed = suggestion.render(lang).split(" → ", 1)[1]
        amount = _as_written(suggestion.evidence.raw or "", suggestion.proposed, lang)
        if amount:
            proposed = amount + proposed[proposed.index(" (") :] if " (" in proposed else amount
        return f"{where}: “{suggestion.evidence.raw}” → {proposed}"

    return f"{where}: {suggestion.render(lang)}"


def _written_amount() -> re.Pattern:
    """An amount as the narrative writes it: its digits, a scale word, the currency ("2,911 tỷ đồng", "80,36 tỷ USD")."""
    from ..narrative.quantities import MONEY_SCALE  # the narrative's modules only for a report that has one

    return re.compile(
        rf"^\s*(?P<digits>\d[\d.,]*)\s*(?P<scale>{MONEY_SCALE})\s*(?P<unit>đồng|USD)?", re.IGNORECASE
    )


def _as_written(raw: str, proposed: float, lang: str) -> str | None:
    """A proposed amount (read in triệu) in the scale and currency the narrative wrote it in: "2,911 tỷ đồng" →
    "112,911 tỷ đồng", not "112.911", which a reader takes for tỷ."""
    from ..narrative.quantities import COUNT_SCALE, scale_factor

    match = _written_amount().match(raw)
    if match is None or re.search(r"\d", raw[match.end() :]):
        return None  # not an amount, or one in two scales ("5.755 tỷ 631 triệu đồng"): as it was
    decimals = parse_number(match.group("digits"), prefer="vi").decimals
    unit = f" {match.group('unit')}" if match.group("unit") else ""
    scale = match.group("scale").lower()
    if unit or re.search(r"t[ỷỉ]", scale):
        amount = proposed / scale_factor(scale)
    else:  # a count in thousands or millions ("33,8 nghìn" tấn): read in units
        amount = proposed / COUNT_SCALE[scale.split()[0]]
    return f"{format_number(amount, lang, decimals)} {match.group('scale')}{unit}"


def advice(finding, lang: str) -> list[str]:
    """The suggestions and the diagnosis of a finding, one line each."""
    lines = [f"{SUGGESTED(lang)}: {suggestion_text(s, lang)}" for s in finding.suggestions]
    if finding.diagnosis:
        lines.append(finding.diagnosis(lang))
    return lines
