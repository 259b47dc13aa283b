"""Figures written x/y broken down: a total "giải ngân 1.501,5 tỷ đồng/4.888,8 tỷ đồng" and its parts written the
same way, after "Trong đó" or within the sentence (numerators and denominators each add up); parts over the
whole's own base ("81/235 quy định …, trong đó: 58/235 …; 23/235 …"), whose percents add up too."""

from __future__ import annotations

import re
from dataclasses import replace

from ..numbers import parse_number
from .claim import Claim, breakdown
from .claim_finders import TRONG_DO, brackets, in_brackets
from .measures import measure_key
from .quantities import Quantity

LEADS_WITH = re.compile(r"\s*trong\s+đó\s*[:,]?\s*([^\W\d_]+)", re.IGNORECASE)


SIDE_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def ratio_side(q: Quantity, side: str) -> Quantity:
    """One side of an x/y quantity as an amount or count of its own, as precise as it is written."""
    left, _, right = q.raw.partition("/")
    digits = SIDE_NUMBER.search(left if side == "numerator" else right)
    value = q.sides[0] if side == "numerator" else q.sides[1]
    decimals = parse_number(digits.group(0), prefer="vi").decimals if digits else 0
    written = parse_number(digits.group(0), prefer="vi").value if digits else value
    factor = value / written if written else 1.0
    tolerance = 0.5 * 10.0**-decimals * factor if factor > 1 else 0.0
    raw = (left if side == "numerator" else right).strip()
    # its own place in the text, so that evidence points at these digits, not at the whole x/y
    start = q.start + (len(left) - len(left.lstrip()) if side == "numerator" else q.raw.index("/") + 1)
    start += 0 if side == "numerator" else len(right) - len(right.lstrip())
    end = start + len(raw)
    return replace(
        q,
        start=start,
        end=end,
        raw=raw,
        kind="money" if q.money else "count",
        value=value,
        decimals=decimals if not q.money else q.decimals,
        tolerance=tolerance,
    )


def ratio_parts_claims(text: str, block: int, spans: list, i: int, qs: list[Quantity]) -> list[Claim]:
    """A total written x/y ("giải ngân 1.501,5 tỷ đồng/4.888,8 tỷ đồng, đạt 30,7%") and, after "Trong đó",
    its parts written the same way, in that sentence and the parallel ones after it ("Giải ngân … là 90,5 tỷ
    đồng/525,36 tỷ đồng …. Giải ngân … là 1.411,4 tỷ đồng/4.363,5 tỷ đồng …"): numerators and denominators each
    add up to the total's."""
    span = spans[i]
    lead = LEADS_WITH.match(text, span[0])
    if not lead or lead.start() > span[0] + 2:
        return _inline_ratio_parts(text, block, span, qs)
    total = None
    for j in (i - 1, i - 2):
        if j < 0:
            break
        earlier = [q for q in qs if spans[j][0] <= q.start < spans[j][1]]
        ratios = [q for q in earlier if q.kind in ("ratio", "score")]
        if ratios:
            total = ratios[-1]
            break
        if any(q.kind in ("count", "money") for q in earlier):
            break
    if total is None:
        return []
    first, end = lead.group(1).lower(), span[1]
    for s0, s1 in spans[i + 1 :]:
        if not text[s0:s1].lstrip().lower().startswith(first):
            break
        end = s1
    parts = [
        q for q in qs if span[0] <= q.start < end and q.kind in ("ratio", "score") and q.money == total.money
    ]
    if len(parts) < 2:
        return []
    return both_sides(block, (total.start, end), total, parts)


def _percent_after(text: str, q: Quantity, qs: list[Quantity], limit: int) -> Quantity | None:
    """The percent said of ``q`` ("58/235 quy định … (chiếm tỉ lệ 27,8%)"), before ``limit``, as precise as written."""
    found = next((p for p in qs if p.kind == "percent" and q.end <= p.start < limit), None)
    if found is None or not re.search(
        r"(?:chiếm|đạt|bằng)\s*(?:(?:tỷ|tỉ)\s+lệ)?\s*$", text[found.start - 20 : found.start], re.I
    ):
        return None
    return replace(found, tolerance=0.5 * 10.0**-found.decimals)


