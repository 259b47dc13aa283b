"""Relations taken from a model of public-investment money: plans, allocation and disbursement by fund.

Within one paragraph every amount of money gets a *role* from the words of its own clause — a plan (kế hoạch
vốn, vốn được giao, dự toán), allocated in detail (phân bổ, giao chi tiết), not yet allocated (chưa giao chi
tiết, còn lại), or disbursed (giải ngân, thanh toán, thực hiện) — and a *fund* (ngân sách địa phương, trung
ương, trong nước, ngoài nước, vốn kéo dài, one level of government), none for the whole. Parts listed after
"trong đó" take the role of the amount before it. The model says how they relate:

- a percent after a disbursed or allocated amount ("giải ngân 2.628,673 tỷ đồng, bằng 45% kế hoạch") is its
  share of a plan of the same fund; reports use several plans (Thủ tướng giao, địa phương giao, allocated in
  detail), so each one the paragraph gives is tried and only when none fits is the rate off — a warning,
  since the plan meant may be one the text does not give;
- a disbursed total is the sum of the disbursed amounts of funds that together make the whole (địa phương +
  trung ương, trong nước + ngoài nước, kéo dài + năm nay, tỉnh + huyện + xã); fewer funds may not exceed it;
- allocated + not yet allocated = the plan; their percents add up to 100 %.

>>> text = ("Tổng kế hoạch vốn là 6.546,199 tỷ đồng. Trong đó, vốn do địa phương quản lý 5.786,668 tỷ đồng; vốn "
...         "trung ương 759,531 tỷ đồng. Tổng giá trị giải ngân đạt 2.753,723 tỷ đồng, bằng 42% kế hoạch. Nguồn vốn "
...         "do địa phương quản lý giải ngân 2.628,673 tỷ đồng, bằng 45% kế hoạch. Nguồn vốn trung ương giải ngân "
...         "125,050 tỷ đồng (bằng 19% kế hoạch).")
>>> [(c.kind, c.status, [q.raw.split()[0] for q in c.quantities]) for c in money_claims(text)]
[('breakdown', 'ok', ['2.753,723', '2.628,673', '125,050']), ('ratio', 'ok', ['2.753,723', '6.546,199', '42%']), ('ratio', 'ok', ['2.628,673', '5.786,668', '45%']), ('ratio', 'fail', ['125,050', '759,531', '19%'])]
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass

from .claim import Claim, breakdown, first_fitting, rate_claim, rate_spread, shares_claim
from .quantities import Quantity, find_quantities
from .roles import nearest_name
from .sentences import by_sentence, sentences

ROLES = [
    ("unallocated", re.compile(r"chưa\s+(?:được\s+)?(?:giao|phân\s+bổ)|còn\s+lại", re.I)),
    ("allocated", re.compile(r"phân\s+bổ|giao\s+chi\s+tiết", re.I)),
    (
        "disbursed",
        re.compile(
            r"giải\s+ngân|thanh\s+toán|(?:ước|khối\s+lượng|giá\s+trị)\s+thực\s+hiện|thực\s+hiện\s+(?:được|đạt)",
            re.I,
        ),
    ),
    (
        "plan",
        re.compile(r"kế\s+hoạch|dự\s+toán|(?:được|đã)\s+(?:\w+\s+){0,3}giao|giao\s+vốn|vốn\s+giao", re.I),
    ),
]
FUNDS = [
    ("extended", re.compile(r"kéo\s+dài|năm\s+trước\s+(?:chuyển|được)|chuyển\s+sang", re.I)),
    # whose budget, not who gave the plan: "được Trung ương giao" and "các địa phương" name no fund
    (
        "central",
        re.compile(r"(?:ngân\s+sách|vốn|nguồn)\s+(?:\w+\s+){0,3}?trung\s+ương|NSTW|vốn\s+TW\b", re.I),
    ),
    (
        "local",
        re.compile(
            r"(?:ngân\s+sách|vốn|nguồn)\s+(?:\w+\s+){0,3}?địa\s+phương|do\s+địa\s+phương|ngân\s+sách\s+tỉnh|NSĐP",
            re.I,
        ),
    ),
    ("foreign", re.compile(r"nước\s+ngoài|ngoài\s+nước|\bODA\b", re.I)),
    ("domestic", re.compile(r"trong\s+nước", re.I)),
    ("province", re.compile(r"cấp\s+tỉnh", re.I)),
    ("district", re.compile(r"cấp\s+huyện", re.I)),
    ("commune", re.compile(r"cấp\s+xã", re.I)),
]
ROLE_WORDS = dict(ROLES)
COMPLETE = [{"central", "local"}, {"domestic", "foreign"}, {"province", "district", "commune"}]
TRONG_DO = re.compile(r"trong\s+đó", re.I)
PERCENT_CUE = re.compile(r"^[^.;\d]{0,30}?(?:đạt|bằng|chiếm|tương\s+đương|\()[^.;\d]{0,25}$", re.I)
NAMES_PLAN = re.compile(r"^\s*(?:so\s+với\s+)?(?:tổng\s+)?(?:kế\s+hoạch|KH\b|dự\s+toán)", re.I)
NAMES_OTHER = re.compile(
    r"^\s*(?:so\s+với|nghị\s+quyết|mục\s+tiêu|cùng\s+kỳ|GRDP|tổng\s+vốn\s+đầu\s+tư\s+toàn)", re.I
)
ANOTHER_SUBJECT = re.compile(r"\b(?:Ngoài\s+ra|Bên\s+cạnh\s+đó|Riêng)\b", re.I)
CLAUSE_END = re.compile(r"[;()]|,\s|\.\s|\n")


@dataclass(frozen=True)
class Amount:
    q: Quantity
    role: str | None
    fund: str | None
    after_trong_do: bool
    stop: int  # where what is said of this amount ends: "Ngoài ra", "Bên cạnh đó" open another subject


def _role(words: str) -> str | None:
    """Not yet allocated, then disbursed, win wherever they stand ("giải ngân kế hoạch vốn … đạt"); between
    a plan and its allocation the nearer words decide ("phân bổ kế hoạch vốn … là" is a plan)."""
    for first in ("unallocated", "disbursed"):
        if ROLE_WORDS[first].search(words):
            return first
    return nearest_name(ROLES, words)


def _words(text: str, q: Quantity, left: int) -> tuple[str, str]:
    before = text[left : q.start]
    stop = CLAUSE_END.search(text, q.end)
    after = text[q.end : stop.start() if stop else len(text)]
    return before, after


def amounts(text: str, qs: list[Quantity]) -> list[Amount]:
    """Every amount of money of a paragraph with its role and fund; x/y amounts are read elsewhere."""
    out: list[Amount] = []
    for (s0, _), here in by_sentence(text, qs):
        inherited: Amount | None = None
        left = s0
        for q in here:
            if q.kind != "money":
                named = NAMES_PLAN.match(text[q.end : q.end + 40]) if q.kind == "percent" else None
                left = q.end + (named.end() if named else 0)
                continue
            before, after = _words(text, q, left)
            lead = TRONG_DO.search(before)
            if lead:
                inherited = out[-1] if out and out[-1].role else None
                before = before[lead.end() :]
            role = _role(before) or (_role(after) if "còn lại" not in before else None)
            if role is None and lead is None and "còn lại" in after.lower():
                role = "unallocated"
            fund = nearest_name(FUNDS, before)
            in_list = inherited is not None and (lead is not None or out[-1].after_trong_do)
            if role is None and in_list and inherited is not None:
                role = inherited.role
            other = ANOTHER_SUBJECT.search(text, q.end, q.end + 1000)
            out.append(Amount(q, role, fund, in_list, other.start() if other else len(text)))
            left = q.end
    return out


def _attached_percent(text: str, a: Amount, qs: list[Quantity]) -> Quantity | None:
    i = bisect_left(qs, a.q.end, key=lambda q: q.start)
    if i == len(qs) or qs[i].kind != "percent":
        return None
    p = qs[i]
    between = re.sub(r"^\s*;", "", text[a.q.end : p.start])  # "đạt 2.753,723 tỷ đồng; bằng 42% kế hoạch"
    if not PERCENT_CUE.match(between):
        return None
    named = text[p.end : p.end + 60]
    if NAMES_OTHER.match(named) and not NAMES_PLAN.match(named):
        return None
    if not NAMES_PLAN.match(named) and a.role not in ("disbursed", "allocated", "unallocated"):
        return None
    return p


def _rate(block, span, a: Amount, p: Quantity, plans: list[Amount]) -> Claim | None:
    def readings():
        for plan in plans:
            den = plan.q.value
            computed = a.q.value / den * 100 if den else math.nan
            spread = rate_spread(a.q.value, a.q.slack, den, plan.q.slack)
            roles = ["numerator", "denominator", "percent"]
            claim = rate_claim("ratio", block, span, [a.q, plan.q, p], roles, p, computed, spread)
            claim.notes.append("money")
            yield claim

    best, _ = first_fitting(readings())
    if best is not None and best.status not in ("ok", "truncated"):
        best.uncertain = True  # the plan meant may be another one (Thủ tướng giao, địa phương giao …)
    return best


def _rates(text, block, span, found: list[Amount], qs) -> list[Claim]:
    claims = []
    for a in found:
        if a.role in (None, "plan"):
            continue
        p = _attached_percent(text, a, qs)
        if p is None:
            continue
        plans = [b for b in found if b.fund == a.fund and b is not a and b.role == "plan"]
        if a.role == "disbursed":
            plans += [b for b in found if b.fund == a.fund and b.role == "allocated"]
        plans = [b for b in plans if b.q.value > 0]
        claim = _rate(block, span, a, p, plans)
        if claim:
            claims.append(claim)
    return claims


def _allocation(found: list[Amount]) -> tuple[Amount, Amount] | None:
    """The one amount allocated in detail and the one not yet allocated, when the paragraph gives both."""
    allocated = [a for a in found if a.role == "allocated"]
    rest = [a for a in found if a.role == "unallocated"]
    return (allocated[0], rest[0]) if len(allocated) == 1 and len(rest) == 1 else None


def _sums(block, span, found: list[Amount], allocation) -> list[Claim]:
    claims = []
    for whole in (a for a in found if a.role == "disbursed" and a.fund is None):
        later = [
            a for a in found if a.role == "disbursed" and a.q.start > whole.q.start and a.q.start < whole.stop
        ]
        parts = {a.fund: a for a in later if a.fund}
        if len(parts) < 2 or len(parts) < len([a for a in later if a.fund]):
            continue  # a fund given twice: two lists, not one
        if any(a.fund is None and a.after_trong_do for a in later):
            continue  # the list has funds this model does not name (trái phiếu Chính phủ …)
        exhaustive = any(set(parts) == group for group in COMPLETE)
        if not exhaustive and not any(set(parts) <= group for group in COMPLETE):
            continue
        chosen = sorted((a.q for a in parts.values()), key=lambda q: q.start)
        claim = breakdown(block, span, whole.q, chosen, exhaustive, subset=not exhaustive)
        claim.notes.append("money")
        claims.append(claim)
        break
    if allocation:
        a, r = allocation
        plans = [b for b in found if b.role == "plan" and b.fund == a.fund and b.q.start < r.q.start]
        best = None
        for plan in plans:
            claim = breakdown(block, span, plan.q, [a.q, r.q], True)
            claim.notes.append("money")
            if claim.status == "ok":
                best = claim
                break
            best = best or claim
        if best is not None:
            best.uncertain = best.status != "ok" and len(plans) > 1
            claims.append(best)
    return claims


def _shares(text, block, span, allocation, qs) -> list[Claim]:
    if not allocation:
        return []
    attached = [_attached_percent(text, a, qs) for a in allocation]
    percents = [p for p in attached if p is not None]
    if len(percents) < len(attached):
        return []
    claim = shares_claim(block, span, percents)
    claim.notes.append("money")
    return [claim]


def _own_sentences(bounds: list[tuple[int, int]], length: int, claim: Claim) -> Claim:
    """The claim placed on the sentences that hold its numbers, not the whole paragraph."""
    first = min(q.start for q in claim.quantities)
    last = max(q.end for q in claim.quantities)
    start = max((s for s, _ in bounds if s <= first), default=0)
    end = min((e for _, e in bounds if e >= last), default=length)
    claim.sentence = (start, end)
    return claim


def money_claims(text: str, block: int = 0) -> list[Claim]:
    """The plan-and-disbursement relations of one paragraph, each checked."""
    if "đồng" not in text and "tỷ" not in text and "tỉ" not in text:
        return []
    qs = find_quantities(text)
    found = amounts(text, qs)
    if len(found) < 2:
        return []
    span = (0, len(text))
    allocation = _allocation(found)
    rates = _rates(text, block, span, found, qs)
    placed = {id(c.quantities[-1]) for c in rates}
    shares = [
        c for c in _shares(text, block, span, allocation, qs) if not placed & {id(q) for q in c.quantities}
    ]
    bounds = sentences(text)
    return [
        _own_sentences(bounds, len(text), c) for c in _sums(block, span, found, allocation) + rates + shares
    ]
