"""What each place a finding cites stands for, and the note a marked copy writes there.

A place is *likely wrong* when a suggestion proposes a new value for it; it was *compared* when the
finding proposes a fix elsewhere (the place is the yardstick, not the slip); it is *cited* when the
finding proposes no fix at all (the places disagree and nothing tells which one is wrong).
"""

from __future__ import annotations

from ..catalogue import Text
from ..findings import Evidence, Finding, Suggestion
from .words import SEVERITY, place, suggestion_text

LIKELY_WRONG, COMPARED, CITED = "likely_wrong", "compared", "cited"

ROLE_WORDS = {
    LIKELY_WRONG: Text("có lẽ sai ở đây", "likely wrong here"),
    COMPARED: Text("đối chiếu với {where}", "compared with {where}"),
}
FIX_ONE = Text("Đề xuất sửa", "Suggested fix")
FIX_SEVERAL = Text("Đề xuất sửa, theo thứ tự khả năng", "Suggested fixes, most likely first")
FIX_EQUAL = Text("Có nhiều cách sửa hợp lý như nhau", "Several fixes are equally plausible")
KEEP = Text(
    "Số ở đây dùng để đối chiếu; không cần sửa nếu nó đúng.",
    "The number here is what the slip was compared with; leave it as it is if it is right.",
)
FOOTNOTE = Text("chú thích {n}", "footnote {n}")


def same_place(a: Evidence, b: Evidence) -> bool:
    """Whether two pieces of evidence sit in the same cell, or the same paragraph or footnote."""
    if a.source != b.source or a.in_narrative != b.in_narrative:
        return False
    if a.in_narrative:
        return (a.paragraph, a.footnote) == (b.paragraph, b.footnote)
    return (a.sheet, a.cell) == (b.sheet, b.cell)


def suggestions_at(finding: Finding, evidence: Evidence) -> list[Suggestion]:
    return [s for s in finding.suggestions if same_place(s.evidence, evidence)]


def role(finding: Finding, evidence: Evidence) -> str:
    if suggestions_at(finding, evidence):
        return LIKELY_WRONG
    return COMPARED if finding.suggestions else CITED


def _equal_heading(finding: Finding, lang: str) -> str | None:
    """For an ambiguous finding, the words that say its fixes are equally plausible (its diagnosis if any)."""
    if not finding.ambiguous:
        return None
    return finding.diagnosis(lang) if finding.diagnosis else FIX_EQUAL(lang)


def _fix_lines(finding: Finding, lang: str) -> list[str]:
    if not finding.suggestions:
        return []
    if len(finding.suggestions) == 1 and not finding.ambiguous:
        return [f"{FIX_ONE(lang)}: {suggestion_text(finding.suggestions[0], lang)}"]
    heading = _equal_heading(finding, lang) or f"{FIX_SEVERAL(lang)}:"
    return [heading] + [f"• {suggestion_text(s, lang)}" for s in finding.suggestions]


def _diagnosis(finding: Finding, kind: str, lang: str) -> list[str]:
    if not finding.diagnosis or (kind == LIKELY_WRONG and finding.ambiguous):
        return []  # the fixes' heading says it already
    return [finding.diagnosis(lang)]


def note(finding: Finding, evidence: Evidence, lang: str) -> str:
    """The comment a marked copy writes on ``evidence`` for ``finding``: its role there, the message,
    the fix (only where the fix is proposed) and the diagnosis."""
    head = f"[{SEVERITY[finding.severity](lang)}] {finding.rule}"
    if evidence.footnote is not None:
        head += f" ({FOOTNOTE(lang).format(n=evidence.footnote)})"
    kind = role(finding, evidence)
    if kind == LIKELY_WRONG:
        head += f" — {ROLE_WORDS[kind](lang)}"
    elif kind == COMPARED:
        wrong = dict.fromkeys(place(s.evidence, lang) for s in finding.suggestions)
        head += f" — {ROLE_WORDS[kind](lang).format(where=', '.join(w for w in wrong if w))}"
    lines = [f"{head}: {finding.message(lang)}"]
    lines += _fix_lines(finding, lang) if kind == LIKELY_WRONG else []
    lines += [KEEP(lang)] if kind == COMPARED else []
    return "\n".join(lines + _diagnosis(finding, kind, lang))
