"""``ratio``: a rate equals numerator / denominator × 100, rounded at the decimals it is written with."""

from __future__ import annotations

import math

import numpy as np

from ..findings import Num
from ..report import decimals_column
from .base import Constraint, Implied, Relation, all_present, column, decimals, num, outcome, ref, register

DEFAULT_DECIMALS = 2
GENERATED_DECIMALS = 2


def rate_decimals(rule, row: dict[str, float]) -> int:
    written = row.get(decimals_column(rule.refs["rate"]), DEFAULT_DECIMALS)
    return DEFAULT_DECIMALS if written is None or math.isnan(written) else int(written)


@register
class Ratio(Relation):
    kind = "ratio"
    refs = {"rate": str, "numerator": str, "denominator": str}
    fields = frozenset(
        {"rate_ref", "rate", "numerator_ref", "numerator", "denominator_ref", "denominator", "expected"}
    )
    linear = exact = True

    def evaluate(self, rule, table):
        rate = column(table, rule.refs["rate"])
        numerator, denominator = (
            column(table, rule.refs["numerator"]),
            column(table, rule.refs["denominator"]),
        )
        step = 10.0 ** (-decimals(table, rule.refs["rate"]))
        with np.errstate(invalid="ignore", divide="ignore"):
            applicable = all_present(rate, numerator, denominator) & (denominator > 0)
            computed = numerator / np.where(denominator > 0, denominator, np.nan) * 100
            ok = np.abs(computed - rate) <= step / 2 + 1e-9
            truncated = np.abs(np.floor(computed / step + 1e-9) * step - rate) <= 1e-9
        return outcome(applicable, ok, computed, rate, truncated)

    def message_fields(self, rule, row, result):
        rate = num(row, rule.refs["rate"], percent=True)
        return {
            "rate_ref": ref(rule, rule.refs["rate"]),
            "rate": rate,
            "numerator_ref": ref(rule, rule.refs["numerator"]),
            "numerator": num(row, rule.refs["numerator"]),
            "denominator_ref": ref(rule, rule.refs["denominator"]),
            "denominator": num(row, rule.refs["denominator"]),
            "expected": Num(float(result["expected"]), max(rate.decimals or 0, 2), True),
        }

    def applies(self, rule, row):
        return super().applies(rule, row) and row[rule.refs["denominator"]] > 0

    def constraints(self, rule, row):
        """Linear in the numerator and denominator once the written rate is fixed; lifted when the rate changes."""
        refs = rule.refs
        rate, tolerance = row[refs["rate"]], 10.0 ** (-rate_decimals(rule, row)) / 2
        n, d = refs["numerator"], refs["denominator"]
        return [
            Constraint({n: 100.0, d: -(rate + tolerance)}, -math.inf, 0.0, refs["rate"]),
            Constraint({n: -100.0, d: rate - tolerance}, -math.inf, 0.0, refs["rate"]),
        ]

    def implied(self, rule, key, row):
        refs = rule.refs
        rate, numerator, denominator = row[refs["rate"]], row[refs["numerator"]], row[refs["denominator"]]
        places = rate_decimals(rule, row)
        if key == refs["rate"]:
            return Implied.exactly(round(numerator / denominator * 100, places))
        tolerance = 10.0 ** (-places) / 2
        low, high = rate - tolerance, rate + tolerance
        if key == refs["numerator"]:
            return Implied(None, low=denominator * low / 100, high=denominator * high / 100)
        return Implied(None, low=100 * numerator / high, high=100 * numerator / low if low > 0 else math.inf)

    def repair(self, rule, values, put, grow):
        refs = rule.refs
        numerator, denominator = values[refs["numerator"]], values[refs["denominator"]]
        if numerator > denominator:
            grow(refs["denominator"], numerator - denominator)
            denominator = values[refs["denominator"]]
        if denominator > 0:
            put(refs["rate"], round(numerator / denominator * 100, GENERATED_DECIMALS))
