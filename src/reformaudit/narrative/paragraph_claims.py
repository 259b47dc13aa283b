"""Numeric claims of one paragraph and whether they hold.

Kinds of claim, each decided from the wording of one sentence (or a sentence and the "Trong đó"
sentence after it):

- ``ratio``: a stated percent against the ratio it is computed from: "3.809/4.041 hồ sơ, đạt 95,20%";
  "Tổng Kế hoạch … là 5.755 tỷ 631 triệu đồng, … giải ngân … 1.954 tỷ 484 triệu đồng, đạt 34% so với kế hoạch";
- ``share``: a part's share of the whole a "trong đó" refers to: "41.045 hồ sơ đã giải quyết (trong đó,
  giải quyết trễ hạn 229 hồ sơ, chiếm 0,6%)" compares 229 with 41.045;
- ``breakdown``: a total and its parts — in brackets right after it, "480 báo cáo viên (187 …; 293 …)",
  or in a "Trong đó:" sentence after it; brackets that open with "trong đó" name a subset (parts ≤ total);
- ``split``: dossiers received = done + in progress + cancelled ("Tiếp nhận 42.100 hồ sơ. Kết quả: …");
- ``common_whole``: x/y counts over the same y in one sentence cannot add up to more than y;
- ``repeated``: the same quantity, named by the same words, stated with different numbers.

A percent passes when the ratio rounds to it at the decimals written; "gần", "khoảng", "trên", "hơn",
"ước" loosen the tolerance. ``status`` is "ok", "fail", "truncated" (rounded down, not wrong) or
"incomplete" (parts fall short of a total a list may not exhaust).
"""

from __future__ import annotations

from bisect import bisect_left

from ..limits import current
from .bands import band_claims
from .bracket_pairs import bracket_pair_claims
from .bracketed_parts import bracketed_part_claims
from .bracketed_ratios import ratio_after_claims
from .breakdowns import NEARLY_ALL, bracket_claims
from .cases_and_money import case_and_money_rates
from .changes import change_claims
from .claim import Claim, typing_slip
from .claim_finders import common_whole_claims
from .combine import (
    ADDING,
    merge,
    new_claims,
    unplaced_shares,
    with_longer_lists,
    with_new_numbers,
    without_shares_of_other_bases,
)
from .comparisons import comparison_claims
from .complements import complement_claims
from .counted_shares import counted_share_claims
from .earlier_totals import earlier_total_shares
from .exam_entries import exam_entry_claims
from .flow import flow_claims
from .grades import grade_claims
from .handling import handling_claims
from .inspection import inspection_claims, sanction_claims
from .land_use import land_use_claims
from .lists import gom_claims, inline_subset_claims, opening_whole_claims
from .mergers import merger_claims
from .money import money_claims
from .named_bases import named_base_claims
from .near_totals import near_total_claims
from .parallel import parallel_after, parallel_claims
from .part_shares import earlier_whole_shares, larger_whole_shares, structure_whole_shares
from .percents import percent_claims
from .period_pairs import period_pair_claims
from .place_lists import place_list_claims
from .plan_gaps import reference_claims
from .prizes import prize_claims
from .quantities import Quantity, find_quantities
from .ranks import rank_claims
from .ratio_lists import ratio_parts_claims, same_base_claims
from .reelected import reelected_claims
from .remainders import remainder_claims
from .sector_shares import sector_share_claims
from .sectors import sector_claims
from .sentence_lists import sentence_list_claims
from .sentences import sentences
from .share_lists import share_list_claims
from .stage_lists import stage_list_claims
from .totals_after import total_after_claims
from .trade_and_investment import trade_and_investment_claims
from .trong_do_sentences import trong_do_claims
from .votes import vote_claims
from .whole_shares import complement_shares, structure_shares


