"""Match the rows of a table to the catalogue's indicators by STT code and label."""

from __future__ import annotations

import re

from ..catalogue import Catalogue, FormSpec, Indicator
from ..text import fold, similarity
from .layout import Table, TableRow

CODE = re.compile(r"^\d{1,2}(\.\d{1,2}){0,3}$")
ROMAN = re.compile(r"^[IVX]+$")
LABEL_AGREES = 0.55
LABEL_ALONE = 0.8
MATCHES_KEPT = 100_000


def normalise_code(raw) -> str | None:
    """STT as the catalogue writes it: "1.4." and "1.4" are "1.4"; a section like "VII." is None.

    >>> normalise_code("1.4."), normalise_code(" 5.1.1 "), normalise_code(2), normalise_code(1.1), normalise_code("VII.")
    ('1.4', '5.1.1', '2', '1.1', None)
    """
    if raw is None or isinstance(raw, bool):
        return None
    if isinstance(raw, float):
        text = str(int(raw)) if raw.is_integer() else repr(raw)
    else:
        text = str(raw)
    text = text.strip().replace(" ", "").replace(",", ".").rstrip(".")
    if ROMAN.match(text.upper()) or not CODE.match(text):
        return None
    return text


def _best_by_label(label: str, form: FormSpec) -> tuple[Indicator | None, float]:
    scored = sorted(((similarity(label, fold(i.label)), i) for i in form.indicators), key=lambda s: -s[0])
    if not scored or scored[0][0] < LABEL_ALONE:
        return None, scored[0][0] if scored else 0.0
    if len(scored) > 1 and scored[1][0] > scored[0][0] - 0.05:
        return None, scored[0][0]  # several indicators share this label; only the code can tell
    return scored[0][1], scored[0][0]


def match_row(row: TableRow, form: FormSpec) -> tuple[Indicator | None, str]:
    """The indicator a row reports and how it was recognised: "code", "label" or "" for none."""
    seen = (type(row.code), row.code, type(row.label), row.label)
    if seen not in form.matches:
        if len(form.matches) > MATCHES_KEPT:
            form.matches.clear()
        form.matches[seen] = _match(row, form)
    return form.matches[seen]


def _match(row: TableRow, form: FormSpec) -> tuple[Indicator | None, str]:
    code = normalise_code(row.code)
    label = fold(row.label)
    by_code = form.by_code().get(code) if code else None
    if by_code and (not label or similarity(label, fold(by_code.label)) >= LABEL_AGREES):
        return by_code, "code"
    by_label, _ = _best_by_label(label, form) if label else (None, 0.0)
    if by_label:
        return by_label, "label"
    if by_code:
        return by_code, "code"
    return None, ""


def guess_form(table: Table, catalogue: Catalogue) -> int | None:
    """The form whose indicators the table's rows match best, when no title names it."""
    scores = {}
    for number, form in catalogue.forms.items():
        agreeing = 0
        for row in table.rows:
            indicator, _ = match_row(row, form)
            if indicator and similarity(fold(row.label), fold(indicator.label)) >= LABEL_AGREES:
                agreeing += 1
        scores[number] = agreeing
    ranked = sorted(scores.items(), key=lambda s: -s[1])
    if not ranked or ranked[0][1] == 0 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]
