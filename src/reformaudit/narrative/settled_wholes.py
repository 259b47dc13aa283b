"""A whole its parts' shares settle: parts each with its own share, the shares adding up to 100 %, are all of the
one figure before them that every share is of — in their paragraph or the one before — and must add up to it:
"… xuất khẩu … đạt 312,94 tỷ USD …" then "khu vực kinh tế trong nước 80,36 tỷ USD, …, chiếm 25,7% tổng kim ngạch
xuất khẩu; khu vực có vốn đầu tư nước ngoài … đạt 232,46 tỷ USD, …, chiếm 74,3%" (80,36 + 232,46 = 312,82). Read
from numbers across sentences, a sum that does not hold is a warning.

>>> texts = ["Xuất khẩu đạt 312,94 tỷ USD.", "Khu vực trong nước 80,36 tỷ USD, chiếm 25,7%; khu vực nước ngoài đạt 232,46 tỷ USD, chiếm 74,3%."]
>>> [(c.status, [q.raw.split()[0] for q in c.quantities]) for c in settled_whole_claims(texts, ["paragraph"] * 2)]
[('fail', ['312,94', '80,36', '232,46'])]
"""

from __future__ import annotations

from .breakdowns import SHARE_WORD
from .claim import Claim, breakdown, implied_whole, make_one_hundred
from .measures import measure_key
from .quantities import Quantity, find_quantities
from .sentences import by_sentence, sentence_of


def _listed_parts(text: str, qs: list[Quantity]) -> list[list[tuple[Quantity, Quantity]]]:
    """Runs of (figure, its own share) in one sentence whose shares add up to 100 % within their rounding."""
    runs = []
    for _, here in by_sentence(text, qs):
        pairs = [
            (q, share)
            for i, q in enumerate(here)
            if (share := _own_share(text, q, here[i + 1 :])) is not None
        ]
        alike = len({(q.kind, measure_key(q) if q.kind == "count" else "") for q, _ in pairs}) == 1
        if len(pairs) >= 2 and alike and make_one_hundred([p for _, p in pairs]):
            runs.append(pairs)
    return runs


def _own_share(text: str, q: Quantity, after: list[Quantity]) -> Quantity | None:
    """The share that follows ``q`` in its clause, past its own changes: "80,36 tỷ USD, tăng 13,4%, chiếm 25,7%"."""
    if q.kind not in ("count", "money"):
        return None
    for p in after:
        if p.kind != "percent" or ";" in text[q.end : p.start] or p.start - q.end > 80:
            return None
        if SHARE_WORD.search(text[max(q.end, p.start - 25) : p.start]):
            return p
    return None


def _of_it(whole: Quantity, pairs: list[tuple[Quantity, Quantity]]) -> bool:
    """Every share is its figure's share of ``whole``, within the rounding of figure, whole and percent; of three or
    more, all but one: the one a slip ("ngân sách tỉnh: 2,911 tỷ đồng, chiếm 14,27%" of 791,322 tỷ, for 112,911), or
    of the parts' own sum where the whole is not ("… 13.723 hộ, chiếm 86,2%" of 15.918, not of the 15.992 said)."""
    if whole.value <= max(q.value for q, _ in pairs):
        return False
    implied = [implied_whole(q, p) for q, p in pairs]
    misfits = sum(
        not (low <= whole.value + whole.slack and whole.value - whole.slack <= high) for low, high in implied
    )
    # an approximate whole ("hơn 2.000 kiến nghị") is too loose to say which one share is the slip
    return misfits == 0 or (misfits == 1 and len(pairs) >= 3 and not whole.approx)


def settled_whole_claims(texts: list[str], kinds: list[str]) -> list[Claim]:
    claims = []
    for block, text in enumerate(texts):
        if kinds[block] != "paragraph":
            continue
        qs = find_quantities(text)
        for pairs in _listed_parts(text, qs):
            first = pairs[0][0]
            kind, key = first.kind, measure_key(first) if first.kind == "count" else ""
            candidates = [(block, q) for q in qs if q.end <= first.start]
            if block and kinds[block - 1] == "paragraph":
                candidates = [(block - 1, q) for q in find_quantities(texts[block - 1])] + candidates
            wholes = [
                (b, q)
                for b, q in candidates
                if q.kind == kind and (kind == "money" or measure_key(q) == key) and _of_it(q, pairs)
            ]
            if len(wholes) != 1:
                continue  # none, or several the shares cannot tell apart
            whole_block, whole = wholes[0]
            span = sentence_of(text, first.start)
            claim = breakdown(block, span, whole, [q for q, _ in pairs], True, uncertain=True)
            claim.places = (
                (whole_block, sentence_of(texts[whole_block], whole.start)),
                *[(block, span)] * len(pairs),
            )
            claim.notes.append("settled whole")
            claims.append(claim)
    return claims
