"""``at_most``: parts of a whole add up to no more than the whole."""

from __future__ import annotations

import math

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
class AtMost(Relation):
    kind = "at_most"
    refs = {"parts": list, "whole": str}
    fields = frozenset({"parts_text", "parts_sum", "whole_ref", "whole"})
    linear = True

    def evaluate(self, rule: Rule, table: Columns) -> Outcome:
        whole = column(table, rule.one("whole"))
        parts = [column(table, k) for k in rule.many("parts")]
        actual = np.sum(np.broadcast_arrays(*parts), axis=0)
        return outcome(all_present(whole, *parts), actual <= whole + TOLERANCE, whole, actual)

    def message_fields(self, rule: Rule, row: RowValues, result: RowOutcome) -> Fields:
        return {
            "parts_text": Joined(tuple(Term(ref(rule, k), num(row, k)) for k in rule.many("parts"))),
            "parts_sum": Num(float(result["actual"])),
            "whole_ref": ref(rule, rule.one("whole")),
            "whole": num(row, rule.one("whole")),
        }

    def constraints(self, rule: Rule, row: dict[str, float]) -> list[Constraint]:
        return [Constraint({p: 1.0 for p in rule.many("parts")} | {rule.one("whole"): -1.0}, -math.inf, 0.0)]

    def implied(self, rule: Rule, key: str, row: dict[str, float]) -> Implied:
        parts = sum(row[p] for p in rule.many("parts"))
        if key == rule.one("whole"):
            return Implied(None, low=parts)
        return Implied(None, high=row[rule.one("whole")] - (parts - row[key]))

    def repair(self, rule: Rule, values: dict[str, float], put: Put, grow: Grow) -> None:
        excess = sum(values[p] for p in rule.many("parts")) - values[rule.one("whole")]
        if excess > 1e-9:
            grow(rule.one("whole"), excess)
