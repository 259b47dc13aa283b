"""Relations between indicators, evaluated on the wide table (one row per report) all at once.

Each evaluator returns, per report, a status ("ok", "fail", "truncated" or "na" when a value is
missing), the value the relation expects and the value written. ``message_fields`` turns one
report's numbers into the fields of the rule's message template.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from ..catalogue import Rule, split_key
from ..findings import Joined, Num, Ref, Term
from ..report import decimals_column

TOLERANCE = 1e-6
Evaluator = Callable[[Rule, pd.DataFrame], pd.DataFrame]
EVALUATORS: dict[str, Evaluator] = {}


def evaluator(rule_type: str) -> Callable[[Evaluator], Evaluator]:
    def decorate(fn: Evaluator) -> Evaluator:
        EVALUATORS[rule_type] = fn
        return fn

    return decorate


def column(wide: pd.DataFrame | dict[str, np.ndarray], ref: str) -> np.ndarray:
    """An indicator's values as a float array (NaN where missing or not in the table). ``wide`` is the
    wide table, or its columns as a mapping (localisation tries values of one cell that way)."""
    if ref in wide:
        return np.asarray(wide[ref], dtype=float).reshape(-1)
    return np.full(len(wide) if isinstance(wide, pd.DataFrame) else 1, np.nan)


def _decimals(wide: pd.DataFrame, ref: str) -> np.ndarray:
    return np.clip(np.nan_to_num(column(wide, decimals_column(ref)), nan=2.0), 0, 6)


def _result(wide, applicable, ok, expected, actual, truncated=None) -> pd.DataFrame | dict:
    status = np.where(~applicable, "na", np.where(ok, "ok", "fail"))
    if truncated is not None:
        status = np.where((status == "fail") & truncated, "truncated", status)
    result = {"status": status, "expected": expected, "actual": actual}
    return pd.DataFrame(result, index=wide.index) if isinstance(wide, pd.DataFrame) else result


def _all_present(*arrays: np.ndarray) -> np.ndarray:
    return ~np.isnan(np.vstack(arrays)).any(axis=0)


# NaN compares False, so a relation with a missing value is "na" (from _all_present), never "fail".
@evaluator("sum")
def _sum(rule: Rule, wide: pd.DataFrame) -> pd.DataFrame:
    total = column(wide, rule.refs["total"])
    parts = [column(wide, k) for k in rule.refs["parts"]]
    expected = np.sum(parts, axis=0)
    return _result(wide, _all_present(total, *parts), np.abs(total - expected) <= TOLERANCE, expected, total)


@evaluator("at_most")
def _at_most(rule: Rule, wide: pd.DataFrame) -> pd.DataFrame:
    whole = column(wide, rule.refs["whole"])
    parts = [column(wide, k) for k in rule.refs["parts"]]
    actual = np.sum(parts, axis=0)
    return _result(wide, _all_present(whole, *parts), actual <= whole + TOLERANCE, whole, actual)


@evaluator("equal")
def _equal(rule: Rule, wide: pd.DataFrame) -> pd.DataFrame:
    left, right = column(wide, rule.refs["left"]), column(wide, rule.refs["right"])
    return _result(wide, _all_present(left, right), np.abs(left - right) <= TOLERANCE, left, right)


@evaluator("ratio")
def _ratio(rule: Rule, wide: pd.DataFrame) -> pd.DataFrame:
    """The rate equals numerator / denominator × 100 rounded at the decimals the rate is written with."""
    rate = column(wide, rule.refs["rate"])
    num, den = column(wide, rule.refs["numerator"]), column(wide, rule.refs["denominator"])
    dp = _decimals(wide, rule.refs["rate"])
    with np.errstate(invalid="ignore", divide="ignore"):
        applicable = _all_present(rate, num, den) & (den > 0)
        computed = num / np.where(den > 0, den, np.nan) * 100
        step = 10.0 ** (-dp)
        ok = np.abs(computed - rate) <= step / 2 + 1e-9
        truncated = np.abs(np.floor(computed / step + 1e-9) * step - rate) <= 1e-9
    return _result(wide, applicable, ok, computed, rate, truncated)


@evaluator("within")
def _within(rule: Rule, wide: pd.DataFrame) -> pd.DataFrame:
    """A level-weighted average lies between the smallest and the largest of its levels."""
    value = column(wide, rule.refs["value"])
    parts = np.vstack([column(wide, k) for k in rule.refs["of"]])
    applicable = _all_present(value, *parts)
    with np.errstate(invalid="ignore"):
        low = np.where(applicable, np.min(parts, axis=0), np.nan)
        high = np.where(applicable, np.max(parts, axis=0), np.nan)
        slack = 10.0 ** (-_decimals(wide, rule.refs["value"])) / 2
        ok = (value >= low - slack) & (value <= high + slack)
        expected = np.clip(value, low, high)
    return _result(wide, applicable, ok, expected, value)


def evaluate(rule: Rule, wide: pd.DataFrame) -> pd.DataFrame:
    return EVALUATORS[rule.type](rule, wide)


def statuses_of(rule: Rule, columns: dict[str, np.ndarray]) -> np.ndarray:
    """The relation's status for each row of a table given as its columns (no frame is built: fast enough
    for localisation to try many values of one report's cell at once)."""
    return EVALUATORS[rule.type](rule, columns)["status"]


