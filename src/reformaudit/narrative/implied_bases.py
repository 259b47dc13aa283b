"""Items that each give a count and its share of one total the text does not restate: "Tiêu chí 1: Quy hoạch có
184 xã đạt, chiếm 100%." / "Tiêu chí 2: Giao thông có 82 xã đạt, chiếm 44,6%." / … Each item's count over its
share implies the total (82 / 44,6 % ≈ 184); when most items of the list agree on one whole number, that is the
total they are shares of, and an item that implies another is a slip ("Tiêu chí 7: Chợ có 138 xã đạt, chiếm
78%": 138 / 184 is 75,0 %). Read from a list's agreement, not from its words: a warning at most.

>>> items = ["Tiêu chí {}: có {} xã đạt, chiếm {}%.".format(i, n, p) for i, (n, p) in
...          enumerate([(60, "50"), (90, "75"), (30, "25"), (84, "60"), (108, "90")], 1)]
>>> [(c.status, round(c.computed, 1)) for c in implied_base_claims(items, ["paragraph"] * 5) if c.status != "ok"]
[('fail', 70.0)]
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .claim import Claim, rate_claim
from .measures import measure_key
from .quantities import Quantity, find_quantities
from .sentences import sentence_of, sentences

# between a count and its share: "có 82 xã đạt, chiếm 44,6%", "82 xã (44,6%)", "82 xã, chiếm tỷ lệ 44,6%"
SHARE_AFTER = re.compile(
    r"[^\d;:.()]{0,60}?(?:\bchiếm(?:\s+(?:tỷ|tỉ)\s+lệ)?\s*:?|\((?:\s*chiếm)?(?:\s*(?:tỷ|tỉ)\s+lệ)?)\s*",
    re.IGNORECASE,
)
MIN_ITEMS = 4  # items a list needs before its agreement says anything
# a whole named before a list this near the total its shares agree on is the one they should be of
NEAR = 0.05
AGREEING = 0.75  # the share of its items that must imply one total


@dataclass
class _Item:
    block: int
    sentence: tuple[int, int]
    count: Quantity
    percent: Quantity

    def bounds(self) -> tuple[float, float]:
        """The totals this item's count and share allow, the share rounded at its decimals."""
        half = 0.5 * 10.0**-self.percent.decimals
        low = self.percent.value + half
        high = self.percent.value - half
        return self.count.value * 100 / low, (self.count.value * 100 / high if high > 0 else math.inf)


def _items_of(text: str, block: int) -> list[_Item]:
    qs = find_quantities(text)
    out = []
    # the sentences, found once and only for a paragraph with an item
    spans: list[tuple[int, int]] | None = None
    for count, percent in zip(qs, qs[1:]):
        if count.kind != "count" or percent.kind != "percent" or count.approx or percent.approx or count.per:
            continue
        if not 0 < percent.value <= 100 or not SHARE_AFTER.fullmatch(text, count.end, percent.start):
            continue
        spans = sentences(text) if spans is None else spans
        span = next(((s, e) for s, e in spans if s <= count.start < e), (0, len(text)))
        out.append(_Item(block, span, count, percent))
    return out


def _runs(texts: list[str], kinds: list[str]) -> list[list[_Item]]:
    """Items of one measure in one paragraph or in consecutive ones."""
    runs: list[list[_Item]] = []
    run: list[_Item] = []
    for i, text in enumerate(texts):
        found = _items_of(text, i) if kinds[i] == "paragraph" else []
        for item in found:
            same = run and measure_key(run[-1].count) == measure_key(item.count) != ""
            if not same or item.block - run[-1].block > 1:
                runs.append(run)
                run = []
            run.append(item)
        if not found and run and i - run[-1].block >= 1:
            runs.append(run)
            run = []
    runs.append(run)
    return [r for r in runs if len(r) >= MIN_ITEMS]


