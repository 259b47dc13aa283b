"""The narrative against the forms: each number the text states for an indicator (as declared in
``rules/narrative_forms.yaml``) is compared with the form's value."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..catalogue import Statement, split_key
from ..findings import Finding, Num, Ref
from .narrative import excerpt_around
from .registry import register_check

if TYPE_CHECKING:
    from ..narrative.quantities import Quantity

BEFORE_WINDOW = 80
BEFORE_MAX_WORDS = 12
KIND_OF = {"percent": ("percent",), "money": ("money",), "count": ("count",), "choice": ()}


@dataclass(frozen=True)
class Mention:
    statement: Statement
    block: int
    quantity: Quantity
    value: float
    sentence: tuple[int, int]


def _after_phrase(statement: Statement, lower: str, q: Quantity) -> int | None:
    """Length of the longest ``after`` phrase that follows the number (0 when the statement has none)."""
    if not statement.after:
        return 0
    tail = lower[q.end : q.end + 160].lstrip(" ,:")
    hits = [len(a) for a in statement.after if tail.startswith(a)]
    return max(hits) if hits else None


def _before_gap(statement: Statement, lower: str, q: Quantity, span, starts: list[int]) -> int | None:
    """Words between the nearest ``before`` phrase and the number (0 when the statement has none), or None."""
    if not statement.before:
        return 0
    start = max(span[0], q.start - BEFORE_WINDOW)
    window = lower[start : q.start]
    gaps = []
    for phrase in statement.before:
        at = window.rfind(phrase)
        if at < 0:
            continue
        phrase_end = start + at + len(phrase)
        words = len(lower[phrase_end : q.start].split())
        between = bisect_left(starts, q.start) - bisect_left(starts, phrase_end)
        if words <= BEFORE_MAX_WORDS and between == 0:
            gaps.append(words)
    return min(gaps) if gaps else None


def _value(statement: Statement, q: Quantity, indicator_kind: str) -> float | None:
    if q.kind == "ratio":
        if statement.part is None or q.money != (indicator_kind == "money"):
            return None
        return q.numerator if statement.part == "numerator" else q.denominator
    if statement.part is not None or q.kind not in KIND_OF.get(indicator_kind, ()):
        return None
    return q.value


@dataclass(frozen=True)
class _Block:
    lower: str
    titles: str
    sentence: str
    span: tuple[int, int]
    starts: list[int]


ROLE_SCORE = (100, 2, 0)  # a number's role in the flow says more than any phrase around it


def _matches(statement: Statement, b: _Block, q: Quantity, roles) -> tuple | None:
    """A score when ``statement`` describes the number ``q`` (higher is more specific), else None."""
    if statement.states:
        state, level = roles.get((q.start, q.end), (None, None))
        return ROLE_SCORE if state in statement.states and level == statement.level else None
    if statement.section and not any(w in b.titles for w in statement.section):
        return None
    if not all(w in b.lower for w in statement.paragraph) or not all(
        w in b.sentence for w in statement.sentence
    ):
        return None
    if any(x in b.lower[q.end : q.end + 60] for x in statement.exclude):
        return None
    after = _after_phrase(statement, b.lower, q)
    gap = _before_gap(statement, b.lower, q, b.span, b.starts)
    if after is None or gap is None:
        return None
    constraints = bool(statement.before) + len(statement.sentence) + len(statement.paragraph)
    return after, constraints, -gap


def mentions(report) -> dict[str, list[Mention]]:
    """Every number of the narrative that a statement ties to an indicator, by indicator."""
    # the narrative's modules only for a report that has one
    from ..narrative.malformed import inside
    from ..narrative.quantities import find_quantities
    from ..narrative.roles import dossier_roles
    from ..narrative.sentences import sentences

    out: dict[str, list[Mention]] = {}
    statements = report.catalogue.statements
    kinds = {s.indicator: report.catalogue.indicator(s.indicator).kind for s in statements}
    for block, row in enumerate(report.narrative.itertuples(index=False)):
        text = row.text
        # a figure written in no valid way ("1.0776 dịch vụ") is no number to compare: NARR.malformed says so
        quantities = [q for q in find_quantities(text) if not inside(report.malformed[block], q.start)]
        if not quantities:
            continue
        lower, titles = text.lower(), str(row.section_title).lower()
        spans = sentences(text) or [(0, len(text))]
        span_starts = [s for s, _ in spans]
        starts = [q.start for q in quantities]
        roles = dossier_roles(text) if any(s.states for s in statements) else {}
        for q in quantities:
            span = spans[max(0, bisect_right(span_starts, q.start) - 1)]
            context = _Block(lower, titles, lower[span[0] : span[1]], span, starts)
            scored = []
            for statement in statements:
                value = _value(statement, q, kinds[statement.indicator])
                if value is None:
                    continue
                score = _matches(statement, context, q, roles)
                if score is not None:
                    scored.append((score, statement, value))
            if not scored:
                continue
            scored.sort(key=lambda s: s[0], reverse=True)
            best = [s for s in scored if s[0] == scored[0][0]]
            if len({s[1].indicator for s in best}) > 1:
                continue  # two indicators fit equally well: say nothing rather than guess
            _, statement, value = best[0]
            out.setdefault(statement.indicator, []).append(Mention(statement, block, q, value, span))
    return out


def _tolerance(q: Quantity, indicator_kind: str) -> float:
    step = 10.0 ** (-q.decimals)
    tolerance = step / 2 + 1e-9 if indicator_kind == "percent" or q.decimals else 1e-9
    if q.kind == "money" and re.search(r"tỷ\s*đồng", q.raw) and "triệu" not in q.raw:
        tolerance = 1000 * step / 2
    if q.approx:
        tolerance = max(tolerance, abs(q.value) * 0.02, 1.0 if indicator_kind == "percent" else 0)
    return tolerance


def agrees(mention: Mention, form_value: float, indicator_kind: str) -> bool:
    return abs(mention.value - form_value) <= _tolerance(mention.quantity, indicator_kind)


@register_check("narrative-forms")
def check_narrative_against_forms(report) -> Iterator[Finding]:
    if report.narrative is None or not report.has_forms:
        return
    for indicator, found in mentions(report).items():
        row = report.row(indicator)
        if row is None or math.isnan(row["value"]):
            continue
        kind = report.catalogue.indicator(indicator).kind
        form_value = float(row["value"])
        if any(agrees(m, form_value, kind) for m in found):
            continue
        first = found[0]
        statement = first.statement
        form, code = split_key(indicator)
        percent = kind == "percent"
        text = report.paragraphs[first.block]["text"]
        fields = {
            "narrative": Num(first.value, first.quantity.decimals if percent else None, percent),
            "excerpt": excerpt_around(text, first.sentence, first.quantity.start, first.quantity.end),
            "form_ref": Ref(form, code, True),
            "form": Num(form_value, int(row["decimals"]) if percent else None, percent),
        }
        evidence = [report.narrative_evidence(m.block, m.quantity.raw, m.value, m.sentence) for m in found]
        evidence.append(report.evidence(indicator))
        yield Finding(
            statement.id,
            statement.severity,
            statement.title,
            statement.message,
            fields,
            evidence,
            expected=form_value,
            actual=first.value,
            why=statement.why,
            form=form,
            area="narrative_forms",
            origin=found,
        )
