"""Suggestions for the narrative's findings: which number of a claim is likely wrong, and its value."""

from __future__ import annotations

import math

from ..catalogue import Text
from ..findings import Finding, Suggestion
from .keystroke import REASONS, slip, slips

RATE_FROM_FIGURES = Text("tỷ lệ tính từ các số liệu trong câu", "the rate the sentence's figures give")
SUM_OF_PARTS = Text("tổng các thành phần", "the sum of the parts")
REST_OF_TOTAL = Text("phần còn lại của tổng", "what the total leaves for it")
REST_AND_ITS_SHARE = Text(
    "phần còn lại của tổng, khớp với tỷ lệ ghi cho chính số này",
    "what the total leaves for it, which its own share agrees with",
)
FORM_VALUE = Text("giá trị ghi trong biểu số liệu", "the value in the statistics form")
EACH_CONSISTENT = Text(
    "Các số liệu của thuyết minh khớp với nhau, các số liệu của biểu cũng khớp với nhau: hai bên có lẽ dùng nguồn "
    "hoặc thời điểm số liệu khác nhau; cần thống nhất một nguồn.",
    "The narrative's figures agree with each other and the form's agree with each other: the two probably use "
    "different sources or dates; settle on one.",
)
PINNING = ("ratio", "share", "breakdown", "split")  # claims whose arithmetic fixes each of their numbers
AMBIGUOUS = Text(
    "Có nhiều cách sửa hợp lý như nhau; cần đối chiếu hồ sơ gốc.",
    "Several fixes are equally plausible; check the source records.",
)


def _reason(current: float, proposed: float, otherwise: Text) -> tuple[Text, bool]:
    kind = slip(current, proposed)
    return (REASONS[kind], True) if kind else (otherwise, False)


def _ratio_parts(claim):
    """(numerator, denominator, percent) quantities and where each one's number sits."""
    q = claim.quantities
    if claim.kind == "ratio" and q[0].kind == "ratio":
        return (q[0], "numerator"), (q[0], "denominator"), q[1]
    if claim.kind == "ratio":
        return (q[0], "value"), (q[1], "value"), q[2]
    return (q[1], "value"), (q[0], "numerator" if q[0].kind == "ratio" else "value"), q[2]


def _number(quantity, side: str) -> float:
    return (
        quantity.numerator
        if side == "numerator"
        else quantity.denominator
        if side == "denominator"
        else quantity.value
    )


def _rate_candidates(finding: Finding, claim) -> list[tuple[int, Suggestion, bool]]:
    from ..narrative.claim import rate_status  # the narrative's modules only for a report that has one

    (nq, nside), (dq, dside), p = _ratio_parts(claim)
    numerator, denominator = _number(nq, nside), _number(dq, dside)
    out = []
    evidence = {id(q): e for q, e in zip(claim.quantities, finding.evidence)}
    computed = round(numerator / denominator * 100, p.decimals) if denominator else math.nan
    if not math.isnan(computed):
        reason, keyed = _reason(p.value, computed, RATE_FROM_FIGURES)
        # a percent a decimal place off ("0,04%" for 0,40 %) is the likeliest slip of all: first
        first = slip(p.value, computed) == "separator"
        out.append(
            (0 if first else 1, Suggestion(evidence[id(p)], p.value, computed, reason, percent=True), keyed)
        )
    for quantity, value, other, is_numerator in (
        (nq, numerator, denominator, True),
        (dq, denominator, numerator, False),
    ):
        for kind, values in slips(value, whole=float(value).is_integer()).items():
            for v in values:
                ratio = (
                    (v / other if is_numerator else other / v) * 100
                    if (other if is_numerator else v)
                    else math.nan
                )
                if not math.isnan(ratio) and rate_status(ratio, p.value, p.decimals, p.approx) == "ok":
                    # ``slips`` names the slip from ``value`` to ``v``; the reader is told the one from ``v``, the
                    # value meant, to ``value``, the one written ("3279" for 32.779: a digit left out)
                    reason = REASONS[slip(value, v) or kind]
                    out.append((0, Suggestion(evidence[id(quantity)], value, v, reason), True))
    return out


