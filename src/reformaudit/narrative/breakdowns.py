"""Totals and their parts as sentences write them, in brackets, and what such readings share: whether parts add up,
which whole they fit, a part's own share. What each part counts decides whether it belongs to the total, and the
words that name the parts whether the list is complete. A sentence opening "Trong đó" is read in
:mod:`reformaudit.narrative.trong_do_sentences`, lists within a sentence in :mod:`reformaudit.narrative.lists`."""

from __future__ import annotations

import re

from .claim import APPROX_TOLERANCE, Claim, breakdown, rate_status, shape_subset, typing_slip
from .claim_finders import TRONG_DO, brackets, can_be_whole, restates_change
from .measures import AREAS, MEASURES, PHYSICAL, measure_key, unit_word
from .partitions import announces, is_partition
from .quantities import Quantity
from .ratio_lists import ratio_side
from .roles import AVERAGE

# "… Macao: 161 lao động và các thị trường khác": a list that names the rest without a figure leaves it out
NOT_EXHAUSTIVE = re.compile(
    r"…|\.\.\.|\bnhư\b|v\.v|\bgồm các\b|\b(?:và|cùng)\s+(?:các|một\s+số)\s+[^\W\d]+(?:\s+[^\W\d]+){0,3}\s+khác\b(?![^.;]*\d)",
    re.IGNORECASE,
)


ABBREVIATION = re.compile(
    r"\(\s*[A-ZĐ][A-ZĐ&\-]{1,9}\s*\)"
)  # "(TTHC)", "(DVCTT)" after the words they stand for
LEADING_TRONG_DO = re.compile(r"^\s*trong\s+đó\s*[,:]", re.IGNORECASE)


# what each of several has: "(đều thiếu 8 người)", "(mỗi xã 2 người)"
PER_ITEM = re.compile(r"(?:đều|mỗi)\b", re.IGNORECASE)


