"""Parallel lists: a whole stated in several measures, or with its change, and items that each restate them:
"tiếp 754 lượt đoàn, 1.533 lượt công dân với 541 vụ việc, trong đó: Trụ sở Tiếp công dân … tiếp 189 lượt đoàn,
410 lượt công dân với 148 vụ việc; sở, ngành tiếp 67 lượt đoàn, …"; "tổng biên chế năm 2018 là 31.564 người
(giảm 346 người so với năm 2016), trong đó, công chức là 2.929 người (giảm 41 người), viên chức 27.114 người
(giảm 269 người) và …"; items whose own rates stand between their amounts: "… ước thực hiện 305.300 tỷ đồng,
đạt 86,5% …, trong đó: Thu nội địa 285.100 tỷ đồng, đạt 88,1% và tăng 27,4%; thu từ dầu thô 2.900 tỷ đồng, …".

A list opens at "trong đó", "cụ thể", "trong số này", or the "có" of "Trong tổng số 2.063 đơn tiếp nhận có …".
The items are split at the top-level ";" (an item may join two with "và") or, without one, at each figure of the
measure the list opens with. A measure of the whole is summed over the items when every item gives it exactly
once; a figure with no unit of its own counts in the list's measure; dossier counts are told apart by their state
when counting them alike reads nothing. A list stops at the first item that gives none of the whole's measures, a
new statement ("…; đã thi hành xong …"), another total, an item narrowing the one before, or where the first
items already add up. When one measure adds up, the items are the whole's complete breakdown and the others must
add up too; a single measure over items that are not a known partition is claimed only when it adds up.

>>> from reformaudit.narrative.quantities import find_quantities
>>> text = ("Tổng biên chế là 31.564 người (giảm 346 người), trong đó, công chức là 2.929 người (giảm 41 người), "
...         "viên chức 27.114 người (giảm 269 người) và hợp đồng lao động là 1.521 người (giảm 36 người).")
>>> [(c.status, c.stated, c.computed) for c in parallel_claims(text, 0, (0, len(text)), find_quantities(text))]
[('ok', 31564.0, 31564.0), ('ok', 346.0, 346.0)]
"""

from __future__ import annotations

import re

from .breakdowns import NOT_EXHAUSTIVE
from .claim import Claim, breakdown
from .claim_finders import brackets
from .measures import measure_key
from .partitions import is_partition
from .quantities import Quantity
from .roles import dossier_state

MARKER = re.compile(r"[,;:]?\s*\b(?:trong\s+đó|cụ\s+thể|trong\s+số\s+(?:này|đó))\b\s*[:,]?", re.IGNORECASE)
# a list ends at a sub-list, a new line, or another total
LIST_END = re.compile(r"\b(?:trong\s+đó|cụ\s+thể|(?:bao\s+)?gồm)\b|\n|\btổng\s+(?:số|cộng)\b", re.IGNORECASE)
# the "có" after a whole named first: "Trong tổng số 183 vụ việc tố cáo phải giải quyết trong kỳ, có …"
NAMED_WHOLE = re.compile(
    r"\btrong\s+(?:tổng\s+)?số\s+\d[\d.,]*[^.;:()\d]{0,100}?(,?\s*\bcó\b)", re.IGNORECASE
)
WHOLE_STOP = re.compile(r"\b(?:trong\s+đó|cụ\s+thể|(?:bao\s+)?gồm)\b", re.IGNORECASE)
ITEMS_END = re.compile(r"\n|\btổng\s+(?:số|cộng)\b", re.IGNORECASE)
# "…; đã thi hành xong 5.024 việc": a statement of its own, not an item
NEW_STATEMENT = re.compile(
    r"^[\s;,]*(?:và\s+)?(?:đã|còn(?!\s+lại))\b", re.IGNORECASE
)  # "…, còn 69 vụ việc đang …": the rest of another statement
CHANGE = re.compile(r"\b(tăng|giảm)(?:\s+(?:thêm|được|là))?\s*$", re.IGNORECASE)
STATEMENT_START = re.compile(r"[.;]\s")

