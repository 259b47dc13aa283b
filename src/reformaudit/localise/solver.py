"""Fellegi–Holt error localisation for one report's forms, solved as a mixed-integer program by HiGHS
(through its own binding, highspy, which imports in a tenth of the time scipy.optimize takes).

Find the cells whose change, at the least weighted cost, makes every relation hold at once. A cell that
takes part in relations that hold is trusted more (costs more to change); a rate costs less than the
counts it is computed from. Sums, equalities and bounds are linear; a rate's relation is linear in its
numerator and denominator once the written rate is fixed, and is released when the rate itself is
changed. Alternative solutions are found by excluding each solution found and solving again.
"""

from __future__ import annotations

import contextlib
import math
import os
import sys
import time
from dataclasses import dataclass

import numpy as np

from ..catalogue import Catalogue, Rule
from ..relations import relation

TRUST_PER_HOLDING_RELATION = 0.5
RATE_WEIGHT = 0.8
SMALL_CHANGE = 1e-7
WHOLE_TOLERANCE = 1e-6  # HiGHS's own tolerance for an integer variable


@dataclass(frozen=True)
class Solution:
    changed: tuple[str, ...]
    cost: float
    values: dict[str, float]


@dataclass
class Problem:
    keys: list[str]
    values: np.ndarray
    weights: np.ndarray
    integer: np.ndarray
    rows: list[tuple[dict[int, float], float, float, int | None]]  # coefficients, lower, upper, released by
    big: np.ndarray


class OutOfTime(Exception):
    """The solver did not finish within the time it was given."""


def weight(catalogue: Catalogue, key: str, rules: list[Rule], holding: set[str]) -> float:
    """The cost of changing a cell: more for each of ``rules`` it is in that holds, less for a rate."""
    trust = sum(1 for r in rules if r.id in holding and key in r.keys)
    percent = catalogue.indicator(key).kind == "percent"
    return (1 + TRUST_PER_HOLDING_RELATION * trust) * (RATE_WEIGHT if percent else 1)


def build(catalogue: Catalogue, row: dict[str, float], rules: list[Rule], holding: set[str]) -> Problem:
    """The program over ``rules`` (linear, applicable to ``row``, the report's values); ``holding``
    names those that hold now."""
    keys = sorted({k for r in rules for k in r.keys})
    index = {k: i for i, k in enumerate(keys)}
    values = np.array([row[k] for k in keys], dtype=float)
    weights = np.array([weight(catalogue, k, rules, holding) for k in keys])
    integer = np.array([catalogue.indicator(k).kind == "count" for k in keys])
    rows = []
    scale = {k: 0.0 for k in keys}
    for rule in rules:
        for c in relation(rule).constraints(rule, row):
            coefficients = {index[k]: v for k, v in c.coefficients.items()}
            rows.append(
                (coefficients, c.low, c.high, None if c.released_by is None else index[c.released_by])
            )
        magnitude = max(abs(row[k]) for k in rule.keys)
        for k in rule.keys:
            scale[k] = max(scale[k], magnitude)
    big = np.array([10 * max(scale[k], abs(row[k]), 100.0) + 1000 for k in keys])
    return Problem(keys, values, weights, integer, rows, big)


@contextlib.contextmanager
def _quiet():
    """HiGHS may print diagnostics straight to the process's standard output, which would corrupt JSON."""
    try:
        sys.stdout.flush()
        saved, devnull = os.dup(1), os.open(os.devnull, os.O_WRONLY)
    except (OSError, ValueError):
        yield
        return
    try:
        os.dup2(devnull, 1)
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)
        os.close(devnull)