def _ref(rule: Rule, ref: str) -> Ref:
    form, code = split_key(ref)
    return Ref(form, code, with_form=len(rule.forms) > 1)


def _num(row: pd.Series, ref: str, percent: bool = False) -> Num:
    dp = row.get(decimals_column(ref))
    decimals = int(dp) if percent and dp == dp and dp is not None else None
    return Num(float(row.get(ref, np.nan)), decimals, percent)


def message_fields(rule: Rule, row: pd.Series, result: pd.Series) -> dict:
    """Fields for the rule's message, from one report's row of the wide table."""
    refs = rule.refs
    difference = Num(float(result["actual"] - result["expected"]))
    if rule.type == "sum":
        return {
            "total_ref": _ref(rule, refs["total"]),
            "total": _num(row, refs["total"]),
            "parts_text": Joined(tuple(Term(_ref(rule, k), _num(row, k)) for k in refs["parts"])),
            "expected": Num(float(result["expected"])),
            "difference": difference,
        }
    if rule.type == "at_most":
        return {
            "parts_text": Joined(tuple(Term(_ref(rule, k), _num(row, k)) for k in refs["parts"])),
            "parts_sum": Num(float(result["actual"])),
            "whole_ref": _ref(rule, refs["whole"]),
            "whole": _num(row, refs["whole"]),
        }
    if rule.type == "equal":
        return {
            "left_ref": _ref(rule, refs["left"]),
            "left": _num(row, refs["left"]),
            "right_ref": _ref(rule, refs["right"]),
            "right": _num(row, refs["right"]),
            "difference": difference,
        }
    if rule.type == "ratio":
        rate = _num(row, refs["rate"], percent=True)
        shown = max(rate.decimals or 0, 2)
        return {
            "rate_ref": _ref(rule, refs["rate"]),
            "rate": rate,
            "numerator_ref": _ref(rule, refs["numerator"]),
            "numerator": _num(row, refs["numerator"]),
            "denominator_ref": _ref(rule, refs["denominator"]),
            "denominator": _num(row, refs["denominator"]),
            "expected": Num(float(result["expected"]), shown, True),
        }
    if rule.type == "within":
        parts = [float(row.get(k, np.nan)) for k in refs["of"]]
        return {
            "value_ref": _ref(rule, refs["value"]),
            "value": _num(row, refs["value"], percent=True),
            "low": Num(min(parts), None, True),
            "high": Num(max(parts), None, True),
            "parts_refs": Joined(tuple(_ref(rule, k) for k in refs["of"]), ", "),
        }
    raise KeyError(rule.type)
