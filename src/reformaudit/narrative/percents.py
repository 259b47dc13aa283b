"""A percent said of the figures before it: the ratio an x/y gives ("3.809/4.041 hồ sơ, đạt 95,20%"), a part's share
of the whole before "trong đó" ("41.045 hồ sơ đã giải quyết (trong đó, giải quyết trễ hạn 229 hồ sơ, chiếm 0,6%)"),
a count over a total named after it ("73.595 trên tổng số 92.456 đơn vị") — and when a percent is of another base
the text gives or does not give, and says nothing."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace

from .breakdowns import has_own_share, of_the_wholes_base, own_percent
from .claim import Claim, first_fitting, part_share, rate_claim, rate_spread, rate_status
from .claim_finders import OWN_BASE, TRONG_DO, can_be_whole, changed, named_otherwise
from .measures import counts_alike, measure_key
from .quantities import Quantity
from .sentences import open_bracket

CUE = re.compile(
    r"(?:(?:đạt|chiếm|bằng|là|=|tương\s+đương(?:\s+với)?)\s*(?:(?:tỷ|tỉ)\s+(?:lệ|trọng))?|[(,]\s*(?:tỷ|tỉ)\s+lệ)"
    r"\s*(?:tới|đến)?\s*(?:khoảng|gần|trên|hơn|ước|xấp xỉ)?\s*$",
    re.IGNORECASE,
)

BASE_WORDS = re.compile(r"kế hoạch|dự toán|tổng số|tổng", re.IGNORECASE)


def _same_kind(a: Quantity, b: Quantity) -> bool:
    return a.kind == b.kind and a.kind in ("count", "money")


# "… (là|:|() 340.000 tỷ đồng"; or the figure right after "tổng số": "chiếm 89,6% trong tổng số 1,62 triệu tấn"
NAMED_WHOLE = re.compile(
    r"^\s*(?:(?:trong|trên|so với)\s+(?:tổng\s+số|chỉ\s+tiêu|kế\s+hoạch|dự\s+toán)[^.;()\d]{0,60}?(?:là|:|\()"
    r"|(?:trong|trên|so với|của)?\s*tổng\s+số)\s*$",
    re.IGNORECASE,
)


# "đạt 45,8% kế hoạch (9,5 tỷ USD)", "đạt 85,48% kế hoạch (KH: 73.670 tỷ đồng)", "đạt 54,5% kế hoạch năm HĐND tỉnh giao
# (kế hoạch năm HĐND tỉnh giao là 7.800 tỷ đồng)": the plan a percent is of, its figure in the bracket after its name
PLAN_NAMED = re.compile(
    r"^\s*(?:so\s+với\s+)?(?P<name>(?:kế\s+hoạch|dự\s+toán|chỉ\s+tiêu|KH)\b[^.;()\d]{0,60}?)\(\s*(?P<inner>[^.;()\d]{0,60})$",
    re.IGNORECASE,
)
PLAN_FILLER = set("kh kế hoạch dự toán chỉ tiêu là năm giao được số".split())  # words any plan is named with
RANGE_AFTER = re.compile(r"\s*(?:-|–|đến)\s*\d")


def _plan_in_bracket(text: str, p: Quantity, after: Quantity) -> bool:
    """``after`` is the figure of the plan ``p`` is named a percent of, in a bracket right after the plan's name; its
    words there are the plan's own ("(Trung ương giao: 13.398 …; tỉnh giao: 16.310 …)" after "dự toán tỉnh giao" is
    another plan's first), and it is one figure, not a range ("(110.000 - 120.000 lao động)")."""
    found = PLAN_NAMED.match(text[p.end : after.start])
    if found is None or RANGE_AFTER.match(text, after.end):
        return False
    named = set(found["name"].lower().split())
    inner = set(found["inner"].lower().replace(":", " ").split())
    return inner <= named | PLAN_FILLER


def _closed_between(text: str, start: int, end: int) -> bool:
    """A bracket that holds ``start`` closes before ``end``."""
    between = text[start:end]
    return between.count(")") > between.count("(")


# units counted by an x/y that each have the percent: "160/262 xã … có cử tri đi bầu đạt tỷ lệ 100%", "408/1.722 khu
# vực bỏ phiếu cử tri đi bầu đạt 100%"
UNITS_THAT_HAVE = re.compile(
    r"(?:\bcó\b|\bcử\s+tri\b)[^\d,;()]*?\bđạt(?:\s+(?:tỷ|tỉ)\s+lệ)?\s*$", re.IGNORECASE
)


