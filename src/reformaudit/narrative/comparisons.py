"""Comparisons with an earlier period: a figure, its change, and the earlier figure the text gives for it, in any
order ("tiếp nhận 1.536 đơn …, so với cùng kỳ năm trước tăng 131 đơn (6 tháng đầu năm 2019 tiếp nhận 1.405 đơn)"),
the earlier figure found by the words that date it (năm trước, cùng kỳ, a year before the latest, a bracket after
the period compared with).
"""

from __future__ import annotations

import re

from .change_checks import DELTA, checked_change, is_change, is_level, measure_of
from .claim import Claim
from .quantities import Quantity, find_quantities
from .roles import AVERAGE
from .sentences import by_sentence, open_bracket

# not what was carried over from before, a part of the figure now: "1.375 bản án (kỳ trước chuyển sang là 563 bản án)"
EARLIER = re.compile(
    r"(?:năm\s+trước|năm\s+ngoái|cùng\s+kỳ|trước\s+đó|trước\s+khi|(?:kỳ|tuần|tháng|quý)\s+trước)(?!\s+chuyển)",
    re.IGNORECASE,
)
# the period a change is against, just before a bracket: "so với năm 2022 (", "so với tháng 4.2019 ("
COMPARED_PERIOD = re.compile(
    r"\bso\s+(?:với\s+)?(?:cùng\s+k[ỳì]\s*)?(?:năm\s+(?:trước|ngoái|(?:19|20)\d\d)|(?:tháng|quý)\s+(?:trước"
    r"|[\dIV]+(?:[./](?:19|20)\d\d|\s+năm\s+(?:19|20)\d\d)?)|(?:kỳ|tuần)\s+trước)\s*$",
    re.IGNORECASE,
)
# what a bracket's figure after the period compared with is said to be: "(… toàn quốc có 99 Chi nhánh)"
HELD_THEN = re.compile(r"\b(?:có|là)\s*$", re.IGNORECASE)
NOT_THEN = re.compile(r"\btrong\s+đó|\bgồm\b|\b(?:tăng|giảm)\b", re.IGNORECASE)
COMPARED_WITH = re.compile(
    r"so\s+(?:với\s+)?(?:cùng\s+kỳ\s+)?(?:năm\s+|(?:tháng\s+\d{1,2}|quý\s+[IV]+)[./])?(?:19|20)\d\d",
    re.IGNORECASE,
)
# a year, also of a quarter or a month ("quý I/2022", "tháng 6/2022"), not of a document's number ("25/2021/QĐ-TTg")
YEAR = re.compile(
    r"(?:(?<![\d/.-])|(?<=[IV]/)|(?<=tháng \d/)|(?<=tháng \d\d/))((?:19|20)\d\d)(?![\d/])", re.IGNORECASE
)
CLAUSE_STOP = re.compile(r"[,;:)]|\.\s|\svà\s|\btrong\s+đó\b", re.IGNORECASE)
CURRENT_ONLY = re.compile(r"sau\s+(?:khi\s+)?sắp\s+xếp", re.I)


def _in_bracket(text: str, q: Quantity, start: int) -> tuple[int, int] | None:
    """The bracket ``q`` stands in, if any, within the sentence (one that opens at most 300 characters before)."""
    opened = open_bracket(text, max(start, q.start - 300), q.start)
    if opened < 0:
        return None
    closed = text.find(")", q.end, q.end + 300)
    return (opened, closed if closed >= 0 else q.end)


def _earlier(text: str, q: Quantity, start: int, qs: list[Quantity], latest: int) -> bool:
    """``q`` is a figure of an earlier period: the words before it in its bracket, or in its own clause, say so."""
    bracket = _in_bracket(text, q, start)
    left = bracket[0] if bracket else max([start, *(o.end for o in qs if o.end <= q.start)])
    words = text[left : q.start]
    if not bracket:
        words = CLAUSE_STOP.split(words)[-1]
    elif not words.strip("( ") or PERIOD_ONLY.fullmatch(words):
        # a bracket opening on the figure, or on its period alone, stands for what the words before it name: "so với
        # năm 2022 (85,37 điểm)", "so với cùng kỳ năm 2022 (quý I/2022 đạt 26.871 lượt)"
        before = max([start, bracket[0] - 80, *(o.end for o in qs if o.end <= bracket[0])])
        words = CLAUSE_STOP.split(text[before : bracket[0]])[-1] + words
    if CURRENT_ONLY.search(words) or AVERAGE.search(words):
        return False  # "gấp 1.9 lần so với trung bình giai đoạn 2017-2021 (20,949 doanh nghiệp)": an average
    if (
        bracket
        and COMPARED_PERIOD.search(text[max(start, bracket[0] - 60) : bracket[0]])
        and HELD_THEN.search(text, bracket[0], q.start)
        and not NOT_THEN.search(text, bracket[0], q.start)
    ):
        # "giảm 02 Chi nhánh so với năm 2022 (tính đến ngày 31/10/2022, toàn quốc có 99 Chi nhánh)": the bracket
        # after the period compared with gives that period's figure, whatever words it opens with; not one of
        # parts ("tăng 2% so với cùng kỳ năm trước (trong đó: … 1.423 ha, tăng 1,7%")
        return True
    years = [int(y) for y in YEAR.findall(words)]
    return bool(EARLIER.search(words) or COMPARED_WITH.search(words)) or bool(years and max(years) < latest)


