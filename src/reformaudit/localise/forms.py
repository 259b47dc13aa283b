"""Suggestions for the forms' failed relations: which cell is most likely wrong, and its likely value.

Failed relations that share a cell are localised together, each such component on its own with the
relations that hold and touch its cells (Fellegi–Holt). Single-cell fixes are found exactly: a cell in
every failed relation of the component is given the value its relations imply (``Relation.implied``), or,
where they only bound it, a value one keystroke from what was written (:mod:`.keystroke`), and the value
is checked against every relation the cell is in. Only a component that no single cell fixes goes to the
mixed-integer program (:mod:`.solver`), for the smallest number of cells to change, within a time budget
per report.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

import numpy as np

from ..catalogue import Catalogue, Rule, Text, split_key
from ..checks.relations import statuses_of
from ..findings import Suggestion
from ..relations import relation
from ..report import decimals_column, wide_values
from .keystroke import REASONS, slip, slips
from .solver import OutOfTime, build, solve, weight

KEYSTROKE_BONUS = 1.0
MAX_SUGGESTIONS = 3
MAX_CANDIDATES = 6  # single-cell fixes kept per component, cheapest first
CANDIDATE_SLACK = 1.5  # … and none costing more than this above the cheapest
BUDGET_SECONDS = 1.0  # per report, for the components that need the solver
FITS = Text("giá trị làm các quan hệ liên quan khớp", "the value that makes the related relations hold")
AMBIGUOUS = Text(
    "Có nhiều cách sửa hợp lý như nhau; cần đối chiếu hồ sơ gốc để biết ô nào sai.",
    "Several fixes are equally plausible; check the source records to tell which cell is wrong.",
)
NOT_LOCALISED = Text(
    "Chưa xác định được ô nào sai trong thời gian cho phép: các quan hệ sai liên quan đến nhiều ô; "
    "cần đối chiếu hồ sơ gốc.",
    "Which cell is wrong was not worked out in the time allowed: the failed relations involve many cells; "
    "check the source records.",
)


@dataclass
class Candidate:
    key: str
    current: float
    proposed: float
    cost: float
    kind: str | None

    @property
    def score(self) -> float:
        return self.cost - (KEYSTROKE_BONUS if self.kind else 0)


@dataclass
class Localisation:
    candidates: list[Candidate] = field(default_factory=list)
    smallest_change: int = 0
    out_of_time: bool = False


def statuses(report) -> dict[str, str]:
    """Each relation's status for the report alone."""
    columns = wide_values([report]).by_column()
    return {r.id: str(statuses_of(r, columns)[0]) for r in report.catalogue.rules if relation(r).evaluated}


def _groups(failing: list[Rule]) -> list[list[Rule]]:
    groups: list[tuple[set[str], list[Rule]]] = []
    for rule in failing:
        keys = set(rule.keys)
        joined = [g for g in groups if g[0] & keys]
        for g in joined:
            groups.remove(g)
            keys |= g[0]
        groups.append((keys, [rule, *[r for g in joined for r in g[1]]]))
    return [rules for _, rules in groups]


def _proposals(key: str, rules: list[Rule], row: dict[str, float], whole: bool) -> list[float]:
    """Values to try for ``key``: those its exact relations imply, else one-keystroke values nearest the
    range its bounds allow, then the nearest value in that range."""
    needs = [relation(r).implied(r, key, row) for r in rules]
    exact = [n.value for n in needs if n.value is not None]
    if exact:
        return exact
    current = row[key]
    low, high = max(n.low for n in needs), min(n.high for n in needs)
    if low > high:
        return []
    if current < low:
        nearest = float(math.ceil(low - 1e-9)) if whole else low
    elif current > high:
        nearest = float(math.floor(high + 1e-9)) if whole else high
    else:
        nearest = current  # within every bound: the relation fails for another reason, only slips may fix it
    slipped = [v for vs in slips(current, whole).values() for v in vs]
    return [*sorted(slipped, key=lambda v: abs(v - nearest)), nearest]


