"""Generate consistent reports from the catalogue, for property tests (ours and users').

``consistent_values(catalogue, draw_int, draw_choice)`` fills every indicator so that every relation of
the catalogue holds: base values are drawn, then totals, bounds, equalities, rates and averages are
repaired until nothing changes. ``forms_frame`` and ``workbook_source`` turn the values into what
``load_forms`` returns or into a source for :func:`write_workbook`.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable

import pandas as pd

from ..catalogue import Catalogue, Rule
from ..loading.forms import COLUMNS
from ..numbers import format_number
from ..relations import relation
from ..relations.ratio import GENERATED_DECIMALS

RATE_DECIMALS = GENERATED_DECIMALS
MAX_ROUNDS = 200


class NotConverged(RuntimeError):
    """The catalogue's relations could not all be satisfied by repair (a contradiction in the rules)."""


def _sum_totals(rules: list[Rule]) -> dict[str, list[str]]:
    return {r.one("total"): r.many("parts") for r in rules if r.type == "sum"}


def _raise(values: dict, totals: dict, ref: str, delta: float) -> None:
    """Increase ``ref`` by ``delta``; a total is increased through its last part so its sum still holds."""
    while ref in totals:
        ref = totals[ref][-1]
    values[ref] += delta


def _repair_once(values: dict, rules: list[Rule], totals: dict) -> bool:
    changed = False

    def put(ref, value):
        nonlocal changed
        if not math.isclose(values[ref], value, abs_tol=1e-9):
            values[ref] = value
            changed = True

    def grow(ref, delta):
        nonlocal changed
        _raise(values, totals, ref, delta)
        changed = True

    for rule in rules:
        relation(rule).repair(rule, values, put, grow)
    return changed


def consistent_values(
    catalogue: Catalogue,
    draw_int: Callable[[int, int], int] | None = None,
    draw_choice: Callable[[list[int]], int] | None = None,
) -> dict[str, float]:
    """Values for every indicator (by key) such that every relation of the catalogue holds."""
    rng = random.Random(0)
    draw_int = draw_int or rng.randint
    draw_choice = draw_choice or rng.choice
    values: dict[str, float] = {}
    for ind in catalogue.indicators():
        if ind.kind == "count":
            values[ind.key] = float(draw_int(0, 10 ** draw_int(1, 5)))
        elif ind.kind == "money":
            values[ind.key] = float(draw_int(0, 10 ** draw_int(3, 7)))
        elif ind.kind == "percent":
            values[ind.key] = draw_int(0, 10000) / 100
        elif ind.kind == "choice":
            values[ind.key] = float(draw_choice(sorted(ind.choices)))
    rules = [r for r in catalogue.rules if relation(r).evaluated]
    totals = _sum_totals(rules)
    for _ in range(MAX_ROUNDS):
        if not _repair_once(values, rules, totals):
            return values
    raise NotConverged("relations did not settle; the rules may contradict each other")


def level_note(total: float) -> str:
    """A note splitting ``total`` by level, the way offices write it."""
    province = math.floor(total * 0.2)
    district = math.floor(total * 0.3)
    commune = total - province - district
    parts = [format_number(v, "vi", 0) for v in (province, district, commune)]
    return f"Cấp tỉnh: {parts[0]} phiếu; Cấp huyện: {parts[1]} phiếu; Cấp xã: {parts[2]} phiếu"


def _notes(catalogue: Catalogue, values: dict) -> dict[str, str]:
    notes = {}
    for rule in catalogue.rules:
        if rule.type == "note_levels":
            notes[rule.many("notes")[0]] = level_note(values[rule.one("total")])
    return notes


def forms_frame(values: dict[str, float], catalogue: Catalogue, source: str = "generated") -> pd.DataFrame:
    """The tidy frame ``load_forms`` would return for a workbook holding ``values``."""
    notes = _notes(catalogue, values)
    records: list[dict[str, object]] = []
    for ind in catalogue.indicators():
        if not ind.has_value or ind.key not in values:
            continue
        value = values[ind.key]
        decimals = RATE_DECIMALS if ind.kind == "percent" else 0
        records.append(
            {
                "source": source,
                "sheet": f"Biểu {ind.form}",
                "cell": f"D{len(records) + 5}",
                "row": len(records) + 5,
                "form": ind.form,
                "code": ind.code,
                "code_raw": ind.code,
                "label": ind.label,
                "label_raw": ind.label,
                "kind": ind.kind,
                "unit": ind.unit,
                "unit_expected": ind.unit,
                "value": value,
                "raw": format_number(value, "vi", decimals),
                "number_format": "General",
                "decimals": decimals,
                "style": "neutral",
                "problem": None,
                "alternative": float("nan"),
                "note": notes.get(ind.key),
                "note_cell": "E",
                "matched_by": "code",
                "hidden_sheet": False,
            }
        )
    frame = pd.DataFrame.from_records(records, columns=COLUMNS)
    frame["form"] = frame["form"].astype("Int64")
    return frame


def workbook_source(
    values: dict[str, float], catalogue: Catalogue, organisation: str = "UBND TỈNH MẪU"
) -> dict:
    """A source for :func:`write_workbook`: every form, rows in catalogue order, values as text in Vietnamese style."""
    notes = _notes(catalogue, values)
    forms = []
    for number, spec in catalogue.forms.items():
        rows = []
        for ind in spec.indicators:
            if not ind.has_value:
                rows.append([f"{ind.code}.", ind.label, None, None, None])
                continue
            decimals = RATE_DECIMALS if ind.kind == "percent" else 0
            text = format_number(values[ind.key], "vi", decimals) + ("%" if ind.kind == "percent" else "")
            rows.append([f"{ind.code}.", ind.label, ind.unit, text, notes.get(ind.key)])
        forms.append({"form": number, "heading": f"Biểu mẫu {number}", "title": spec.title.vi, "rows": rows})
    return {
        "organisation": organisation,
        "title": "THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH",
        "forms": forms,
    }