# what each of the units counted has: "29/29 người đạt trên 50% số phiếu tín nhiệm", "104/124 xã đạt 100% cử tri
# tham gia bầu cử"
WHAT_EACH_HAS = re.compile(
    r"\s*(?:tổng\s+)?số\s+phiếu\b|\s*(?:số\s+)?(cử\s+tri|người\s+dân|hộ\s+dân|hộ\s+gia\s+đình|đảng\s+viên|học\s+sinh)\b",
    re.IGNORECASE,
)


def _each_has(text: str, ratio: Quantity, p: Quantity) -> bool:
    """The percent is of something each unit the x/y counts has, not the x/y's rate: not when it names what the x/y
    itself counts ("45/50 đảng viên, đạt 90% đảng viên")."""
    named = WHAT_EACH_HAS.match(text, p.end)
    return named is not None and not (
        named.group(1) and ratio.unit.startswith(named.group(1).lower().split()[0])
    )


TARGET_CUE = re.compile(
    r"\bđạt\s*(?:khoảng|gần|trên|hơn)?\s*$", re.IGNORECASE
)  # not "chiếm": a rate of a target


SHARE_AFTER_BRACKET = re.compile(r"\)\s*,?\s*chiếm\b", re.IGNORECASE)


def _described_share(text: str, count: Quantity, opened: int, p: Quantity) -> bool:
    """A count whose bracket opens right after it and describes it, then its share: "Hoàn thành xuất sắc nhiệm
    vụ 08 (có 01 đảng bộ và 07 chi bộ), chiếm tỷ lệ 15,67%"."""
    return (
        count.kind == "count"
        and re.fullmatch(r"\s*(?:[^\W\d]+\s*){0,2}", text[count.end : opened]) is not None
        and SHARE_AFTER_BRACKET.match(text, text.rfind(")", 0, p.start)) is not None
    )


def _of_another_base(
    block, span, qs: list[Quantity], whole: Quantity, part: Quantity, p: Quantity
) -> Claim | None:
    """The share of another figure of the paragraph, of the whole's kind and larger than the part, that gives the
    percent exactly: the percent is of that one, not of the whole before "trong đó"."""
    for other in qs:
        if other is whole or other is part or other.kind != whole.kind or other.kind == "ratio":
            continue
        # within what approximate figures allow: "trên 528 tỷ đồng, đạt tỷ lệ 29,88%" of "trên 1.771 tỷ đồng"
        spread = rate_spread(part.value, part.slack, other.value, other.slack)
        if other.value > part.value and rate_status(
            part.value / other.value * 100, p.value, p.decimals, False, spread, p.above
        ) in ("ok", "truncated"):
            return part_share(block, span, other, part, p, slack=True)
    return None


def _rates_of_their_own(
    text: str, qs: list[Quantity], start: int, end: int, bases: Sequence[float | None]
) -> bool:
    """The parts' percents add up to more than all and none is its part's share of the whole: each is its part's own
    rate ("276/586 trường, đạt tỷ lệ 47,1% (trong đó, có 52 trường mầm non, đạt tỷ lệ 29,4%; 146 trường tiểu học, đạt
    tỷ lệ 70,1%; 67 trường THCS, đạt 40,6% …)"). Shares of one whole that overlap ("nguyện vọng 2 là 438.501 (chiếm
    87,71%); nguyện vọng 3 là 354.395 (chiếm 70,89%)") are shares still."""
    said = []
    for i, q in enumerate(qs):
        if (
            q.kind == "percent"
            and start <= q.start < end
            and CUE.search(text[max(start, q.start - 25) : q.start])
        ):
            part = next(
                (b for b in reversed(qs[:i]) if b.kind in ("count", "money") and b.start >= start), None
            )
            if part is None or any(base and abs(part.value / base * 100 - q.value) <= 0.5 for base in bases):
                return False
            said.append(q)
    return len(said) >= 2 and sum(q.value for q in said) > 100 + sum(0.5 * 10.0**-q.decimals for q in said)


RATE_CUE = re.compile(r"\b(?:tỷ|tỉ)\s+lệ\s*:?\s*(?:khoảng|gần|trên|hơn)?\s*$", re.IGNORECASE)


def _a_rate_as_the_wholes(text: str, qs: list[Quantity], whole: Quantity, p: Quantity) -> bool:
    """The whole's own percent and the part's are both called its rate ("tỷ lệ"): each is of its own population, not
    the part's share of the whole ("20.074 hộ nghèo (tỷ lệ 3,81%); trong đó hộ nghèo DTTS 3.969 hộ (tỷ lệ 14,51%)";
    "276/586 trường, đạt tỷ lệ 47,1% (trong đó, có 52 trường mầm non, đạt tỷ lệ 29,4% …")."""
    return (
        own_percent(text, qs, whole, p, 40, RATE_CUE) is not None
        and RATE_CUE.search(text, max(0, p.start - 25), p.start) is not None
    )


