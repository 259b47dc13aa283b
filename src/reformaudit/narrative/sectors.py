"""The sectors of the economy, which a socio-economic report breaks its totals down by: agriculture, forestry and
fisheries; industry and construction; trade and services. They are all of the value of production ("Tổng giá
trị sản xuất … 17.160 tỷ đồng …. Giá trị sản xuất ngành nông, lâm, thủy sản ước đạt 2.340 tỷ đồng …; ngành công
nghiệp, xây dựng … 12.641 tỷ đồng …; ngành thương mại, dịch vụ … 2.183 tỷ đồng", 4 tỷ more than the total), and of
the gross regional product (GRDP) with the taxes on products less subsidies. That the three are the whole is the
domain's model, not the sentence's shape: a total they miss is an error, and a GRDP with no taxes named is only
above them.

Where the total is given at current and at constant prices ("giá hiện hành là …, giá so sánh là …"), each sector's
figure of the same prices is its part.

>>> text = ("Tổng giá trị sản xuất đạt 9.380 tỷ đồng; trong đó nông, lâm nghiệp, thủy sản 2.257,1 tỷ đồng, "
...         "công nghiệp - xây dựng 5.221,9 tỷ đồng, thương mại - dịch vụ {} tỷ đồng.")
>>> [(c.status, c.computed) for c in sector_claims(text.format("1.901"))]  # in triệu đồng
[('ok', 9380000.0)]
>>> [(c.status, c.severity) for c in sector_claims(text.format("1.910"))]
[('fail', 'error')]
"""

from __future__ import annotations

import re
from functools import partial

from .across import claims_across, opened_runs
from .claim import Claim, breakdown
from .quantities import Quantity, find_quantities
from .sentences import sentence_of

FISHERIES = r"(?:th(?:ủy|uỷ)\s+sản|ngư\s+nghiệp)"
SECTORS = [
    re.compile(
        rf"\bnông(?:\s+nghiệp)?[\s,–-]+(?:lâm(?:\s+nghiệp)?[\s,–-]*)?(?:và\s+)?{FISHERIES}"
        r"|\bnông[\s,–-]+lâm\s+nghiệp|\bkhu\s+vực\s+I\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bcông\s+nghiệp(?:[\s,–-]+(?:và\s+)?(?:tiểu\s+thủ\s+công\s+nghiệp|TTCN))?[\s,–-]*(?:và\s+)?xây\s+dựng"
        r"|\bkhu\s+vực\s+II\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:thương\s+mại[\s,–-]*(?:và\s+)?)?dịch\s+vụ(?!\s+(?:công|hành\s+chính|bưu\s+chính))"
        r"(?:[\s,–-]*(?:và\s+)?thương\s+mại)?|\bkhu\s+vực\s+III\b",
        re.IGNORECASE,
    ),
]
TAXES = re.compile(r"\bthuế\s+sản\s+phẩm", re.IGNORECASE)
# the totals: the value of production, and the product (GRDP), which adds the taxes on products
PRODUCTION = re.compile(r"\btổng\s+giá\s+trị\s+sản\s+xuất\b", re.IGNORECASE)
PRODUCT = re.compile(r"\b(?:tổng\s+sản\s+phẩm(?:\s+trên\s+địa\s+bàn)?|GRDP)\b", re.IGNORECASE)
PRICES = re.compile(r"\b(?:giá\s+)?(hiện\s+hành|so\s+sánh)\b", re.IGNORECASE)
NEAR = 80  # characters from a sector's name (or a total's) to its figure
REACH = 1500  # characters from a total to the last of its sectors
RUN = 4  # paragraphs: a total and its sectors told one a paragraph
LABEL = 30  # characters before a figure that say at which prices it is


def sector_claims(text: str, block: int = 0) -> list[Claim]:
    money = [q for q in find_quantities(text) if q.kind == "money"]
    if not money:
        return []
    opens = sorted(
        [(m.start(), m.end(), False) for m in PRODUCTION.finditer(text)]
        + [(m.start(), m.end(), True) for m in PRODUCT.finditer(text)]
    )
    claims = []
    for k, (_, end, product) in enumerate(opens):
        stop = min(opens[k + 1][0] if k + 1 < len(opens) else len(text), end + REACH)
        totals = _totals(text, money, end, stop)
        for prices, whole in totals:
            prices = prices if len(totals) > 1 else ""  # the sectors' figures are at the total's prices
            parts = [_part(text, money, pattern, whole.end, stop, prices) for pattern in SECTORS]
            if any(p is None for p in parts):
                continue
            listed = [p for p in parts if p is not None]
            taxes = _part(text, money, TAXES, whole.end, stop, prices) if product else None
            listed += [taxes] if taxes is not None else []
            if len({p.start for p in listed}) < len(listed) or any(p.value >= whole.value for p in listed):
                continue
            span = (sentence_of(text, whole.start)[0], sentence_of(text, max(p.start for p in listed))[1])
            subset = product and taxes is None  # a product with no taxes named is above its sectors only
            claim = breakdown(block, span, whole, listed, True, subset=subset)
            claim.notes.append("sectors")
            claims.append(claim)
    return claims


def _totals(text: str, money: list[Quantity], start: int, stop: int) -> list[tuple[str, Quantity]]:
    """The total's figures after its name: one for each prices it is given at, or the first."""
    near = [q for q in money if start <= q.start < min(stop, start + NEAR * 2)]
    labelled = [(_prices(text, q, start), q) for q in near]
    priced = [(p, q) for p, q in labelled if p]
    if priced:
        return list({p: (p, q) for p, q in reversed(priced)}.values())
    return [("", near[0])] if near and near[0].start - start <= NEAR else []


def _part(
    text: str, money: list[Quantity], pattern: re.Pattern, start: int, stop: int, prices: str
) -> Quantity | None:
    """The figure of the first mention of a sector after ``start`` (of the same prices as the total)."""
    for name in pattern.finditer(text, start, stop):
        near = [q for q in money if name.end() <= q.start < min(stop, name.end() + NEAR)]
        if prices:
            # "… giá hiện hành là 18.268 tỷ …, giá so sánh là 10.510 tỷ …"; "Thuế sản phẩm … là 3.178 tỷ …, giá so
            # sánh là 1.812 tỷ …": the figure of the total's prices, else the one that names no prices
            labels = [_prices(text, q, name.end()) for q in near]
            near = [q for q, label in zip(near, labels) if label == prices] or [
                q for q, label in zip(near, labels) if not label and labels.count("") == 1
            ]
        if near and not any(
            other.search(text, name.end(), near[0].start) for other in SECTORS if other is not pattern
        ):
            return near[0]
    return None


def _prices(text: str, q: Quantity, start: int) -> str:
    labels = PRICES.findall(text, max(start, q.start - LABEL), q.start)
    return " ".join(labels[-1].lower().split()) if labels else ""


def sectors_across(texts: list[str], kinds: list[str]) -> list[Claim]:
    """A total and its sectors told over consecutive paragraphs ("… GRDP … giá hiện hành là 102.981 tỷ 107 triệu
    đồng …" / "… khu vực nông, lâm nghiệp và thủy sản có mức giá hiện hành là 18.268 tỷ 888 triệu đồng …" / …):
    read as one text, a warning at most."""
    claims = []
    for run in opened_runs(texts, kinds, lambda text: PRODUCTION.search(text) or PRODUCT.search(text), RUN):
        claims += claims_across([(b, texts[b], 0) for b in run], partial(sector_claims, block=run[0]))
    return claims
