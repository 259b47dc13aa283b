"""A numeric claim of a narrative, and how its status is decided."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ..catalogue.model import Severity
from .quantities import Quantity

APPROX_TOLERANCE = 1.0  # percentage points, for "gần", "khoảng", "trên", …
FLOOR_RANGE = 5.0  # percentage points a "trên"/"hơn" percent may lie under the rate: "trên 95%" of 99%


@dataclass
class Claim:
    kind: str
    block: int
    sentence: tuple[int, int]
    quantities: list[Quantity]
    roles: list[str]
    stated: float
    computed: float
    status: str
    decimals: int = 0
    approx: bool = False
    exhaustive: bool | None = None
    notes: list[str] = field(default_factory=list)
    # the whole may hold a category the text does not give, or the denominator is unsure
    uncertain: bool = False
    # (block, sentence) of each quantity, when they stand in several paragraphs ("Trong đó, …" continuing the
    # paragraph before; the items of a list)
    places: tuple[tuple[int, tuple[int, int]], ...] | None = None

    @property
    def far(self) -> bool:
        """Off by more than half or double: no rounding or typing slip makes it, the percent is of another base."""
        return self.status == "fail" and self.computed > 0 and not 0.5 <= self.stated / self.computed <= 2

    @property
    def keystroke_off(self) -> bool:
        """The stated figure is one typing slip from the computed one ("tăng 1.200" for 120; 55,79 % for 57,79 %)."""
        from ..localise.keystroke import slip  # here: the localise package imports this module

        return bool(slip(self.stated, round(self.computed, self.decimals)))

    @property
    def misread(self) -> bool:
        """Far off, and no single typing slip of the stated figure explains it: the figures read together are not the
        ones the statement is about."""
        return self.far and not self.keystroke_off

    def where(self, index: int) -> tuple[int, tuple[int, int]]:
        """(block, sentence span) of the claim's ``index``-th quantity."""
        if self.places is not None:
            return self.places[index]
        return self.block, self.sentence

    @property
    def severity(self) -> Severity | None:
        """How serious a claim that does not hold is (docs/narrative.md, "Severity"): a part above its whole or
        a rate off its figures is an error; an exhaustive breakdown that falls short is an error, a warning
        when the whole may hold a category the text does not give; a list that may be incomplete is info;
        nothing built on an approximate number is more than a warning."""
        if self.status == "ok":
            return None
        if self.status in ("truncated", "incomplete"):
            return "info"
        if self.kind in ("common_whole", "repeated"):
            return "warning"
        approx = self.approx or any(q.approx for q in self.quantities)
        if approx or self.uncertain:
            return "warning"
        return "error"


def rate_status(
    computed: float, stated: float, decimals: int, approx: bool, spread: float = 0.0, above: bool = False
) -> str:
    """``spread``: how far the exact rate may be from ``computed`` because its figures are rounded or
    approximate ("4,52 ngàn", "gần 1.300"). ``above``: the percent is a floor ("đạt tỷ lệ trên 50%" of
    51,84%), rounded down by up to ``FLOOR_RANGE`` points."""
    if math.isnan(computed):
        return "ok"
    step = 10.0 ** (-decimals)
    if abs(computed - stated) <= step / 2 + spread + 1e-9:
        return "ok"
    if above and stated - spread - 1e-9 <= computed <= stated + FLOOR_RANGE:
        return "ok"
    if approx and abs(computed - stated) <= max(APPROX_TOLERANCE, step):
        return "ok"
    if abs(math.floor(computed / step + 1e-9) * step - stated) <= 1e-9:
        return "truncated"
    return "fail"


def rate_spread(numerator: float, num_slack: float, denominator: float, den_slack: float) -> float:
    """How far numerator/denominator × 100 can move when each may be off by its slack."""
    if not (num_slack or den_slack) or denominator - den_slack <= 0:
        return 0.0
    exact = numerator / denominator * 100
    high = (numerator + num_slack) / (denominator - den_slack) * 100
    low = max(0.0, numerator - num_slack) / (denominator + den_slack) * 100
    return max(high - exact, exact - low)


def rate_claim(
    kind, block, span, quantities, roles, percent: Quantity, computed: float, spread: float = 0.0
) -> Claim:
    """A claim that ``percent`` is the rate ``computed`` from the other quantities."""
    status = rate_status(computed, percent.value, percent.decimals, percent.approx, spread, percent.above)
    claim = Claim(
        kind,
        block,
        span,
        quantities,
        roles,
        percent.value,
        computed,
        status,
        percent.decimals,
        percent.approx,
    )
    claim.uncertain = (
        claim.far
    )  # no rounding or typing slip makes 6,66% of 189/284: the percent is of another base
    return claim


def rate_of(block, span, part: Quantity, base: Quantity, percent: Quantity) -> Claim:
    """A claim that ``percent`` is ``part`` of ``base``, within what approximate figures allow ("trên 528 tỷ đồng" of
    "trên 1.771 tỷ đồng", "đạt tỷ lệ 29,88%")."""
    spread = rate_spread(part.value, part.slack, base.value, base.slack)
    roles = ["numerator", "denominator", "percent"]
    return rate_claim(
        "ratio", block, span, [part, base, percent], roles, percent, part.value / base.value * 100, spread
    )