Dimension = tuple[str, str]  # (how: "tăng" | "giảm" | "", what: a measure word or "money")


BARE = "?"  # a count with no unit of its own: "…; hộ nghèo thiếu hụt … là 6.312"


def _dimension(text: str, q: Quantity, states: list[Quantity] | None = None) -> Dimension | None:
    """How ``q`` counts, and whether it is a change; with ``states`` (the quantities around it), a dossier count's
    state too ("đã giải quyết 279.612 hồ sơ" and "276.266 hồ sơ được giải quyết đúng hạn" are two measures)."""
    if q.kind == "money":
        what = "money"
    elif q.kind == "count" and not q.per:
        what = measure_key(q) or BARE
        state = dossier_state(text, q, states) if states is not None and what == "hồ" else None
        what = f"{what} {state}" if state else what
    else:
        return None
    change = CHANGE.search(text[max(0, q.start - 16) : q.start])
    return (change.group(1).lower() if change else "", what)


def _top_level_cuts(text: str, start: int, end: int) -> list[int]:
    """The ";" between ``start`` and ``end`` outside brackets."""
    inside = list(brackets(text, start, end))
    return [i for i in range(start, end) if text[i] == ";" and not any(o < i < c for o, c in inside)]


def _items(text: str, listed: list[tuple[Quantity, Dimension]], start: int, end: int) -> list[list]:
    cuts = _top_level_cuts(text, start, end)
    if cuts:
        bounds = [start, *cuts, end]
        # "…; 668 đơn tố cáo và 842 đơn kiến nghị": the last item may join two
        return [
            part
            for a, b in zip(bounds, bounds[1:])
            for part in _at_each(listed[0][1], [(q, d) for q, d in listed if a <= q.start < b])
        ]
    return _at_each(listed[0][1], listed)


def _at_each(opening: Dimension, listed: list) -> list[list]:
    """``listed`` split before each figure of the ``opening`` measure but the first."""
    items: list[list] = []
    for q, d in listed:
        if not items or (d == opening and any(e == opening for _, e in items[-1])):
            items.append([])
        items[-1].append((q, d))
    return items


def _markers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where a list of parts opens: "…, trong đó: …", "Cụ thể, …", and the "có" of "Trong tổng số 2.063 đơn tiếp
    nhận có 553 đơn khiếu nại; 668 đơn tố cáo và 842 đơn kiến nghị"."""
    found = [m.span() for m in MARKER.finditer(text, start, end)]
    found += [m.span(1) for m in NAMED_WHOLE.finditer(text, start, end) if m.start(1) >= start]
    return sorted(found)


def _bare_as(item: list, opening: Dimension) -> list:
    """An item with no figure of the list's first measure counts in it with its one bare figure."""
    bare = [k for k, (_, d) in enumerate(item) if d[1] == BARE]
    if any(d == opening for _, d in item) or len(bare) != 1:
        return [(q, d) for q, d in item if d[1] != BARE]
    return [(q, opening if d[1] == BARE else d) for q, d in item]


def _firsts(items: list[list], dimension: Dimension) -> list[Quantity]:
    return [
        next(q for q, d in item if d == dimension) for item in items if any(d == dimension for _, d in item)
    ]


def _fits(whole: Quantity, parts: list) -> bool:
    return breakdown(0, (0, 0), whole, parts, True).status == "ok"


def _refines(before: str, name: str) -> bool:
    """ "Thu nội địa 20.107 tỷ đồng, …; thu nội địa không kể tiền sử dụng đất … 19.836 tỷ đồng": the item before,
    narrowed — not another part."""
    earlier, later = before.lower().split(), name.lower().split()
    return len(earlier) >= 2 and len(later) > len(earlier) and later[: len(earlier)] == earlier


def parallel_after(text: str, block: int, prev_span, span, qs: list[Quantity]) -> list[Claim]:
    """The same, the whole in the sentence before one that opens "Trong đó" or "Cụ thể"."""
    opening = MARKER.match(text, span[0])
    if not opening or not text[span[0] : opening.end()].strip(" ,;:"):
        return []
    return parallel_claims(text, block, (prev_span[0], span[1]), qs, markers_from=span[0])