AGAINST_PLAN = re.compile(  # "vượt 12,3% số huy chương vàng so với chỉ tiêu đề ra"
    r"\s*(?:(?:[^\W\d]+\s+){1,5}?so\s+(?:với\s+)?|(?:so\s+)?(?:với\s+)?)"
    r"(?:kế\s+hoạch|KH\b|chỉ\s+tiêu|dự\s+toán|mục\s+tiêu)",
    re.IGNORECASE,
)
PERIOD_ONLY = re.compile(
    r"\(\s*(?:cùng\s+k[ỳì]|năm\s+\d{4}|(?:quý\s+[IV]+|tháng\s+\d{1,2})(?:/\d{4}|\s+năm\s+\d{4})?)\s*(?:đạt|là|:)?\s*",
    re.IGNORECASE,
)


def of_earlier_period(text: str, q: Quantity, start: int, qs: list[Quantity]) -> bool:
    """``q`` is a figure of a period before the text's latest: "… mốc đón 10 triệu lượt vào năm 2016, năm nay …"."""
    latest = max((int(y) for y in YEAR.findall(text)), default=0)
    dated = DATED_AFTER.match(text, q.end)
    if dated and (int(dated.group(1)) < latest or THIS_YEAR.search(text, dated.end(), dated.end() + 40)):
        return True  # "… 10 triệu lượt vào năm 2016, năm nay …"
    return _earlier(text, q, start, qs, latest)


THIS_YEAR = re.compile(r"\bnăm\s+nay\b", re.IGNORECASE)


# the year a figure is of, right after it: "10 triệu lượt vào năm 2016"
DATED_AFTER = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}(?:vào|trong|của)\s+năm\s+((?:19|20)\d\d)\b", re.IGNORECASE)