def bracket_claims(text: str, block: int, span, qs: list[Quantity]) -> list[Claim]:
    claims = []
    pairs = list(brackets(text, *span))
    for opened, closed in pairs:
        inner = [q for q in qs if opened < q.start < closed]
        inner_text = text[opened + 1 : closed].strip(" ,;:")
        if not inner or any(q.kind == "percent" for q in inner):
            continue
        counts = [q for q in inner if q.kind == "count"]
        if not counts and all(q.kind == "money" for q in inner):
            # "đạt trên 13.828 tỷ đồng (trong đó, nông nghiệp 11.255 tỷ đồng, lâm nghiệp 788 tỷ đồng và thủy sản 1.785
            # tỷ đồng)": amounts, as counts are read
            counts = inner
        before = [
            q
            for q in qs
            if span[0] <= q.start
            and q.end <= opened
            and not any(o < q.start < c for o, c in pairs)
            and not announces(text, q, len(counts))
        ]
        if not counts or not before or opened - before[-1].end > 250:
            continue
        whole = before[-1]
        if restates_change(text, whole, span[0]):
            # "59.765 ha, tăng 3,09% bằng 1.790 ha so với cùng vụ năm trước (vụ Đông 11.891 ha; …)": of what changed
            changed = [q for q in before[:-1] if q.kind == "count" and measure_key(q) == measure_key(whole)]
            if not changed:
                continue
            whole = changed[-1]
        if (
            whole.kind == "ratio"
            and not whole.money
            and whole.numerator != whole.denominator
            and REST_DENIED.search(inner_text)
        ):
            # "2311/2357 chi bộ … (có 20 chi bộ chưa tổ chức đại hội và 26 chi bộ trong quá trình giải thể …)": the
            # bracket counts the rest of the 2357
            rest = [q for q in inner if q.kind == "count"]
            sides = [ratio_side(whole, "numerator"), *rest]
            claims.append(
                breakdown(block, span, ratio_side(whole, "denominator"), sides, True, uncertain=True)
            )
            continue
        if whole.kind == "ratio" and not whole.money:
            # "5/14 văn bản (05 Nghị định …, 1 Quyết định …)": the bracket lists the parts of 5
            whole = ratio_side(whole, "numerator")
        if whole.kind != counts[0].kind:
            continue
        if any("/" in text[a.end : b.start] for a, b in zip(counts, counts[1:])):
            # "(đình chỉ xét xử 01 vụ/01 bị can)": one thing counted in two measures; the whole's measure is the part
            counts = [q for q in counts if measure_key(q) == measure_key(whole)]
            if not counts:
                continue
        gap = ABBREVIATION.sub("", text[whole.end : opened])
        if re.search(r"[);:]", gap) or (len(counts) == 1 and ("," in gap or len(gap) > 40)):
            continue  # a lone number in brackets far from a count belongs to the words before it
        if len(counts) == 1 and re.search(r"(?i)\bso\s+với\b", gap):
            continue  # "vượt 4 huy chương vàng so với năm 2020 (17 huy chương vàng)": what it is compared with
        if re.search(r"[,;]", LEADING_TRONG_DO.sub("", text[opened + 1 : counts[0].start])):
            continue  # "(trước khi sắp xếp, tỉnh có 192 …)": an aside, not a list of parts
        if PER_ITEM.match(inner_text):
            continue  # "Sơn Kim 1 và Can Lộc (đều thiếu 8 người …)": what each has, no part of a whole
        if AVERAGE.search(text, opened + 1, counts[0].start):
            continue  # "6,60 điểm (điểm số trung bình của cả nước 6,75 điểm)": an average to compare with
        # "1.628.487 cử tri (trên tổng số 1.634.116 cử tri)": the whole the figure is of, no part of it
        if re.match(
            r"(?i)(tăng|giảm|xếp|đứng|còn|thấp hơn|cao hơn|vượt|bằng|đạt\b|(?:trên|trong)\s+(?:tổng\s+)?số)",
            inner_text,
        ) or COMPARED.match(inner_text):
            continue
        if re.search(
            r"(?i)\b(?:thành|giảm|tăng|còn|hơn(?:\s+(?:so\s+với\s+)?(?:cùng\s+kỳ|năm\s+trước))?)\s+\d",
            inner_text,
        ):
            # "216 xã (80 xã được sắp xếp thành 34 xã mới, giảm 46 xã)", "83.075 tấn (tôm sú 9.139 tấn, cao hơn cùng kỳ
            # 63 tấn)": a change, not parts
            continue
        if any(q.kind == "money" for q in inner) and len(counts) == 1:
            continue  # "4.723 ha (đã thu trên 92 tỷ đồng và 102 ha)": what was done about the whole
        if any(TAKEN_AWAY.match(text, q.end) for q in counts):
            continue  # "190 cuộc (181 cuộc theo KHKT đầu năm; 17 cuộc bổ sung; 08 cuộc giảm)": 181 + 17 − 8
        if _other_measure(whole, counts):
            continue  # "65 lượt đoàn (366 người)": the bracket counts something else about the same things
        if _each_with_its_own(whole, counts):
            continue  # "52 đại biểu (gồm 7 đơn vị được bầu 4 đại biểu và 8 đơn vị được bầu 3 đại biểu)": products
        # "(trong đó: 149 đảng bộ cơ sở, với 1.251 chi bộ trực thuộc và 285 chi bộ cơ sở)": what a part holds
        counts = [
            q for k, q in enumerate(counts) if not (k and HOLDING.match(text[counts[k - 1].end : q.start]))
        ]
        counts = _own_parts(text, whole, counts)
        if not counts:
            continue
        if len(counts) >= 3 and abs(counts[0].value - sum(q.value for q in counts[1:])) < 0.5:
            continue  # "(trong đó tỉnh cũ gồm 77 đơn vị với 69 xã và 8 phường)": a whole and its parts of their own
        if not can_be_whole(text, whole, span[0]):
            continue  # "giảm 21 đơn vị (…)": a change is not the whole of what the bracket lists
        listed = not NOT_EXHAUSTIVE.search(inner_text)
        # "(trong đó, vụ việc mới phát sinh là 33, vụ việc cũ là 4)": a subset, unless its words split the whole
        subset = len(counts) == 1 or (
            bool(TRONG_DO.match(inner_text)) and not (listed and is_partition(text, counts, qs, opened))
        )
        exhaustive = not subset and listed
        wholes = [q for q in before if q.kind == "count" and can_be_whole(text, q, span[0])] or [whole]
        if wholes[-1] is not whole:
            wholes.append(whole)
        claim = by_fit(text, block, span, wholes, counts, exhaustive, subset=subset)
        paired = before[-2] if len(before) > 1 else None
        if (
            claim.status != "ok"
            and paired is not None
            and paired.kind == "count"
            and IN_TWO_MEASURES.fullmatch(text, paired.end, whole.start)
        ):
            # "74.536 hộ/130.246 người di dời (Tuyên Quang 4.957; …)": one count in two measures, the parts of either
            other = breakdown(block, span, paired, counts, exhaustive, subset=subset)
            claim = other if other.status == "ok" else claim
        if claim.status == "fail" and not typing_slip(
            claim.quantities[0], claim.quantities[1:], claim.computed
        ):
            far_above = claim.computed > 2 * max(w.value for w in wholes)
            if far_above and not SAYS_PARTS.match(inner_text):
                continue  # "248 đảng bộ cơ sở (14 đảng bộ bộ phận và 2.370 chi bộ trực thuộc)": what they hold
            if claim.computed < claim.stated / 2 and not is_partition(text, counts, qs, opened):
                # "4.483 cán bộ y tế (879 bác sỹ, 328 dược sĩ)": some kinds of it, named for themselves
                claim = breakdown(block, span, claim.quantities[0], claim.quantities[1:], False)
        claims.append(shape_subset(claim) if subset else claim)
    return claims


