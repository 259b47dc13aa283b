"""Shares read beyond one part and its whole: the shares of a list's parts, and a part's share of a total the text
named earlier (``named_total_shares``). The shares of a list's parts: "Trong số 329 vụ việc đã giải quyết có 32 vụ việc … đúng (chiếm 9,73%); 34 vụ việc
… đúng một phần (chiếm 10,33%); 263 vụ việc … sai toàn bộ (chiếm 79,94%)". Each part's percent follows it after
"chiếm" or "tỷ lệ", or stands alone in the part's own bracket ("1244 học sinh (66,7%)"), or, within the list, stands
for a part it names ("số hoãn và tạm đình chỉ chiếm 0,83%"); a list whose percents reach 100 % within their rounding, or come within 3 points of it, is all of the whole. One sentence may hold two such lists ("18,2% … đúng, 54,5% … sai, 27,3%
…; 10,5% … đúng, 63,2% …, 26,3% …"): a list ends where its percents reach 100 %. Read from the shape of the
sentence, so a list that does not add up is a warning.

>>> text = "Có 32 vụ việc đúng (chiếm 9,73%); 34 vụ việc đúng một phần (chiếm 10,33%); 263 vụ việc sai (chiếm 79,94%)."
>>> from reformaudit.narrative.quantities import find_quantities
>>> [(c.status, round(c.computed, 2)) for c in share_list_claims(text, 0, (0, len(text)), find_quantities(text))]
[('ok', 100.0)]
"""

from __future__ import annotations

import re

from .claim import Claim, implied_whole, shares_claim
from .claim_finders import CHANGED, brackets, in_brackets
from .measures import counts_alike, measure_key
from .part_shares import share_of_one
from .partitions import announced, is_partition
from .quantities import Quantity, find_quantities
from .ratio_lists import ratio_side
from .sentences import sentences

CUE = re.compile(
    r"(?:chiếm|(?:tỷ|tỉ)\s+lệ|=)\s*(?:(?:tỷ|tỉ)\s+(?:lệ|trọng)\s*)?(?:(?:nhỏ|lớn|cao|thấp)(?:\s+nhất)?\s*)?(?:là\s*)?"
    r"(?:khoảng\s*|gần\s*|xấp\s+xỉ\s*)?$"  # "chỉ chiếm tỷ lệ nhỏ là 2,75%"; "2760 khẩu = 84,2%"
    r"|(?<=\d)(?:\s+[^\W\d]+){0,3}\s*\(\s*$",  # "1244 học sinh (66,7%)": a count's own bracket, the percent alone in it
    re.IGNORECASE,
)
ALL_OF_IT = (97.0, 103.0)
LIST_OPENS = re.compile(r"trong\s+đó\s*[:,]?\s*[^\d%]*$", re.IGNORECASE)
TRONG_DO_OPENS = re.compile(r"\s*trong\s+đó\b", re.IGNORECASE)
NEAR = 90
NAMED = re.compile(r"\s*(?:(?:tỷ|tỉ)\s+lệ)\b[^\d%]*$", re.IGNORECASE)
# what separates one part from the next: "… 0,84% còn lại là các dân tộc khác chiếm 1,29%"
NEXT_PART = re.compile(r"[,;]|\bcòn\s+lại\b|\svà\s", re.IGNORECASE)


def _clause(text: str, before: Quantity, p: Quantity) -> str:
    """The words of ``p``'s own clause, after the last "," or ";" since ``before``."""
    return re.split(r"[,;]", text[before.end : p.start])[-1]


