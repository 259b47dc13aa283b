"""A part's share of a total stated earlier in the paragraph, or in the one before: "Hiện 89 xã xây dựng nông thôn
mới …. Có 15 xã đạt dưới 10 tiêu chí, chiếm 16,9%"; "Cử tri bầu đủ 60 đại biểu. Trong số người trúng cử có 20 đại
biểu nữ, chiếm tỷ lệ 33,33%"; "… có 5.404 hộ nghèo, …. Trong đó, hộ nghèo không có khả năng lao động 2.580 hộ,
chiếm 47,74% so với tổng số hộ nghèo".

The share is cued by "chiếm", a bracket, or ", đạt" (not "đạt … kế hoạch", "so với cùng kỳ": a plan's or a
period's). The totals tried are the earlier counts of the part's measure (staff in "người" of "cán bộ, công chức")
that are larger than it, are not themselves a part with a share of their own, a change or an average, and are of the
total the percent names. The share holds when one of them gives it; when none does it is reported only if there was
exactly one to try and the sentence opens "Trong đó/Trong số" or "Cụ thể", and as a warning: the text does not say which total
it means.

>>> text = "Cử tri bầu đủ 60 đại biểu. Trong số người trúng cử có 20 đại biểu nữ, chiếm tỷ lệ 33,33%."
>>> [(c.status, [q.raw for q in c.quantities]) for c in earlier_total_shares(text)]
[('ok', ['60', '20', '33,33%'])]
"""

from __future__ import annotations

import re

from .breakdowns import of_the_wholes_base
from .claim import Claim, first_fitting, part_share
from .claim_finders import changed
from .measures import counts_alike, measure_key
from .quantities import Quantity, find_quantities, without_durations
from .ratio_lists import ratio_side
from .roles import AVERAGE
from .sentences import sentences

# the share right after its part: "15 xã …, chiếm 16,9%", "40 đơn có nhiều người đứng tên (5,6%)", "193 vụ = 0,69%"
SHARE_AFTER = re.compile(
    r"^[^\d%;.]{0,50}?(?:\bchiếm\s*(?:tỷ\s+lệ|tỉ\s+lệ)?|\(\s*(?:chiếm\s*(?:tỷ\s+lệ|tỉ\s+lệ)?)?"
    r"|,\s*đạt\s*(?:tỷ\s+lệ|tỉ\s+lệ)?|,\s*(?:tỷ|tỉ)\s+lệ|=)\s*(?:(?:khoảng|gần|hơn|trên|xấp\s+xỉ)\s*){0,2}$",
    re.I,
)
# "đạt 86,5% kế hoạch", "đạt 98% so với cùng kỳ": the percent of a plan or a period, not of a total
OF_A_PLAN = re.compile(
    r"\s*(?:so\s+với\s+)?(?:kế\s+hoạch|dự\s+toán|chỉ\s+tiêu|mục\s+tiêu|cùng\s+kỳ|KH)", re.I
)
# the total named after the percent: "chiếm 47,74% so với tổng số hộ nghèo"
NAMED = re.compile(
    r"\s*(?:(?:so\s+với|trong|trên)\s+(?:tổng\s+)?(?:số\s+)?|tổng\s+số\s+|số\s+)([^\d%;.,()]{2,60})", re.I
)
LOOK_BACK_SENTENCES = 3
# a sentence that gives parts of a total before it: "Trong đó, …", "Trong số người trúng cử có …", "Cụ thể, ứng
# viên là nữ có 21 người (chiếm 45,65%); …"
OPENS_PARTS = re.compile(r"\s*(?:[-+•]\s*)?(?:trong\s+(?:đó|số|tổng\s+số)|cụ\s+thể)\b", re.I)


# ", tăng 13,4%": the part's change from the year before, between the part and its share
OWN_CHANGE = re.compile(r"[^\d%;.]{0,20}?\b(?:tăng|giảm)\s*$", re.I)
THRESHOLD = re.compile(r"(?:dưới|từ|đến|trên|hơn)\s*$", re.I)


