"""Relations taken from a model of the one-stop-shop dossier flow, not from the shape of sentences.

Within one scope (a paragraph, or the part of it about one level: "Cấp tỉnh: …; cấp huyện: …") every dossier
count gets a state from its own words (:mod:`reformaudit.narrative.roles`), and the flow says how states add up:

- intake: received = carried over + new, and new (or received) = online + direct + postal;
- outcome: received = done + in progress (+ cancelled, returned, withdrawn);
- timeliness: done (or due) = early + on time + late;
- a percent beside a count is that count's share of the whole its state belongs to (on time of done, online
  of received …); where reports use several denominators (done, due, received) each one the scope gives is
  tried, and only when none fits is the rate wrong.

The two breakdowns of one received total — by origin and channel, and by outcome — are therefore never mixed.

>>> text = ("Tiếp nhận 56.039 hồ sơ. Trong đó, có 12.516 trực tuyến; 38.613 trực tiếp và bưu chính; 4.910 từ kỳ "
...         "trước chuyển sang; đã giải quyết 48.249; 6.539 đang giải quyết.")
>>> [(c.kind, c.status, [q.raw for q in c.quantities]) for c in flow_claims(text)]
[('breakdown', 'ok', ['56.039', '12.516', '38.613', '4.910']), ('split', 'fail', ['56.039', '48.249', '6.539'])]
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import replace

from ..limits import current
from .claim import Claim, breakdown, first_fitting, rate_claim, rate_spread, shares_claim
from .quantities import Quantity, find_quantities
from .ratio_lists import ratio_side
from .roles import FAMILY, dossier_state, first_state, is_dossier_text

DENOMINATORS = {
    "timeliness": ("done", "due", "total", "received"),
    "channel": ("received", "total", "new", "done"),
    "outcome": ("total", "received", "due"),
    "origin": ("total", "received"),
}
NAMED_DENOMINATOR = [
    (
        "new",
        re.compile(r"(?:trên|so với)\s+(?:tổng\s+)?(?:số\s+)?(?:hồ\s+sơ\s+)?(?:tiếp\s+)?nhận\s+mới", re.I),
    ),
    (
        "done",
        re.compile(r"(?:trên|so với)\s+(?:tổng\s+)?(?:số\s+)?(?:hồ\s+sơ\s+)?(?:đã\s+)?giải\s+quyết", re.I),
    ),
    (
        "received",
        re.compile(r"(?:trên|so với)\s+(?:tổng\s+)?(?:số\s+)?(?:hồ\s+sơ\s+)?(?:đã\s+)?tiếp\s+nhận", re.I),
    ),
    ("due", re.compile(r"(?:trên|so với)\s+(?:tổng\s+)?(?:số\s+)?(?:hồ\s+sơ\s+)?đến\s+hạn", re.I)),
]
PERCENT_CUE = re.compile(
    r"^[^.;]{0,40}?(?:đạt|chiếm|bằng|tỷ\s+lệ|tỉ\s+lệ|tương\s+đương|=|\()[^.;]{0,25}$", re.I
)
RATE_WORDS = re.compile(r"(?:tỷ|tỉ)\s+lệ\s+((?:[^\d%.;()]{0,80}))$", re.I)
SCOPE_START = re.compile(
    r"(?:^|[.;:\n]\s*|^\s*[-+•]\s*)(?=(?:\+\s*|-\s*)?(?:tại\s+)?" + r"(?:cấp\s+(?:tỉnh|huyện|xã)))", re.I
)


def scopes(text: str) -> list[tuple[int, int]]:
    """The parts of a paragraph about one level each ("Cấp tỉnh: … Cấp huyện: …"), else the paragraph."""
    starts = sorted({0, *(m.end() for m in SCOPE_START.finditer(text))})
    bounds = [*starts[1:], len(text)]
    return [(s, e) for s, e in zip(starts, bounds) if e > s]


BRACKET = re.compile(r"\(([^()]*)\)")


def _asides(text: str, qs: list[Quantity]) -> list[tuple[int, int]]:
    """Brackets right after a count that hold two or more counts of their own: "2.239 hồ sơ (trong đó: tiếp nhận 1.076
    hồ sơ; trả kết quả 1.163 hồ sơ)" breaks down 2.239, not the paragraph's flow."""
    out: list[tuple[int, int]] = []
    if not qs:
        return out
    for match in BRACKET.finditer(text, qs[0].start, min(len(text), qs[-1].end + 200)):
        inside = [q for q in qs if match.start() < q.start < match.end() and q.kind in ("count", "ratio")]
        before = [q for q in qs if q.end <= match.start() and q.kind in ("count", "ratio")]
        if len(inside) >= 2 and before and match.start() - before[-1].end <= 60:
            out.append(match.span())
    return out