def _inline_ratio_parts(text: str, block: int, span, qs: list[Quantity]) -> list[Claim]:
    """The same within one sentence: "giải ngân 43.939 triệu đồng/104.399 triệu đồng, …, trong đó: nguồn vốn do
    tỉnh quản lý … 23.143 triệu đồng/42.802 triệu đồng …; nguồn vốn do huyện quản lý … 20.796 triệu đồng/61.957
    triệu đồng …"."""
    match = TRONG_DO.search(text, span[0], span[1])
    if not match:
        return []
    here = [q for q in qs if span[0] <= q.start < span[1] and q.kind in ("ratio", "score")]
    totals = [q for q in here if q.end <= match.start()]
    if not totals:
        return []
    total = totals[-1]
    opening = next((q for q in qs if match.end() <= q.start < span[1]), None)
    if opening is None or opening.kind not in ("ratio", "score"):
        return []  # "219/219, đạt 100%, trong đó cấp huyện 54, cấp cơ sở 165; … 352/353 đồng chí …": counts are its parts
    # not what a part is compared with, in brackets: "7,5/12 điểm (điểm trung bình cả nước là 5,9/12 điểm)"
    aside = in_brackets([(o, c) for o, c in brackets(text, *span) if not o < match.start() < c])
    parts = [q for q in here if q.start >= match.end() and q.money == total.money and not aside(q)]
    return both_sides(block, span, total, _outer(text, parts))


def _outer(text: str, parts: list[Quantity]) -> list[Quantity]:
    """The parts of the list itself, not those of a part that has its own "trong đó" list: these follow it up to
    where its count is spent ("136/314 trường, trong đó: Khối phổ thông có 116/227 trường, trong đó: cấp tiểu học có
    77/144 …; THCS 32/62 … và Khối mầm non có 20/87": 116/227 and 20/87)."""
    outer: list[Quantity] = []
    k = 0
    while k < len(parts):
        part = parts[k]
        outer.append(part)
        k += 1
        if k < len(parts) and TRONG_DO.search(text, part.end, parts[k].start):
            spent = 0.0
            while k < len(parts) and spent + parts[k].sides[0] <= part.sides[0]:
                spent += parts[k].sides[0]
                k += 1
    return outer


def both_sides(block: int, span, total: Quantity, parts: list[Quantity]) -> list[Claim]:
    """The numerators of the parts and their denominators, each against the total's. When one side adds up
    exactly, the list is all of the total and the other side must add up too ("324/590 trường …, trong đó 71/179
    …; 160/206 …; 80/165 … và 13/33 …": 324 is made up, 583 is not 590)."""
    # "149/159 xã …; tất cả 8/8 huyện …": a figure of another measure is no part
    key = measure_key(total)
    parts = [p for p in parts if not (key and measure_key(p) and measure_key(p) != key)]
    if len(parts) < 2 or any(p.denominator == total.denominator for p in parts):
        # "81/235 quy định, trong đó: 58/235 …; 23/235 …" are parts over one base (same_base_claims); "cử tri đi
        # bầu là 585.080/591.360. Trong đó, cử tri bầu đại biểu Quốc hội là 585.080/591.360; … Hội đồng nhân dân
        # tỉnh là 585.080/591.360; …": the same voters for each body, not parts of them
        return []
    sides = ("numerator", "denominator")
    claims = [
        breakdown(block, span, ratio_side(total, s), [ratio_side(p, s) for p in parts], False) for s in sides
    ]
    for k, claim in enumerate(claims):
        other = claims[1 - k]
        if claim.status == "ok" and other.status == "incomplete":
            side = sides[1 - k]
            claims[1 - k] = breakdown(
                block, span, ratio_side(total, side), [ratio_side(p, side) for p in parts], True
            )
    return claims


def same_base_claims(text: str, block: int, span, qs: list[Quantity]) -> list[Claim]:
    """ "81/235 quy định (chiếm tỉ lệ 34,47%), trong đó: 58/235 … (chiếm tỉ lệ 27,8%); 23/235 … (chiếm 9,79%)":
    parts over the base of their whole never add up to more than it, and when they add up to it their
    percents add up to its percent."""
    claims = []
    for match in TRONG_DO.finditer(text, span[0], span[1]):
        wholes = [
            q
            for q in qs
            if span[0] <= q.start and q.end <= match.start() and q.kind == "ratio" and not q.money
        ]
        if not wholes:
            continue
        whole = wholes[-1]
        parts = [
            q
            for q in qs
            if match.end() <= q.start < span[1]
            and q.kind == "ratio"
            and not q.money
            and q.denominator == whole.denominator
        ]
        if len(parts) < 2:
            continue
        counts = breakdown(
            block, span, ratio_side(whole, "numerator"), [ratio_side(p, "numerator") for p in parts], False
        )
        claims.append(counts)
        limits = [q.start for q in parts] + [span[1]]
        percents = [_percent_after(text, q, qs, end) for q, end in zip([whole, *parts], limits)]
        if counts.status == "ok" and all(percents):
            claims.append(breakdown(block, span, percents[0], percents[1:], True))
    return claims
