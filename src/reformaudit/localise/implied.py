"""What one cell of a relation must be for the relation to hold, the other cells staying as written.

An exact relation pins the cell to one value (a total to the sum of its parts, a part to what its total
leaves for it, one side of an equality to the other, a rate to its numerator over its denominator at the
decimals it is written with). A bound or a rate's numerator or denominator only confines it to a range.

>>> from reformaudit.catalogue import load_catalogue
>>> total = load_catalogue().rule("BM2.sum.1")
>>> row = {"2:1": 10.0, "2:1.1": 3.0, "2:1.2": 4.0, "2:1.3": 5.0}
>>> implied(total, "2:1", row), implied(total, "2:1.2", row)
(Implied(value=12.0, low=12.0, high=12.0), Implied(value=2.0, low=2.0, high=2.0))
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from ..catalogue import Rule
from ..report import decimals_column

DEFAULT_RATE_DECIMALS = 2


@dataclass(frozen=True)
class Implied:
    """The value the relation gives the cell (None when it only bounds it), and the range it allows."""

    value: float | None
    low: float = -math.inf
    high: float = math.inf

    @classmethod
    def exactly(cls, value: float) -> Implied:
        return cls(value, value, value)


def rate_decimals(rule: Rule, row: dict[str, float]) -> int:
    decimals = row.get(decimals_column(rule.refs["rate"]), DEFAULT_RATE_DECIMALS)
    return DEFAULT_RATE_DECIMALS if decimals is None or math.isnan(decimals) else int(decimals)


def _sum(rule: Rule, key: str, row: dict[str, float]) -> Implied:
    parts = sum(row[p] for p in rule.refs["parts"])
    if key == rule.refs["total"]:
        return Implied.exactly(parts)
    return Implied.exactly(row[rule.refs["total"]] - (parts - row[key]))


def _equal(rule: Rule, key: str, row: dict[str, float]) -> Implied:
    other = rule.refs["right"] if key == rule.refs["left"] else rule.refs["left"]
    return Implied.exactly(row[other])


def _at_most(rule: Rule, key: str, row: dict[str, float]) -> Implied:
    parts = sum(row[p] for p in rule.refs["parts"])
    if key == rule.refs["whole"]:
        return Implied(None, low=parts)
    return Implied(None, high=row[rule.refs["whole"]] - (parts - row[key]))


def _ratio(rule: Rule, key: str, row: dict[str, float]) -> Implied:
    refs = rule.refs
    rate, numerator, denominator = row[refs["rate"]], row[refs["numerator"]], row[refs["denominator"]]
    decimals = rate_decimals(rule, row)
    if key == refs["rate"]:
        return Implied.exactly(round(numerator / denominator * 100, decimals))
    tolerance = 10.0 ** (-decimals) / 2
    low, high = rate - tolerance, rate + tolerance
    if key == refs["numerator"]:
        return Implied(None, low=denominator * low / 100, high=denominator * high / 100)
    return Implied(None, low=100 * numerator / high, high=100 * numerator / low if low > 0 else math.inf)


IMPLIED: dict[str, Callable[[Rule, str, dict[str, float]], Implied]] = {
    "sum": _sum,
    "equal": _equal,
    "at_most": _at_most,
    "ratio": _ratio,
}


def implied(rule: Rule, key: str, row: dict[str, float]) -> Implied:
    """What ``rule`` needs of ``key`` in ``row`` (a report's values; the rule must apply to it)."""
    return IMPLIED[rule.type](rule, key, row)