def _tagged(text: str, qs: list[Quantity], span, asides=()) -> dict[str, Quantity]:
    """One quantity per state in the scope; a state given twice with different numbers is left out."""
    found: dict[str, list[Quantity]] = {}
    for q in qs:
        if any(a < q.start < b for a, b in asides):
            continue
        if span[0] <= q.start < span[1] and q.kind in ("count", "ratio"):
            state = dossier_state(text, q, qs)
            if state:
                found.setdefault(state, []).append(q)
    return _with_ratio_base({s: v[0] for s, v in found.items() if len({_value(q) for q in v}) == 1})


def _with_ratio_base(t: dict[str, Quantity]) -> dict[str, Quantity]:
    """ "Tỷ lệ giải quyết đúng hạn 5.504/5.512 hồ sơ": an on-time x/y's y is what was done, when no figure says it."""
    for state in ("ontime", "early_ontime"):
        q = t.get(state)
        if q is not None and q.kind == "ratio" and not ({"done", "due"} & set(t)):
            t["done"] = ratio_side(q, "denominator")
    return t


def _value(q: Quantity) -> float:
    if q.kind != "ratio":
        return q.value
    assert q.numerator is not None, "an x/y ratio has its numerator"
    return q.numerator


def _as_count(q: Quantity) -> Quantity:
    """An x/y ratio ("đã giải quyết 1.456/1.625") stands for its numerator in the flow."""
    if q.kind != "ratio":
        return q
    return replace(q, kind="count", value=_value(q))


def _sum(block, span, whole: Quantity, parts: list[Quantity], exhaustive: bool, may_hold_more: bool) -> Claim:
    parts = sorted((_as_count(p) for p in parts), key=lambda q: q.start)
    claim = breakdown(block, span, _as_count(whole), parts, exhaustive)
    if claim.status == "fail" and claim.computed < claim.stated and may_hold_more:
        claim.uncertain = True
    claim.notes.append("flow")
    return claim


def _among(pending: Quantity, base: Quantity, timely: list[Quantity]) -> bool:
    """The dossiers in progress are listed among the timeliness parts of the base, not after them."""
    starts = [q.start for q in timely]
    return base.start < min(starts) < pending.start < max(starts)


def _split(block, span, whole: Quantity, parts: dict[str, Quantity], cancelled_given: bool) -> Claim:
    outgoing = [_as_count(parts[r]) for r in ("done", "pending", "cancelled") if r in parts]
    computed = sum(q.value for q in outgoing)
    slack = whole.slack + sum(q.slack for q in outgoing) + 1e-9
    total = _value(whole)
    status = "ok" if abs(total - computed) <= slack else "fail"
    claim = Claim(
        "split",
        block,
        span,
        [_as_count(whole), *outgoing],
        ["received", *[r for r in ("done", "pending", "cancelled") if r in parts]],
        total,
        computed,
        status,
        exhaustive=True,
        notes=["flow"],
    )
    claim.uncertain = status == "fail" and computed < total and not cancelled_given
    return claim


# "trong đó 14.910 hồ sơ trước hạn, 3.294 hồ sơ đúng hạn, không có hồ sơ quá hạn": none late is a part said, zero
NONE_LATE = re.compile(
    r"không\s+(?:có|để)\s+(?:xảy\s+ra\s+|phát\s+sinh\s+)?(?:hồ\s+sơ|trường\s+hợp|TTHC)?\s*(?:nào\s+)?"
    r"(?:giải\s+quyết\s+)?(?:quá|trễ|chậm)\s+hạn",
    re.IGNORECASE,
)