def _proposed(catalogue: Catalogue, key: str, rules: list[Rule], row: dict[str, float]) -> np.ndarray:
    """The values of ``_proposals`` that a cell of ``key``'s kind can hold, in order of preference."""
    whole = catalogue.indicator(key).kind == "count"
    proposed = np.array([v for v in _proposals(key, rules, row, whole) if v is not None], dtype=float)
    proposed = proposed[~np.isnan(proposed) & (proposed >= 0)]
    return proposed[proposed == np.round(proposed)] if whole else proposed


def _holding(trials: list[tuple[str, np.ndarray, list[Rule]]], row: dict[str, float]) -> list[np.ndarray]:
    """For each (key, values, rules) of ``trials``, which of the values make every one of its rules hold, the
    other cells as written. All are tried at once, as the rows of one table where each key varies in rows of
    its own: each relation is evaluated once, whichever cells it shares."""
    rules = list({r.id: r for _, _, key_rules in trials for r in key_rules}.values())
    columns = {k for r in rules for k in r.keys} | {decimals_column(k) for r in rules for k in r.keys}
    spans, start = [], 0
    for _, values, _ in trials:
        spans.append(slice(start, start + len(values)))
        start += len(values)
    table = {k: np.full(start, row[k]) for k in columns if k in row}
    for (key, values, _), span in zip(trials, spans):
        table[key][span] = values
    fails = {r.id: statuses_of(r, table) == "fail" for r in rules}
    return [
        ~np.logical_or.reduce([fails[r.id][span] for r in key_rules])
        for (_, _, key_rules), span in zip(trials, spans)
    ]


def _single_cell_fixes(
    catalogue: Catalogue,
    group: list[Rule],
    rules_with: dict[str, list[Rule]],
    ignore: set[str],
    row: dict[str, float],
    status: dict[str, str],
) -> list[Candidate]:
    """Every cell that alone can make the component hold (it must be in each of its failed relations): the
    first value proposed for it that makes every relation it is in hold. ``rules_with`` gives the relations
    that apply to the report by cell; those in ``ignore`` are left out."""
    shared = [k for k in group[0].keys if all(k in r.keys for r in group[1:])]
    rules_of = {k: [r for r in rules_with.get(k, []) if r.id not in ignore] for k in shared}
    trials = [
        (key, _proposed(catalogue, key, rules_of[key], row), rules_of[key]) for key in dict.fromkeys(shared)
    ]
    trials = [trial for trial in trials if len(trial[1])]
    found = []
    for (key, values, rules), holds in zip(trials, _holding(trials, row) if trials else []):
        if holds.any():
            value = float(values[np.argmax(holds)])
            holding = {r.id for r in rules if status.get(r.id) == "ok"}
            cost = weight(catalogue, key, rules, holding)
            found.append(Candidate(key, row[key], value, cost, slip(row[key], value)))
    found.sort(key=lambda c: (c.cost, c.key))
    kept = [c for c in found if c.cost <= found[0].cost + CANDIDATE_SLACK][:MAX_CANDIDATES]
    return sorted(kept, key=lambda c: (c.score, c.key))


def _smallest_change(
    catalogue: Catalogue,
    group: list[Rule],
    context: list[Rule],
    row: dict[str, float],
    status: dict[str, str],
    deadline: float,
) -> Localisation:
    """How many cells at least must change: the mixed-integer program over the component's cells and
    the cells of the relations that hold and touch them, every other cell staying as written."""
    keys_here = {k for r in group for k in r.keys}
    near = keys_here | {
        k for r in context if status.get(r.id) == "ok" and set(r.keys) & keys_here for k in r.keys
    }
    rules = [r for r in context if set(r.keys) & near]
    holding = {r.id for r in rules if status.get(r.id) == "ok"}
    problem = build(catalogue, row, rules, holding)
    for i, key in enumerate(problem.keys):
        if key not in near:
            problem.big[i] = 0.0
    remaining = deadline - time.perf_counter()
    if remaining <= 0:
        return Localisation(out_of_time=True)
    try:
        solutions = solve(problem, alternatives=1, time_limit=remaining)
    except OutOfTime:
        return Localisation(out_of_time=True)
    return Localisation(smallest_change=len(solutions[0].changed) if solutions else 0)