SAYS_PARTS = re.compile(r"\s*(?:trong\s+đó|(?:bao\s+)?gồm)\b", re.IGNORECASE)  # "(trong đó …)", "(bao gồm …)"
IN_TWO_MEASURES = re.compile(r"\s*[^\W\d]+(?:\s+[^\W\d]+)?\s*/\s*")  # "74.536 hộ/130.246 người"


# "(có 20 chi bộ chưa tổ chức đại hội …)", not "(không tính 11 phiếu đang giải quyết)": left out of the count
REST_DENIED = re.compile(r"\b(?:chưa|không(?!\s+(?:tính|kể|bao\s+gồm))|còn\s+lại)\b", re.IGNORECASE)


def by_fit(text: str, block, span, wholes: list[Quantity], parts: list[Quantity], exhaustive, **how) -> Claim:
    """The breakdown of the nearest whole, unless that whole is itself an item of a "trong đó" list and the list's
    own whole adds up exactly: "34 cuộc, trong đó, kỳ trước chuyển sang 22 cuộc, trong kỳ 12 cuộc (có 29 cuộc
    theo kế hoạch và 5 cuộc đột xuất)" breaks down 34."""
    nearest = breakdown(block, span, wholes[-1], parts, exhaustive, **how)
    if nearest.status == "ok":
        return nearest
    for whole in reversed(wholes[:-1]):
        same = whole.kind == wholes[-1].kind and measure_key(whole) == measure_key(wholes[-1])
        if same and TRONG_DO.search(text, whole.end, wholes[-1].start):
            other = breakdown(block, span, whole, parts, exhaustive, **how)
            if other.status == "ok":
                return other
    return nearest


COMPARED = re.compile(
    r"(?:so\s+với|cùng\s+kỳ|mỗi|bình\s+quân|trung\s+bình|năm\s|\d+\s+tháng|tháng|quý|kỳ\s+trước)", re.I
)