def _part_mistyped(claim: Claim, part: Quantity) -> bool:
    """The part is one keystroke from the figure its stated share of the whole gives: "số hồ sơ đang giải quyết
    5.998 hồ sơ, trong đó … đã quá hạn là 1.481, chiếm 8,02%" (481 is 8,02 % of 5.998)."""
    from ..localise.keystroke import slip  # here: the localise package imports the narrative modules

    if claim.computed <= 0:
        return False
    meant = (
        claim.stated * part.value / claim.computed
    )  # the stated percent of the base the claim was read with
    return meant >= 1 and bool(slip(part.value, round(meant)))


def percent_claims(text: str, block: int, span, qs: list[Quantity]) -> list[Claim]:
    """A percent after "đạt", "chiếm", "bằng" … against the ratio the sentence gives for it."""
    claims = []
    s0, s1 = span
    for i, p in enumerate(qs):
        if (
            p.kind != "percent"
            or not s0 <= p.start < s1
            or not CUE.search(text[max(s0, p.start - 25) : p.start])
        ):
            continue
        before = qs[:i]
        if not before:
            continue
        last = before[-1]
        if NAMED_RATE.search(text[last.end : p.start]):
            continue  # "… 12.000 người, nâng tỷ lệ lao động qua đào tạo đạt trên 51%": the rate of something else
        if THRESHOLD.match(text, p.end) or re.search(
            r"(?i)\b(?:từ|dưới)\s*$", text[max(s0, p.start - 8) : p.start]
        ):
            continue  # "4/14 chỉ tiêu đạt 100% trở lên, 3/14 đạt từ 70% đến dưới 100%": a threshold, not a rate
        aside = _closed_between(text, last.end, p.start)
        if aside:
            # "5/14 văn bản (05 Nghị định …, 1 Quyết định …), chiếm tỉ lệ 35,7%": the x/y before the bracket; a
            # count before it is another matter ("22.800 hồ sơ (… cấp xã 4.846 hồ sơ), đạt tỷ lệ 29,1%")
            opened = open_bracket(text, s0, last.start)
            outside = [q for q in before if q.end <= opened]
            if not outside or not (
                (outside[-1].kind == "ratio" and opened - outside[-1].end <= 40)
                or _described_share(text, outside[-1], opened, p)
            ):
                continue
            if ";" in text[text.rfind(")", 0, p.start) : p.start]:
                continue  # "739/814 vụ việc (…); án bị hủy chỉ chiếm 0,9%": a clause of its own
            last = outside[-1]
        over = _over_named_total(text, before, last)
        if over is not None and _near(text, last, p, 120):
            last = replace(last, approx=False)  # "trên tổng số Y", "trên Y": out of Y, not more than it
            computed = over.value / last.value * 100 if last.value else math.nan
            roles = ["numerator", "denominator", "percent"]
            claims.append(rate_claim("ratio", block, span, [over, last, p], roles, p, computed))
            continue
        after = next((q for q in qs[i + 1 :] if q.kind in ("count", "money")), None)
        if (
            after is not None
            and after.start < s1
            and (NAMED_WHOLE.match(text[p.end : after.start]) or _plan_in_bracket(text, p, after))
        ):
            # "đạt 330.474 tỷ đồng, vượt hơn 9,97% chỉ tiêu pháp lệnh, đạt 98,74% so với chỉ tiêu phấn đấu (340.000 tỷ
            # đồng)": the amount is the last one before the percent, past other percents
            part = next((q for q in reversed(before) if q.kind != "percent"), last)
            if part.kind == after.kind and p.start - part.end <= (40 if part is last else 80):
                computed = part.value / after.value * 100 if after.value else math.nan
                roles = ["numerator", "denominator", "percent"]
                claims.append(rate_claim("ratio", block, span, [part, after, p], roles, p, computed))
                continue
        if last.kind in ("ratio", "score") and (_near(text, last, p) or aside):
            if UNITS_THAT_HAVE.search(text[last.end : p.start]) or _each_has(text, last, p):
                continue  # "160/262 xã … có cử tri đi bầu đạt tỷ lệ 100%", "29/29 người đạt trên 50% số phiếu"
            if WEIGHT.search(text, last.end, p.start):
                continue  # "13/18 khoản thu …, các khoản thu này chiếm tỷ trọng 91,99% tổng số thu": a share of the amount
            top, bottom = last.sides
            computed = top / bottom * 100 if bottom else math.nan
            rated = rate_claim("ratio", block, span, [last, p], ["ratio", "percent"], p, computed)
            if rated.misread and OWN_BASE.match(text[p.end : p.end + 40]):
                continue  # "lên 69/157 xã, đạt 104,5% kế hoạch": of a plan the x/y is not
            claims.append(rated)
            continue
        # not a "trong đó" of a bracket closed before the part: "392 người (… (trong đó Tiến sĩ 144 người, Thạc sĩ
        # 248 người); đại học 106 người (chiếm 21,24%)" lists 106 beside 392, not in it
        cut = [
            m.start()
            for m in TRONG_DO.finditer(text, s0, p.start)
            if not _closed_between(text, m.start(), last.start)
        ]
        if cut and last.start > cut[-1]:
            last = _past_its_change(text, before, cut[-1], p) or last
        # "chiếm 13,13% so với tổng số hộ nghèo DTTS": a percent that names its base is of that one
        own_base = OWN_BASE.match(text[p.end : p.end + 40]) or NAMES_A_BASE.match(text, p.end)
        if (
            cut
            and last.kind in ("count", "money")
            and last.start > cut[-1]
            and not own_base
            and can_be_whole(
                text, last, cut[-1]
            )  # "(tăng 251 hộ …, chiếm tỷ lệ 0,08%)": a change's own percent
        ):
            # a whole of what the part is: "111 quốc gia …, trong đó Singapore … 6.77 tỷ USD, chiếm 32%" is not of 111
            wholes = [
                q
                for q in before
                if q.end <= cut[-1]
                and (q.kind == last.kind or (q.kind == "ratio" and q.money == (last.kind == "money")))
                and can_be_whole(text, q, s0)
            ]
            if wholes and _of_own_plans(text, wholes[-1], p, qs):
                continue
            if wholes:
                whole = wholes[-1]
                if whole.kind == "ratio" and whole.numerator is not None and last.value > whole.numerator:
                    # "2.590/2.974 hộ đạt chuẩn văn hóa, chiếm 87,09%, trong đó …, 2.689 hộ an toàn (chiếm 99,26%)":
                    # more than the x it would be a part of, so of another base
                    continue
                # "109/196 trường …; trong đó có 25 trường … mức độ 2, tỉ lệ 12,6%": of the x, or of all y
                bases = [whole.numerator, whole.denominator] if whole.kind == "ratio" else [whole.value]
                claim, _ = first_fitting(
                    part_share(block, span, whole, last, p, base, slack=True) for base in bases
                )
                assert claim is not None, "one reading at least"
                other = _of_another_base(block, span, qs, whole, last, p) if claim.status == "fail" else None
                if other is not None:
                    claims.append(other)
                    continue
                if claim.status == "fail" and (
                    of_the_wholes_base(text, qs, whole, last, p, CUE)
                    or _rates_of_their_own(text, qs, cut[-1], s1, bases)
                    or _a_rate_as_the_wholes(text, qs, whole, p)
                ):
                    continue
                if claim.far and TARGET_CUE.search(text[max(s0, p.start - 12) : p.start]):
                    continue  # "trong đó … đã cấp 93 chứng thư số cho tổ chức (đạt 100%)": of its own target
                if claim.misread and not _part_mistyped(claim, last):
                    continue  # far off, and no slip of the percent or of the part explains it: of another base
                # that the percent is of the whole before "trong đó" is read from the sentence's shape,
                # not from what the numbers count: a warning at most
                claim.uncertain = True
                claims.append(claim)
                continue
        same = [q for q in before if _same_kind(q, last)]
        words_after = text[p.end : min(s1, p.end + 60)]
        if len(same) >= 2 and BASE_WORDS.search(words_after):
            denominator = same[0]
            if last.kind == "count" and not counts_alike(measure_key(denominator), measure_key(last)):
                continue  # "tại 6 tỉnh, thành, … 263.182 doanh nghiệp, chiếm 71% tổng số doanh nghiệp": not of 6
            if has_own_share(text, denominator, qs):
                continue  # "Singapore … 2,2 tỷ USD, chiếm 24,7% tổng vốn …; Nhật Bản … 2 tỷ USD, chiếm 22,1% …": a sibling
            named_before = text[max(s0, denominator.start - 60) : denominator.start]
            base = BASE_WORDS.search(words_after)
            # "tổng chi … 11.259 tỉ đồng, …; trong đó … chi thường xuyên 7.540 tỉ đồng, đạt 104% dự toán": of its own
            # estimate, which the total is not named as
            named_alike = base is not None and (
                base.group().lower().startswith("tổng") or base.group().lower() in named_before.lower()
            )
            if (
                named_alike
                and BASE_WORDS.search(named_before)
                and not named_otherwise(words_after, named_before)
            ):
                computed = last.value / denominator.value * 100 if denominator.value else math.nan
                roles = ["numerator", "denominator", "percent"]
                claims.append(rate_claim("ratio", block, span, [last, denominator, p], roles, p, computed))
                continue
    return claims