def share_list_claims(text: str, block: int, span, qs: list[Quantity]) -> list[Claim]:
    # "268 hộ chiếm tỷ lệ 10,6% (trong đó hộ nghèo DTTS là 236/268 hộ chiếm tỷ lệ 88,1%)": a share of the part, in
    # its own bracket, is no item of the list
    in_own = in_brackets([(o, c) for o, c in brackets(text, *span) if TRONG_DO_OPENS.match(text, o + 1)])
    here = [q for q in qs if span[0] <= q.start < span[1] and not in_own(q)]
    shares: list[Quantity] = []
    counts: dict[int, Quantity] = {}  # each share's own figure, by where the share starts
    for i, p in enumerate(here):
        # within a list, the next part named by its rate: "…, tỷ lệ dân tộc Lô Lô chiếm 0,8%, Tỷ lệ dân tộc Cờ Lao 0,84%"
        named = bool(shares) and here[i - 1] is shares[-1] and bool(NAMED.match(_clause(text, shares[-1], p)))
        if (
            p.kind != "percent"
            or p.above
            or not (named or CUE.search(text[max(span[0], p.start - 25) : p.start]))
        ):
            continue
        before = [q for q in here[:i] if q.kind in ("count", "money", "percent")]
        if not before:
            if i == 0:
                # "Trong đó, Hội Liên hiệp Phụ nữ quản lý chiếm tỷ trọng 53,74% …; Hội Nông dân chiếm 29,27%; …": the
                # first of parts named by words alone
                shares.append(p)
            continue
        if before[-1].kind == "percent":
            if len(shares) <= 1 and LIST_OPENS.search(text[before[-1].end : p.start]):
                # "… 5.600 người … chiếm 47,3%, trong đó: Dân tộc kinh chiếm 83%, …": the first of parts named by
                # words alone opens the list; a share before it is the whole's own
                shares = [p]
                counts.clear()
            elif shares and before[-1] is shares[-1] and NEXT_PART.search(text[before[-1].end : p.start]):
                shares.append(p)  # the next part, named by words alone
            continue  # else "chiếm 79,56% … (giảm 3,64% …)": not a part's own percent
        if p.start - before[-1].end <= NEAR and not re.search(r"[;.]", text[before[-1].end : p.start]):
            shares.append(p)
            counts[p.start] = before[-1]
    of_ratio = _of_the_ratio_before(block, span, here, shares, counts)
    if of_ratio:
        return of_ratio
    if shares and announced(text, len(shares), shares[0].start):
        # "Toàn xã có 10 dân tộc …, trong đó: Dân tộc kinh chiếm 83%, …" with ten shares: all of the whole
        claim = shares_claim(block, span, shares)
        claim.uncertain = True
        return [claim]
    if len({counts[p.start].kind for p in shares if p.start in counts}) > 1:
        return []  # "… 6.485 việc, chiếm 54,86% …; số tiền … 1.277 tỷ đồng, chiếm 43,84% …": of cases, of money
    keys = {
        measure_key(counts[p.start]) for p in shares if p.start in counts and counts[p.start].kind == "count"
    }
    if len(keys) == 2 and "" not in keys:
        first, second = keys
        if not counts_alike(first, second) and not counts_alike(second, first):
            # "đơn giản hóa 2.675 TTHC (chiếm tỷ lệ 74,86% …) và cắt giảm 2.028 trên tổng số 7.806 điều kiện kinh
            # doanh (đạt tỷ lệ 26%)": shares of two things, not of one whole
            return []
    claims = []
    group: list[Quantity] = []
    for p in shares:
        group.append(p)
        claim = shares_claim(block, span, group)
        if len(group) >= 2 and claim.status == "ok":
            claims.append(claim)
            group = []
    if (
        len(group) >= 2
        and ALL_OF_IT[0] <= sum(p.value for p in group) <= ALL_OF_IT[1]
        and not _goes_on(text, here, group)
        and not _of_one_whole(text, here, group, counts)
    ):
        claims.append(shares_claim(block, span, group))
    for claim in claims:
        claim.uncertain = True
    return claims


def _of_one_whole(
    text: str, here: list[Quantity], group: list[Quantity], counts: dict[int, Quantity]
) -> bool:
    """Each share is its own figure's share of one and the same whole, within their rounding ("tiền gửi … 11.155 tỷ
    đồng, chiếm 71,51%…; … 4.180 tỷ đồng, chiếm 26,79%", both of 15.600 tỷ): the shares are right, and what they
    leave is of parts the list does not name — unless its words split the whole (xuất sắc, tốt, hạn chế, không
    hoàn thành: all of the people rated)."""
    if any(p.start not in counts or not p.value for p in group):
        return False
    figures = [counts[p.start] for p in group]
    opening = max((q.end for q in here if q.end <= figures[0].start), default=figures[0].start - 80)
    if is_partition(text, figures, here, max(0, opening)):
        return False
    bounds = [implied_whole(counts[p.start], p) for p in group]
    return max(low for low, _ in bounds) <= min(high for _, high in bounds)


