"""Numbers inside the Notes column: a note that breaks an indicator down by level must add up to it.

The seed's survey note reads "Cấp tỉnh: 1.334 phiếu; Cấp huyên: 209.25 phiếu Cấp xã: 31.398"
beside item 6.1 = 53.657: the levels are read (tolerating a missing accent), each number is parsed
as a count, and the sum is compared with the indicator. When exactly one level's number is malformed
the finding says which value would make the note add up.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from ..catalogue import Rule, split_key
from ..findings import Evidence, Finding, Joined, Num, Ref
from ..numbers import ParsedNumber, parse_number
from .registry import register_check

LEVEL = re.compile(r"cấp\s+(tỉnh|huy\w{0,2}n|x[ãaã]|xa)\b\s*[:：]?\s*(\d[\d.,]*\d|\d)", re.IGNORECASE)
LEVEL_NAMES = {"t": "tỉnh", "h": "huyện", "x": "xã"}


def note_levels(note: str, prefer: str) -> list[tuple[str, str, ParsedNumber]]:
    """(level, raw number, parsed number) for each "Cấp …: N" in a note.

    >>> [(lvl, raw) for lvl, raw, _ in note_levels("Cấp tỉnh: 1.334 phiếu; Cấp huyên: 209.25 phiếu", "vi")]
    [('tỉnh', '1.334'), ('huyện', '209.25')]
    """
    out = []
    for match in LEVEL.finditer(note or ""):
        level = LEVEL_NAMES[match.group(1)[0].lower()]
        raw = match.group(2)
        out.append((level, raw, parse_number(raw, whole=True, prefer=prefer)))
    return out


class _Level:
    def __init__(self, level: str, raw: str, value: float | None):
        self.level, self.raw, self.value = level, raw, value

    def render(self, lang: str) -> str:
        name = (
            {"tỉnh": "province", "huyện": "district", "xã": "commune"}[self.level]
            if lang == "en"
            else f"cấp {self.level}"
        )
        shown = Num(self.value).render(lang) if self.value is not None else f"“{self.raw}”"
        return f"{name} {shown}"


def _check_rule(report, rule: Rule) -> Iterator[Finding]:
    total_ref = rule.one("total")
    total_row = report.row(total_ref)
    if total_row is None or math.isnan(total_row["value"]):
        return
    total = float(total_row["value"])
    seen: set[str] = set()
    for note_ref in rule.many("notes"):
        row = report.row(note_ref)
        if row is None or not isinstance(row["note"], str) or row["note"] in seen:
            continue
        seen.add(row["note"])
        levels = note_levels(row["note"], report.style)
        if len(levels) < 2:
            continue
        bad = [lvl for lvl in levels if not lvl[2].ok]
        good_sum: float = sum(p.value for _, _, p in levels if p.value is not None and p.ok)
        shown = Joined(tuple(_Level(lvl, raw, p.value if p.ok else None) for lvl, raw, p in levels), "; ")
        form, code = split_key(total_ref)
        evidence = [
            Evidence(
                row["source"],
                int(row["form"]),
                row["code"],
                row["sheet"],
                row["note_cell"],
                f"Ghi chú — {row['label']}",
                row["note"],
                None,
            ),
            report.evidence(total_ref),
        ]
        fields: dict[str, object] = {"total_ref": Ref(form, code), "total": Num(total), "levels_text": shown}
        template = rule.message
        expected = good_sum
        actual: float | None = total
        if len(bad) == 1:
            template = rule.extra_messages.get("message_malformed", rule.message)
            expected = total - good_sum
            fields |= {"raw": bad[0][1], "expected": Num(expected)}
            actual = bad[0][2].value
        elif not bad and abs(good_sum - total) > 1e-9:
            fields |= {"levels_sum": Num(good_sum)}
        else:
            continue
        yield Finding(
            rule.id,
            rule.severity,
            rule.title,
            template,
            fields,
            evidence,
            expected=expected,
            actual=actual,
            why=rule.why,
            form=form,
        )


@register_check("note-levels")
def check_note_levels(report) -> Iterator[Finding]:
    for rule in report.catalogue.rules:
        if rule.type == "note_levels":
            yield from _check_rule(report, rule)
