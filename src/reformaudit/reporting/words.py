"""The few words every output needs, in Vietnamese and English."""

from __future__ import annotations

from ..catalogue import Text

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
CROSS_FORMS = Text("Liên biểu (đối chiếu giữa các biểu)", "Across forms")
NO_FINDINGS = Text("Không phát hiện sai lệch nào.", "No discrepancies found.")


def form_heading(number: int | None, catalogue, lang: str) -> str:
    if number is None or number not in catalogue.forms:
        return CROSS_FORMS(lang)
    title = catalogue.forms[number].title(lang)
    return f"Biểu mẫu {number} — {title}" if lang != "en" else f"Form {number} — {title}"


def summary_line(summary: dict, lang: str) -> str:
    e, w, i = summary["error"], summary["warning"], summary["info"]
    forms = ", ".join(str(f) for f in summary["forms"]) or "—"
    if lang == "en":
        return (
            f"Report {summary['report']}: {e} error(s), {w} warning(s), {i} info — "
            f"{summary['indicators_read']} indicators read from forms {forms}"
        )
    return (
        f"Báo cáo {summary['report']}: {e} lỗi, {w} cảnh báo, {i} thông tin — "
        f"đã đọc {summary['indicators_read']} chỉ tiêu của các biểu {forms}"
    )