COMPARED_YEAR = re.compile(r"[^\d.;]{0,30}?\bso\s+(?:với\s+)?(?:năm\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)


def _year(text: str, q: Quantity, start: int, qs: list[Quantity], own: bool = False) -> int:
    """The latest year named in the words since the quantity before ``q`` (0 when none is); ``own``: not one a
    comparison names ("tăng 18,1% so với năm 2020). Qua kiểm tra, … 1.575 tổ chức" is not of 2020)."""
    left = max([start, *(o.end for o in qs if o.end <= q.start)])
    words = text[left : q.start]
    if own:
        words = COMPARED_WITH.sub(" ", words)
    return max((int(y) for y in YEAR.findall(words)), default=0)


def comparison_claims(text: str, block: int = 0) -> list[Claim]:
    """A figure, its change, and the earlier figure the text gives for it, in any order: "tiếp nhận 1.536 đơn …,
    so với cùng kỳ năm trước tăng 131 đơn (6 tháng đầu năm 2019 tiếp nhận 1.405 đơn)"; "tổng số 386 thủ tục
    (trước đó là 508 thủ tục, tỷ lệ cắt giảm 24%)". The change is an amount of the same measure, or a percent
    (of the earlier figure; for two percents, points or percent). A figure the sentence does not give may come
    from the sentence before ("Năm 2022 đạt 85,37 điểm. Năm 2023 đạt 87,52 điểm, tăng 2,15 điểm"), when only
    one figure there could be meant or only one fits. Read from the words around the numbers, so a change that
    does not fit is a warning, not an error; one off by more than half or double, with no typing slip to explain
    it, is not between the figures read and another earlier figure is tried.

    >>> [(c.status, c.stated) for c in comparison_claims("Năm 2022 đạt 85,37 điểm. Năm 2023 đạt 87,52 điểm, tăng 2,15 điểm.")]
    [('ok', 2.15)]
    """
    latest = max((int(y) for y in YEAR.findall(text)), default=0)
    claims = []
    previous: tuple[tuple[int, int], list[Quantity]] | None = None
    for span, found in by_sentence(text, find_quantities(text)):
        here = [q for q in found if q.kind in ("count", "percent", "ratio", "money")]
        deltas = [q for q in here if is_change(text, q, span[0])]
        delta_ids = {id(q) for q in deltas}
        standing = [q for q in here if id(q) not in delta_ids]
        for delta in deltas:
            claim = _comparison(text, block, span, [*standing, delta], delta, latest)
            if claim is None and previous:
                joined = (previous[0][0], span[1])
                claim = _comparison(
                    text, block, joined, [*previous[1], *standing, delta], delta, latest, True
                )
            if claim:
                claims.append(claim)
        previous = (span, standing) if span[0] >= 0 else None
    return claims


def _comparison(text, block, span, here, delta, latest, only_one=False) -> Claim | None:
    """The comparison ``delta`` states. ``only_one``: when several current figures could be meant, the one that
    fits, or none."""
    if AGAINST_PLAN.match(text, delta.end):
        return None  # "tăng 22,2% so kế hoạch (9,0 tỷ USD)": against a plan, not an earlier period
    if AVERAGE.search(text, max(span[0], delta.start - 35), delta.start):
        # "năm 2015 đạt 2.770.987 triệu đồng, đến năm 2017 … 3.209.618 triệu đồng, tăng trung bình hàng năm là
        # 10,68%": a rate a year on average, not the change between the figures
        return None
    level = is_level(text, delta, span[0])
    others = [q for q in here if q is not delta and q.kind != "ratio"]
    earlier = [q for q in others if _earlier(text, q, span[0], here, latest)]
    # "… 103.132 lượt người, bằng 235,01% … (quý I/2022 đạt 43.884 lượt); … 35.540 lượt, bằng 135,01% …": an
    # earlier figure of the change's own clause first, one past a ";" is more likely another statement's
    earlier.sort(key=lambda q: ";" in text[min(q.end, delta.end) : max(q.start, delta.start)])
    named = COMPARED_YEAR.match(text, delta.end)
    if named:  # "giảm 71 biên chế so với năm 2025": the figure given for 2025 first
        compared = int(named.group(1))
        dated = {id(q): _year(text, q, span[0], here, own=True) for q in others}
        of_then = [q for q in others if dated[id(q)] == compared]
        if of_then and any(dated[id(q)] > compared and q.start < delta.start for q in others):
            # "năm 2021 là 26.407 người; năm 2022 là 24.859 người, giảm 1.548 người so với năm 2021": the figures
            # of that year first, and one dated after it is of now, however many later years the text goes on to
            earlier = of_then + [q for q in earlier if 0 < dated[id(q)] < compared or not dated[id(q)]]
    earlier_ids = {id(q) for q in earlier}
    standing = [q for q in others if id(q) not in earlier_ids and not _in_bracket(text, q, span[0])]
    own = _what_it_changes(text, delta, span[0])
    for before in earlier:
        key = measure_of(before)
        if delta.kind != "percent" and measure_of(delta) != key:
            continue
        if own is not None and measure_of(own) != key:
            continue  # "giảm 29 người chết (giảm 54%)": the percent is of deaths, not of the accidents before
        current = [q for q in standing if measure_of(q) == key and q.start < max(delta.start, before.start)]
        if not current or current[-1].start > delta.start and current[-1].start > before.start:
            continue
        if only_one:
            readings = [
                checked_change(block, span, before, now, delta, level)
                for now in current
                if now.value != before.value
            ]
            fitting = [c for c in readings if c.status == "ok"]
            if fitting or (len(readings) == 1 and not readings[0].misread):
                return (fitting or readings)[-1]
            continue
        now = current[-1]
        if now.value == before.value or not (now.start < delta.start or 0 <= delta.start - before.end <= 60):
            continue
        if 0 < _year(text, now, span[0], here) < _year(text, before, span[0], here):
            before, now = (
                now,
                before,
            )  # "Năm 2015, … là 26,129 nghìn người, đến năm 2021 còn 23,288 nghìn người"
        claim = checked_change(block, span, before, now, delta, level)
        if claim.misread:
            # "có 1.140 lượt dự án đã cấp phép từ các năm trước … 6,4 tỉ USD, tăng 10,6%" against 14,6 tỉ: a
            # change off by more than half or double its figures' is not between them (21 of 22 such readings of
            # the development corpus were of other figures), another earlier figure may be
            continue
        return claim
    return None


def _what_it_changes(text: str, delta: Quantity, start: int) -> Quantity | None:
    """The figure a percent change is of, when its place says so: the change its bracket follows ("giảm 29 người chết
    (giảm 54%)" is of deaths), or the amount just before it in its own clause ("khu vực cá thể đạt 234,7 tỷ đồng,
    tăng 58,5%" is of the 234,7 tỷ, not of the shares around it)."""
    if delta.kind != "percent":
        return None
    before = [q for q in find_quantities(text) if start <= q.start and q.end <= delta.start]
    bracket = _in_bracket(text, delta, start)
    opened = bracket[0] if bracket is not None else -1
    outside = [q for q in before if q.end <= opened]
    if outside and outside[-1].kind == "count" and opened - outside[-1].end <= 20:
        if DELTA.search(text[max(start, outside[-1].start - 45) : outside[-1].start]):
            return outside[-1]
    last = before[-1] if before else None
    if last is None or last.kind != "money" or delta.start - last.end > 25:
        return None
    return last if not re.search(r"[;()]", text[last.end : delta.start]) else None