# a rate named by what it is a rate of, right before its percent
NAMED_RATE = re.compile(
    r"(?:tỷ|tỉ)\s+lệ\s+(?:[^\W\d]+\s+){2,}(?:đạt|là|chiếm|:)?\s*(?:khoảng|gần|trên|hơn)?\s*$", re.I
)
THRESHOLD = re.compile(r"\s*(?:trở\s+lên|trở\s+xuống|trở\s+đi)\b", re.IGNORECASE)
WEIGHT = re.compile(r"\b(?:tỷ|tỉ)\s+trọng\b", re.IGNORECASE)
NAMES_A_BASE = re.compile(r"\s*(?:so\s+với|trên|của|trong)\s+tổng\s+(?:số\b|[^\W\d])", re.IGNORECASE)
ACHIEVED = re.compile(r"(?:đạt|bằng)\s*(?:khoảng|gần|trên|hơn)?\s*$", re.IGNORECASE)


def _past_its_change(text: str, before: list[Quantity], start: int, percent: Quantity) -> Quantity | None:
    """The part before its own change, in amount or percent: "trong đó có 1456 trẻ là con thứ ba trở lên, tăng 309
    trẻ so với cùng kỳ, chiếm 7,28% số sinh"."""
    changes = 0
    for q in reversed(before):
        if q.start < start:
            return None
        if changed(text, q, start):
            changes += 1
            continue
        near = percent.start - q.end <= 100 and ";" not in text[q.end : percent.start]
        part = changes and near and q.kind in ("count", "money") and can_be_whole(text, q, start)
        return q if part else None
    return None


