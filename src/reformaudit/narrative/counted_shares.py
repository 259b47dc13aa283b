"""Parts given with both their figure and their share of a whole stated before them: the figures, the shares and the
whole tell one story, so any two of them check the third.

- The figures add up to the whole exactly: the list is all of it, and its shares must make 100 % ("An Giang thi hành
  13.087 việc …. Trong đó, số có điều kiện THA là 8009 việc (chiếm 61,2%), số chưa có điều kiện là 5078 việc (chiếm
  34,14%)": 95,34 %).
- The shares make 100 % and each is its figure's share of the figures' sum: the writer's whole is that sum, and a
  different whole stated just before the list is a slip ("danh sách 54 người …, có 33 người … (62,3%); 20 người …
  (37,7%)": 33 + 20 = 53).

Read from the sentence's shape: warnings.

>>> text = "Tổng số 13 người. Trong đó, số tái cử 10 (chiếm 73%); tham gia lần đầu 3 (23%)."
>>> [(c.kind, c.status) for c in counted_share_claims(text, 0, (18, len(text)), (0, 18), find_quantities(text))]
[('shares', 'fail')]
"""

from __future__ import annotations

import re

from .claim import Claim, breakdown, make_one_hundred, rate_status, shares_claim
from .claim_finders import changed
from .earlier_totals import OF_A_PLAN, OPENS_PARTS, part_share_pairs, same_measure
from .quantities import Quantity, find_quantities  # noqa: F401  (the doctest's)


def counted_share_claims(text: str, block: int, span, lead, qs: list[Quantity]) -> list[Claim]:
    """``span``: the sentence of the list; ``lead``: the sentence before it (or None), where its whole may stand when
    the list opens "Trong đó"/"Trong số"."""
    here = [q for q in qs if span[0] <= q.start < span[1]]
    pairs = sorted(
        {
            (part.start, p.start): (part, p)
            for part, p in part_share_pairs(text, here, unnamed=True) + _bracketed(text, here)
        }.values(),
        key=lambda pair: pair[0].start,
    )
    pairs = [(part, p) for part, p in pairs if not changed(text, part) and not OF_A_PLAN.match(text, p.end)]
    if len(pairs) < 2:
        return []
    first = pairs[0][0]
    group = [(part, p) for part, p in pairs if same_measure(part, first)]
    if len(group) < 2 or group != pairs[: len(group)]:
        return []
    parts, shares = [part for part, _ in group], [p for _, p in group]
    start = lead[0] if lead is not None and OPENS_PARTS.match(text, span[0]) else span[0]
    before = [q for q in qs if start <= q.start and q.end <= first.start]
    largest = max(q.value for q in parts)
    whole = next(
        (
            q
            for q in reversed(before)
            if same_measure(q, first) and q.value > largest and not changed(text, q)
        ),
        None,
    )
    if whole is None:
        return []
    place = (min(whole.start, span[0]), span[1])
    # the list's first parts that are all of the whole; more parts after them split it another way ("số tái cử 10
    # (chiếm 73%); tham gia lần đầu 3 (23%); cán bộ nữ 4 (30,76%)")
    # a list that adds up to its whole is read so before one whose first shares happen to make 100 % ("50,00%;
    # 50,00%; 0,01%": the last part is too small to move them)
    sums = [breakdown(block, place, whole, parts[:k], exhaustive=True) for k in range(2, len(group) + 1)]
    claim = None
    for k, adds_up in enumerate(sums, start=2):
        # one share at least of the whole: the percents are shares of it, not rates of a plan or changes
        if adds_up.status == "ok" and any(_fit(whole.value, parts[:k], shares[:k])):
            claim = shares_claim(block, place, shares[:k])
            break
    else:
        claim = next(
            (
                adds_up
                for k, adds_up in enumerate(sums, start=2)
                if make_one_hundred(shares[:k]) and all(_fit(adds_up.computed, parts[:k], shares[:k]))
            ),
            None,
        )
    if claim is None:
        return []
    claim.uncertain = True
    claim.notes.append("counted shares")
    return [claim]


# a part's share in brackets at the end of its clause: "33 người trình độ giáo sư, phó giáo sư, tiến sĩ, thạc sĩ (62,3%)"
BRACKET_SHARE = re.compile(
    r"[^\d%;.()]{0,90}\(\s*(?:(?:chiếm|đạt)\s*)?(?:(?:tỷ|tỉ)\s+lệ\s*)?$", re.IGNORECASE
)


def _bracketed(text: str, qs: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    return [
        (part, p)
        for part, p in zip(qs, qs[1:])
        if part.kind in ("count", "money")
        and p.kind == "percent"
        and BRACKET_SHARE.fullmatch(text, part.end, p.start)
    ]


def _fit(base: float, parts: list[Quantity], shares: list[Quantity]) -> list[bool]:
    """Whether each share is its figure's share of ``base`` (none is, of nothing)."""
    if base <= 0:
        return [False]
    return [
        rate_status(q.value / base * 100, p.value, p.decimals, p.approx) == "ok"
        for q, p in zip(parts, shares)
    ]
