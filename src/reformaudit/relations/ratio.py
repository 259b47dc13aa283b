"""``ratio``: a rate equals numerator / denominator × 100, rounded at the decimals it is written with."""

from __future__ import annotations

import math

import numpy as np

from ..catalogue.model import Rule
from ..findings import Fields, Num
from ..report import decimals_column
from .base import (
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
    decimals,
    num,
    outcome,
    ref,
    register,
)

DEFAULT_DECIMALS = 2
GENERATED_DECIMALS = 2


def rate_decimals(rule, row: dict[str, float]) -> int:
    written = row.get(decimals_column(rule.one("rate")), DEFAULT_DECIMALS)
    return DEFAULT_DECIMALS if written is None or math.isnan(written) else int(written)


@register
class Ratio(Relation):
    kind = "ratio"
    refs = {"rate": str, "numerator": str, "denominator": str}
    fields = frozenset(
        {"rate_ref", "rate", "numerator_ref", "numerator", "denominator_ref", "denominator", "expected"}
    )
    linear = exact = True

    def evaluate(self, rule: Rule, table: Columns) -> Outcome:
        rate = column(table, rule.one("rate"))
        numerator, denominator = (
            column(table, rule.one("numerator")),
            column(table, rule.one("denominator")),
        )
        step = 10.0 ** (-decimals(table, rule.one("rate")))
        with np.errstate(invalid="ignore", divide="ignore"):
            applicable = all_present(rate, numerator, denominator) & (denominator > 0)
            computed = numerator / np.where(denominator > 0, denominator, np.nan) * 100
            ok = np.abs(computed - rate) <= step / 2 + 1e-9
            truncated = np.abs(np.floor(computed / step + 1e-9) * step - rate) <= 1e-9
        return outcome(applicable, ok, computed, rate, truncated)

    def message_fields(self, rule: Rule, row: RowValues, result: RowOutcome) -> Fields:
        rate = num(row, rule.one("rate"), percent=True)
        return {
            "rate_ref": ref(rule, rule.one("rate")),
            "rate": rate,
            "numerator_ref": ref(rule, rule.one("numerator")),
            "numerator": num(row, rule.one("numerator")),
            "denominator_ref": ref(rule, rule.one("denominator")),
            "denominator": num(row, rule.one("denominator")),
            "expected": Num(float(result["expected"]), max(rate.decimals or 0, 2), True),
        }

    def applies(self, rule: Rule, row: dict[str, float]) -> bool:
        return super().applies(rule, row) and row[rule.one("denominator")] > 0

    def constraints(self, rule: Rule, row: dict[str, float]) -> list[Constraint]:
        """Linear in the numerator and denominator once the written rate is fixed; lifted when the rate changes."""
        rate, tolerance = row[rule.one("rate")], 10.0 ** (-rate_decimals(rule, row)) / 2
        n, d = rule.one("numerator"), rule.one("denominator")
        return [
            Constraint({n: 100.0, d: -(rate + tolerance)}, -math.inf, 0.0, rule.one("rate")),
            Constraint({n: -100.0, d: rate - tolerance}, -math.inf, 0.0, rule.one("rate")),
        ]

    def implied(self, rule: Rule, key: str, row: dict[str, float]) -> Implied:
        rate, numerator, denominator = (row[rule.one(name)] for name in ("rate", "numerator", "denominator"))
        places = rate_decimals(rule, row)
        if key == rule.one("rate"):
            return Implied.exactly(round(numerator / denominator * 100, places))
        tolerance = 10.0 ** (-places) / 2
        low, high = rate - tolerance, rate + tolerance
        if key == rule.one("numerator"):
            return Implied(None, low=denominator * low / 100, high=denominator * high / 100)
        return Implied(None, low=100 * numerator / high, high=100 * numerator / low if low > 0 else math.inf)

    def repair(self, rule: Rule, values: dict[str, float], put: Put, grow: Grow) -> None:
        numerator, denominator = values[rule.one("numerator")], values[rule.one("denominator")]
        if numerator > denominator:
            grow(rule.one("denominator"), numerator - denominator)
            denominator = values[rule.one("denominator")]
        if denominator > 0:
            put(rule.one("rate"), round(numerator / denominator * 100, GENERATED_DECIMALS))
