"""Totals broken down in a list, one item per paragraph, as reports write their figures:

    - Tổng số hồ sơ tiếp nhận: 12.345 hồ sơ, trong đó:
    + Trực tuyến: 5.000 hồ sơ;
    + Trực tiếp và qua bưu chính: 7.445 hồ sơ.

The lead's last sentence and its items are read as one text ("…, trong đó: Trực tuyến: 5.000 hồ sơ; Trực
tiếp …"), so the dossier flow and the percents of each item are checked as in a paragraph; the list itself
says that the first figure of each item is a part of the lead's last figure. Only claims that join the lead and
its items are kept; each quantity keeps the paragraph it stands in.

>>> texts = ["Tổng số hồ sơ tiếp nhận: 12.345 hồ sơ, trong đó:", "+ Trực tuyến: 5.000 hồ sơ;",
...          "+ Trực tiếp và qua bưu chính: 7.445 hồ sơ."]
>>> [(c.kind, c.status, [q.raw for q in c.quantities]) for c in item_claims(texts, ["paragraph"] * 3)]
[('breakdown', 'fail', ['12.345', '5.000', '7.445'])]
"""

from __future__ import annotations

import re
from dataclasses import replace

from .claim import Claim, breakdown, shares_claim
from .measures import measure_key
from .partitions import announces, is_partition
from .quantities import Quantity, find_quantities
from .ratio_lists import both_sides
from .sentences import sentences

LEAD = re.compile(
    r"(?:trong\s+đó|bao\s+gồm|\bgồm|cụ\s+thể(?:\s+như\s+sau)?|như\s+sau|chi\s+tiết)\s*:?\s*$|:\s*$", re.I
)
MARKER = re.compile(r"^\s*([-+•*–—]|[a-zđ]\)|\d{1,2}[.)])\s*", re.I)
MAX_ITEMS = 30


def item_claims(texts: list[str], kinds: list[str]) -> list[Claim]:
    out = []
    for i, lead in enumerate(texts):
        if kinds[i] != "paragraph" or not LEAD.search(lead.rstrip()):
            continue
        items = _items(texts, kinds, i)
        if len(items) < 2:
            continue
        # "… đạt 85,78/100 điểm tối đa …." / "Cơ cấu điểm … cụ thể như sau:" / "- …": a lead with no figure of its
        # own introduces the figure of the paragraph before it
        bare = not find_quantities(lead) and i and kinds[i - 1] == "paragraph"
        out += _claims_of_list(texts, i - 1 if bare else i, items)
    return out


def _marker_kind(marker: str) -> str:
    if marker[0].isdigit():
        return "number"
    return "letter" if marker[0].isalpha() else marker


def _items(texts: list[str], kinds: list[str], lead: int) -> list[int]:
    """The paragraphs after ``lead`` that open with one kind of marker, other than the lead's own."""
    own = MARKER.match(texts[lead])
    first = MARKER.match(texts[lead + 1]) if lead + 1 < len(texts) else None
    if not first or (own and _marker_kind(own.group(1)) == _marker_kind(first.group(1))):
        return []
    kind = _marker_kind(first.group(1))
    items = []
    for j in range(lead + 1, min(len(texts), lead + 1 + MAX_ITEMS)):
        match = MARKER.match(texts[j])
        if kinds[j] != "paragraph" or not match or _marker_kind(match.group(1)) != kind:
            break
        items.append(j)
    return items


def _claims_of_list(texts: list[str], lead: int, items: list[int]) -> list[Claim]:
    spans = sentences(texts[lead])
    if not spans:
        return []
    s0, s1 = spans[-1]
    # "… Tổng số: 2.572 hộ ; 9.992 khẩu. có 8 dân tộc anh em sinh sống. Trong đó:": the figures of the sentences
    # before a lead sentence that has none
    for earlier in reversed(spans[-3:-1]):
        if find_quantities(texts[lead][s0:s1]):
            break
        s0 = earlier[0]
    # (block, where the block's text starts in the joined text, where its own text starts)
    pieces, joined = [(lead, 0, s0)], texts[lead][s0:s1].rstrip()
    for j in items:
        marker = MARKER.match(texts[j])
        assert marker is not None, "an item starts with its marker"
        start = marker.end()
        joined += " " if joined.endswith(":") else ". "  # items are statements of their own
        pieces.append((j, len(joined), start))
        joined += texts[j][start:].rstrip().rstrip(";.")
    joined += "."
    qs = find_quantities(joined)

    def piece(q: Quantity) -> int:
        return max(k for k, (_, at, _) in enumerate(pieces) if at <= q.start)

    claims = [c for c in _read(joined, qs, pieces, piece) if len({piece(q) for q in c.quantities}) > 1]
    out = []
    for claim in claims:
        places, moved = [], []
        for q in claim.quantities:
            block, at, own = pieces[piece(q)]
            shift = own - at
            moved.append(replace(q, start=q.start + shift, end=q.end + shift))
            places.append((block, (s0, s1) if block == lead else (0, len(texts[block]))))
        claim.quantities, claim.places, claim.block, claim.sentence = moved, tuple(places), lead, (s0, s1)
        out.append(claim)
    return out