def _share_agrees(claim, index: int, value: float, others) -> bool:
    """Another claim that does not hold gives the part at ``index`` a share of a whole, and ``value`` makes that share
    hold: "ngân sách tỉnh: 2,911 tỷ đồng, chiếm 14,27%" of 791,322 tỷ, and 112,911 both makes the sum and gives 14,27 %."""
    from ..narrative.claim import rate_status

    where = (claim.where(index)[0], claim.quantities[index].start)
    for other in others:
        if other.kind != "share" or other.status != "fail":
            continue
        whole, part, percent = other.quantities
        if (other.where(1)[0], part.start) != where or not whole.value:
            continue
        if rate_status(value / whole.value * 100, percent.value, percent.decimals, percent.approx) == "ok":
            return True
    return False


def _sum_candidates(
    finding: Finding, claim, total_role: str, others=()
) -> list[tuple[int, Suggestion, bool]]:
    out = []
    total_index = claim.roles.index(total_role)
    total = claim.quantities[total_index]
    parts = [
        (i, q, e)
        for i, (q, e, r) in enumerate(zip(claim.quantities, finding.evidence, claim.roles))
        if r not in (total_role, "carried")
    ]
    carried = sum(q.value for q, r in zip(claim.quantities, claim.roles) if r == "carried")
    listed = sum(q.value for _, q, _ in parts)
    computed = listed - carried
    reason, keyed = _reason(total.value, computed, SUM_OF_PARTS)
    out.append((0, Suggestion(finding.evidence[total_index], total.value, computed, reason), keyed))
    for i, q, e in parts:
        value = total.value + carried - (listed - q.value)
        if value < 0:
            continue
        if _share_agrees(claim, i, value, others):
            # two findings one fix mends: the likeliest, before any typing slip
            out.append((-1, Suggestion(e, q.value, value, REST_AND_ITS_SHARE), True))
            continue
        reason, keyed = _reason(q.value, value, REST_OF_TOTAL)
        out.append((1, Suggestion(e, q.value, value, reason), keyed))
    return out


def _claim_suggestions(finding: Finding, claim, others=()) -> tuple[list[Suggestion], bool]:
    if claim.kind in ("ratio", "share"):
        candidates = _rate_candidates(finding, claim)
    elif claim.kind == "breakdown" and "subset" not in claim.notes:
        candidates = _sum_candidates(finding, claim, "total", others)
    elif claim.kind == "split":
        candidates = _sum_candidates(finding, claim, "received")
    else:
        return [], False
    seen: set[tuple[str | None, float]] = set()
    ranked: list[tuple[bool, Suggestion]] = []
    agreed = any(rank < 0 for rank, _, _ in candidates)
    for rank, suggestion, keyed in sorted(candidates, key=lambda c: (c[0] >= 0, not c[2], c[0])):
        keyed = keyed and (rank < 0 or not agreed)  # a fix two findings agree on settles it
        marker = (suggestion.evidence.raw, suggestion.proposed)
        if marker not in seen:
            seen.add(marker)
            ranked.append((keyed, suggestion))
    ambiguous = sum(1 for k, _ in ranked if k) > 1
    return [s for _, s in ranked][:3], ambiguous


def _narrative_against_form(report, finding: Finding) -> tuple[list[Suggestion], Text | None]:
    form_value, first = finding.expected, finding.evidence[0]
    assert form_value is not None and first.value is not None, "a figure against its form has both values"
    percent = (
        report.catalogue.indicator(f"{finding.evidence[-1].form}:{finding.evidence[-1].code}").kind
        == "percent"
    )
    reason, _ = _reason(first.value, form_value, FORM_VALUE)
    suggestion = Suggestion(first, first.value, form_value, reason, percent)
    mentions = finding.origin if isinstance(finding.origin, list) else []  # the narrative's mentions
    consistent = any(
        claim.status == "ok"
        and claim.kind in PINNING
        and "subset" not in claim.notes
        and claim.block == m.block
        and any(q.start == m.quantity.start for q in claim.quantities)
        for m in mentions
        for claim in report.claims
    )
    return [suggestion], EACH_CONSISTENT if consistent else None


def narrative_suggestions(report, finding: Finding) -> tuple[list[Suggestion], bool, Text | None]:
    if finding.area == "narrative_forms":
        suggestions, diagnosis = _narrative_against_form(report, finding)
        return suggestions, False, diagnosis
    if finding.origin is None:
        return [], False, None
    suggestions, ambiguous = _claim_suggestions(finding, finding.origin, getattr(report, "claims", ()))
    return suggestions, ambiguous, AMBIGUOUS if ambiguous else None