def _relations(text: str, block: int, span, t: dict[str, Quantity]) -> list[Claim]:
    claims = []
    whole = t.get("total") or t.get("received")
    channels = [t[s] for s in ("online", "direct", "postal", "direct_postal") if s in t]
    complete_channels = ("online" in t) and ("direct_postal" in t or {"direct", "postal"} <= t.keys())
    # online and over the counter are the two ways in (post may be left out: a shortfall is a warning); without
    # one of them, channels fall short of the whole as a matter of course
    both_ways = "online" in t and ("direct" in t or "direct_postal" in t)
    if whole is not None:
        if "carried" in t and "new" in t and t["new"] is not whole:
            claims.append(_sum(block, span, whole, [t["carried"], t["new"]], True, False))
        elif channels and ("carried" in t or len(channels) >= 2) and "new" not in t:
            parts = ([t["carried"]] if "carried" in t else []) + channels
            claims.append(
                _sum(block, span, whole, parts, both_ways, not complete_channels or "carried" not in t)
            )
    if "new" in t and len(channels) >= 2:
        claims.append(_sum(block, span, t["new"], channels, both_ways, not complete_channels))
    outcome: dict[str, Quantity] = {s: t[s] for s in ("done", "pending", "cancelled") if s in t}
    if whole is not None and "done" in outcome and len(outcome) >= 2 and whole is not outcome["done"]:
        includes_carried = any(
            c.status == "ok"
            and c.quantities[0].start == whole.start
            and "carried" in t
            and any(q.start == t["carried"].start for q in c.quantities)
            for c in claims
        )
        if "carried" not in t or whole is t.get("total") or includes_carried:
            claims.append(_split(block, span, whole, outcome, "cancelled" in outcome))
    timely = [t[s] for s in ("early", "ontime", "early_ontime", "late") if s in t]
    base = t.get("done") or t.get("due")
    pending = t.get("pending")
    if base is not None and timely and pending is not None and _among(pending, base, timely):
        # "được giải quyết … 996.023 hồ sơ; trong đó trả đúng hạn …, đang giải quyết …, quá hạn …": handled, not done
        claims.append(_sum(block, span, base, [*timely, pending], "late" in t, True))
    elif base is not None and timely:
        late = "late" in t or bool(NONE_LATE.search(text, span[0], span[1]))
        exhaustive = late and len(timely) >= 2 and not ("early_ontime" in t and "early" in t)
        if exhaustive:
            claims.append(_sum(block, span, base, timely, True, False))
        else:
            claim = breakdown(
                block, span, _as_count(base), [_as_count(q) for q in timely], False, subset=True
            )
            claim.notes.append("flow")
            claims.append(claim)
    return claims


def _attached_percents(text: str, qs: list[Quantity], span) -> list[tuple[Quantity, Quantity]]:
    """(count, percent) pairs: a percent right after a count, "229 hồ sơ, chiếm 0,6%", "(đạt 99,71%)"."""
    pairs = []
    for i, p in enumerate(qs):
        if p.kind != "percent" or not span[0] <= p.start < span[1]:
            continue
        before = [q for q in qs[:i] if q.kind in ("count", "ratio") and q.start >= span[0]]
        if not before:
            continue
        q = before[-1]
        between = text[q.end : p.start]
        if any(o.kind == "percent" and q.end <= o.start < p.start for o in qs):
            continue
        if between.count(")") > between.count("("):
            continue  # the count sits in a bracket that closed before the percent
        named = RATE_WORDS.search(between)
        if PERCENT_CUE.match(between) and not (named and first_state(named.group(1).lower())):
            pairs.append(
                (q, p)
            )  # "…, tỷ lệ giải quyết đúng hạn đạt 95,53%" is not the rate of the count before
    return pairs


def _named(text: str, p: Quantity) -> str | None:
    after = text[p.end : p.end + 60]
    for state, pattern in NAMED_DENOMINATOR:
        if pattern.search(after):
            return state
    return None