def _of_own_plans(text: str, whole: Quantity, percent: Quantity, qs: list[Quantity]) -> bool:
    """The whole's own percent is of its plan ("305.300 tỷ đồng, đạt 86,5% dự toán …, trong đó: Thu nội địa 285.100 tỷ
    đồng, đạt 88,1%"): a part's "đạt" after it is of the part's own plan, not its share of the whole."""
    if not ACHIEVED.search(text[max(0, percent.start - 12) : percent.start]):
        return False
    own = next((q for q in qs if q.kind == "percent" and whole.end <= q.start <= whole.end + 40), None)
    return own is not None and bool(OWN_BASE.match(text[own.end : own.end + 40]))


OVER_TOTAL = re.compile(r"^[^\d.;()]{0,40}?\b(?:trên|trong)\s+(?:tổng\s+)?số\s*$", re.IGNORECASE)


def _over_named_total(text: str, before: list[Quantity], total: Quantity) -> Quantity | None:
    """The count written "X … trên tổng số Y" when ``total`` is that Y: "73.595 trên tổng số 92.456 đơn vị", "1.186
    trong tổng số 1.705 dịch vụ công"; or "X … trên Y" of one measure, "trên" for "out of", not "more than":
    "3.384.759 hồ sơ trực tuyến trên 5.456.818 hồ sơ được tiếp nhận"."""
    if total.kind != "count" or len(before) < 2:
        return None
    part = before[-2]
    if part.kind != "count":
        return None
    if OVER_TOTAL.match(text[part.end : total.start]):
        return part
    key = measure_key(part)
    # out of Y, not more than Y: "hơn 26.000 vụ … có trên 8.000 vụ án …" is a part above the figure after it
    out_of = OUT_OF.match(text[part.end : total.start]) and key and measure_key(total) == key
    out_of = out_of and total.value > part.value
    return part if out_of else None


OUT_OF = re.compile(r"^[^\d.;,()]{0,40}?\btrên\s*$", re.IGNORECASE)


SHORT_NAME = re.compile(r"\(\s*[A-ZĐ][A-ZĐ&\-]{1,9}\s*\)")


def _near(text: str, ratio: Quantity, percent: Quantity, reach: int = 100) -> bool:
    """The percent is said of the x/y before it: a few words on, or further within one clause of what the ratio
    counts ("10/26 vụ khiếu nại, tố cáo thuộc thẩm quyền (đạt 39%)")."""
    gap = SHORT_NAME.sub("", text[ratio.end : percent.start])  # "690/763 dịch vụ công (DVC) phát sinh …"
    return len(gap) <= 40 or (len(gap) <= reach and not re.search(r"[.;:]|\)", gap))