def _own_parts(text: str, whole: Quantity, parts: list[Quantity]) -> list[Quantity]:
    """The parts of a whole in a physical unit, without figures of another unit ("851,2 ha (gồm 2 nhánh kênh, …)")
    and without a part's own parts right after it, introduced as such ("kênh cấp I 510 ha, có 01 ha chuyển đổi …
    còn lại 509 ha"); when the whole counts what is left of such a part (851,2 ha = 509 + 342,2), the rest stands
    for it."""
    unit = unit_word(whole)
    if unit in AREAS:
        parts = [p for p in parts if unit_word(p) in ("", unit)]
    kept: list[Quantity] = []
    rests: list[Quantity] = []
    i = 0
    while i < len(parts):
        kept.append(parts[i])
        rests.append(parts[i])
        opens = i + 1 < len(parts) and SUB_PARTS.match(text[parts[i].end : parts[i + 1].start])
        run = next(
            (
                k
                for k in range(i + 3, len(parts) + 1)
                if abs(sum(p.value for p in parts[i + 1 : k]) - parts[i].value) < 1e-9
            ),
            None,
        )
        if opens and run is not None:
            last = parts[run - 1]
            if REST.search(text[parts[run - 2].end : last.start]):
                rests[-1] = last
            i = run
        else:
            i += 1
    return rests if adds_up(whole, rests) and not adds_up(whole, kept) else kept


REST = re.compile(r"\bcòn\s+lại\b", re.IGNORECASE)
# a part the whole is net of: "08 cuộc giảm", "5 đơn vị bị cắt giảm" (its count and unit right before the word)
TAKEN_AWAY = re.compile(
    r"[^\W\d]*(?:\s+[^\W\d]+){0,2}?\s+(?:bị\s+)?(?:cắt\s+)?(?:giảm|bớt|loại\s+ra)\s*[;,)]", re.IGNORECASE
)
# of the whole: how far parts may miss it and still be all of it, one figure mistyped (1.184 of 1.185; 90 of 1.057.374)
NEARLY_ALL = 0.001


def exact_first(whole: Quantity, parts: list[Quantity], text: str = "") -> list[Quantity]:
    """The first parts when they make the whole exactly and the rest would take it past: "9.214 hộ nghèo …; trong đó,
    có 8.832 hộ nghèo theo tiêu chí thu nhập (chiếm 95,85%), 382 hộ … (chiếm 4,15%), 1.573 hộ nghèo thuộc chính sách
    bảo trợ xã hội (chiếm 17,07%)" — the last is another cut of the same households. Not a last part the list closes
    with "và" ("mầm non có 43 trường, tiểu học có 109 trường, THCS có 38 trường và THPT có 9 trường", of 190): the
    sentence names it as one of them."""
    if sum(p.value for p in parts) <= whole.value + whole.slack:
        return parts
    first = next((k for k in range(2, len(parts)) if adds_up(whole, parts[:k])), None)
    if first == len(parts) - 1 and AND_THE_LAST.search(text[parts[-2].end : parts[-1].start]):
        return parts
    return parts[:first] if first else parts


AND_THE_LAST = re.compile(r"^[^;]*\svà\s[^\d;]*$", re.IGNORECASE)


def adds_up(whole: Quantity, parts: list[Quantity]) -> bool:
    """The parts add up to the whole within the rounding of each as written."""
    return abs(sum(p.value for p in parts) - whole.value) <= whole.slack + sum(p.slack for p in parts) + 1e-9


HOLDING = re.compile(r"^[^\d;()]{0,40},\s*với\s*$", re.IGNORECASE)
SUB_PARTS = re.compile(r"^[^\d;]{0,30}?\b(?:có|gồm|trong\s+đó)\b", re.IGNORECASE)


def _each_with_its_own(whole: Quantity, parts: list[Quantity]) -> bool:
    """The bracket's figures alternate between another measure and the whole's: so many units, each with so many of
    what the whole counts — their products, not their sum, make it."""
    keys = [measure_key(q) for q in parts]
    own = measure_key(whole)
    return (
        len(parts) >= 4
        and bool(own)
        and all(keys)
        and all((k == own) == (i % 2 == 1) for i, k in enumerate(keys))
    )