def _goes_on(text: str, here: list[Quantity], group: list[Quantity]) -> bool:
    """An item of the list comes after its last share with no share of its own ("… chiếm 31,59% và 335.582 tờ khai
    vào luồng đỏ, chỉ chiếm tỷ lệ nhỏ"; "… cấp xã ước đạt 1,2 tỷ đồng, giảm 91,24% so với cùng kỳ"): the shares
    given are not all of it."""
    after = [q for q in here if q.start > group[-1].end]
    if after and after[0].kind == "percent" and not re.search(r"[;.(]", text[group[-1].end : after[0].start]):
        return True  # "…, dân tộc Dao chiếm 6,3%, dân tộc H mông chiến 5,3%, …": a part whose cue is misspelt
    shares_after = [
        q for q in after if q.kind == "percent" and CUE.search(text[max(0, q.start - 25) : q.start])
    ]
    # "…; Đoàn Thanh niên 986,3 tỷ đồng, chiếm 16,4%, tăng 80,8 tỷ đồng": a part's own change is no item
    items = [
        q for q in after if q.kind != "percent" and not CHANGED.search(text[max(0, q.start - 12) : q.start])
    ]
    return bool(items) and items[0].kind in ("count", "money") and not shares_after


def _of_the_ratio_before(
    block: int, span, here: list[Quantity], shares: list[Quantity], counts
) -> list[Claim]:
    """Shares that are each their count's rate of an x/y given before them: "cử tri tham gia là 164.535/168.425
    người, đạt tỷ lệ 97,69%; số cử tri đồng ý là 162.884 người, đạt tỷ lệ 96,71%; không đồng ý là 1.485 người, có
    tỷ lệ 0,88%" are of the 168.425 voters, and need not make 100 %. Only when every one of them fits."""
    ratios = [q for q in here if q.kind == "ratio" and not q.money and shares and q.end <= shares[0].start]
    if len(shares) < 2 or not ratios or any(p.start not in counts for p in shares):
        return []
    sides = [ratio_side(ratios[-1], "numerator"), ratio_side(ratios[-1], "denominator")]
    claims = [
        share_of_one(block, span, [w for w in sides if w.value >= counts[p.start].value], counts[p.start], p)
        for p in shares
    ]
    if any(c is None or c.status != "ok" for c in claims):
        return []
    return [c for c in claims if c is not None]


TOTAL_WORDS = re.compile(r"(?:tổng\s+số|tổng\s+cộng|trong\s+tổng|trên\s+tổng)[^\d.;]{0,60}$", re.IGNORECASE)
SHARE_AFTER = re.compile(r"^\s*\(?\s*(?:chiếm|chiếm\s+tỷ\s+lệ|chiếm\s+tỉ\s+lệ)\s*$", re.IGNORECASE)


def named_total_shares(texts: list[str]) -> list[Claim]:
    """A part's share of a total the text named earlier, in its paragraph or the one before: "… trong tổng số 212
    điều kiện …" then "Tổng số ĐKKD được đề xuất cắt giảm là 81 (chiếm 38,2%)". Read only when the sentence of the
    part gives no whole of its own, and only when one named total is there or one fits (or comes within a point);
    a warning at most.

    >>> [(c.status, c.stated) for c in named_total_shares(["Trong tổng số 212 điều kiện, đề xuất cắt giảm 110.", "Số được cắt giảm là 81 (chiếm 38,2%)."])]
    [('ok', 38.2)]
    """
    claims: list[Claim] = []
    totals_before: list[tuple[int, Quantity]] = []
    for block, text in enumerate(texts):
        qs = find_quantities(text)
        totals_here = [
            (block, q)
            for q in qs
            if q.kind == "count" and TOTAL_WORDS.search(text[max(0, q.start - 70) : q.start])
        ]
        starts = {s: e for s, e in sentences(text)}
        for i, p in enumerate(qs):
            if p.kind != "percent" or i == 0 or qs[i - 1].kind != "count":
                continue
            part = qs[i - 1]
            if not SHARE_AFTER.match(text[part.end : p.start].split(")")[-1]) or p.start - part.end > 25:
                continue
            span = next(((s, e) for s, e in starts.items() if s <= part.start < e), (0, len(text)))
            if any(q.kind == "count" and span[0] <= q.start < part.start for q in qs):
                continue  # the sentence gives a whole of its own
            key = measure_key(part)
            candidates = [
                (b, w)
                for b, w in totals_before + totals_here
                if (b < block or w.end <= span[0])
                and w.value > part.value
                and (not key or measure_key(w) == key)
            ]
            claim = share_of_one(block, span, [w for _, w in candidates], part, p)
            if claim is None:
                continue
            whole_block = next(b for b, w in candidates if w is claim.quantities[0])
            claim.places = ((whole_block, (0, len(texts[whole_block]))), (block, span), (block, span))
            claims.append(claim)
        totals_before = totals_here  # a total reaches the next paragraph, not further
    return claims
