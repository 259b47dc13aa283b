"""Findings: what a check says about a report, with the evidence it rests on.

A finding keeps its numbers as numbers and renders its message in the reader's language only when
asked, so one audit can be shown in Vietnamese and in English.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal, TypeAlias, get_args

from .catalogue import Text
from .catalogue.model import Severity
from .numbers import format_number

SEVERITY_ORDER: dict[Severity, int] = {"error": 0, "warning": 1, "info": 2}
# Where a finding belongs, in the order reports list them.
Area: TypeAlias = Literal["forms", "cross", "narrative", "narrative_forms", "references", "periods", "document"]
AREAS: tuple[Area, ...] = get_args(Area)


# A message's fields by name: numbers, references, texts, rendered in the reader's language when shown.
Fields: TypeAlias = dict[str, object]


@dataclass(frozen=True)
class Num:
    """A number to show: whole numbers with thousands grouping, rates with their decimals and a % sign."""

    value: float
    decimals: int | None = None
    percent: bool = False
    money: bool = False  # an amount counted in triệu đồng, as the narrative's money is

    def render(self, lang: str) -> str:
        text = format_number(self.value, lang, self.decimals)
        if self.money:
            return text + (" million VND" if lang == "en" else " triệu đồng")
        return text + "%" if self.percent and not math.isnan(self.value) else text


@dataclass(frozen=True)
class Counted:
    """A count with its noun: "1 figure", "12 figures", "12 số liệu" (Vietnamese nouns do not change)."""

    value: int
    vi: str
    en: str  # "singular|plural"

    def render(self, lang: str) -> str:
        one, _, many = self.en.partition("|")
        noun = self.vi if lang != "en" else (one if self.value == 1 else many or one)
        return f"{format_number(self.value, lang)} {noun}"


@dataclass(frozen=True)
class Ref:
    """An indicator named in a message: "mục 1.4" in its own form, "Biểu 4 mục 1.5" across forms."""

    form: int
    code: str
    with_form: bool = False

    def render(self, lang: str) -> str:
        if lang == "en":
            return f"Form {self.form} item {self.code}" if self.with_form else f"item {self.code}"
        return f"Biểu {self.form} mục {self.code}" if self.with_form else f"mục {self.code}"


@dataclass(frozen=True)
class Joined:
    """Several rendered pieces joined by a separator, e.g. the terms of a sum."""

    items: tuple
    sep: str = " + "

    def render(self, lang: str) -> str:
        return self.sep.join(render(i, lang) for i in self.items)


@dataclass(frozen=True)
class Term:
    """An indicator with its value: "mục 1.4.1 (1.405)"."""

    ref: Ref
    num: Num

    def render(self, lang: str) -> str:
        return f"{self.ref.render(lang)} ({self.num.render(lang)})"


def render(value, lang: str) -> str:
    if hasattr(value, "render"):
        return value.render(lang)
    if isinstance(value, Text):
        return value(lang)
    if isinstance(value, float):
        return Num(value).render(lang)
    return str(value)


@dataclass(frozen=True)
class Evidence:
    """Where a number came from: in a workbook its form, code, sheet and cell; in a narrative its
    paragraph (or footnote) and page and the sentence; in both what was written and how it was read."""

    source: str
    form: int | None = None
    code: str | None = None
    sheet: str | None = None
    cell: str | None = None
    label: str | None = None
    raw: str | None = None
    value: float | None = None
    paragraph: int | None = None
    page: int | None = None
    footnote: int | None = None
    text: str | None = None

    @property
    def in_narrative(self) -> bool:
        return self.text is not None

    def to_dict(self) -> dict:
        value = None if self.value is None or math.isnan(self.value) else self.value
        if self.in_narrative:
            out: dict[str, object] = {"source": self.source}
            if self.paragraph is not None:
                out["paragraph"] = self.paragraph
            if self.footnote is not None:
                out["footnote"] = self.footnote
            if self.page is not None:
                out["page"] = self.page
            return out | {"text": self.text, "raw": self.raw, "value": value}
        return {
            "source": self.source,
            "form": self.form,
            "code": self.code,
            "sheet": self.sheet,
            "cell": self.cell,
            "label": self.label,
            "raw": self.raw,
            "value": value,
        }


@dataclass(frozen=True)
class Suggestion:
    """A proposed value for one number, and why it is the likely one."""

    evidence: Evidence
    current: float
    proposed: float
    reason: Text
    percent: bool = False
    written: str | None = None  # the current value as written, when it was not read as a number
    decimals: int | None = None  # decimals of the proposed value, as the message shows it

    def to_dict(self, lang: str = "vi") -> dict:
        e = self.evidence
        if e.in_narrative:
            where: dict[str, object] = {"source": e.source}
            for name in ("paragraph", "footnote", "page"):
                if getattr(e, name) is not None:
                    where[name] = getattr(e, name)
            where["raw"] = e.raw
        else:
            where = {"form": e.form, "code": e.code}
        return where | {"current": self.current, "proposed": self.proposed, "reason": self.reason(lang)}

    def render(self, lang: str) -> str:
        current = f"“{self.written}”" if self.written else Num(self.current, None, self.percent).render(lang)
        proposed = Num(self.proposed, self.decimals, self.percent).render(lang)
        return f"{current} → {proposed} ({self.reason(lang)})"


@dataclass
class Finding:
    """One discrepancy. ``fields`` fill the message template; numbers render in the reader's language."""

    rule: str
    severity: Severity
    title: Text
    template: Text
    fields: Fields = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    expected: float | None = None
    actual: float | None = None
    why: Text | None = None
    form: int | None = None
    report: str = ""
    area: Area = "forms"
    suggestions: list[Suggestion] = field(default_factory=list)
    diagnosis: Text | None = None
    ambiguous: bool = False
    origin: object = field(default=None, repr=False, compare=False)  # the claim or statement it comes from

    @property
    def difference(self) -> float | None:
        if self.expected is None or self.actual is None:
            return None
        return round(self.actual - self.expected, 10)

    def message(self, lang: str = "vi") -> str:
        text = self.template(lang).format(**{k: render(v, lang) for k, v in self.fields.items()})
        text = text[:1].upper() + text[1:]
        return f"{text} {self.why(lang)}" if self.why else text

    def to_dict(self, lang: str = "vi") -> dict:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "title": self.title(lang),
            "message": self.message(lang),
            "evidence": [e.to_dict() for e in self.evidence],
            "expected": self.expected,
            "actual": self.actual,
            "difference": self.difference,
            "suggestions": [s.to_dict(lang) for s in self.suggestions],
            **({"diagnosis": self.diagnosis(lang)} if self.diagnosis else {}),
            **({"ambiguous": True} if self.ambiguous else {}),
        }

    def sort_key(self) -> tuple:
        form = self.form if self.form is not None and self.area == "forms" else 99
        return (AREAS.index(self.area), form, SEVERITY_ORDER[self.severity], self.rule)
