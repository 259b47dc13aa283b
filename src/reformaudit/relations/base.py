"""What every relation type provides, and the registry of types by the name rules files give them.

A relation type is one class (one file of this package, its name in ``catalogue.model.RelationKind``, plus its
message in ``rules/templates.yaml``):

- ``refs``: the fields of a rule that name indicators, each one code (``str``) or a list of codes
  (``list``), checked when the rules load;
- ``fields``: the fields its message template may use, filled by ``message_fields``;
- ``evaluate``: its status for every report at once, over the wide table (one row per report) or any
  mapping of columns: "ok", "fail", "na" when a value is missing (and "truncated" for a rate);
- for localisation, when ``linear``: ``constraints`` (the rows of the mixed-integer program) and
  ``implied`` (what one of its cells must be for it to hold, the others as written);
- ``repair``: for generated reports, change values until it holds.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, TypeAlias, cast

import numpy as np

from ..catalogue.model import RelationKind, Rule, Text, split_key
from ..findings import Fields, Num, Ref
from ..frames import is_frame
from ..report import decimals_column

if TYPE_CHECKING:
    import pandas as pd

TOLERANCE = 1e-6
Columns: TypeAlias = "pd.DataFrame | Mapping[str, np.ndarray]"
Outcome: TypeAlias = dict[str, np.ndarray]  # status, expected, actual: one entry per row
RowValues: TypeAlias = "pd.Series | Mapping[str, float]"  # one report's row of the wide table
RowOutcome: TypeAlias = "pd.Series | Mapping[str, Any]"  # one report's status, expected and actual value


@dataclass(frozen=True)
class Implied:
    """The value a relation gives one of its cells (None when it only bounds it), and the range it allows."""

    value: float | None
    low: float = -math.inf
    high: float = math.inf

    @classmethod
    def exactly(cls, value: float) -> Implied:
        return cls(value, value, value)


@dataclass(frozen=True)
class Constraint:
    """low <= Σ coefficient × cell <= high; ``released_by``: a cell whose change lifts the constraint."""

    coefficients: dict[str, float]
    low: float
    high: float
    released_by: str | None = None


# put(key, value) sets a value; grow(key, delta) raises it, through the last part of a total.
Put = Callable[[str, float], None]
Grow = Callable[[str, float], None]


class Relation:
    kind: ClassVar[RelationKind]
    refs: ClassVar[dict[str, type]]
    fields: ClassVar[frozenset[str]]
    evaluated: ClassVar[bool] = True  # evaluated over the wide table (else a registered check runs it)
    linear: ClassVar[bool] = False  # localised by the solver
    exact: ClassVar[bool] = False  # any change to one of its cells breaks it (up to a rate's precision)

    def evaluate(self, rule: Rule, table: Columns) -> Outcome:
        raise NotImplementedError

    def message_fields(self, rule: Rule, row: RowValues, result: RowOutcome) -> Fields:
        raise NotImplementedError

    def template(self, rule: Rule) -> Text:
        """The message a finding of ``rule`` is written with: a list of one part reads as the part itself
        (``message_one_part``: "Mục 2.2 (1.464) vượt Mục 2.1 (1.200)", not "Mục 2.2 (1.464) = 1.464 vượt …")."""
        parts = rule.refs.get("parts")
        if isinstance(parts, list) and len(parts) == 1:
            return rule.extra_messages.get("message_one_part", rule.message)
        return rule.message

    def constraints(self, rule: Rule, row: dict[str, float]) -> list[Constraint]:
        raise NotImplementedError

    def implied(self, rule: Rule, key: str, row: dict[str, float]) -> Implied:
        raise NotImplementedError

    def sides(self, rule: Rule) -> tuple[str, str] | None:
        """The two cells it says hold the same number, if that is what it says."""
        return None

    def total_and_parts(self, rule: Rule) -> tuple[str, list[str]] | None:
        """The cell it says is exactly the sum of others, and the others, if that is what it says."""
        return None

    def applies(self, rule: Rule, row: dict[str, float]) -> bool:
        """Whether every value it reads is present in ``row``."""
        return all(not math.isnan(row.get(k, math.nan)) for k in rule.keys)

    def repair(self, rule: Rule, values: dict[str, float], put: Put, grow: Grow) -> None:
        pass


RELATIONS: dict[str, Relation] = {}


def register(cls: type[Relation]) -> type[Relation]:
    RELATIONS[cls.kind] = cls()
    return cls


def relation(rule: Rule) -> Relation:
    return RELATIONS[rule.type]


# Shared by the types' evaluations and messages.


def column(table: Columns, ref: str) -> np.ndarray:
    """An indicator's values as a float array (NaN where missing or not in the table)."""
    if ref in table:
        return np.asarray(table[ref], dtype=float).reshape(-1)
    return np.full(rows_in(table), np.nan)


def rows_in(table: Columns) -> int:
    """How many rows a table has: a frame's length, or the length of a mapping's columns (1 for scalars)."""
    if is_frame(table):
        return len(table)
    first = next(iter(cast(Mapping[str, np.ndarray], table).values()), None)
    return 1 if first is None else np.asarray(first).size


def decimals(table: Columns, ref: str) -> np.ndarray:
    return np.clip(np.nan_to_num(column(table, decimals_column(ref)), nan=2.0), 0, 6)


def all_present(*arrays: np.ndarray) -> np.ndarray:
    return ~np.isnan(np.vstack(np.broadcast_arrays(*arrays))).any(axis=0)


def outcome(
    applicable: np.ndarray,
    ok: np.ndarray,
    expected: np.ndarray,
    actual: np.ndarray,
    truncated: np.ndarray | None = None,
) -> Outcome:
    # NaN compares False, so a relation with a missing value is "na" (from applicable), never "fail".
    status = np.where(~applicable, "na", np.where(ok, "ok", "fail"))
    if truncated is not None:
        status = np.where((status == "fail") & truncated, "truncated", status)
    return {"status": status, "expected": expected, "actual": actual}


def ref(rule: Rule, key: str) -> Ref:
    form, code = split_key(key)
    return Ref(form, code, with_form=len(rule.forms) > 1)


def num(row: RowValues, key: str, percent: bool = False) -> Num:
    dp = row.get(decimals_column(key))
    places = int(dp) if percent and dp == dp and dp is not None else None
    return Num(float(row.get(key, np.nan)), places, percent)
