"""How the claims of different finders are combined: which claim gives way to which when two read the same
numbers — the dossier flow's over the sentence shapes', a longer list of a whole's parts over a shorter one, a
claim on numbers or a percent already placed over a later finder's."""

from __future__ import annotations

from bisect import bisect_left

from .claim import Claim
from .quantities import Quantity
from .roles import FAMILY, dossier_state, is_dossier_text

ADDING = ("breakdown", "split", "common_whole")


def with_longer_lists(claims: list[Claim], found: list[Claim]) -> list[Claim]:
    """``claims`` and the breakdowns of ``found`` that list more of a whole's parts than any claim on it does; a
    claim on fewer of them ("305.300 tỷ đồng, …, trong đó: Thu nội địa 285.100 tỷ đồng, đạt 88,1% …; …") gives way."""

    def parts(c: Claim) -> frozenset[tuple[int, int]]:
        return frozenset((c.where(i)[0], q.start) for i, q in enumerate(c.quantities) if i)

    def whole_of(c: Claim) -> tuple[int, int]:
        return c.where(0)[0], c.quantities[0].start

    for new in found:
        whole = whole_of(new)
        same = [c for c in claims if c.kind in ADDING and whole_of(c) == whole]
        # a part said to be within the whole ("trong đó có …") is another relation, not a reading of its parts
        same = [c for c in same if "subset" not in c.notes or parts(c) <= parts(new)]
        if any(parts(new) <= parts(c) for c in same):
            continue
        if any(not parts(c) <= parts(new) for c in same):
            continue  # another reading of the whole's parts: not ours to choose
        claims = [c for c in claims if c not in same] + [new]
    return claims


def _key(q: Quantity) -> int:
    """Where a quantity starts: an x/y and its x ("3.809/4.041" and "3.809") are one figure."""
    return q.start


def merge(flow: list[Claim], generic: list[Claim], text: str, qs: list[Quantity]) -> list[Claim]:
    """The flow model's claims, and the sentence-shape claims that say something the flow does not: a
    generic claim on the same numbers, on a percent the flow has placed, or summing parts of two different
    breakdowns of the flow (origin and outcome, say) is dropped."""
    taken = {frozenset(_key(q) for q in c.quantities) for c in flow}
    percents = {_key(q) for c in flow for q in c.quantities if q.kind == "percent"}
    dossiers = bool(flow) or is_dossier_text(text)
    starts = [q.start for q in qs]

    def state(q: Quantity, span) -> str | None:
        if not dossiers or q.kind not in ("count", "ratio"):
            return None
        near = qs[bisect_left(starts, span[0]) : bisect_left(starts, span[1])]
        return dossier_state(text, q, near)

    # the breakdowns the flow made of each whole, by family: another family's breakdown of the same whole
    # ("6.892 hồ sơ (bao gồm 2.134 … chuyển tiếp và 4.758 … mới). Trong đó, … đã giải quyết …") is a second one
    wholes: dict[int, set[str | None]] = {}
    for c in flow:
        # a part the flow only bounds ("trong đó có 253.779 … đúng hạn" of 254.754) leaves the list to be read
        if c.kind in ("breakdown", "split") and "subset" not in c.notes:
            found = {FAMILY.get(r) for r in c.roles[1:] if r in FAMILY}
            found |= {FAMILY.get(s) for q in c.quantities[1:] if (s := state(q, c.sentence))}
            wholes.setdefault(_key(c.quantities[0]), set()).update(found or {None})

    kept = []
    for c in generic:
        keys = frozenset(_key(q) for q in c.quantities)
        if keys in taken or any(_key(q) in percents for q in c.quantities if q.kind == "percent"):
            continue
        if c.kind == "breakdown":
            states = {s for q in c.quantities[1:] if (s := state(q, c.sentence)) is not None}
            parts = {f for s in states if (f := FAMILY.get(s)) is not None}
            made = wholes.get(_key(c.quantities[0]))
            own = _in_progress_by_due_date(state(c.quantities[0], c.sentence), states)
            if not own and (
                (len(parts) > 1 and not _handled(states))
                or (parts and made and (None in made or parts & made))
            ):
                continue
        kept.append(c)
    return flow + kept


