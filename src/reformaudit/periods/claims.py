"""The narrative's "tăng/giảm … so với cùng kỳ" against the figure of the same period a year earlier.

A number the narrative ties to an indicator (``rules/narrative_forms.yaml``) and a change stated right
after it, in a clause comparing with the same period of last year ("UBND tỉnh đã ban hành 30 văn bản quy
phạm pháp luật, tăng 20% so với cùng kỳ năm 2025"), are checked against that indicator in the earlier
report's forms: the change as a percent of the earlier figure, or as an amount, and its direction. The
words are read, not parsed, so a change that does not fit is a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..checks.narrative import excerpt_around
from ..checks.narrative_forms import Mention, mentions
from ..checks.spec import check_finding
from ..findings import Finding, Num, Ref
from ..narrative.quantities import Quantity, find_quantities
from .period import Period
from .words import cited, period_text

CHANGE = re.compile(r"\b(tăng|giảm)(?:\s+(?:thêm|được|là|khoảng|gần|trên|hơn))?\s*$", re.IGNORECASE)
SAME_PERIOD = re.compile(
    r"so\s+với\s+cùng\s+kỳ|cùng\s+kỳ\s+năm\s+(?:trước|ngoái|(?:19|20)\d\d)|so\s+với\s+năm\s+(?:trước|ngoái)",
    re.IGNORECASE,
)
CHANGE_REACH = 60  # characters between the figure and its change
CLAUSE_END = re.compile(r"[.;]")


@dataclass(frozen=True)
class StatedChange:
    """A figure of the narrative tied to ``indicator``, and the change from the same period last year it states."""

    indicator: str
    mention: Mention
    rise: bool
    change: Quantity


def _change_after(text: str, mention: Mention, quantities: list[Quantity]) -> tuple[bool, Quantity] | None:
    q = mention.quantity
    following = [
        o for o in quantities if q.end <= o.start <= q.end + CHANGE_REACH and o.start < mention.sentence[1]
    ]
    if not following:
        return None
    change = following[0]
    word = CHANGE.search(text[q.end : change.start])
    if word is None or change.kind not in ("percent", "count", "money"):
        return None
    clause_end = CLAUSE_END.search(text, change.end)
    clause = text[change.end : clause_end.start() if clause_end else mention.sentence[1]]
    if not SAME_PERIOD.search(clause):
        return None
    return word.group(1).lower() == "tăng", change


def stated_changes(report) -> list[StatedChange]:
    """Every "tăng/giảm … so với cùng kỳ" the narrative states for a figure of the forms."""
    if report.narrative is None:
        return []
    out = []
    texts = report.narrative["text"]
    for indicator, found in mentions(report).items():
        for mention in found:
            text = texts.iloc[mention.block]
            read = _change_after(text, mention, find_quantities(text))
            if read:
                out.append(StatedChange(indicator, mention, *read))
    return out


def _computed(stated: StatedChange, before: float) -> float | None:
    """The change from ``before`` to the narrative's figure, in the unit the text states it (signed)."""
    now = stated.mention.value
    if stated.change.kind == "percent":
        return (now - before) / before * 100 if before else None
    return now - before


def _fits(stated: StatedChange, computed: float) -> bool:
    change = stated.change
    signed = change.value if stated.rise else -change.value
    slack = 10.0 ** (-change.decimals) / 2 + change.slack + 1e-9
    if change.approx:
        slack = max(slack, 1.0 if change.kind == "percent" else abs(change.value) * 0.02)
    return abs(computed - signed) <= slack


def same_period_last_year(current, earlier: list):
    """The earlier report for the same period of the year before, if given."""
    wanted = Period(current.period.year - 1, current.period.kind)
    return next((r for r in earlier if r.period == wanted), None)


def check_changes(current, earlier) -> list[Finding]:
    """A finding for each stated change that the earlier report's figure does not bear out."""
    out = []
    for stated in stated_changes(current):
        row = earlier.row(stated.indicator)
        if row is None or row["value"] != row["value"]:
            continue
        before = float(row["value"])
        computed = _computed(stated, before)
        if computed is None or _fits(stated, computed):
            continue
        mention, change = stated.mention, stated.change
        percent = change.kind == "percent"
        text = current.paragraphs[mention.block]["text"]
        form, code = map(str, stated.indicator.split(":", 1))
        said = Num(change.value if stated.rise else -change.value, change.decimals, percent)
        fields = {
            "excerpt": excerpt_around(text, mention.sentence, mention.quantity.start, change.end),
            "stated": said,
            "earlier_period": period_text(earlier.period),
            "ref": Ref(int(form), code, True),
            "earlier_value": Num(before),
            "value": Num(mention.value),
            "computed": Num(computed, max(change.decimals, 1) if percent else None, percent),
        }
        evidence = [
            current.narrative_evidence(mention.block, change.raw, change.value, mention.sentence),
            cited(earlier, stated.indicator),
        ]
        out.append(
            check_finding(
                current.catalogue,
                "SERIES.narrative-change",
                fields,
                evidence,
                expected=computed,
                actual=said.value,
                area="periods",
            )
        )
    return out
