"""A numeric claim of a narrative, and how its status is decided."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .quantities import Quantity

APPROX_TOLERANCE = 1.0  # percentage points, for "gần", "khoảng", "trên", …


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


def rate_status(computed: float, stated: float, decimals: int, approx: bool) -> str:
    if math.isnan(computed):
        return "ok"
    step = 10.0 ** (-decimals)
    if abs(computed - stated) <= step / 2 + 1e-9:
        return "ok"
    if approx and abs(computed - stated) <= max(APPROX_TOLERANCE, step):
        return "ok"
    if abs(math.floor(computed / step + 1e-9) * step - stated) <= 1e-9:
        return "truncated"
    return "fail"


def rate_claim(kind, block, span, quantities, roles, percent: Quantity, computed: float) -> Claim:
    """A claim that ``percent`` is the rate ``computed`` from the other quantities."""
    status = rate_status(computed, percent.value, percent.decimals, percent.approx)
    return Claim(
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


def breakdown(block, span, total, parts, exhaustive, subset=False) -> Claim:
    computed = sum(p.value for p in parts)
    if subset:
        status = "ok" if computed <= total.value + 1e-9 else "fail"
    elif abs(computed - total.value) <= 1e-9:
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
    )
