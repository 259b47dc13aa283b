"""``within``: a level-weighted average lies between the smallest and the largest of its levels."""

from __future__ import annotations

import numpy as np

from ..catalogue.model import Rule
from ..findings import Fields, Joined, Num
from .base import (
    Columns,
    Grow,
    Outcome,
    Put,
    Relation,
    RowOutcome,
    RowValues,
    all_present,
    column,
    decimals,
    num,
    outcome,
    ref,
    register,
)


@register
class Within(Relation):
    kind = "within"
    refs = {"value": str, "of": list}
    fields = frozenset({"value_ref", "value", "low", "high", "parts_refs"})

    def evaluate(self, rule: Rule, table: Columns) -> Outcome:
        value = column(table, rule.one("value"))
        parts = np.vstack(np.broadcast_arrays(*[column(table, k) for k in rule.many("of")]))
        applicable = all_present(value, *parts)
        with np.errstate(invalid="ignore"):
            low = np.where(applicable, np.min(parts, axis=0), np.nan)
            high = np.where(applicable, np.max(parts, axis=0), np.nan)
            slack = 10.0 ** (-decimals(table, rule.one("value"))) / 2
            ok = (value >= low - slack) & (value <= high + slack)
            expected = np.clip(value, low, high)
        return outcome(applicable, ok, expected, value)

    def message_fields(self, rule: Rule, row: RowValues, result: RowOutcome) -> Fields:
        parts = [float(row.get(k, np.nan)) for k in rule.many("of")]
        return {
            "value_ref": ref(rule, rule.one("value")),
            "value": num(row, rule.one("value"), percent=True),
            "low": Num(min(parts), None, True),
            "high": Num(max(parts), None, True),
            "parts_refs": Joined(tuple(ref(rule, k) for k in rule.many("of")), ", "),
        }

    def repair(self, rule: Rule, values: dict[str, float], put: Put, grow: Grow) -> None:
        parts = [values[p] for p in rule.many("of")]
        put(rule.one("value"), min(max(values[rule.one("value")], min(parts)), max(parts)))