def _in_progress_by_due_date(whole: str | None, states: set[str]) -> bool:
    """Dossiers in progress broken down into those not yet due and those overdue ("số hồ sơ đang giải quyết 5.998
    hồ sơ, trong đó số hồ sơ chưa đến hạn là 4.517; số hồ sơ đã quá hạn là 1.481"), as the national report
    template asks: one breakdown, not the outcome and the timeliness of done dossiers mixed."""
    return whole == "pending" and states == {"pending", "late"}


def _handled(states: set[str]) -> bool:
    """Dossiers handled broken down as done (every timeliness) and still in progress: "Số hồ sơ được giải quyết …
    là 996.023 hồ sơ; trong đó trả đúng hạn …, đang giải quyết …, quá hạn …" — two families that make one whole."""
    timely = {s for s in states if FAMILY.get(s) == "timeliness"}
    rest = states - timely
    complete = "late" in timely and bool(timely & {"ontime", "early_ontime"})
    return complete and bool(rest) and rest <= {"pending", "cancelled"}


def unplaced_shares(claims: list[Claim], found: list[Claim]) -> list[Claim]:
    """``claims`` and the claims of ``found`` on a percent no claim of ``claims`` has placed (as some figure's rate:
    percents adding up to 100 % say nothing of what each is of)."""
    placed = {
        (c.where(i)[0], q.start)
        for c in claims
        if c.kind != "shares"
        for i, q in enumerate(c.quantities)
        if q.kind == "percent"
    }
    last = len  # the percent is a rate claim's last quantity
    return claims + [
        c for c in found if (c.where(last(c.quantities) - 1)[0], c.quantities[-1].start) not in placed
    ]


def with_new_numbers(claims: list[Claim], found: list[Claim]) -> list[Claim]:
    """``claims`` and those of ``found`` on a set of numbers no claim of ``claims`` already relates."""
    taken = {frozenset(_key(q) for q in c.quantities) for c in claims}
    return claims + [c for c in found if frozenset(_key(q) for q in c.quantities) not in taken]


def new_claims(found: list[Claim], claims: list[Claim]) -> list[Claim]:
    """The claims of ``found`` on numbers no claim of ``claims`` already relates."""

    def keys(c: Claim) -> frozenset:
        return frozenset((c.where(i)[0], q.start) for i, q in enumerate(c.quantities))

    taken = [keys(c) for c in claims]
    return [c for c in found if not any(keys(c) <= t or t <= keys(c) for t in taken if len(t) > 1)]


def without_shares_of_other_bases(claims: list[Claim]) -> list[Claim]:
    """A whole's parts that add up to it exactly, each with a percent that is not its share of it, and the percents
    nowhere near 100 % together ("609 cán bộ …; trong đó cấp tỉnh có 151 (chiếm 15,22%), huyện: 208 (chiếm 27,3%),
    xã: 250 (chiếm 10,9%)"): each percent is of a base of its own the text does not give, so they are not read as
    shares of the whole."""
    dropped: set[int] = set()
    for whole in claims:
        if whole.kind != "breakdown" or whole.status != "ok" or len(whole.quantities) < 3:
            continue
        base, parts = whole.quantities[0].start, {q.start for q in whole.quantities[1:]}
        shares = [
            c
            for c in claims
            if c.kind == "share" and c.quantities[0].start == base and c.quantities[1].start in parts
        ]
        stated = sum(c.stated for c in shares)
        # every part's share, or all but one far off any base (dropped as misread when it was read)
        if (
            len(shares) >= max(2, len(parts) - 1)
            and all(c.status == "fail" for c in shares)
            and not 90 <= stated <= 110
        ):
            dropped |= {id(c) for c in shares}
    return [c for c in claims if id(c) not in dropped]