def _other_measure(whole: Quantity, parts: list[Quantity]) -> bool:
    """Some part counts another measure than the whole does ("lượt" against "người"), or measures what the whole
    counts ("490 giấy chứng nhận cho tổ chức (1.005,75 ha)")."""
    unit = unit_word(whole)
    # a part with no unit of its own counts in the whole's: "19.251 ha lúa, hoa màu bị ngập (Hà Giang: 166, …)"
    named = [p for p in parts if unit_word(p)]
    if named and all((unit_word(p) in PHYSICAL) != (unit in PHYSICAL) for p in named):
        return True
    return unit in MEASURES and any(unit_word(p) in MEASURES and unit_word(p) != unit for p in parts)


SHARE_WORD = re.compile(r"chiếm\s*(?:(?:tỷ|tỉ)\s+lệ\s*)?(?:khoảng|gần|trên|hơn)?\s*$", re.IGNORECASE)


def has_own_share(text: str, q: Quantity, here: list[Quantity]) -> bool:
    """``q`` is followed by its own share ("đại học 326 người, chiếm 89,8%"): a part of the list, not its whole."""
    return own_share(text, q, here) is not None


def own_share(text: str, q: Quantity, here: list[Quantity]) -> Quantity | None:
    """The share that follows ``q`` ("28.926 thí sinh, chiếm 2,81%"), if any."""
    after = next((o for o in here if o.start >= q.end), None)
    if (
        after is not None
        and after.kind == "percent"
        and after.start - q.end <= 60
        and SHARE_WORD.search(text[q.end : after.start])
    ):
        return after
    return None


# a whole's own percent after it in its clause: "28.926 thí sinh, chiếm 2,81%", "8.006 căn nhà …, đạt 98,84% so với kế
# hoạch"
OWN_PERCENT_CUE = re.compile(
    r"(?:đạt|chiếm|bằng)\s*(?:(?:tỷ|tỉ)\s+(?:lệ|trọng))?\s*(?:khoảng|gần|trên|hơn)?\s*$", re.IGNORECASE
)
OWN_PERCENT_REACH = 80  # characters from a whole to its own percent


def own_percent(
    text: str, qs: list[Quantity], whole: Quantity, p: Quantity, reach: int, cue: re.Pattern
) -> Quantity | None:
    """The whole's own percent, right after it in its clause and said with ``cue`` ("215 dịch vụ công …, đạt gần 91%
    …"), when it is not ``p`` itself."""
    own = next((q for q in qs if q.start >= whole.end), None)
    if (
        own is None
        or own is p
        or own.kind != "percent"
        or own.start - whole.end > reach
        or ";" in text[whole.end : own.start]
        or not cue.search(text[whole.end : own.start])
    ):
        return None
    return own


def of_the_wholes_base(
    text: str,
    qs: list[Quantity],
    whole: Quantity,
    part: Quantity,
    percent: Quantity,
    cue: re.Pattern = OWN_PERCENT_CUE,
) -> bool:
    """The part's percent is of what the whole's own percent is of: "Số thí sinh tự do là 28.926 thí sinh, chiếm
    2,81%. Trong đó có 12.405 thí sinh … (chiếm 1,2%)" — 1,2 % of all 1.031.163; "… 8.006 căn nhà …, đạt 98,84% so
    với kế hoạch. Trong đó, đã hoàn thành 6.824 căn, chiếm tỷ lệ 84,25%" — of the plan; 6.824 / 8.006 × 98,84 %.

    >>> from reformaudit.narrative.quantities import find_quantities
    >>> text = "Khởi công 8.006 căn nhà, đạt 98,84% kế hoạch. Trong đó, đã hoàn thành 6.824 căn, chiếm tỷ lệ 84,25%."
    >>> whole, _, part, percent = find_quantities(text)
    >>> of_the_wholes_base(text, find_quantities(text), whole, part, percent)
    True
    """
    own = own_percent(text, qs, whole, percent, OWN_PERCENT_REACH, cue)
    if own is None or not 0 < own.value <= 100 or not whole.value:
        return False
    computed = part.value / whole.value * own.value
    spread = part.value / whole.value * (APPROX_TOLERANCE if own.approx else 0.5 * 10.0**-own.decimals)
    status = rate_status(computed, percent.value, percent.decimals, percent.approx, spread, percent.above)
    return status in ("ok", "truncated")
