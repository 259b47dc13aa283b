"""Relations taken from how inspection results are reported (thanh tra, kiểm tra): what was found, and what is
recommended about it.

Within one sentence every amount of money and every area of land (ha, m²) gets a *role* from the nearest
words before it — found in violation (phát hiện, sai phạm, vi phạm), to be recovered (kiến nghị thu hồi, nộp
ngân sách), other handling (kiến nghị khác, xem xét xử lý, xuất toán), fined or confiscated (xử phạt, tịch
thu), or already collected (đã thu hồi được) — and the model says:

- what was found is what is to be recovered plus the other handling (plus fines and confiscation), for money
  and for land separately;
- what was collected is no more than what was to be recovered, and a percent after it is of that.

Reports do not always give every use of what was found, so a relation that does not hold is a warning.

>>> text = ("Phát hiện 750 đơn vị có vi phạm với số tiền trên 353 tỷ đồng và 5.382 ha đất; kiến nghị thu hồi 240 "
...         "tỷ đồng, 572 ha đất, kiến nghị xử lý khác 265 tỷ đồng, 4.723 ha đất (đã thu trên 92 tỷ đồng và 102 ha đất).")
>>> [(c.status, [q.raw.split()[0] for q in c.quantities]) for c in inspection_claims(text)]
[('fail', ['353', '240', '265']), ('ok', ['240', '92']), ('fail', ['5.382', '572', '4.723']), ('ok', ['572', '102'])]
"""

from __future__ import annotations

import re

from .claim import Claim, breakdown, rate_claim
from .claim_finders import ASIDE
from .quantities import Quantity, find_quantities
from .roles import nearest_name
from .sentences import by_sentence, sentence_of

ROLES = [
    ("found", re.compile(r"phát\s+hiện|sai\s+phạm|vi\s+phạm|thiếu\s+sót|thiệt\s+hại", re.I)),
    ("recover", re.compile(r"thu\s+hồi|nộp\s+(?:vào\s+)?ngân\s+sách", re.I)),
    ("collected", re.compile(r"đã\s+thu(?:\s+hồi)?(?:\s+được)?|thu\s+hồi\s+được|đã\s+nộp", re.I)),
    (
        "other",
        re.compile(
            r"kiến\s+nghị\s+khác|xử\s+lý\s+khác|xem\s+xét,?\s+xử\s+lý|xuất\s+toán|loại\s+khỏi|trả\s+lại", re.I
        ),
    ),
    ("penalty", re.compile(r"xử\s+phạt(?:\s+vi\s+phạm(?:\s+hành\s+chính)?)?|tịch\s+thu", re.I)),
]
PARTS = ("recover", "other", "penalty")
REMAINING = re.compile(r"\bcòn(?:\s+lại)?(?:\s+(?:khoảng|trên|hơn|gần))*\s*$", re.I)
ALSO = re.compile(r"[^.;\d]{0,20}?(?:\bvà\b|,)\s*")
NOT_YET = re.compile(r"[^.;]*?\bchưa\b", re.I)
INSPECTION = re.compile(r"thanh\s+tra|kiểm\s+tra|sai\s+phạm|vi\s+phạm|thiệt\s+hại", re.I)
# "(đạt 89,3%)", "(91%)", ", đạt tỷ lệ 97%"
PERCENT_AFTER = re.compile(
    r"^\s*(?:\(\s*(?:(?:đạt|bằng|chiếm)\s*)?(?:tỷ\s+lệ\s*)?|,?\s*(?:đạt|bằng|chiếm)\s*(?:tỷ\s+lệ\s*)?)"
    r"(?:(?:trên|hơn|gần|khoảng)\s*)?$",
    re.I,
)


def _measure(q: Quantity) -> str | None:
    if q.kind == "money":
        return "money"
    if q.kind == "count" and q.unit.split(" ")[0] in ("ha", "m2", "m²", "hecta", "héc"):
        return q.unit.split(" ")[0]
    return None


