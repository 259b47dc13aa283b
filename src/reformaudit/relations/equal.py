"""``equal``: the same quantity given in two places (usually two forms)."""

from __future__ import annotations

import math

import numpy as np

from ..findings import Num
from .base import TOLERANCE, Constraint, Implied, Relation, all_present, column, num, outcome, ref, register


@register
class Equal(Relation):
    kind = "equal"
    refs = {"left": str, "right": str}
    fields = frozenset({"left_ref", "left", "right_ref", "right", "difference"})
    linear = exact = True

    def evaluate(self, rule, table):
        left, right = column(table, rule.one("left")), column(table, rule.one("right"))
        return outcome(all_present(left, right), np.abs(left - right) <= TOLERANCE, left, right)

    def message_fields(self, rule, row, result):
        return {
            "left_ref": ref(rule, rule.one("left")),
            "left": num(row, rule.one("left")),
            "right_ref": ref(rule, rule.one("right")),
            "right": num(row, rule.one("right")),
            "difference": Num(float(result["actual"] - result["expected"])),
        }

    def constraints(self, rule, row):
        return [Constraint({rule.one("left"): 1.0, rule.one("right"): -1.0}, 0.0, 0.0)]

    def implied(self, rule, key, row):
        other = rule.one("right") if key == rule.one("left") else rule.one("left")
        return Implied.exactly(row[other])

    def repair(self, rule, values, put, grow):
        left, right = values[rule.one("left")], values[rule.one("right")]
        if not math.isclose(left, right, abs_tol=1e-9):
            grow(rule.one("left") if left < right else rule.one("right"), abs(left - right))