def part_share_pairs(text: str, qs: list[Quantity], unnamed: bool = False) -> list[tuple[Quantity, Quantity]]:
    """(part, percent) pairs: a count or an amount and the percent of a share right after it, or after the part's own
    change ("khu vực kinh tế trong nước 80,36 tỷ USD, tăng 13,4%, chiếm 25,7%"); "Có 15 xã đạt dưới 10 tiêu chí,
    chiếm 16,9%": the count a threshold follows. ``unnamed``: counts that name nothing they count ("số tái cử 10
    (chiếm 73%)") too."""
    pairs = []
    for i, (part, percent) in enumerate(zip(qs, qs[1:])):
        after = qs[i + 2] if i + 2 < len(qs) else None
        if (
            part.kind in ("count", "money")
            and percent.kind == "percent"
            and after is not None
            and after.kind == "percent"
            and OWN_CHANGE.match(text, part.end, percent.start)
            and SHARE_AFTER.match(without_durations(text[percent.end : after.start]))
        ):
            percent = after
        elif (
            part.kind not in ("count", "money")
            or percent.kind != "percent"
            or not SHARE_AFTER.match(without_durations(text[part.end : percent.start]))
        ):
            continue
        before = qs[i - 1] if i else None
        if (
            before is not None
            and before.kind == "count"
            and THRESHOLD.search(text[max(0, part.start - 8) : part.start])
            and not re.search(r"[,;.()]", text[before.end : part.start])
        ):
            part = before
        if part.kind == "money" or unnamed or measure_key(part):
            pairs.append((part, percent))
    return pairs


def _named_words(text: str, percent: Quantity) -> list[str]:
    named = NAMED.match(text, percent.end)
    return named.group(1).lower().split() if named else []


def earlier_total_shares(text: str, block: int = 0) -> list[Claim]:
    qs = find_quantities(text)
    spans = sentences(text)
    shares = [(part, p) for part, p in part_share_pairs(text, qs) if not changed(text, part)]
    # a count with a percent right after it is a part, not a total, unless the percent is its change ("tăng 16%")
    owned = {
        q.start
        for q, nxt in zip(qs, qs[1:])
        if nxt.kind == "percent"
        and nxt.start - q.end < 40
        and not OWN_CHANGE.match(text, q.end, nxt.start)
        # "4.409 căn nhà (đạt 99,9% kế hoạch)": a count's rate of a plan, no share
        and not (q.kind == "count" and OF_A_PLAN.match(text, nxt.end))
    }
    # "Có 9/15 ứng cử viên đã trúng cử. Trong đó, có 2 đại biểu nữ, chiếm tỷ lệ 22,2%": an x/y's x is a total
    numerators = [ratio_side(q, "numerator") if q.kind == "ratio" and not q.money else q for q in qs]
    claims = []
    settled: dict[int, list[Quantity]] = {}  # the wholes the shares of each sentence were found of
    unsure: list[tuple[int, Quantity, Quantity]] = []
    for part, percent in shares:
        if OF_A_PLAN.match(text, percent.end):
            continue
        here = next((k for k, (s, e) in enumerate(spans) if s <= part.start < e), 0)
        window = spans[max(0, here - LOOK_BACK_SENTENCES)][0]
        named = _named_words(text, percent)
        key = measure_key(part)
        wholes = [
            q
            for q in numerators
            if window <= q.start
            and q.end <= part.start
            and of_one_measure(q, part, key)
            and q.value > part.value
            and q.start not in owned
            and not changed(text, q)
            and not AVERAGE.search(text[max(window, q.start - 40) : q.start])
            and (not named or all(w in " ".join(q.words_after(text, 8)) for w in named[1:3]))
            and (part.kind != "money" or _names_the_whole(text, q, percent))
        ]
        if not wholes or _of_a_part_listed(qs, owned, shares, spans[here], part):
            continue
        readings = (
            part_share(block, (min(w.start, part.start), spans[here][1]), w, part, percent, slack=True)
            for w in reversed(wholes)
        )
        claim, tried = first_fitting(readings)
        if (
            claim is not None
            and claim.status == "fail"
            and of_the_wholes_base(text, qs, claim.quantities[0], part, percent)
        ):
            continue  # "8.006 căn …, đạt 98,84% so với kế hoạch. Trong đó, … 6.824 căn, chiếm tỷ lệ 84,25%": of the plan
        opens = OPENS_PARTS.match(text, spans[here][0])
        if claim is not None and claim.status != "fail" and not percent.approx:
            # an approximate share ("chiếm gần 1,7%") fits more than one total: it settles none
            settled.setdefault(here, []).append(claim.quantities[0])
        # one total in the sentence just before, the percent a keystroke off its share: "Cả nước có 5.812 thí sinh
        # …. Hội đồng chấm thi đã chọn được 3.359 thí sinh đoạt giải, chiếm 55,79%" (57,79 %)
        adjacent = (
            len(wholes) == 1 and here > 0 and spans[here - 1][0] <= wholes[0].start < spans[here - 1][1]
        )
        if claim is not None and claim.status == "fail" and adjacent and not opens and claim.keystroke_off:
            claims.append(claim)
            continue
        if claim is None or (claim.status == "fail" and (len(wholes) > 1 or not opens or claim.misread)):
            # far off the one total there is: of a total the text does not give ("Trong số đảng viên mới …"),
            # unless the other shares of its sentence are of one whole there
            unsure.append((here, part, percent))
            continue
        claims.append(claim)
    claims += _settled_by_the_list(block, spans, settled, unsure)
    for claim in claims:
        claim.uncertain = True
        claim.notes.append("earlier total")
    return claims