def localise(
    report, status: dict[str, str], budget: float = BUDGET_SECONDS, row: dict[str, float] | None = None
) -> dict[str, Localisation]:
    """For each failed error relation, the ranked single-cell fixes (and the smallest number of cells to
    change). ``row`` is the report's row of the wide table, when the caller has it."""
    deadline = time.perf_counter() + budget
    cat = report.catalogue
    row = {k: v for k, v in (row or report.wide_row()).items() if not math.isnan(v)}
    failing = [
        r for r in cat.rules if status.get(r.id) == "fail" and relation(r).linear and r.severity == "error"
    ]
    failing_warnings = {r.id for r in cat.rules if status.get(r.id) == "fail" and r.severity != "error"}
    applying = [r for r in cat.rules if relation(r).linear and relation(r).applies(r, row)]
    rules_with: dict[str, list[Rule]] = {}
    for r in applying:
        for k in dict.fromkeys(r.keys):
            rules_with.setdefault(k, []).append(r)
    out: dict[str, Localisation] = {}
    for group in _groups(failing):
        ids = {r.id for r in group}
        ignore = failing_warnings | {r.id for r in failing if r.id not in ids}
        candidates = _single_cell_fixes(cat, group, rules_with, ignore, row, status)
        localisation = (
            Localisation(candidates, smallest_change=1)
            if candidates
            else _smallest_change(
                cat, group, [r for r in applying if r.id not in ignore], row, status, deadline
            )
        )
        for rule in group:
            out[rule.id] = localisation
    return out


def suggestions_for(report, rule: Rule, localisation: Localisation) -> tuple[list[Suggestion], bool]:
    chosen = [c for c in localisation.candidates if c.key in rule.keys][:MAX_SUGGESTIONS]
    ambiguous = len(chosen) > 1 and math.isclose(chosen[0].score, chosen[1].score)
    out = []
    for c in chosen:
        percent = report.catalogue.indicator(c.key).kind == "percent"
        reason = REASONS[c.kind] if c.kind else FITS
        out.append(Suggestion(report.evidence(c.key), c.current, c.proposed, reason, percent))
    return out, ambiguous


def scope_diagnosis(report, rule: Rule, status: dict[str, str]) -> Text | None:
    """Both sides of an equality agree with their own parts: a difference of scope, not a typo."""
    sides = relation(rule).sides(rule)
    if sides is None:
        return None
    parts_of: dict[str, list[str]] = {}
    for other in report.catalogue.rules:
        summed = relation(other).total_and_parts(other) if status.get(other.id) == "ok" else None
        if summed is not None:
            parts_of[summed[0]] = summed[1]
    left, right = sides
    if left not in parts_of or right not in parts_of:
        return None

    def shown(ref: str, lang: str) -> str:
        form, code = split_key(ref)
        parts = " + ".join(_n(report, p, lang) for p in parts_of[ref])
        name = f"Biểu {form} mục {code}" if lang == "vi" else f"Form {form} item {code}"
        return f"{name}: {_n(report, ref, lang)} = {parts}"

    vi = (
        f"Cả hai số đều khớp với các thành phần của chúng ({shown(left, 'vi')}; {shown(right, 'vi')}): đây là khác biệt "
        "về phạm vi đếm cần làm rõ giữa hai biểu, không phải lỗi đánh máy."
    )
    en = (
        f"Both figures agree with their own parts ({shown(left, 'en')}; {shown(right, 'en')}): a difference in what is "
        "counted, to resolve between the two forms, not a typo."
    )
    return Text(vi, en)


def _n(report, ref: str, lang: str) -> str:
    from ..numbers import format_number

    row = report.row(ref)
    return format_number(float(row["value"]), lang) if row is not None else "?"


def no_single_cell(count: int) -> Text:
    return Text(
        f"Không có một ô nào sửa riêng mà làm mọi quan hệ khớp; cần sửa ít nhất {count} ô.",
        f"No single cell can be changed to make every relation hold; at least {count} cells need changing.",
    )
