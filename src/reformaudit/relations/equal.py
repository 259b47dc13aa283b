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
        left, right = column(table, rule.refs["left"]), column(table, rule.refs["right"])
        return outcome(all_present(left, right), np.abs(left - right) <= TOLERANCE, left, right)

    def message_fields(self, rule, row, result):
        return {
            "left_ref": ref(rule, rule.refs["left"]),
            "left": num(row, rule.refs["left"]),
            "right_ref": ref(rule, rule.refs["right"]),
            "right": num(row, rule.refs["right"]),
            "difference": Num(float(result["actual"] - result["expected"])),
        }

    def constraints(self, rule, row):
        return [Constraint({rule.refs["left"]: 1.0, rule.refs["right"]: -1.0}, 0.0, 0.0)]

    def implied(self, rule, key, row):
        other = rule.refs["right"] if key == rule.refs["left"] else rule.refs["left"]
        return Implied.exactly(row[other])

    def repair(self, rule, values, put, grow):
        left, right = values[rule.refs["left"]], values[rule.refs["right"]]
        if not math.isclose(left, right, abs_tol=1e-9):
            grow(rule.refs["left"] if left < right else rule.refs["right"], abs(left - right))
