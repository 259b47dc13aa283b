"""The catalogue: indicators of Biểu mẫu 1–7, relations between them, and cell checks, as data."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, TypeAlias, get_args

Severity: TypeAlias = Literal["error", "warning", "info"]
# What an indicator's row holds: a heading with no value of its own, a whole count, a rate, an amount, a coded choice.
IndicatorKind: TypeAlias = Literal["group", "count", "percent", "money", "choice"]
# The relation types of reformaudit.relations, one class each: a new type of the package adds its name here.
# A type registered from the user's own module (docs/rules.md) is known to the registry, not to mypy.
RelationKind: TypeAlias = Literal["sum", "at_most", "equal", "ratio", "within", "note_levels"]
# A rule's field naming indicators: one key ("3:1.4") or a list of keys.
RefValue: TypeAlias = str | list[str]

SEVERITIES: tuple[Severity, ...] = get_args(Severity)
KINDS: tuple[IndicatorKind, ...] = get_args(IndicatorKind)


def key(form: int, code: str) -> str:
    """The identifier of one indicator across all forms, as used in rules: ``"3:1.4"``."""
    return f"{form}:{code}"


def split_key(ref: str) -> tuple[int, str]:
    form, code = ref.split(":", 1)
    return int(form), code


@dataclass(frozen=True)
class Text:
    """A short text in Vietnamese and English."""

    vi: str
    en: str

    def __call__(self, lang: str) -> str:
        return self.en if lang == "en" else self.vi


@dataclass(frozen=True)
class Indicator:
    form: int
    code: str
    label: str
    kind: IndicatorKind
    unit: str | None = None
    choices: dict[int, str] = field(default_factory=dict)
    valid_from: date | None = None  # the first and last day the row applies (see reformaudit.periods)
    valid_to: date | None = None

    @property
    def key(self) -> str:
        return key(self.form, self.code)

    @property
    def has_value(self) -> bool:
        return self.kind != "group"

    @property
    def whole(self) -> bool:
        return self.kind in ("count", "choice")


@dataclass(frozen=True)
class FormSpec:
    number: int
    title: Text
    indicators: tuple[Indicator, ...]

    def by_code(self) -> dict[str, Indicator]:
        return self._by_code

    @functools.cached_property
    def _by_code(self) -> dict[str, Indicator]:
        return {i.code: i for i in self.indicators}

    @functools.cached_property
    def matches(self) -> dict:
        """Rows already matched to this form's indicators, by (STT, label) as written: offices reuse
        one template, so the same rows come back in every report."""
        return {}


@dataclass(frozen=True)
class Rule:
    """A relation between indicators, e.g. a total and its parts. ``refs`` holds indicator keys."""

    id: str
    type: RelationKind
    severity: Severity
    title: Text
    message: Text
    refs: dict[str, RefValue]
    why: Text | None = None
    extra_messages: dict[str, Text] = field(default_factory=dict)
    params: dict[str, object] = field(default_factory=dict)
    source: str = ""
    valid_from: date | None = None
    valid_to: date | None = None

    @property
    def keys(self) -> list[str]:
        """Every indicator the rule reads, in the order the rule names them."""
        out: list[str] = []
        for value in self.refs.values():
            out.extend(value if isinstance(value, list) else [value])
        return out

    def one(self, name: str) -> str:
        """The indicator a field naming one code holds (``whole``, ``rate``, …)."""
        value = self.refs[name]
        if not isinstance(value, str):
            raise TypeError(f"rule {self.id}: {name!r} names a list of indicators, not one")
        return value

    def many(self, name: str) -> list[str]:
        """The indicators a field naming a list of codes holds (``parts``, ``of``, …)."""
        value = self.refs[name]
        if not isinstance(value, list):
            raise TypeError(f"rule {self.id}: {name!r} names one indicator, not a list")
        return value

    @property
    def forms(self) -> list[int]:
        return sorted({split_key(k)[0] for k in self.keys})


@dataclass(frozen=True)
class Statement:
    """How a narrative states one indicator: the words around the number (``rules/narrative_forms.yaml``)."""

    id: str
    indicator: str
    severity: Severity
    title: Text
    message: Text
    section: tuple[str, ...] = ()
    paragraph: tuple[str, ...] = ()
    sentence: tuple[str, ...] = ()
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    part: str | None = None
    why: Text | None = None
    states: tuple[str, ...] = ()  # a dossier count in one of these states of the flow …
    level: str | None = None  # … at this level (province, district, commune): see narrative.roles


@dataclass(frozen=True)
class CheckSpec:
    """Severity and wording of a built-in check on cells or layout."""

    id: str
    severity: Severity
    title: Text
    message: Text


@dataclass(eq=False)
class Catalogue:
    """Compared and hashed by identity, so compiled schemas can be cached per catalogue."""

    forms: dict[int, FormSpec]
    rules: list[Rule]
    checks: dict[str, CheckSpec]
    statements: list[Statement] = field(default_factory=list)
    # reformaudit.periods: indicator -> cumulative, flow, …; level -> the indicators its units add up to;
    # stock -> the flows that change it ({"plus": refs, "minus": refs})
    over_time: dict[str, str] = field(default_factory=dict)
    roll_up: dict[str, tuple[str, ...]] = field(default_factory=dict)
    carry_over: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)

    def indicator(self, ref: str) -> Indicator:
        form, code = split_key(ref)
        return self.forms[form].by_code()[code]

    def indicators(self) -> list[Indicator]:
        return [i for f in self.forms.values() for i in f.indicators]

    def rule(self, rule_id: str) -> Rule:
        return next(r for r in self.rules if r.id == rule_id)
