"""``sum``: a total equals the sum of its parts."""

from __future__ import annotations

import numpy as np

from ..catalogue.model import Rule
from ..findings import Fields, Joined, Num, Term
from .base import (
    TOLERANCE,
    Columns,
    Constraint,
    Grow,
    Implied,
    Outcome,
    Put,
    Relation,
    RowOutcome,
    RowValues,
    all_present,
    column,
    num,
    outcome,
    ref,
    register,
)


@register
class Sum(Relation):
    kind = "sum"
    refs = {"total": str, "parts": list}
    fields = frozenset({"total_ref", "total", "parts_text", "expected", "difference"})
    linear = exact = True

    def evaluate(self, rule: Rule, table: Columns) -> Outcome:
        total = column(table, rule.one("total"))
        parts = [column(table, k) for k in rule.many("parts")]
        expected = np.sum(np.broadcast_arrays(*parts), axis=0)
        return outcome(all_present(total, *parts), np.abs(total - expected) <= TOLERANCE, expected, total)

    def total_and_parts(self, rule: Rule) -> tuple[str, list[str]]:
        return rule.one("total"), rule.many("parts")

    def message_fields(self, rule: Rule, row: RowValues, result: RowOutcome) -> Fields:
        return {
            "total_ref": ref(rule, rule.one("total")),
            "total": num(row, rule.one("total")),
            "parts_text": Joined(tuple(Term(ref(rule, k), num(row, k)) for k in rule.many("parts"))),
            "expected": Num(float(result["expected"])),
            "difference": Num(float(result["actual"] - result["expected"])),
        }

    def constraints(self, rule: Rule, row: dict[str, float]) -> list[Constraint]:
        return [Constraint({rule.one("total"): 1.0} | {p: -1.0 for p in rule.many("parts")}, 0.0, 0.0)]

    def implied(self, rule: Rule, key: str, row: dict[str, float]) -> Implied:
        parts = sum(row[p] for p in rule.many("parts"))
        if key == rule.one("total"):
            return Implied.exactly(parts)
        return Implied.exactly(row[rule.one("total")] - (parts - row[key]))

    def repair(self, rule: Rule, values: dict[str, float], put: Put, grow: Grow) -> None:
        put(rule.one("total"), sum(values[p] for p in rule.many("parts")))