def claims_in_text(text: str, block: int = 0) -> list[Claim]:
    """Every claim of one paragraph. A sentence with more numbers than any report writes
    (``max_numbers_per_sentence``) is a table pasted as text, not a claim, and is passed over."""
    qs = find_quantities(text)
    if not qs:
        return []
    starts = [q.start for q in qs]
    limit = current().max_numbers_per_sentence
    claims: list[Claim] = []
    spans = sentences(text)
    previous: list[Quantity] = []
    for i, span in enumerate(spans):
        here = qs[bisect_left(starts, span[0]) : bisect_left(starts, span[1])]
        if len(here) > limit:
            previous = []
            continue
        claims += _from("percent", percent_claims(text, block, span, here))
        claims += _from("ratio after", ratio_after_claims(text, block, span, here))
        claims += _from("brackets", bracket_claims(text, block, span, here))
        claims += _from("common whole", common_whole_claims(text, block, span, here))
        claims += _from("inline list", inline_subset_claims(text, block, span, here))
        claims += _from("gồm list", gom_claims(text, block, span, here))
        claims += _from("opening whole", opening_whole_claims(text, block, span, here))
        claims += _from("same base", same_base_claims(text, block, span, here))
        claims += _unread(claims, band_claims(text, block, span, here))
        claims += structure_shares(block, span, text, here)
        claims += _from("structure whole", structure_whole_shares(text, block, span, here))
        claims += complement_shares(block, span, text, here)
        percents = {q.start for c in claims for q in c.quantities if q.kind == "percent"}
        claims += [
            c
            for c in _from("named base", named_base_claims(text, block, span, here))
            if c.quantities[-1].start not in percents
        ]
        percents = {q.start for c in claims for q in c.quantities if q.kind == "percent"}
        claims += [
            c
            for c in _from("larger whole", larger_whole_shares(text, block, span, here))
            if c.quantities[-1].start not in percents
        ]
        claims += _unread(claims, _from("list shares", share_list_claims(text, block, span, here)))
        claims += _from("place list", place_list_claims(text, block, span, here))
        claims += _unread(claims, _from("bracket list", bracketed_part_claims(text, block, span, here)))
        before = spans[i - 1] if i else None
        nearby = qs[bisect_left(starts, (before or span)[0]) : bisect_left(starts, span[1])]
        claims += _unread(claims, counted_share_claims(text, block, span, before, nearby))
        if i and previous:
            claims += _from(
                "trong đó sentence", trong_do_claims(text, block, spans[i - 1], span, previous + here)
            )
            claims += _from("stage list", stage_list_claims(text, block, spans[i - 1], span, previous + here))
            # not a percent this sentence already reads as some figure's rate ("4.573 trường … trong tổng số 10.928
            # trường (chiếm tỷ lệ 41,85%)")
            claims = unplaced_shares(
                claims,
                _from(
                    "earlier whole", earlier_whole_shares(text, block, spans[i - 1], span, previous + here)
                ),
            )
        claims += _from("ratio parts", ratio_parts_claims(text, block, spans, i, qs))
        lead = spans[i - 1] if i and previous else None
        claims = with_longer_lists(
            claims,
            _from(
                "parallel",
                parallel_claims(text, block, span, here)
                + (parallel_after(text, block, lead, span, previous + here) if lead else []),
            ),
        )
        previous = here
    models = (
        flow_claims(text, block)
        + money_claims(text, block)
        + inspection_claims(text, block)
        + sanction_claims(text, block)
        + handling_claims(text, block)
        + case_and_money_rates(text, block)
        + sector_claims(text, block)
        + sector_share_claims(text, block)
        + land_use_claims(text, block)
        + grade_claims(text, block)
        + trade_and_investment_claims(text, block)
        + vote_claims(text, block)
        + prize_claims(text, block)
        + exam_entry_claims(text, block)
    )
    shapes = (
        claims
        + change_claims(text, block)
        + comparison_claims(text, block)
        + rank_claims(text, block)
        + reference_claims(text, block)
        + complement_claims(text, block)
        + total_after_claims(text, block)
        + reelected_claims(text, block)
    )
    shapes = with_longer_lists(shapes, sentence_list_claims(text, block))
    shapes += new_claims(merger_claims(text, block), shapes)
    changed = {c.quantities[-1].start for c in shapes if c.kind == "change"}
    shapes += [
        c
        for c in period_pair_claims(text, block) + bracket_pair_claims(text, block)
        if c.quantities[-1].start not in changed
    ]
    combined = merge(models, shapes, text, qs)
    combined = with_new_numbers(combined, remainder_claims(text, block))
    near = _from("near total", near_total_claims(text, block))
    # a list whose last item is the rest ("…; 1.364 đảng viên làm nghề nghiệp khác") says more than one part said to
    # be within its whole
    within = [c for c in combined if "subset" in c.notes and len(c.quantities) == 2]
    rest = new_claims([c for c in near if "rest" in c.notes], [c for c in combined if c not in within])
    kept = with_longer_lists(within, rest)
    combined = [c for c in combined if c not in within or c in kept] + [c for c in kept if c not in within]
    combined += new_claims([c for c in near if "rest" not in c.notes], combined)
    combined = unplaced_shares(combined, earlier_total_shares(text, block))
    return without_shares_of_other_bases(without_averages([_unexplained(_nearly_all(c)) for c in combined]))


