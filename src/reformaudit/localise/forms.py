"""Suggestions for the forms' failed relations: which cell is most likely wrong, and its likely value.

Failed relations that share a cell are localised together (Fellegi–Holt, :mod:`.solver`); each cheapest
single-cell change is then given the value the other cells imply, checked against every relation, and
preferred when it is one keystroke from what was written (:mod:`.keystroke`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..catalogue import Rule, Text, split_key
from ..checks.relations import evaluate
from ..findings import Suggestion
from ..report import decimals_column, wide_table
from .keystroke import REASONS, slip, slips
from .solver import LINEAR, build, solve

KEYSTROKE_BONUS = 1.0
MAX_SUGGESTIONS = 3
FITS = Text("giá trị làm các quan hệ liên quan khớp", "the value that makes the related relations hold")
AMBIGUOUS = Text(
    "Có nhiều cách sửa hợp lý như nhau; cần đối chiếu hồ sơ gốc để biết ô nào sai.",
    "Several fixes are equally plausible; check the source records to tell which cell is wrong.",
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


def statuses(report) -> dict[str, str]:
    wide = wide_table([report])
    return {
        r.id: evaluate(r, wide)["status"].iloc[0]
        for r in report.catalogue.rules
        if r.type in (*LINEAR, "within")
    }


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


def _holds(rules: list[Rule], row: dict) -> bool:
    frame = pd.DataFrame([row])
    return not any(evaluate(rule, frame)["status"].iloc[0] == "fail" for rule in rules)


def _implied(report, key: str, row: dict, rules: list[Rule]) -> list[float]:
    """Values of ``key`` that the relations give when every other cell stays as written."""
    out = []
    for rule in rules:
        refs = rule.refs
        if rule.type == "sum":
            parts = sum(row[p] for p in refs["parts"])
            out.append(parts if key == refs["total"] else row[refs["total"]] - (parts - row[key]))
        elif rule.type == "equal":
            out.append(row[refs["right"]] if key == refs["left"] else row[refs["left"]])
        elif rule.type == "ratio" and key == refs["rate"] and row[refs["denominator"]] > 0:
            decimals = row.get(decimals_column(key), 2)
            decimals = 2 if decimals is None or math.isnan(decimals) else int(decimals)
            out.append(round(row[refs["numerator"]] / row[refs["denominator"]] * 100, decimals))
    return out


def _candidate(
    report, key: str, cost: float, row: dict, milp_value: float, relevant: set[str], ignore: set[str]
) -> Candidate | None:
    current = row[key]
    rules = [r for r in report.catalogue.rules if r.id in relevant and key in r.keys]
    proposals = _implied(report, key, row, rules)
    whole = report.catalogue.indicator(key).kind == "count"
    if not proposals:
        # Only bounds or a rate's numerator/denominator: prefer a one-keystroke value that fits, else the solver's.
        slipped = [v for vs in slips(current, whole).values() for v in vs]
        proposals = sorted(slipped, key=lambda v: abs(v - milp_value)) + [
            round(milp_value) if whole else milp_value
        ]
    everything = [r for r in report.catalogue.rules if r.type in LINEAR and r.id not in ignore]
    for proposed in proposals:
        if (
            proposed is None
            or math.isnan(proposed)
            or proposed < 0
            or (whole and not float(proposed).is_integer())
        ):
            continue
        trial = dict(row, **{key: float(proposed)})
        if _holds(rules, trial) and _holds(
            everything, trial
        ):  # its own relations first: cheap, usually decisive
            return Candidate(key, current, float(proposed), cost, slip(current, proposed))
    return None


def localise(report, status: dict[str, str]) -> dict[str, Localisation]:
    """For each failed error relation, the ranked single-cell fixes (and the smallest number of cells to change)."""
    cat = report.catalogue
    row = {
        k: float(v)
        for k, v in wide_table([report]).iloc[0].items()
        if not (isinstance(v, float) and np.isnan(v))
    }
    failing = [
        r for r in cat.rules if status.get(r.id) == "fail" and r.type in LINEAR and r.severity == "error"
    ]
    failing_warnings = {r.id for r in cat.rules if status.get(r.id) == "fail" and r.severity != "error"}
    holding = {rid for rid, s in status.items() if s == "ok"}
    out: dict[str, Localisation] = {}
    for group in _groups(failing):
        ids = {r.id for r in group}
        others = {r.id for r in failing if r.id not in ids}
        ignore = failing_warnings | others
        problem = build(cat, row, holding, ignore)
        if problem is None:
            continue
        keys_here = {k for r in group for k in r.keys}
        near = keys_here | {
            k for r in cat.rules if r.id in holding and set(r.keys) & keys_here for k in r.keys
        }
        for i, key in enumerate(problem.keys):
            if key not in near:
                problem.big[i] = 0.0  # cells far from this group stay as written
        solutions = solve(problem)
        localisation = Localisation(smallest_change=len(solutions[0].changed) if solutions else 0)
        relevant = {r.id for r in cat.rules if r.id not in ignore}
        for solution in solutions:
            if len(solution.changed) != 1:
                continue
            (key,) = solution.changed
            candidate = _candidate(report, key, solution.cost, row, solution.values[key], relevant, ignore)
            if candidate and all(c.key != key for c in localisation.candidates):
                localisation.candidates.append(candidate)
        localisation.candidates.sort(key=lambda c: (c.score, c.key))
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
    if rule.type != "equal":
        return None
    sums = {
        r.refs["total"]: r for r in report.catalogue.rules if r.type == "sum" and status.get(r.id) == "ok"
    }
    left, right = rule.refs["left"], rule.refs["right"]
    if left not in sums or right not in sums:
        return None

    def shown(ref: str, lang: str) -> str:
        form, code = split_key(ref)
        parts = " + ".join(_n(report, p, lang) for p in sums[ref].refs["parts"])
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