def part_share(
    block, span, whole: Quantity, part: Quantity, percent: Quantity, base=None, slack=False
) -> Claim:
    """A claim that ``percent`` is ``part``'s share of ``whole`` (of ``base``, one side of an x/y whole, when given);
    ``slack``: within what the figures' rounding or approximation allows ("hơn 92.681 tỷ đồng" of "hơn 136.226 tỷ")."""
    base = whole.value if base is None else base
    computed = part.value / base * 100 if base else math.nan
    spread = rate_spread(part.value, part.slack, base, whole.slack) if slack and base else 0.0
    roles = ["whole", "part", "percent"]
    return rate_claim("share", block, span, [whole, part, percent], roles, percent, computed, spread)


def first_fitting(readings) -> tuple[Claim | None, int]:
    """Of the claims one statement may mean (a rate over each denominator the domain allows), the first that
    holds; else the first rounded down rather than to nearest; else the one that comes nearest its stated value, the reading the writer most likely meant. With
    how many readings were tried. When every reading is far off (a percent written as a fraction, "0,0014%" for
    0,147%), nearness says nothing and the first, the domain's usual, is the one meant."""
    best, first, truncated, tried = None, None, None, 0
    for claim in readings:
        tried += 1
        if claim.status == "ok":
            return claim, tried
        if claim.status == "truncated":
            truncated = truncated or claim  # a reading that holds exactly, further on, is the one meant
            continue
        first = first or claim
        if best is None or abs(claim.computed - claim.stated) < abs(best.computed - best.stated):
            best = claim
    if truncated is not None:
        return truncated, tried
    if best is not None and best.far:
        return first, tried
    return best, tried


AREA = re.compile(r"(?:ha|hécta|héc\s+ta|km2|km²)\b", re.IGNORECASE)


def breakdown(block, span, total, parts, exhaustive, subset=False, uncertain=False) -> Claim:
    computed = sum(p.value for p in parts)
    slack = total.slack + sum(p.slack for p in parts) + 1e-9
    # figures written with decimals are rounded: each may be half its last digit off ("35,8 + 6,6" of "42,5")
    slack += sum(0.5 * 10.0**-q.decimals for q in (total, *parts) if q.decimals and not q.tolerance)
    if not total.decimals and any(p.decimals for p in parts):
        slack += 0.5  # a whole number as the total of parts with decimals: the total was rounded
    elif not total.decimals and total.value >= 1e6 and (total.kind == "money" or AREA.match(total.unit)):
        # amounts and areas this large are rounded from decimals (triệu đồng, hectares)
        slack += total.value * 1e-6
    if subset:
        status = "ok" if computed <= total.value + slack else "fail"
    elif abs(computed - total.value) <= slack:
        status = "ok"
    elif computed > total.value or exhaustive:
        status = "fail"
    else:
        status = "incomplete"
    return Claim(
        "breakdown",
        block,
        span,
        [total, *parts],
        ["total"] + ["part"] * len(parts),
        total.value,
        computed,
        status,
        exhaustive=exhaustive if not subset else False,
        notes=["subset"] if subset else [],
        uncertain=uncertain or (status == "fail" and _far_apart(total, parts, computed)),
    )


def shape_subset(claim: Claim) -> Claim:
    """``claim``, a subset that only the shape of a sentence puts inside its total ("4 thí sinh trúng tuyển (trong
    đó có 7 …)"): when its parts exceed the total and no mistyped figure explains it, they are more likely the parts
    of another whole than a slip (a warning)."""
    total, *parts = claim.quantities
    if claim.status == "fail" and not typing_slip(total, parts, claim.computed):
        claim.uncertain = True
    return claim


def _far_apart(total: Quantity, parts: list[Quantity], computed: float) -> bool:
    """Parts that add up to less than half or more than twice their total, and no single typing slip explains it:
    more likely figures read as a breakdown that is not one than a slip of the report (a warning)."""
    if total.value <= 0 or 0.5 <= computed / total.value <= 2:
        return False
    return not typing_slip(total, parts, computed)


def typing_slip(total: Quantity, parts: list[Quantity], computed: float) -> bool:
    """One figure mistyped by one keystroke would make the parts add up: the total, or one part."""
    from ..localise.keystroke import slip  # here: the localise package imports this module

    if slip(total.value, computed):
        return True
    rest = computed - total.value
    return any(p.value - rest > 0 and slip(p.value, p.value - rest) for p in parts)


def shares_claim(block, span, percents: list[Quantity]) -> Claim:
    """Percents of the parts of one whole add up to 100 %, within the rounding of each (and a point for an
    approximate one)."""
    decimals = max(p.decimals for p in percents)
    approx = any(p.approx for p in percents)
    total = sum(p.value for p in percents)
    status = "ok" if make_one_hundred(percents) else "fail"
    return Claim(
        "shares", block, span, percents, ["share"] * len(percents), 100.0, total, status, decimals, approx
    )


def make_one_hundred(percents: list[Quantity]) -> bool:
    """The percents add up to 100 within the rounding of each as written (and a point for an approximate one)."""
    approx = any(p.approx for p in percents)
    # each rounded at its own decimals: "63,5% + 9,4% + 20,16% + 6,9%" may be 0,155 off
    tolerance = sum(0.5 * 10.0**-p.decimals for p in percents) + (APPROX_TOLERANCE if approx else 0.0) + 1e-9
    return abs(sum(p.value for p in percents) - 100) <= tolerance


def implied_whole(figure: Quantity, share: Quantity) -> tuple[float, float]:
    """The wholes of which ``figure`` is ``share`` percent, within the rounding of both (lowest, highest)."""
    rounded = share.slack + 0.5 * 10.0**-share.decimals
    low = (figure.value - figure.slack) / (share.value + rounded) * 100
    high = (figure.value + figure.slack) / max(share.value - rounded, 1e-9) * 100
    return low, high