def _agreed_totals(items: list[_Item]) -> list[int]:
    """The whole numbers most items' bounds hold, when at least ``AGREEING`` of the items hold them and they lie
    within 2 % of each other (coarse shares of a small total fit several)."""
    bounds = [item.bounds() for item in items]
    # where most bounds overlap: a sweep over their ends, an interval's start before another's end at one point
    events = sorted([(low, 0) for low, _ in bounds] + [(high, 1) for _, high in bounds])
    depth, agree = 0, 0
    regions: list[tuple[float, float]] = []
    for at, is_end in events:
        if is_end:
            depth -= 1
            continue
        depth += 1
        if depth > agree:
            agree, regions = depth, []
        if depth == agree:
            end = min(high for low, high in bounds if low <= at <= high)
            regions.append((at, end))
    if agree < max(MIN_ITEMS, AGREEING * len(items)):
        return []
    if len({round(low, 6) for low, _ in regions}) > 1:
        return []  # as many items agree on two totals far apart: which one is meant is unknown
    best = sorted(
        {
            n
            for low, high in regions
            if high - low <= 0.02 * low
            for n in range(math.ceil(low), math.floor(high) + 1)
        }
    )
    if not best or best[-1] - best[0] > 0.02 * best[0]:
        return []
    return best


def _written(items: list[_Item], total: int) -> _Item | None:
    """The item that is the total itself ("184 xã đạt, chiếm 100%")."""
    return next((i for i in items if i.percent.value == 100 and i.count.value == total), None)


# the whole a list is of, as a sentence names it: "trong số 30 đại biểu được bầu trúng cử, …"
NAMES_WHOLE = re.compile(r"(?:\btrong\s+(?:tổng\s+)?số|\btổng\s+số|\bdanh\s+sách)\s*$", re.IGNORECASE)


def _stated(texts: list[str], items: list[_Item], totals: list[int], near: bool = False) -> _Item | None:
    """The agreed total where the text states it before the list: the count named the whole ("trong số 30 đại
    biểu"), as an item of its own; ``near``: a count named the whole within ``NEAR`` of it ("danh sách 54 người"
    whose shares all give 53)."""
    first = items[0]
    for block in range(first.block, max(-1, first.block - 2), -1):
        text = texts[block]
        for q in reversed(find_quantities(text)):
            if block == first.block and q.start >= first.count.start:
                continue
            named = NAMES_WHOLE.search(text[max(0, q.start - 20) : q.start])
            # or the very count the list's sentence gives before it: "cử 6.185 người …, với cơ cấu nữ 1.840 người"
            said = block == first.block and first.sentence[0] <= q.start
            # named in the list's own sentence ("Trong danh sách 205 người …, có 149 người … (60,1%); …"), it is the
            # list's whole however far the shares' agreement is from it
            close = abs(q.value - totals[0]) <= NEAR * totals[0] or said
            fits = q.value in totals or (near and named and close)
            if q.kind == "count" and fits and (named or said):
                span = sentence_of(text, q.start)
                return _Item(block, span, q, q)
    return None


def implied_base_claims(texts: list[str], kinds: list[str]) -> list[Claim]:
    claims = []
    for items in _runs(texts, kinds):
        totals = _agreed_totals(items)
        if not totals:
            continue
        whole = next((w for t in totals if (w := _written(items, t)) is not None), None)
        whole = whole or _stated(texts, items, totals)
        named = None if whole is not None else _stated(texts, items, totals, near=True)
        if named is not None:
            # "danh sách 54 người …, có 33 người (62,3%); 20 người (37,7%); …": every share of 53, the list of 54
            whole, totals = named, [int(named.count.value)]
        total = int(whole.count.value) if whole is not None else totals[len(totals) // 2]
        for item in items:
            if item is whole:
                continue
            low, high = item.bounds()
            fits = [t for t in totals if low <= t <= high]
            computed = item.count.value / (fits[0] if fits else total) * 100
            here = (item.block, item.sentence)
            places: tuple[tuple[int, tuple[int, int]], ...] = (here, here)
            quantities, roles = [item.count, item.percent], ["part", "percent"]
            if whole is not None:
                quantities, roles = [whole.count, *quantities], ["whole", *roles]
                places = ((whole.block, whole.sentence), *places)
            kind = "share" if whole is not None else "implied_share"
            claim = rate_claim(kind, item.block, item.sentence, quantities, roles, item.percent, computed)
            if claim.status == "truncated":
                claim.status = "ok"  # a total read from the list's agreement says nothing of rounding
            claim.places = places
            claim.uncertain = True
            claim.notes.append("implied total")
            claims.append(claim)
    return claims