def of_one_measure(whole: Quantity, part: Quantity, key: str) -> bool:
    """A count of what the part counts, or an amount in the part's currency ("tỷ USD" is not "tỷ đồng")."""
    if whole.kind != part.kind:
        return False
    if part.kind == "money":
        return _in_dollars(whole) == _in_dollars(part)
    return measure_key(whole) == key or counts_alike(measure_key(whole), key)


def same_measure(whole: Quantity, part: Quantity) -> bool:
    """Of one measure (:func:`of_one_measure`), or ``part`` is a count that names none ("số tái cử 10" of "13
    người", "Hà Giang (42)" of "317 nhà")."""
    if part.kind == "count" and not measure_key(part):
        return whole.kind == "count"
    return of_one_measure(whole, part, measure_key(part))


# "chiếm 59,5% tổng vốn đầu tư": the total an amount's share is of, by name
NAMED_TOTAL = re.compile(r"\s*(?:so\s+với\s+|của\s+|trong\s+)?tổng\s+([^\W\d]+\s+[^\W\d]+)", re.I)


def _names_the_whole(text: str, whole: Quantity, percent: Quantity) -> bool:
    """An amount's share that names its total ("chiếm 59,5% tổng vốn đầu tư") is of an amount said with those words
    (not of "Vốn giải ngân … đạt 1,48 tỷ USD" before it)."""
    named = NAMED_TOTAL.match(text, percent.end)
    if named is None:
        return True
    said = text[max(0, whole.start - 80) : whole.start].lower() + " " + " ".join(whole.words_after(text, 8))
    return named.group(1).lower() in said


def _in_dollars(q: Quantity) -> bool:
    return q.unit.split(" ", 1)[0].lower() == "usd"


def _of_a_part_listed(qs, owned, shares, span, part: Quantity) -> bool:
    """The parts of the sentence add up to a figure before them that has a share of its own: they break that part
    down, and a share of theirs is of what each is a part of ("… 12.847 thí sinh đậu tốt nghiệp, chiếm tỷ lệ 88,56%.
    Trong đó, cụm thi … có 8.925 thí sinh đậu tốt nghiệp, chiếm tỷ lệ 94,27%, cụm thi … có 3.922 …": of each
    cluster's candidates), not of the total before."""
    listed = sum(
        q.value for q, _ in shares if span[0] <= q.start < span[1] and measure_key(q) == measure_key(part)
    )
    return any(q.start in owned and q.end <= part.start and abs(q.value - listed) < 0.5 for q in qs)


def _near_slip(claim: Claim) -> bool:
    """Within a point of its figures, or one keystroke from them (36,67% written for 26,67%): a slip, not a share of
    something else (a part's own part, "trong đó 5 nữ, chiếm 25%" of its 20)."""
    return abs(claim.stated - claim.computed) <= 1 or claim.keystroke_off


def _settled_by_the_list(block, spans, settled, unsure) -> list[Claim]:
    """ "… lên 73 đồng chí. … là 15 đảng viên, chiếm tỷ lệ 21%; … 55 đảng viên chiếm tỉ lệ 76,3 %; 02 đảng viên …
    chiếm tỷ lệ 2,7%": the shares beside it that hold say which total the list is of."""
    claims = []
    for here, part, percent in unsure:
        found = settled.get(here, [])
        if not found:
            # the list's earlier sentences: "Về giới tính có 222 đại biểu nữ (chiếm 13,99%); … Về trình độ …"
            found = [w for k in range(max(0, here - LOOK_BACK_SENTENCES), here) for w in settled.get(k, [])]
        wholes = {w.start: w for w in found}
        if len(wholes) != 1 or len(found) < 2:
            continue  # one total, which two shares of the list at least are of
        (whole,) = wholes.values()
        if whole.value <= part.value:
            continue
        claim = part_share(
            block, (min(whole.start, part.start), spans[here][1]), whole, part, percent, slack=True
        )
        if claim.status == "fail" and _near_slip(claim):
            claims.append(claim)
    return claims
