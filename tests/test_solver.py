"""The mixed-integer program of localisation: solved first with its moves let be fractional, it must give
an optimum of the whole program, whole values for whole cells included."""

from __future__ import annotations

import numpy as np

from reformaudit.localise.solver import Problem, solve


def _problem(values: list[float], weights: list[float], rows: list) -> Problem:
    n = len(values)
    return Problem(
        keys=[f"1:{i}" for i in range(n)],
        values=np.array(values, dtype=float),
        weights=np.array(weights, dtype=float),
        integer=np.ones(n, dtype=bool),
        rows=rows,
        big=np.full(n, 10_000.0),
    )


def test_a_fractional_move_is_not_taken_for_a_count():
    # 3·x0 = x1 with x0 = 3, x1 = 10: moving x0 alone (the cheaper cell) needs x0 = 10/3, which a count
    # cannot hold; the whole program moves x1 to 9 instead.
    problem = _problem([3, 10], [1.0, 1.5], [({0: 3.0, 1: -1.0}, 0.0, 0.0, None)])
    (best,) = solve(problem, alternatives=1)
    assert best.changed == ("1:1",) and best.values == {"1:1": 9.0}


def test_a_whole_move_is_kept_and_made_exactly_whole():
    # x0 + x1 = x2 with 40 + 25 = 60: one cell moves by exactly 5.
    problem = _problem([40, 25, 60], [1.0, 1.0, 2.0], [({0: 1.0, 1: 1.0, 2: -1.0}, 0.0, 0.0, None)])
    (best,) = solve(problem, alternatives=1)
    assert len(best.changed) == 1
    (value,) = best.values.values()
    assert value in (35.0, 20.0) and value == int(value)


def test_an_infeasible_program_has_no_solution():
    # x0 = x1 and x0 = x1 + 1 cannot both hold, whatever changes.
    rows = [({0: 1.0, 1: -1.0}, 0.0, 0.0, None), ({0: 1.0, 1: -1.0}, 1.0, 1.0, None)]
    problem = _problem([5, 5], [1.0, 1.0], rows)
    assert solve(problem, alternatives=1) == []
