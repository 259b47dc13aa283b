"""The narrative against itself: every claim found in the text that does not hold."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..catalogue import Text
from ..findings import Fields, Finding, Joined, Num
from .registry import register_check
from .spec import check_finding

if TYPE_CHECKING:
    from ..narrative.claims import Claim

EXCERPT = 200


def excerpt(text: str, start: int, end: int, limit: int = EXCERPT) -> str:
    """The sentence, or a window of it around [start, end) when it is long."""
    text_span = text[start:end].strip()
    if len(text_span) <= limit:
        return text_span
    return text_span[: limit - 1].rstrip() + "…"


def excerpt_around(text: str, span: tuple[int, int], first: int, last: int, limit: int = EXCERPT) -> str:
    """The sentence ``span`` of ``text``, cut to about ``limit`` characters around [first, last)."""
    start, end = span
    if end - start <= limit:
        return text[start:end].strip()
    start = max(start, min(first - 40, last - limit + 40))
    end = min(end, max(last + 40, start + limit))
    while start > span[0] and not text[start - 1].isspace():
        start += 1  # begin and end on whole words
    while end < span[1] and not text[end].isspace():
        end -= 1
    cut = text[start:end].strip()

    return ("…" if start > span[0] else "") + cut + ("…" if end < span[1] else "")


def _claim_excerpt(report, claim: Claim) -> str:
    text = report.paragraphs[claim.block]["text"]
    first = min(q.start for q in claim.quantities)
    last = max(q.end for q in claim.quantities)
    return excerpt_around(text, claim.sentence, first, last)


def _evidence(report, claim: Claim):
    evidence = []
    for i, q in enumerate(claim.quantities):
        block, span = claim.where(i)
        value = q.numerator if q.kind == "ratio" else q.value
        evidence.append(report.narrative_evidence(block, q.raw, value, span))
    return evidence


class Written:
    """A number of the text in a message: as the report writes it in Vietnamese, in the reader's style in
    English ("128.559" is "128,559"; "5.755 tỷ 631 triệu đồng" is "5,755,631 million VND")."""

    def __init__(self, q):
        self.q = q

    def render(self, lang: str) -> str:
        q = self.q
        if lang != "en":
            return q.raw
        if q.kind == "ratio":
            return f"{Num(q.numerator).render(lang)}/{Num(q.denominator).render(lang)}"
        if q.kind == "money":
            return Num(q.value, None, money=True).render(lang)
        decimals = q.decimals if not q.tolerance else None
        return Num(q.value, decimals, q.kind == "percent").render(lang)


def _terms(claim: Claim, role: str | None = None) -> Joined:
    return Joined(
        tuple(Written(q) for q, r in zip(claim.quantities, claim.roles) if role is None or r == role)
    )


def _percent(value: float, decimals: int) -> Num:
    return Num(value, decimals, True)


def _finding(report, check_id: str, claim: Claim, fields: dict, **kw) -> Finding:
    fields = {"excerpt": _claim_excerpt(report, claim), **fields}
    finding = check_finding(
        report.catalogue,
        check_id,
        fields,
        _evidence(report, claim),
        area="narrative",
        expected=claim.computed,
        actual=claim.stated,
        severity=None if claim.kind == "repeated" else claim.severity,
        **kw,
    )
    finding.origin = claim
    return finding


SPLIT_NAMES = {
    "done": Text("đã giải quyết", "done"),
    "pending": Text("đang giải quyết", "in progress"),
    "cancelled": Text("hủy", "cancelled"),
}


class _Labelled:
    def __init__(self, number: Written, label: Text):
        self.number, self.label = number, label

    def render(self, lang: str) -> str:
        return f"{self.number.render(lang)} {self.label(lang)}"


def _where(report, block: int) -> Text:
    row = report.paragraphs[block]
    if row["kind"] == "footnote":
        return Text(f"chú thích {row['footnote']}", f"footnote {row['footnote']}")
    return Text(f"đoạn {row['paragraph']}", f"paragraph {row['paragraph']}")


def claim_finding(report, claim: Claim) -> Finding | None:
    shown = max(claim.decimals, 2)
    if claim.kind == "implied_share" and claim.status == "fail":
        part = claim.quantities[0]
        implied: Fields = {
            "part": Written(part),
            "total": Num(round(part.value * 100 / claim.computed)),
            "computed": _percent(claim.computed, shown),
            "stated": _percent(claim.stated, claim.decimals),
        }
        return _finding(report, "NARR.implied-share", claim, implied)
    if claim.kind in ("ratio", "share") and claim.status in ("fail", "truncated"):
        if claim.status == "truncated":
            rounded = _percent(round(claim.computed, claim.decimals), claim.decimals)
            return _finding(
                report,
                "NARR.rate-truncated",
                claim,
                {"computed": _percent(claim.computed, shown + 1), "rounded": rounded},
            )
        fields: Fields = {
            "computed": _percent(claim.computed, shown),
            "stated": _percent(claim.stated, claim.decimals),
        }
        if claim.kind == "share":
            whole, part = claim.quantities[0], claim.quantities[1]
            return _finding(
                report, "NARR.share", claim, fields | {"part": Written(part), "whole": Written(whole)}
            )
        first, second = claim.quantities[0], claim.quantities[1]
        numerator: Num | Written
        denominator: Num | Written
        if first.kind == "ratio":
            assert first.numerator is not None and first.denominator is not None, "a ratio has both sides"
            numerator, denominator = Num(first.numerator), Num(first.denominator)
        else:
            numerator, denominator = Written(first), Written(second)
        return _finding(
            report, "NARR.ratio", claim, fields | {"numerator": numerator, "denominator": denominator}
        )
    if claim.kind == "breakdown" and claim.status in ("fail", "incomplete"):
        money = all(q.kind == "money" for q in claim.quantities)
        fields = {
            "parts": _terms(claim, "part"),
            "computed": Num(claim.computed, money=money),
            "stated": Num(claim.stated, money=money),
        }
        if "subset" in claim.notes:
            unsure = claim.uncertain and not claim.approx and not any(q.approx for q in claim.quantities)
            return _finding(report, "NARR.subset-unsure" if unsure else "NARR.subset", claim, fields)
        check_id = "NARR.breakdown" if claim.status == "fail" else "NARR.breakdown-incomplete"
        return _finding(report, check_id, claim, fields)
    if claim.kind == "split" and claim.status == "fail":
        outgoing = Joined(
            tuple(
                _Labelled(Written(q), SPLIT_NAMES[r])
                for q, r in zip(claim.quantities, claim.roles)
                if r in SPLIT_NAMES
            )
        )
        fields = {
            "parts": outgoing,
            "computed": Num(claim.computed),
            "stated": Num(claim.stated),
            "difference": Num(claim.computed - claim.stated),
        }
        return _finding(report, "NARR.split", claim, fields)
    if claim.kind == "change" and claim.status == "fail":
        start, end, stated = claim.quantities
        percent = stated.kind == "percent"
        money = stated.kind == "money"  # amounts are held in triệu đồng: "200.000 triệu đồng", not "200.000"
        fields = {
            "start": Written(start),
            "end": Written(end),
            "computed": _percent(claim.computed, shown) if percent else Num(claim.computed, money=money),
            "stated": _percent(claim.stated, claim.decimals) if percent else Num(claim.stated, money=money),
        }
        return _finding(report, "NARR.change", claim, fields)
    if claim.kind == "shares" and claim.status == "fail":
        fields = {"parts": _terms(claim), "computed": _percent(claim.computed, claim.decimals)}
        return _finding(report, "NARR.shares", claim, fields)
    if claim.kind == "common_whole" and claim.status == "fail":
        fields = {"parts": _terms(claim), "computed": Num(claim.computed), "stated": Num(claim.stated)}
        return _finding(report, "NARR.common-whole", claim, fields)
    if claim.kind == "repeated" and claim.status == "fail":
        first_block = int(claim.notes[0].split(":")[1])
        first, again = claim.quantities
        fields = {
            "first": f"{first.raw} {first.unit}",
            "again": f"{again.raw} {again.unit}",
            "first_where": _where(report, first_block),
            "again_where": _where(report, claim.block),
        }
        evidence = [
            report.narrative_evidence(first_block, first.raw, first.value),
            report.narrative_evidence(claim.block, again.raw, again.value),
        ]
        return check_finding(
            report.catalogue,
            "NARR.repeated",
            fields,
            evidence,
            area="narrative",
            expected=first.value,
            actual=again.value,
        )
    return None


@register_check("narrative-claims")
def check_narrative_claims(report) -> Iterator[Finding]:
    for claim in report.claims:
        finding = claim_finding(report, claim)
        if finding:
            yield finding
