"""The numeric claims of a whole narrative: every paragraph's (:mod:`reformaudit.narrative.paragraph_claims`, where
the kinds of claim and how their status is decided are described), and those read across paragraphs — a "Trong đó"
paragraph continuing the one before, the dossier flow told over several paragraphs, lists of items, totals named
earlier, x/y lines, footnotes — as a frame with where each number came from."""

from __future__ import annotations

import re
from functools import partial

import pandas as pd

from .across import account_runs, claims_across
from .arrangements import arrangement_claims
from .base_names import base_named_percents
from .cases_and_money import case_and_money_rates_across
from .claim import Claim
from .claim_finders import footnote_claims
from .combine import new_claims, unplaced_shares, with_longer_lists
from .complements import LEFT_OVER_WORD, remainder_claims_only
from .details import detail_claims
from .earlier_totals import earlier_total_shares
from .enterprises import registration_across
from .exam_entries import exam_entries_across
from .flow import flow_claims
from .grades import grade_rows
from .implied_bases import implied_base_claims
from .items import item_claims
from .land_use import land_use_across
from .malformed import inside, malformed_by_block
from .measure_rates import measure_rate_claims
from .named_bases import base_named_shares
from .named_rates import named_rate_claims
from .named_sums import counting_too_claims, named_sum_claims
from .paragraph_claims import claims_in_text, without_averages
from .prizes import PARTS_FIRST, prize_claims
from .ratio_lines import ratio_line_claims
from .repeated import repeated_claims
from .roles import is_dossier_text
from .row_tables import row_table_claims
from .scores import index_scores
from .sectors import sectors_across
from .sentences import sentences
from .settled_wholes import settled_whole_claims
from .share_lists import named_total_shares
from .trade_and_investment import trade_and_investment_across
from .votes import vote_claims_across

__all__ = ["CLAIM_COLUMNS", "Claim", "claims_frame", "claims_in_text", "collect_claims", "extract_claims"]


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
            continued = continued_claims(texts, i - 1, i)
            if not continued and i > 1 and kinds[i - 2] == "paragraph":
                # "… đã xử phạt 35.421 vụ …." / "Tổng số tiền phạt …." / "Trong đó, các sở … xử phạt 3.673 vụ …": the
                # totals two paragraphs before, past one of another measure
                continued = continued_claims(texts, i - 2, i)
            claims += continued
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
    claims = unplaced_shares(claims, of_paragraph_runs(texts, kinds, earlier_total_shares))
    claims = unplaced_shares(claims, of_paragraph_runs(texts, kinds, earlier_total_shares, length=3))
    claims += new_claims(of_paragraph_runs(texts, kinds, remainder_claims_only, LEFT_OVER_WORD), claims)
    claims = unplaced_shares(claims, named_rate_claims(texts, kinds))
    claims = unplaced_shares(claims, implied_base_claims(texts, kinds))
    claims += new_claims(index_scores(texts, kinds), claims)
    claims += new_claims(named_sum_claims(texts, kinds) + counting_too_claims(texts, kinds), claims)
    # a part said to be within the whole ("trong đó: ngân sách trung ương 28,830 tỷ đồng") gives way to all of them
    settled = new_claims(settled_whole_claims(texts, kinds), [c for c in claims if "subset" not in c.notes])
    claims = with_longer_lists(claims, settled)
    # the candidates by purpose are another cut of a whole split by how they entered ("… trực tuyến …, trực tiếp …")
    claims += new_claims(exam_entries_across(texts, kinds), claims)
    claims += new_claims(ratio_line_claims(texts, kinds), claims)
    claims += new_claims(of_paragraph_runs(texts, kinds, prize_claims, PARTS_FIRST), claims)
    claims += new_claims(sectors_across(texts, kinds), claims)
    claims += new_claims(land_use_across(texts, kinds), claims)
    claims += new_claims(grade_rows(texts, kinds), claims)
    claims += new_claims(trade_and_investment_across(texts, kinds), claims)
    claims += new_claims(vote_claims_across(texts, kinds), claims)
    # percents that name what they count ("97,71% về số vụ và 96,14% về số bị cáo"), where nothing else read them
    measured = [
        c for i, text in enumerate(texts) if kinds[i] == "paragraph" for c in measure_rate_claims(text, i)
    ]
    claims += new_claims(measured, claims)
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
    percents |= {(c.where(2)[0], c.quantities[2].start) for c in named}
    named += [
        c for c in base_named_percents(texts, kinds) if (c.where(2)[0], c.quantities[2].start) not in percents
    ]
    return without_malformed(without_averages(claims + named), texts)


def without_malformed(claims: list[Claim], texts: list[str]) -> list[Claim]:
    """The claims but those built on a figure written in no valid way ("636.8392 người"): it is no number to check
    others against, and NARR.malformed says so."""
    found = malformed_by_block(texts)
    return [
        c
        for c in claims
        if not any(inside(found[c.where(i)[0]], q.start) for i, q in enumerate(c.quantities))
    ]


def of_paragraph_runs(texts: list[str], kinds: list[str], read, needs=None, length: int = 2) -> list[Claim]:
    """What ``read`` finds joining ``length`` consecutive paragraphs, of which the last holds a figure of it: a part's
    share of a total the paragraph before states ("Hiện 89 xã …" / "Có 15 xã …, chiếm 16,9%"), or the one before that,
    those not done beside the x/y done ("… trả lời đối với 2.535/2.593 kiến nghị …" / "Đến nay, còn 61 kiến nghị
    chưa được trả lời"). Only where the last paragraph has what ``needs`` finds, when given: each joined run is a new
    text to scan."""
    return [
        c
        for i in range(length - 1, len(texts))
        if all(k == "paragraph" for k in kinds[i - length + 1 : i + 1])
        and (needs is None or needs.search(texts[i]))
        for c in claims_across([(b, texts[b], 0) for b in range(i - length + 1, i + 1)], read)
        if any(c.where(n)[0] == i for n in range(len(c.quantities)))
    ]


CONTINUES = re.compile(r"\s*trong\s+đó\b", re.IGNORECASE)


def continued_claims(texts: list[str], lead: int, block: int) -> list[Claim]:
    """Claims of paragraph ``block``, which opens "Trong đó, …" and breaks down a total of paragraph ``lead`` before
    it: read together with that paragraph's last sentence (:mod:`reformaudit.narrative.across`)."""
    spans = sentences(texts[lead])
    if not spans:
        return []
    s0, s1 = spans[-1]
    return claims_across(
        [(lead, texts[lead][s0:s1], s0), (block, texts[block], 0)],
        lambda joined: claims_in_text(joined, block),
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
    blocks = narrative.to_dict("records")
    for c in claims:
        block = blocks[c.block]
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