def _nearly_all(claim: Claim) -> Claim:
    """A list of three parts or more that falls short of its whole by a hair (1.184 of 1.185; 146.676 of 146.678) is
    all of it, with a figure mistyped, even where no word says the list is complete: parts left out hold more than
    that. So are two parts of a count or a measure ("sản lượng thủy sản … 155.677 tấn; trong đó, … khai thác …
    152.333 tấn, … nuôi trồng … 3.343 tấn"), not of money: a budget's two main lines leave its small ones out ("chi
    thường xuyên 2.921,77 tỷ đồng …; chi đầu tư phát triển 718,72 tỷ đồng" of 3.640,70). Read from the numbers alone,
    a warning (:mod:`reformaudit.narrative.near_totals` reads lists no other reading relates so)."""
    parts = len(claim.quantities) - 1
    if (
        claim.kind == "breakdown"
        and claim.status == "incomplete"
        and (parts >= 3 or parts == 2 and claim.quantities[0].kind != "money")
        and claim.stated - claim.computed <= NEARLY_ALL * claim.stated
    ):
        claim.status = "fail"
        claim.uncertain = True
        claim.notes.append("nearly all")
    return claim


# readings of a list from the sentence's shape, not from a model of what its figures count
SHAPE_READERS = {
    "brackets",
    "bracket list",
    "gồm list",
    "inline list",
    "trong đó sentence",
    "parallel",
    "same base",
    "opening whole",
}


def _unexplained(claim: Claim) -> Claim:
    """A list read from the sentence's shape that misses its whole with no mistyped figure to explain it (a
    category the text leaves out, figures read together that are not one relation) is a warning: an error names
    the figure one keystroke off ("1.185" for 1.184) that the report proposes to fix."""
    if (
        claim.kind == "breakdown"
        and claim.status == "fail"
        and claim.computed < claim.stated
        and SHAPE_READERS & set(claim.notes)
        and not typing_slip(claim.quantities[0], claim.quantities[1:], claim.computed)
    ):
        claim.uncertain = True
    return claim


def _unread(claims: list[Claim], found: list[Claim]) -> list[Claim]:
    """The claims of ``found`` on numbers no claim of ``claims`` reads in the same order."""
    taken = {tuple(q.start for q in c.quantities) for c in claims}
    return [c for c in found if tuple(q.start for q in c.quantities) not in taken]


def _from(finder: str, claims: list[Claim]) -> list[Claim]:
    """``claims``, each noting the finder that read it (to count findings by finder)."""
    for claim in claims:
        if finder not in claim.notes:
            claim.notes.append(finder)
    return claims


def without_averages(claims: list[Claim]) -> list[Claim]:
    """An amount per unit ("12,8 tiêu chí/xã") is an average: never the whole or a part of a sum."""
    return [c for c in claims if c.kind not in ADDING or not any(q.per for q in c.quantities)]
