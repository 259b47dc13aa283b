"""Numeric claims of a narrative and whether they hold.

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

import re
from bisect import bisect_left
from functools import partial

import pandas as pd

from ..limits import current
from .across import account_runs, claims_across
from .arrangements import arrangement_claims
from .bracketed_ratios import ratio_after_claims
from .breakdowns import bracket_claims
from .cases_and_money import case_and_money_rates, case_and_money_rates_across
from .changes import change_claims, comparison_claims, reference_claims
from .claim import Claim, typing_slip
from .claim_finders import common_whole_claims, footnote_claims
from .combine import (
    ADDING,
    merge,
    new_claims,
    unplaced_shares,
    with_longer_lists,
    with_new_numbers,
    without_shares_of_other_bases,
)
from .complements import LEFT_OVER_WORD, complement_claims, remainder_claims_only
from .details import detail_claims
from .earlier_totals import earlier_total_shares
from .enterprises import registration_across
from .flow import flow_claims
from .handling import handling_claims
from .implied_bases import implied_base_claims
from .inspection import inspection_claims, sanction_claims
from .items import item_claims
from .lists import gom_claims, inline_subset_claims, opening_whole_claims
from .mergers import merger_claims
from .money import money_claims
from .named_bases import base_named_shares, named_base_claims
from .named_rates import named_rate_claims
from .named_sums import counting_too_claims, named_sum_claims
from .near_totals import near_total_claims
from .parallel import parallel_after, parallel_claims
from .part_shares import earlier_whole_shares, larger_whole_shares, structure_whole_shares
from .percents import percent_claims
from .quantities import Quantity, find_quantities, sentences
from .ranks import rank_claims
from .ratio_lines import ratio_line_claims
from .ratio_lists import ratio_parts_claims, same_base_claims
from .reelected import reelected_claims
from .remainders import remainder_claims
from .repeated import repeated_claims
from .roles import is_dossier_text
from .row_tables import row_table_claims
from .scores import index_scores
from .settled_wholes import settled_whole_claims
from .share_lists import named_total_shares, share_list_claims
from .totals_after import total_after_claims
from .trong_do_sentences import trong_do_claims
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
        taken = {tuple(q.start for q in c.quantities) for c in claims}
        claims += [
            c
            for c in _from("list shares", share_list_claims(text, block, span, here))
            if tuple(q.start for q in c.quantities) not in taken
        ]
        if i and previous:
            claims += _from(
                "trong đó sentence", trong_do_claims(text, block, spans[i - 1], span, previous + here)
            )
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
            _from("parallel", parallel_claims(text, block, span, here))
            + (parallel_after(text, block, lead, span, previous + here) if lead else []),
        )
        previous = here
    models = (
        flow_claims(text, block)
        + money_claims(text, block)
        + inspection_claims(text, block)
        + sanction_claims(text, block)
        + handling_claims(text, block)
        + case_and_money_rates(text, block)
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
    shapes += new_claims(merger_claims(text, block), shapes)
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
    return without_shares_of_other_bases(without_averages([_unexplained(c) for c in combined]))


# readings of a list from the sentence's shape, not from a model of what its figures count
SHAPE_READERS = {
    "brackets",
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


def _from(finder: str, claims: list[Claim]) -> list[Claim]:
    """``claims``, each noting the finder that read it (to count findings by finder)."""
    for claim in claims:
        if finder not in claim.notes:
            claim.notes.append(finder)
    return claims


def without_averages(claims: list[Claim]) -> list[Claim]:
    """An amount per unit ("12,8 tiêu chí/xã") is an average: never the whole or a part of a sum."""
    return [c for c in claims if c.kind not in ADDING or not any(q.per for q in c.quantities)]


CLAIM_COLUMNS = [
    "kind",
    "status",
    "source",
    "paragraph",
    "footnote",
    "page",
    "section",
    "sentence",
    "raws",
    "values",
    "roles",
    "stated",
    "computed",
    "difference",
    "decimals",
    "approx",
    "exhaustive",
]


def extract_claims(narrative: pd.DataFrame) -> pd.DataFrame:
    """Every numeric claim of a narrative (as returned by ``load_narrative``), one row per claim.

    >>> from reformaudit.narrative import load_narrative
    >>> claims = extract_claims(load_narrative("samples/binh-phuoc-2023-6t/bao-cao.txt"))
    >>> row = claims[(claims["kind"] == "ratio") & (claims["status"] == "fail")].iloc[0]
    >>> row["raws"], round(float(row["computed"]), 2)
    (['3.809/4.041', '95,20%'], 94.26)
    """
    return claims_frame(narrative, collect_claims(narrative))


def collect_claims(narrative: pd.DataFrame) -> list[Claim]:
    texts = narrative["text"].tolist()
    kinds = narrative["kind"].tolist()
    claims = [c for i, text in enumerate(texts) for c in claims_in_text(text, i)]
    for i in range(1, len(texts)):
        if kinds[i] == kinds[i - 1] == "paragraph" and CONTINUES.match(texts[i]):
            claims += continued_claims(texts[i - 1], texts[i], i)
    claims += (
        item_claims(texts, kinds)
        + arrangement_claims(texts, kinds)
        + detail_claims(texts, kinds)
        + named_total_shares(texts)
        + footnote_claims(narrative)
        + repeated_claims(texts)
    )
    claims += new_claims(flow_across(texts, kinds) + case_and_money_rates_across(texts, kinds), claims)
    claims = with_longer_lists(claims, registration_across(texts, kinds))
    claims = unplaced_shares(claims, of_paragraph_pairs(texts, kinds, earlier_total_shares))
    claims += new_claims(of_paragraph_pairs(texts, kinds, remainder_claims_only, LEFT_OVER_WORD), claims)
    claims = unplaced_shares(claims, named_rate_claims(texts, kinds))
    claims = unplaced_shares(claims, implied_base_claims(texts, kinds))
    claims += new_claims(index_scores(texts, kinds), claims)
    claims += new_claims(named_sum_claims(texts, kinds) + counting_too_claims(texts, kinds), claims)
    claims += new_claims(settled_whole_claims(texts, kinds), claims)
    claims += new_claims(ratio_line_claims(texts, kinds), claims)
    claims += [
        c for i, text in enumerate(texts) if kinds[i] == "paragraph" for c in row_table_claims(text, i)
    ]
    # percents already read as some figure's rate (a "shares" claim adding them up to 100 % says nothing of that)
    percents = {
        (c.where(i)[0], q.start)
        for c in claims
        if c.kind in ("ratio", "share")
        for i, q in enumerate(c.quantities)
        if q.kind == "percent"
    }
    named = [c for c in base_named_shares(texts) if (c.where(2)[0], c.quantities[2].start) not in percents]
    return without_averages(claims + named)


def of_paragraph_pairs(texts: list[str], kinds: list[str], read, needs=None) -> list[Claim]:
    """What ``read`` finds joining two consecutive paragraphs: a part's share of a total the paragraph before states
    ("Hiện 89 xã …" / "Có 15 xã …, chiếm 16,9%"), those not done beside the x/y done ("… trả lời đối với 2.535/2.593
    kiến nghị …" / "Đến nay, còn 61 kiến nghị chưa được trả lời"). Only where the second paragraph has what
    ``needs`` finds, when given: each joined pair is a new text to scan."""
    return [
        c
        for i in range(1, len(texts))
        if kinds[i] == kinds[i - 1] == "paragraph" and (needs is None or needs.search(texts[i]))
        for c in claims_across([(i - 1, texts[i - 1], 0), (i, texts[i], 0)], read)
    ]


CONTINUES = re.compile(r"\s*trong\s+đó\b", re.IGNORECASE)


def continued_claims(lead: str, text: str, block: int) -> list[Claim]:
    """Claims of a paragraph that opens "Trong đó, …" and breaks down a total of the paragraph before it:
    read together with that paragraph's last sentence (:mod:`reformaudit.narrative.across`)."""
    spans = sentences(lead)
    if not spans:
        return []
    s0, s1 = spans[-1]
    return claims_across(
        [(block - 1, lead[s0:s1], s0), (block, text, 0)], lambda joined: claims_in_text(joined, block)
    )


def _flow_of(block: int, joined: str) -> list[Claim]:
    # only what was received against what became of it: paragraphs of one account tell its stages one by one, but a
    # channel or a share in one paragraph may be of another office's total (the post office's, the centre's)
    return [c for c in flow_claims(joined, block) if c.kind == "split"]


def _opening(text: str, block: int) -> tuple[int, str, int]:
    """A paragraph's first sentence, where an account of one stage states its figure."""
    s0, s1 = next(iter(sentences(text)), (0, len(text)))
    return block, text[s0:s1], s0


FLOW_RUN = 6  # paragraphs of one account of dossiers read together at most


def flow_across(texts: list[str], kinds: list[str]) -> list[Claim]:
    """The dossier flow told over consecutive paragraphs ("Tổng số hồ sơ yêu cầu giải quyết … là 1.150.343 hồ
    sơ; …" / "Số hồ sơ đã giải quyết là 1.139.324 hồ sơ; …" / "Số hồ sơ đang được giải quyết là: 11.019 hồ sơ"):
    received against done and in progress, from each paragraph's first sentence, past captions and headings with no
    number."""
    return [
        c
        for run in account_runs(texts, kinds, is_dossier_text, FLOW_RUN)
        for c in claims_across([_opening(texts[b], b) for b in run], partial(_flow_of, run[0]))
    ]


def claims_frame(narrative: pd.DataFrame, claims: list[Claim]) -> pd.DataFrame:
    rows = []
    for c in claims:
        block = narrative.iloc[c.block]
        rows.append(
            {
                "kind": c.kind,
                "status": c.status,
                "source": block["source"],
                "paragraph": block["paragraph"],
                "footnote": block["footnote"],
                "page": block["page"],
                "section": block["section"],
                "sentence": block["text"][c.sentence[0] : c.sentence[1]].strip(),
                "raws": [q.raw for q in c.quantities],
                "values": [q.value if q.kind != "ratio" else q.numerator for q in c.quantities],
                "roles": c.roles,
                "stated": c.stated,
                "computed": c.computed,
                "difference": c.stated - c.computed,
                "decimals": c.decimals,
                "approx": c.approx,
                "exhaustive": c.exhaustive,
            }
        )
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS)