def parallel_claims(
    text: str, block: int, span, qs: list[Quantity], markers_from: int | None = None
) -> list[Claim]:
    """Each measure of a whole summed over the items that restate it; dossier counts told apart by their state
    when counting them alike reads nothing ("… đã giải quyết 279.612 hồ sơ TTHC, trong đó, 276.266 hồ sơ … đúng
    hạn …. Cụ thể, các sở … giải quyết 138.073 hồ sơ TTHC, trong đó, 135.993 hồ sơ … đúng hạn, …; …")."""
    found = _parallel(text, block, span, qs, markers_from, None)
    if found or not any(q.kind == "count" and measure_key(q) == "hồ" for q in qs):
        return found
    return _parallel(text, block, span, qs, markers_from, qs)


def _parallel(text: str, block: int, span, qs: list[Quantity], markers_from, states) -> list[Claim]:
    claims: list[Claim] = []
    for opening_at, list_at in _markers(text, span[0] if markers_from is None else markers_from, span[1]):
        opened = [o for o, c in brackets(text, span[0], span[1]) if o < opening_at < c]
        if opened:
            continue
        stop = len(text[:opening_at].rstrip())
        # "… 19.692,88 tỷ đồng. Trong đó, …": the whole is in the sentence before
        stop -= text[stop - 1 : stop] == "."
        asides = list(
            brackets(text, span[0], span[1])
        )  # "(cấp tỉnh 78; cấp huyện 741; …)" is not two statements
        starts = [
            m.end()
            for m in STATEMENT_START.finditer(text, span[0], stop)
            if not any(o < m.start() < c for o, c in asides)
        ]
        clause = max([span[0], *starts])
        # "190 đơn, gồm có: 33 …, 111 …. Trong đó, …": the figures of a list before are not wholes; a "gồm" that
        # describes the whole in words ("Tổng số hồ sơ …, gồm hồ sơ giải quyết theo cơ chế một cửa, … là 260.752")
        # lists nothing
        opens = WHOLE_STOP.search(text, clause, opening_at)
        counted = opens and any(opens.end() <= q.start and q.end <= opening_at for q in qs)
        stop = opens.start() if opens and counted else opening_at
        inside = list(brackets(text, clause, span[1]))
        wholes: dict[Dimension, Quantity] = {}
        bare: Quantity | None = None  # "số hồ sơ đã giải quyết là 254.754, trong đó có 253.779 hồ sơ …"
        for q in qs:
            if clause <= q.start and q.end <= stop and (d := _dimension(text, q, states)) is not None:
                if d[1] == BARE:
                    bare = q if not any(o < q.start < c for o, c in inside) else bare
                elif d[0] or not any(o < q.start < c for o, c in inside):  # a change may stand in brackets
                    wholes[d] = q
        # past "trong đó" in the whole's sentence, a measure of its own (by state): "…, trong đó, 276.266 hồ sơ …
        # đúng hạn"
        for q in qs if states is not None else []:
            if stop < q.start and q.end <= opening_at and (d := _dimension(text, q, states)) is not None:
                if d[1] != BARE and not d[0] and d not in wholes and d[1] != "hồ":
                    wholes[d] = q
        if bare is not None and not any(how == "" for how, _ in wholes):
            opens_with = next(
                (d for q in qs if list_at <= q.start and (d := _dimension(text, q, states))), None
            )
            if opens_with is not None and not opens_with[0] and opens_with[1] != BARE:
                wholes[opens_with] = bare  # a whole with no unit of its own counts in the measure of its list
        if not any(how == "" for how, _ in wholes):
            continue
        # told apart by state, each item may break itself down: "…; UBND cấp huyện giải quyết 29.604 hồ sơ, trong đó
        # 28.919 hồ sơ … đúng hạn; …"
        ends = (LIST_END if states is None else ITEMS_END).search(text, list_at, span[1])
        end = ends.start() if ends else span[1]
        listed = [
            (q, d)
            for q in qs
            if list_at <= q.start < end
            and (d := _dimension(text, q, states)) is not None
            and (d[0] or not any(o < q.start < c for o, c in inside))
        ]
        kinds = [d for d in wholes if not d[0]]
        same_sentence = kinds and not re.search(r"\.\s", text[wholes[kinds[0]].end : opening_at])
        if listed and listed[0][1][1] == BARE and len(kinds) == 1 and same_sentence:
            # "… là 260.752 hồ sơ, trong đó, số hồ sơ mới tiếp nhận là 252.947, số … chuyển qua là 7.805": figures
            # with no unit of their own count in the whole's one measure
            listed = [(q, kinds[0] if d[1] == BARE else d) for q, d in listed]
        if not listed or listed[0][1] not in wholes or listed[0][1][0] or listed[0][0].start > list_at + 80:
            continue
        items = [_bare_as(item, listed[0][1]) for item in _items(text, listed, list_at, end)]
        opening = listed[0][1]
        firsts = _firsts(items, opening)
        if ends and WHOLE_STOP.match(text, ends.start()) and not _fits(wholes[opening], firsts):
            items = items[:-1]  # "…; Các huyện … tiếp nhận hơn 13.000 hồ sơ, trong đó …": a whole of its own
        kept: list[list] = []
        names: list[str] = []
        for item in items:
            lead = text[(kept[-1][-1][0].end if kept else list_at) : item[0][0].start] if item else ""
            name = lead.split(";")[-1] if ";" in lead else lead.split(",")[-1]
            if (
                not any(d in wholes for _, d in item)
                or (kept and NEW_STATEMENT.match(re.split(r"[,;]", lead)[-1]))
                or (names and _refines(names[-1], name))
                or name.strip().lower().startswith("tổng")  # "…; tổng chi … 36.366 tỷ đồng": another total
            ):
                break
            kept.append(item)
            names.append(name)
        if len(kept) < 2:
            continue
        opening = listed[0][1]
        if any(sum(d == opening for _, d in item) != 1 for item in kept):
            continue
        anchors = [next(q for q, d in item if d == opening) for item in kept]
        named = text[wholes[opening].end : opening_at]
        partition = is_partition(text, anchors, qs, list_at, named)
        # "trong đó Báo cáo quyết toán … vừa kết thúc vào tháng 3/2015 và 2 cuộc …, còn lại 188 cuộc": an item named
        # before the first figure, with none of its own
        unnumbered = re.search(r",?\s+và\s+$", text[list_at : anchors[0].start])
        exhaustive = partition and not NOT_EXHAUSTIVE.search(text[list_at:end]) and not unnumbered
        first = breakdown(block, span, wholes[opening], anchors, exhaustive, uncertain=not partition)
        fitting = next((n for n in range(2, len(kept)) if _fits(wholes[opening], anchors[:n])), None)
        if first.status != "ok" and fitting:  # the items after those that add up are not of this list
            kept, anchors = kept[:fitting], anchors[:fitting]
            first = breakdown(block, span, wholes[opening], anchors, exhaustive, uncertain=not partition)
        others = [
            d for d in wholes if d != opening and all(sum(e == d for _, e in item) == 1 for item in kept)
        ]
        if not others and not partition and first.status != "ok":
            continue  # one measure, words that do not split the whole, and it does not add up: not shown a list
        # items one of whose measures adds up are the whole's complete breakdown: so are their other measures
        # ("… 128.134 ha, giảm 461 ha …; trong đó: … 36.123 ha, giảm 228 ha …, … 92.011 ha, giảm 230 ha")
        measures = {opening: anchors}
        for d in others:
            measures[d] = [next(q for q, e in item if e == d) for item in kept]
        proven = any(_fits(wholes[d], parts) for d, parts in measures.items())
        for d, parts in measures.items():
            claims.append(
                breakdown(block, span, wholes[d], parts, exhaustive or proven, uncertain=not partition)
            )
    return claims
