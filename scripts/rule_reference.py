"""Generate docs/rule-reference.md from rules/ (the built-in catalogue).

python scripts/rule_reference.py          # rewrite the file
python scripts/rule_reference.py --check  # exit 1 when the file is out of date (CI runs this as a test)
"""

from __future__ import annotations

import sys
from pathlib import Path

from reformaudit.catalogue import load_catalogue

TARGET = Path(__file__).resolve().parent.parent / "docs" / "rule-reference.md"
KIND = {
    "count": "số đếm / count",
    "percent": "% ",
    "money": "triệu đồng",
    "choice": "mã / code",
    "group": "—",
}


def _cell(text) -> str:
    return str(text or "").replace("|", "\\|").replace("\n", " ")


def _validity(entry) -> str:
    """ " (từ 1/7/2025 / from 1/7/2025)", " (đến 30/6/2025 / until 30/6/2025)", or "" (docs/periods.md)."""
    parts = []
    for day, vi, en in ((entry.valid_from, "từ", "from"), (entry.valid_to, "đến", "until")):
        if day is not None:
            written = f"{day.day}/{day.month}/{day.year}"
            parts.append(f"{vi} {written} / {en} {written}")
    return f" ({'; '.join(parts)})" if parts else ""


def render() -> str:
    cat = load_catalogue()
    out = [
        "# Rule reference",
        "",
        "Generated from `rules/` by `scripts/rule_reference.py`; do not edit by hand.",
        "",
        "## Forms and indicators",
        "",
    ]
    for number, form in cat.forms.items():
        out += [
            f"### Biểu mẫu {number} — {form.title.vi} ({form.title.en})",
            "",
            "| STT | Chỉ tiêu | Đơn vị tính | Loại |",
            "| --- | --- | --- | --- |",
        ]
        for ind in form.indicators:
            kind = KIND[ind.kind] + (
                " " + ", ".join(f"{k} = {v}" for k, v in ind.choices.items()) if ind.choices else ""
            )
            out.append(f"| {ind.code} | {_cell(ind.label)} | {_cell(ind.unit)} | {_cell(kind + _validity(ind))} |")
        out.append("")
    out += [
        "## Relations",
        "",
        "| id | type | severity | indicators | title | why |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for rule in cat.rules:
        refs = ", ".join(rule.keys)
        why = rule.why.vi if rule.why else ""
        out.append(
            f"| `{rule.id}` | {rule.type}{_validity(rule)} | {rule.severity} | {refs} | {_cell(rule.title.vi)} / {_cell(rule.title.en)} | {_cell(why)} |"
        )
    out += [
        "",
        "## Checks on cells, the workbook, the narrative and references",
        "",
        "| id | severity | title |",
        "| --- | --- | --- |",
    ]
    for spec in cat.checks.values():
        out.append(f"| `{spec.id}` | {spec.severity} | {_cell(spec.title.vi)} / {_cell(spec.title.en)} |")
    out += [
        "",
        "## Narrative statements",
        "",
        "| id | indicator | severity | section | before | after | role |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for s in cat.statements:
        role = f"{' or '.join(s.states)} ({s.level})" if s.states else ""
        out.append(
            f"| `{s.id}` | {s.indicator} | {s.severity} | {_cell(', '.join(s.section))} | {_cell(' / '.join(s.before))} | {_cell(' / '.join(s.after))} | {_cell(role)} |"
        )
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET} is out of date: run python scripts/rule_reference.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