def inspection_claims(text: str, block: int = 0) -> list[Claim]:
    """The found-and-recommended relations of one paragraph, each checked (at most a warning)."""
    if not INSPECTION.search(text):
        return []
    qs = find_quantities(text)
    claims: list[Claim] = []
    earlier: dict[tuple[str | None, str], list[Quantity]] = {}
    earlier_start = 0
    for (s0, s1), here in by_sentence(text, qs):
        roles = _roles(text, s0, here)
        for measure in sorted({m for m, _ in roles}, key=lambda m: (m != "money", m)):
            mine = {r: v for (m, r), v in roles.items() if m == measure}
            span = (s0, s1)
            # "Qua thanh tra phát hiện vi phạm 452 ha đất. … kiến nghị thu hồi 401 ha đất, … xử lý khác 44,6 ha đất"
            if (
                "found" not in mine
                and (measure, "found") in earlier
                and not any(r in PARTS for m, r in earlier)
            ):
                mine["found"], span = earlier[(measure, "found")], (earlier_start, s1)
            # "… phát hiện … 1.805 tỷ đồng, 2.686 ha đất, kiến nghị thu hồi 383 tỷ đồng và 824 ha đất. Đồng thời, …
            # kiến nghị … xem xét xử lý số tiền 1.422 tỷ đồng, 2.004 ha đất": the other handling of the same finding
            elif (
                set(mine) == {"other"}
                and {(measure, "found"), (measure, "recover")} <= earlier.keys()
                and (measure, "other") not in earlier
            ):
                mine["found"], mine["recover"] = earlier[(measure, "found")], earlier[(measure, "recover")]
                span = (earlier_start, s1)
            # "… kiến nghị thu hồi 38.585 tỷ đồng … . Hiện tại đã thu hồi được 24.234 tỷ đồng; còn … chưa thu hồi",
            # "… Đến nay, đã thu hồi 342 triệu đồng (đạt 89,3%)"; only then: a collection said alone may count
            # fines and earlier periods too
            said_of = "remaining" in mine or (
                "collected" in mine and _rate_follows(text, mine["collected"][0], here)
            )
            if "collected" in mine and said_of and "recover" not in mine and (measure, "recover") in earlier:
                mine["recover"], span = earlier[(measure, "recover")], (earlier_start, s1)
            # "đã phát hiện và quyết định thu hồi sai phạm hơn 12,2 tỷ đồng; đã thu hồi hơn 10,1 tỷ đồng, đạt 83%":
            # with nothing named to be recovered, the rate collected is of the one amount found before it
            if "collected" in mine and said_of and "recover" not in mine and len(mine.get("found", [])) == 1:
                mine["recover"] = mine.pop("found")
            claims += _relations(text, block, span, here + _recalled(mine, here), mine)
        earlier, earlier_start = roles, s0
    for claim in claims:
        claim.uncertain = True
        claim.notes.append("inspection")
    return claims


# "ban hành 87 quyết định xử phạt vi phạm hành chính đối với 15 tổ chức và 72 cá nhân": a decision for each
SANCTIONED = re.compile(
    r"(?P<n>\d[\d.]*)\s+quyết\s+định[^.;\d]{0,60}?\bvới\s+(?P<a>\d[\d.]*)\s+tổ\s+chức\s*(?:,|và)\s*"
    r"(?P<b>\d[\d.]*)\s+cá\s+nhân",
    re.IGNORECASE,
)


def sanction_claims(text: str, block: int = 0) -> list[Claim]:
    """Decisions sanctioning organisations and individuals: one decision each, so decisions = organisations +
    individuals (a warning when not: a decision may name several)."""
    qs = {q.start: q for q in find_quantities(text)}
    claims = []
    for match in SANCTIONED.finditer(text):
        n, a, b = (qs.get(match.start(g)) for g in ("n", "a", "b"))
        if n is None or a is None or b is None:
            continue
        claim = breakdown(block, sentence_of(text, match.start()), n, [a, b], True, uncertain=True)
        claim.notes.append("inspection")
        claims.append(claim)
    return claims


