"""What a rules file may say: the keys of each entry and the fields of each message template. A misspelt
key, an unknown check or an unknown field is an error naming the file and line, never silently ignored.

>>> sorted(fields_of(Text("{ref}: {value} là số âm.", "{ref}: {value} is negative.")))
['ref', 'value']
"""

from __future__ import annotations

import difflib
import re
import string
from pathlib import Path

from ..errors import RulesError
from ..guard import refuse
from .model import Text

TOP_KEYS = {"form", "title", "indicators", "relations", "checks", "statements"}
TOP_KEYS |= {"over_time", "roll_up", "carry_over"}  # reformaudit.periods
# How an indicator behaves from one period to the next (reformaudit.periods.series)
OVER_TIME = ("cumulative", "year_plan", "flow", "reach")
# The levels whose units' reports add up to a province's figure (reformaudit.periods.rollup)
ROLL_UP = ("department", "district", "commune")
VALIDITY_KEYS = {"valid_from", "valid_to"}
INDICATOR_KEYS = {"code", "label", "kind", "unit", "choices"} | VALIDITY_KEYS
CHECK_KEYS = {"id", "severity", "title", "message"}
RELATION_KEYS = {"id", "type", "severity", "title", "message", "why", "unit_words"} | VALIDITY_KEYS
STATEMENT_KEYS = {"id", "indicator", "severity", "title", "message", "why", "part", "role"} | {
    "section",
    "paragraph",
    "sentence",
    "before",
    "after",
    "exclude",
}
# The fields each kind of message is filled with, besides relations' (each relation type's ``fields``):
# checks.narrative_forms.
MESSAGE_FIELDS = {
    "narrative_form": {"narrative", "excerpt", "form_ref", "form"},
}


def line_of(path: Path, key: str, near: str | None = None) -> int | None:
    """The line (from 1) where ``key:`` is written, at or after the line naming ``near`` (an entry's id)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    start = 0
    if near is not None:
        start = next(
            (i for i, line in enumerate(lines) if re.search(rf"\bid:\s*[\"']?{re.escape(near)}\b", line)), 0
        )
    pattern = re.compile(rf"(^|[\s{{,-]){re.escape(key)}\s*:")
    return next((i + 1 for i in range(start, len(lines)) if pattern.search(lines[i])), None)


def where(path: Path, key: str, near: str | None = None) -> str:
    line = line_of(path, key, near)
    return f"{path}:{line}" if line else str(path)


def check_keys(raw: dict, allowed: set[str], path: Path, what: str, near: str | None = None) -> None:
    """Refuse any key of ``raw`` outside ``allowed``, suggesting the closest known one."""
    for name in raw:
        if name in allowed:
            continue
        close = difflib.get_close_matches(str(name), sorted(allowed), n=1)
        hint_vi = f"; có phải “{close[0]}”?" if close else ""
        hint_en = f"; did you mean '{close[0]}'?" if close else ""
        known = ", ".join(sorted(allowed))
        place = where(path, str(name), near)
        raise refuse(
            f"{place}: {what}: khoá “{name}” không có trong quy tắc{hint_vi} (các khoá: {known})",
            f"{place}: {what}: unknown key '{name}'{hint_en} (known keys: {known})",
            RulesError,
        )


def fields_of(text: Text) -> set[str]:
    names = set()
    for template in (text.vi, text.en):
        for _, name, _, _ in string.Formatter().parse(template):
            if name is not None:
                names.add(re.split(r"[.\[!:]", name, maxsplit=1)[0])
    return names


def check_fields(text: Text, allowed: set[str], path: Path, what: str, near: str | None = None) -> None:
    """Refuse a message template that names a field its finding does not have, or has broken braces."""
    try:
        unknown = sorted(fields_of(text) - allowed)
    except ValueError as exc:
        place = where(path, "message", near)
        raise refuse(
            f"{place}: {what}: mẫu thông báo sai dấu ngoặc {{ }} ({exc})",
            f"{place}: {what}: the message template has broken braces ({exc})",
            RulesError,
        ) from None
    if unknown:
        place = where(path, "message", near)
        known = ", ".join(f"{{{f}}}" for f in sorted(allowed)) or "—"
        raise refuse(
            f"{place}: {what}: mẫu thông báo dùng trường không có {{{unknown[0]}}} (các trường dùng được: {known})",
            f"{place}: {what}: the message names an unknown field {{{unknown[0]}}} (fields available: {known})",
            RulesError,
        )


def unknown_check(path: Path, check_id: str, known: list[str]) -> Exception:
    close = difflib.get_close_matches(check_id, known, n=1)
    hint_vi = f"; có phải “{close[0]}”?" if close else ""
    hint_en = f"; did you mean '{close[0]}'?" if close else ""
    place = where(path, "id", check_id)
    return refuse(
        f"{place}: không có kiểm tra nào mang mã “{check_id}”{hint_vi} (xem docs/rule-reference.md)",
        f"{place}: no check has the id '{check_id}'{hint_en} (see docs/rule-reference.md)",
        RulesError,
    )
