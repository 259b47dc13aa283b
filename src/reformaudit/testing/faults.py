"""Inject one typing fault into a consistent report, and measure whether the audit finds and localises it.

A fault is one of the slips of :mod:`reformaudit.localise.keystroke` — adjacent digits swapped, one
digit wrong, a digit dropped or doubled, a separator misplaced, a unit slip of ×1000, a sign — in a cell
that takes part in an exact relation (a sum, an equality or a rate). It is *identifiable* when it makes
such a relation fail; a fault that every relation tolerates (a change below a rate's precision, a
value that only has bounds) cannot be found by any check and is counted apart.
"""

from __future__ import annotations

import math
import random
import time
from dataclasses import dataclass

import pandas as pd

from ..catalogue import Catalogue
from ..checks import confront
from ..checks.relations import evaluate
from ..loading.row import frame_rows
from ..localise import suggest
from ..localise.keystroke import KINDS, slips
from ..relations import relation
from ..report import Report
from .generate import consistent_values, forms_frame


@dataclass
class Fault:
    key: str
    kind: str
    original: float
    written: float


@dataclass
class Outcome:
    fault: Fault
    identifiable: bool
    why_not: str
    detected: bool
    top3: bool
    ranked: list[str]
    seconds: float  # spent localising: suggestions, ambiguity and diagnoses


def exact_keys(catalogue: Catalogue, values: dict[str, float]) -> list[str]:
    """Cells in an exact relation that applies (its values present, a rate's denominator not zero)."""
    frame = pd.DataFrame([values])
    keys: list[str] = []
    for rule in catalogue.rules:
        if (
            relation(rule).exact
            and rule.severity == "error"
            and evaluate(rule, frame)["status"].iloc[0] == "ok"
        ):
            keys.extend(k for k in rule.keys if k not in keys)
    return keys


def inject(
    catalogue: Catalogue, values: dict[str, float], rng: random.Random, kind: str | None = None
) -> Fault | None:
    keys = exact_keys(catalogue, values)
    for _ in range(50):
        key = rng.choice(keys)
        whole = catalogue.indicator(key).kind != "percent"
        options = slips(values[key], whole)
        chosen = kind or rng.choice([k for k in KINDS if options[k]] or list(KINDS))
        candidates = [v for v in options.get(chosen, []) if not whole or float(v).is_integer()]
        if catalogue.indicator(key).kind == "percent":
            candidates = [v for v in candidates if abs(v) <= 100]
        if candidates:
            return Fault(key, chosen, values[key], float(rng.choice(candidates)))
    return None


def _why_not(catalogue: Catalogue, faulty: dict[str, float], key: str) -> str:
    indicator = catalogue.indicator(key)
    if faulty[key] < 0 or (indicator.kind == "percent" and faulty[key] > 100):
        return ""  # outside the value's domain: the schema's domain checks see it
    frame = pd.DataFrame([faulty])
    involved = [r for r in catalogue.rules if key in r.keys and relation(r).exact and r.severity == "error"]
    if any(evaluate(r, frame)["status"].iloc[0] == "fail" for r in involved):
        return ""
    if any(r.type == "ratio" for r in involved):
        return "the change is below the precision the rate is written with"
    return "the change keeps every relation"


def audit_fault(catalogue: Catalogue, values: dict[str, float], fault: Fault) -> Outcome:
    faulty = dict(values, **{fault.key: fault.written})
    why_not = _why_not(catalogue, faulty, fault.key)
    report = Report("generated", ["generated"], frame_rows(forms_frame(faulty, catalogue)), catalogue)
    confrontation = confront([report], catalogue)
    start = time.perf_counter()
    suggest(confrontation)
    seconds = time.perf_counter() - start
    findings = confrontation.findings.get("generated", [])
    ranked: list[str] = []
    for finding in findings:
        for s in finding.suggestions:
            key = f"{s.evidence.form}:{s.evidence.code}"
            if key not in ranked:
                ranked.append(key)
    named = {f"{e.form}:{e.code}" for f in findings for e in f.evidence}
    return Outcome(
        fault,
        not why_not,
        why_not,
        bool(findings) and fault.key in named,
        fault.key in ranked[:3],
        ranked,
        seconds,
    )


def run(catalogue: Catalogue, n: int, seed: int = 0, kind: str | None = None) -> list[Outcome]:
    rng = random.Random(seed)
    outcomes: list[Outcome] = []
    while len(outcomes) < n:
        values = consistent_values(catalogue, rng.randint, rng.choice)
        fault = inject(catalogue, values, rng, kind)
        if fault is not None and not math.isclose(fault.written, fault.original):
            outcomes.append(audit_fault(catalogue, values, fault))
    return outcomes
