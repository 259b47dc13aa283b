"""``equal``: the same quantity given in two places (usually two forms)."""

from __future__ import annotations

import math

import numpy as np

from ..catalogue.model import Rule
from ..findings import Fields, Num
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
class Equal(Relation):
    kind = "equal"
    refs = {"left": str, "right": str}
    fields = frozenset({"left_ref", "left", "right_ref", "right", "difference"})
    linear = exact = True

    def evaluate(self, rule: Rule, table: Columns) -> Outcome:
        left, right = column(table, rule.one("left")), column(table, rule.one("right"))
        return outcome(all_present(left, right), np.abs(left - right) <= TOLERANCE, left, right)

    def sides(self, rule: Rule) -> tuple[str, str]:
        return rule.one("left"), rule.one("right")

    def message_fields(self, rule: Rule, row: RowValues, result: RowOutcome) -> Fields:
        return {
            "left_ref": ref(rule, rule.one("left")),
            "left": num(row, rule.one("left")),
            "right_ref": ref(rule, rule.one("right")),
            "right": num(row, rule.one("right")),
            "difference": Num(float(result["actual"] - result["expected"])),
        }

    def constraints(self, rule: Rule, row: dict[str, float]) -> list[Constraint]:
        return [Constraint({rule.one("left"): 1.0, rule.one("right"): -1.0}, 0.0, 0.0)]

    def implied(self, rule: Rule, key: str, row: dict[str, float]) -> Implied:
        other = rule.one("right") if key == rule.one("left") else rule.one("left")
        return Implied.exactly(row[other])

    def repair(self, rule: Rule, values: dict[str, float], put: Put, grow: Grow) -> None:
        left, right = values[rule.one("left")], values[rule.one("right")]
        if not math.isclose(left, right, abs_tol=1e-9):
            grow(rule.one("left") if left < right else rule.one("right"), abs(left - right))