def solve(
    problem: Problem, alternatives: int = 6, slack: float = 1.5, time_limit: float = 10.0
) -> list[Solution]:
    """The cheapest ways to make every relation hold, cheapest first (at most ``alternatives``);
    ``OutOfTime`` when HiGHS does not finish within ``time_limit`` seconds."""
    n = len(problem.keys)
    # Variables: up (n), down (n), changed (n).
    per_unit = SMALL_CHANGE * 1000 / np.maximum(problem.big, 1)  # a tie-break towards smaller changes
    cost = np.concatenate([per_unit, per_unit, problem.weights])
    integer = np.concatenate([problem.integer, problem.integer, np.ones(n, dtype=bool)])
    upper = np.concatenate([problem.big, np.maximum(problem.values, 0), np.ones(n)])
    matrix: list[dict[int, float]] = []
    lo: list[float] = []
    hi: list[float] = []

    def add(line: dict[int, float], low: float, high: float) -> None:  # low <= line · x <= high
        matrix.append(line)
        lo.append(low)
        hi.append(high)

    for i in range(n):  # a cell moves only when it is marked as changed
        add({i: 1.0, n + i: 1.0, 2 * n + i: -float(problem.big[i])}, -math.inf, 0.0)
    for coef, low, high, released in problem.rows:
        line: dict[int, float] = {}
        base = 0.0
        for i, c in coef.items():
            line[i], line[n + i] = c, -c
            base += c * problem.values[i]
        spread = sum(abs(c) * problem.big[i] for i, c in coef.items()) + abs(base)
        if released is not None:
            line[2 * n + released] = -float(spread)
        add(line, low - base, high - base)
    found: list[Solution] = []
    deadline = time.perf_counter() + time_limit
    for _ in range(alternatives):
        x = _optimal(cost, integer, n, upper, matrix, lo, hi, deadline)
        if x is None:
            break
        changed_index = [i for i in range(n) if x[2 * n + i] > 0.5]
        total = float(sum(problem.weights[i] for i in changed_index))
        if not changed_index or (found and total > found[0].cost + slack):
            break
        values = {problem.keys[i]: float(problem.values[i] + x[i] - x[n + i]) for i in changed_index}
        found.append(Solution(tuple(problem.keys[i] for i in changed_index), total, values))
        # Exclude this set of changed cells from the next solutions.
        add({2 * n + i: 1.0 for i in changed_index}, -math.inf, len(changed_index) - 1.0)
    return found


def _optimal(
    cost,
    integer,
    n: int,
    upper,
    matrix: list[dict[int, float]],
    lo: list[float],
    hi: list[float],
    deadline: float,
):
    """An optimal solution of the whole program (None if infeasible). The program whose 2·``n`` moves (up and
    down) may be fractional is solved first, in a few milliseconds against tens for the whole program: its
    optimum is a lower bound, so when its moves of whole cells come out whole, it is also an optimum of the
    whole program. Only when they do not is the whole program solved."""
    moves = np.zeros(len(integer), dtype=bool)
    moves[: 2 * n] = integer[: 2 * n]
    x = _cheapest(cost, integer & ~moves, upper, matrix, lo, hi, deadline - time.perf_counter())
    if x is None or not moves.any():
        return x
    whole = np.round(x[moves])
    if np.all(np.abs(x[moves] - whole) <= WHOLE_TOLERANCE):
        x[moves] = whole
        return x
    return _cheapest(cost, integer, upper, matrix, lo, hi, deadline - time.perf_counter())


def _cheapest(
    cost, integer, upper, matrix: list[dict[int, float]], lo: list[float], hi: list[float], time_limit: float
):
    """Solve min cost·x subject to lo <= matrix·x <= hi, 0 <= x <= upper, with HiGHS; None if infeasible."""
    import highspy

    if time_limit <= 0:
        raise OutOfTime

    lp = highspy.HighsLp()
    lp.num_col_, lp.num_row_ = len(cost), len(matrix)
    lp.col_cost_, lp.col_lower_, lp.col_upper_ = cost, np.zeros(len(cost)), upper
    lp.row_lower_ = np.array(lo)
    lp.row_upper_ = np.array(hi)
    lp.integrality_ = [
        highspy.HighsVarType.kInteger if i else highspy.HighsVarType.kContinuous for i in integer
    ]
    lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
    lp.a_matrix_.start_ = np.cumsum([0] + [len(line) for line in matrix])
    lp.a_matrix_.index_ = np.array([i for line in matrix for i in line], dtype=np.int32)
    lp.a_matrix_.value_ = np.array([v for line in matrix for v in line.values()])
    with _quiet():  # HiGHS prints a banner when it starts, whatever its options
        highs = highspy.Highs()
        highs.setOptionValue("output_flag", False)
        highs.setOptionValue("threads", 1)  # a batch already runs a process per core: more would only contend
        highs.setOptionValue("time_limit", float(time_limit))
        highs.passModel(lp)
        highs.run()
    if highs.getModelStatus() == highspy.HighsModelStatus.kTimeLimit:
        raise OutOfTime
    if highs.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        return None
    return np.array(highs.getSolution().col_value)