def _read(joined: str, qs: list[Quantity], pieces, piece) -> list[Claim]:
    from .claims import claims_in_text  # the list is read as a paragraph is

    found = claims_in_text(joined)
    crossed = _crossed_parts(joined, qs, pieces, piece)
    listed = None if crossed else _listed_parts(joined, qs, pieces, piece)
    # the paragraph's own reading of a crossed whole ("… 20 người … thôi việc ngay. Cụ thể …: có 18 người … về hưu …;
    # 02 người … thôi việc ngay") mixes its kinds
    crossed_wholes = {c.quantities[0].start for c in crossed}
    found = [c for c in found if c.kind != "breakdown" or c.quantities[0].start not in crossed_wholes]
    taken = {tuple(q.start for q in c.quantities) for c in found}
    for claim in crossed or ([listed] if listed else []):
        if tuple(q.start for q in claim.quantities) not in taken:
            found.append(claim)
    return found + _scored_parts(qs, pieces, piece) + _item_shares(listed, qs, pieces, piece)


def _crossed_parts(joined: str, qs: list[Quantity], pieces, piece) -> list[Claim]:
    """A lead with figures of two kinds and items that give each kind again, a table written as a list ("127 người
    hưởng chính sách về hưu trước tuổi và 21 người hưởng chính sách thôi việc ngay. Cụ thể như sau:" / "- Các cơ
    quan …: có 18 người … về hưu trước tuổi; 02 người … thôi việc ngay." / …): each of the lead's figures is the
    whole of the items' figures named as it is, an item that does not name it having none."""
    lead = [q for q in qs if piece(q) == 0 and q.kind in ("count", "money")]
    named = {q.unit.lower(): q for q in lead if q.unit}
    if len(named) < 2 or len(named) < len(lead):
        return []
    parts: dict[str, list[Quantity]] = {unit: [] for unit in named}
    for k in range(1, len(pieces)):
        own = [q for q in qs if piece(q) == k and q.kind in ("count", "money")]
        if not own or any(q.unit.lower() not in named for q in own):
            return []
        for q in own:
            parts[q.unit.lower()].append(q)
    claims = []
    for unit, listed in parts.items():
        if len(listed) > 1:
            partition = is_partition(joined, listed, qs, pieces[1][1])
            claims.append(
                breakdown(0, (0, len(joined)), named[unit], listed, partition, uncertain=not partition)
            )
            claims[-1].notes.append("list")
    return claims


def _item_shares(listed: Claim | None, qs: list[Quantity], pieces, piece) -> list[Claim]:
    """The shares of a complete list's items, one percent right after each item's figure ("+ Dân tộc Kinh: 1822 hộ
    chiếm 70,8 %" / "+ Dân tộc Tày: 542 hộ chiếm 21,1 %" / …), add up to 100 %."""
    if listed is None or not listed.exhaustive:
        return []
    percents = []
    for part in listed.quantities[1:]:
        after = next((q for q in qs if q.start > part.start and piece(q) == piece(part)), None)
        if after is None or after.kind != "percent":
            return []
        percents.append(after)
    claim = shares_claim(0, (0, pieces[-1][1]), percents)
    claim.uncertain = True  # read from a list's shape
    claim.notes.append("list")
    return [claim]


def _scored_parts(qs: list[Quantity], pieces, piece) -> list[Claim]:
    """Scores over their maximum, the lead's and one per item ("… 31,59/38,5 điểm tối đa; trong đó:" / "+ Chỉ số
    SIPAS: 8,23/10 điểm tối đa." …): the items' scores and maxima each add up to the lead's."""
    lead = [q for q in qs if piece(q) == 0 and q.kind == "score"]
    parts = [
        next((q for q in qs if piece(q) == k and q.kind == "score"), None) for k in range(1, len(pieces))
    ]
    if not lead or any(p is None for p in parts):
        return []
    return both_sides(0, (0, pieces[-1][1]), lead[-1], [p for p in parts if p is not None])


def _listed_parts(joined: str, qs: list[Quantity], pieces, piece) -> Claim | None:
    """The lead's last figure and the first figure of each item, of its kind and measure."""
    lead = [
        q
        for q in qs
        if piece(q) == 0 and q.kind in ("count", "money") and not announces(joined, q, len(pieces) - 1)
    ]
    if not lead:
        return None
    # "Tổng số: 2.572 hộ; 9.992 khẩu. có 8 dân tộc …. Trong đó:" / "+ Dân tộc Kinh: 1822 hộ …": the lead's figure
    # of the items' measure
    first = next((q for q in qs if piece(q) == 1 and q.kind in ("count", "money")), None)
    key = measure_key(first) if first is not None else ""
    alike = [q for q in lead if first is not None and q.kind == first.kind and measure_key(q) == key]
    whole = alike[-1] if alike and key else lead[-1]
    key = measure_key(whole)
    parts = []
    for k in range(1, len(pieces)):
        own = [q for q in qs if piece(q) == k and q.kind == whole.kind]
        if not own or (whole.kind == "count" and measure_key(own[0]) not in (key, "")):
            return None
        parts.append(own[0])
    partition = is_partition(joined, parts, qs, pieces[1][1])
    claim = breakdown(0, (0, len(joined)), whole, parts, partition, uncertain=not partition)
    claim.notes.append("list")
    return claim