def _rate_follows(text: str, collected: Quantity, here: list[Quantity]) -> bool:
    """A percent of what was to be recovered follows the amount collected: "đã thu hồi 342 triệu đồng (đạt 89,3%)"."""
    later = [p for p in here if p.start >= collected.end]
    return (
        bool(later)
        and later[0].kind == "percent"
        and bool(PERCENT_AFTER.match(text[collected.end : later[0].start]))
    )


def _recalled(roles: dict[str, list[Quantity]], here: list[Quantity]) -> list[Quantity]:
    """The quantities taken from the sentence before."""
    return [q for v in roles.values() for q in v if q not in here]


def _roles(text: str, s0: int, here: list[Quantity]) -> dict[tuple[str | None, str], list[Quantity]]:
    """Each amount and area of the sentence by (measure, role); a figure that remains may have no measure."""
    roles: dict[tuple[str | None, str], list[Quantity]] = {}
    previous: tuple[Quantity, str | None] | None = None
    for q in here:
        measure = _measure(q)
        # "đã thu hồi được" is collected, though "thu hồi" ends there too
        # a bracket closed before the figure is an aside: "thu hồi 1,4 tỷ đồng (đã thu 1,36 tỷ đồng) và 8,3ha đất"
        words = ASIDE.sub(" ", text[s0 : q.start])
        role = nearest_name(ROLES, words, "collected") if measure else None
        # "còn khoảng trên 10.000 tỷ đồng và 662 ha đất chưa được thu hồi": both remain
        remains = REMAINING.search(text[max(s0, q.start - 25) : q.start]) and NOT_YET.match(
            text[q.end : q.end + 60]
        )
        still = previous and previous[1] == "remaining" and ALSO.fullmatch(text[previous[0].end : q.start])
        if remains or still:
            role = "remaining"
        if role:
            roles.setdefault((measure, role), []).append(q)
        previous = (q, role)
    return roles


def _relations(text, block, span, here, roles: dict[str, list[Quantity]]) -> list[Claim]:
    if any(len(v) > 1 for v in roles.values()):
        return []  # a role given twice: two subjects in one sentence, not one account
    one = {r: v[0] for r, v in roles.items()}
    claims = []
    found = one.get("found")
    parts = [one[r] for r in PARTS if r in one]
    if found is not None and {"recover", "other"} <= one.keys() and found.start < min(p.start for p in parts):
        # fines may be a use of what was found, or stand beside it ("ban hành 289 quyết định xử phạt … 1.711 triệu
        # đồng"): with them if that adds up, else without
        readings = [sorted(parts, key=lambda q: q.start), [one["recover"], one["other"]]]
        claim = next(
            (c for c in (breakdown(block, span, found, r, True) for r in readings) if c.status == "ok"), None
        )
        claims.append(claim or breakdown(block, span, found, readings[-1], True))
    collected, recover, remaining = one.get("collected"), one.get("recover"), one.get("remaining")
    if collected is not None and recover is not None and remaining is not None:
        if recover.start < collected.start < remaining.start:
            claims.append(breakdown(block, span, recover, [collected, remaining], True))
    elif collected is not None and recover is not None and recover.start < collected.start:
        claims.append(breakdown(block, span, recover, [collected], False, subset=True))
        later = [p for p in here if p.start >= collected.end]
        if later and later[0].kind == "percent" and PERCENT_AFTER.match(text[collected.end : later[0].start]):
            p = later[0]
            computed = collected.value / recover.value * 100 if recover.value else float("nan")
            roles_ = ["numerator", "denominator", "percent"]
            claims.append(rate_claim("ratio", block, span, [collected, recover, p], roles_, p, computed))
    return claims