def _rate(block, span, text, part: Quantity, state: str, p: Quantity, t: dict[str, Quantity]) -> Claim | None:
    """The percent ``p`` as the share of ``part`` in each whole the domain allows, until one fits. An on-time
    rate may count the early dossiers too ("trước hạn là 114.977 và đúng hạn là 1.022.796 (chiếm 99,86%)")."""
    family = FAMILY.get(state)
    if family is None or part.kind == "ratio":
        return None  # "số hóa kết quả … là 1.904/1.904, đạt 100%": the x/y's own rate, of its own y
    named = _named(text, p)
    options = [named] if named else list(DENOMINATORS[family])
    wholes = [t[s] for s in options if s in t and t[s] is not part]
    if not wholes:
        return None
    numerators = [_value(part)]
    if state == "ontime" and "early" in t and t["early"] is not part:
        numerators.append(_value(part) + _value(t["early"]))

    def readings():
        for whole in wholes:
            for numerator in numerators:
                den = _value(whole)
                computed = numerator / den * 100 if den else math.nan
                spread = rate_spread(numerator, part.slack, den, whole.slack)
                quantities = [_as_count(whole), _as_count(part), p]
                claim = rate_claim(
                    "share", block, span, quantities, ["whole", "part", "percent"], p, computed, spread
                )
                claim.notes.append("flow")
                yield claim

    best, tried = first_fitting(readings())
    if best is not None and best.status not in ("ok", "truncated") and tried > 1:
        best.uncertain = True
    return best


def _rate_before(text: str, p: Quantity, t: dict[str, Quantity]) -> tuple[str, Quantity] | None:
    """ "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,68%; …, số hồ sơ đúng hạn là 175.354": the percent comes first
    and says whose rate it is."""
    match = RATE_WORDS.search(text[max(0, p.start - 90) : p.start])
    if not match:
        return None
    words = match.group(1).lower()
    state = first_state(words)
    if state and state in t and FAMILY.get(state):
        return state, t[state]
    return None


def flow_claims(text: str, block: int = 0) -> list[Claim]:
    """The dossier-flow relations of one paragraph, each checked."""
    if not is_dossier_text(text):
        return []
    everything = find_quantities(text)
    starts = [q.start for q in everything]
    limit = current().max_numbers_per_sentence
    claims: list[Claim] = []
    for span in scopes(text):
        qs = everything[bisect_left(starts, span[0]) : bisect_left(starts, span[1])]
        if len(qs) > limit:
            continue  # a table pasted as text, not statements
        t = _tagged(text, qs, span, _asides(text, qs))
        if len(t) < 2:
            continue
        claims += _relations(text, block, span, t)
        state_of = {id(q): s for s, q in t.items()}
        used = set()
        for q, p in _attached_percents(text, qs, span):
            state = state_of.get(id(q))
            if state:
                claim = _rate(block, span, text, q, state, p, t)
                if claim:
                    claims.append(claim)
                    used.add(id(p))
        for p in qs:
            if p.kind == "percent" and id(p) not in used:
                found = _rate_before(text, p, t)
                if found:
                    claim = _rate(block, span, text, found[1], found[0], p, t)
                    if claim:
                        claims.append(claim)
                        used.add(id(p))
        shares: dict[str | None, dict[str, Quantity]] = {}
        for q, p in _attached_percents(text, qs, span):
            state = state_of.get(id(q))
            if state and id(p) not in used:
                shares.setdefault(FAMILY.get(state), {})[state] = p
        claims += [c for family, found in shares.items() if (c := _shares(block, span, family, found))]
    return claims


def _complete(family: str | None, states: set[str]) -> bool:
    if family == "timeliness":
        return "late" in states and ("early_ontime" in states or "ontime" in states)
    if family == "outcome":
        return {"done", "pending"} <= states
    if family == "channel":
        return "online" in states and ("direct_postal" in states or {"direct", "postal"} <= states)
    return False


def _shares(block, span, family: str | None, found: dict[str, Quantity]) -> Claim | None:
    """Percents of every part of one whole, with no whole to check each against, add up to 100 %
    ("… đúng hạn 16.000 hồ sơ (chiếm 70,5%), … trước hạn 6.200 hồ sơ (chiếm 27,4%), … quá hạn 470 hồ sơ (chiếm 2,1%)")."""
    if not _complete(family, set(found)):
        return None
    percents = sorted(found.values(), key=lambda q: q.start)
    claim = shares_claim(block, span, percents)
    claim.notes.append("flow")
    claim.uncertain = (
        claim.status == "fail" and claim.computed < 100 and family == "outcome" and "cancelled" not in found
    )
    return claim
