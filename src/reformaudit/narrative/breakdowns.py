"""Totals and their parts as sentences write them: in brackets, after "Trong đó" (a sentence, a clause, a
list of x/y figures), after "gồm"; what each part counts decides whether it belongs to the total, and the
words that name the parts whether the list is complete."""

from __future__ import annotations

import re

from .changes import of_earlier_period
from .claim import Claim, breakdown, shape_subset, typing_slip
from .claim_finders import TRONG_DO, brackets, can_be_whole, per_item, restates_change
from .measures import AREAS, MEASURES, PHYSICAL, counts_alike, measure_key, unit_word
from .partitions import announces, denies_whole, is_partition
from .quantities import Quantity
from .ratio_lists import ratio_side
from .roles import AVERAGE

# "… Macao: 161 lao động và các thị trường khác": a list that names the rest without a figure leaves it out
NOT_EXHAUSTIVE = re.compile(
    r"…|\.\.\.|\bnhư\b|v\.v|\bgồm các\b|\b(?:và|cùng)\s+(?:các|một\s+số)\s+[^\W\d]+(?:\s+[^\W\d]+){0,3}\s+khác\b(?![^.;]*\d)",
    re.IGNORECASE,
)


ABBREVIATION = re.compile(
    r"\(\s*[A-ZĐ][A-ZĐ&\-]{1,9}\s*\)"
)  # "(TTHC)", "(DVCTT)" after the words they stand for
LEADING_TRONG_DO = re.compile(r"^\s*trong\s+đó\s*[,:]", re.IGNORECASE)


def bracket_claims(text: str, block: int, span, qs: list[Quantity]) -> list[Claim]:
    claims = []
    pairs = list(brackets(text, *span))
    for opened, closed in pairs:
        inner = [q for q in qs if opened < q.start < closed]
        inner_text = text[opened + 1 : closed].strip(" ,;:")
        if not inner or any(q.kind == "percent" for q in inner):
            continue
        counts = [q for q in inner if q.kind == "count"]
        before = [
            q
            for q in qs
            if span[0] <= q.start
            and q.end <= opened
            and not any(o < q.start < c for o, c in pairs)
            and not announces(text, q, len(counts))
        ]
        if not counts or not before or opened - before[-1].end > 250:
            continue
        whole = before[-1]
        if restates_change(text, whole, span[0]):
            # "59.765 ha, tăng 3,09% bằng 1.790 ha so với cùng vụ năm trước (vụ Đông 11.891 ha; …)": of what changed
            changed = [q for q in before[:-1] if q.kind == "count" and measure_key(q) == measure_key(whole)]
            if not changed:
                continue
            whole = changed[-1]
        if (
            whole.kind == "ratio"
            and not whole.money
            and whole.numerator != whole.denominator
            and REST_DENIED.search(inner_text)
        ):
            # "2311/2357 chi bộ … (có 20 chi bộ chưa tổ chức đại hội và 26 chi bộ trong quá trình giải thể …)": the
            # bracket counts the rest of the 2357
            rest = [q for q in inner if q.kind == "count"]
            sides = [ratio_side(whole, "numerator"), *rest]
            claims.append(
                breakdown(block, span, ratio_side(whole, "denominator"), sides, True, uncertain=True)
            )
            continue
        if whole.kind == "ratio" and not whole.money:
            # "5/14 văn bản (05 Nghị định …, 1 Quyết định …)": the bracket lists the parts of 5
            whole = ratio_side(whole, "numerator")
        if whole.kind != "count":
            continue
        if any("/" in text[a.end : b.start] for a, b in zip(counts, counts[1:])):
            # "(đình chỉ xét xử 01 vụ/01 bị can)": one thing counted in two measures; the whole's measure is the part
            counts = [q for q in counts if measure_key(q) == measure_key(whole)]
            if not counts:
                continue
        gap = ABBREVIATION.sub("", text[whole.end : opened])
        if re.search(r"[);:]", gap) or (len(counts) == 1 and ("," in gap or len(gap) > 40)):
            continue  # a lone number in brackets far from a count belongs to the words before it
        if re.search(r"[,;]", LEADING_TRONG_DO.sub("", text[opened + 1 : counts[0].start])):
            continue  # "(trước khi sắp xếp, tỉnh có 192 …)": an aside, not a list of parts
        if AVERAGE.search(text, opened + 1, counts[0].start):
            continue  # "6,60 điểm (điểm số trung bình của cả nước 6,75 điểm)": an average to compare with
        # "1.628.487 cử tri (trên tổng số 1.634.116 cử tri)": the whole the figure is of, no part of it
        if re.match(
            r"(?i)(tăng|giảm|xếp|đứng|còn|thấp hơn|cao hơn|vượt|bằng|(?:trên|trong)\s+(?:tổng\s+)?số)",
            inner_text,
        ) or COMPARED.match(inner_text):
            continue
        if re.search(r"(?i)\b(?:thành|giảm|tăng|còn)\s+\d", inner_text):
            continue  # "216 xã (80 xã được sắp xếp thành 34 xã mới, giảm 46 xã)": a change, not parts
        if any(q.kind == "money" for q in inner) and len(counts) == 1:
            continue  # "4.723 ha (đã thu trên 92 tỷ đồng và 102 ha)": what was done about the whole
        if _other_measure(whole, counts):
            continue  # "65 lượt đoàn (366 người)": the bracket counts something else about the same things
        # "(trong đó: 149 đảng bộ cơ sở, với 1.251 chi bộ trực thuộc và 285 chi bộ cơ sở)": what a part holds
        counts = [
            q for k, q in enumerate(counts) if not (k and HOLDING.match(text[counts[k - 1].end : q.start]))
        ]
        counts = _own_parts(text, whole, counts)
        if not counts:
            continue
        if len(counts) >= 3 and abs(counts[0].value - sum(q.value for q in counts[1:])) < 0.5:
            continue  # "(trong đó tỉnh cũ gồm 77 đơn vị với 69 xã và 8 phường)": a whole and its parts of their own
        if not can_be_whole(text, whole, span[0]):
            continue  # "giảm 21 đơn vị (…)": a change is not the whole of what the bracket lists
        listed = not NOT_EXHAUSTIVE.search(inner_text)
        # "(trong đó, vụ việc mới phát sinh là 33, vụ việc cũ là 4)": a subset, unless its words split the whole
        subset = len(counts) == 1 or (
            bool(TRONG_DO.match(inner_text)) and not (listed and is_partition(text, counts, qs, opened))
        )
        exhaustive = not subset and listed
        wholes = [q for q in before if q.kind == "count" and can_be_whole(text, q, span[0])] or [whole]
        if wholes[-1] is not whole:
            wholes.append(whole)
        claim = by_fit(text, block, span, wholes, counts, exhaustive, subset=subset)
        claims.append(shape_subset(claim) if subset else claim)
    return claims


# "(có 20 chi bộ chưa tổ chức đại hội …)", not "(không tính 11 phiếu đang giải quyết)": left out of the count
REST_DENIED = re.compile(r"\b(?:chưa|không(?!\s+(?:tính|kể|bao\s+gồm))|còn\s+lại)\b", re.IGNORECASE)


def by_fit(text: str, block, span, wholes: list[Quantity], parts: list[Quantity], exhaustive, **how) -> Claim:
    """The breakdown of the nearest whole, unless that whole is itself an item of a "trong đó" list and the list's
    own whole adds up exactly: "34 cuộc, trong đó, kỳ trước chuyển sang 22 cuộc, trong kỳ 12 cuộc (có 29 cuộc
    theo kế hoạch và 5 cuộc đột xuất)" breaks down 34."""
    nearest = breakdown(block, span, wholes[-1], parts, exhaustive, **how)
    if nearest.status == "ok":
        return nearest
    for whole in reversed(wholes[:-1]):
        same = whole.kind == wholes[-1].kind and measure_key(whole) == measure_key(wholes[-1])
        if same and TRONG_DO.search(text, whole.end, wholes[-1].start):
            other = breakdown(block, span, whole, parts, exhaustive, **how)
            if other.status == "ok":
                return other
    return nearest


COMPARED = re.compile(
    r"(?:so\s+với|cùng\s+kỳ|mỗi|bình\s+quân|trung\s+bình|năm\s|\d+\s+tháng|tháng|quý|kỳ\s+trước)", re.I
)


def _own_parts(text: str, whole: Quantity, parts: list[Quantity]) -> list[Quantity]:
    """The parts of a whole in a physical unit, without figures of another unit ("851,2 ha (gồm 2 nhánh kênh, …)")
    and without a part's own parts right after it, introduced as such ("kênh cấp I 510 ha, có 01 ha chuyển đổi …
    còn lại 509 ha"); when the whole counts what is left of such a part (851,2 ha = 509 + 342,2), the rest stands
    for it."""
    unit = unit_word(whole)
    if unit in AREAS:
        parts = [p for p in parts if unit_word(p) in ("", unit)]
    kept: list[Quantity] = []
    rests: list[Quantity] = []
    i = 0
    while i < len(parts):
        kept.append(parts[i])
        rests.append(parts[i])
        opens = i + 1 < len(parts) and SUB_PARTS.match(text[parts[i].end : parts[i + 1].start])
        run = next(
            (
                k
                for k in range(i + 3, len(parts) + 1)
                if abs(sum(p.value for p in parts[i + 1 : k]) - parts[i].value) < 1e-9
            ),
            None,
        )
        if opens and run is not None:
            last = parts[run - 1]
            if REST.search(text[parts[run - 2].end : last.start]):
                rests[-1] = last
            i = run
        else:
            i += 1
    return rests if adds_up(whole, rests) and not adds_up(whole, kept) else kept


REST = re.compile(r"\bcòn\s+lại\b", re.IGNORECASE)


def adds_up(whole: Quantity, parts: list[Quantity]) -> bool:
    """The parts add up to the whole within the rounding of each as written."""
    return abs(sum(p.value for p in parts) - whole.value) <= whole.slack + sum(p.slack for p in parts) + 1e-9


HOLDING = re.compile(r"^[^\d;()]{0,40},\s*với\s*$", re.IGNORECASE)
SUB_PARTS = re.compile(r"^[^\d;]{0,30}?\b(?:có|gồm|trong\s+đó)\b", re.IGNORECASE)


def _other_measure(whole: Quantity, parts: list[Quantity]) -> bool:
    """Some part counts another measure than the whole does ("lượt" against "người"), or measures what the whole
    counts ("490 giấy chứng nhận cho tổ chức (1.005,75 ha)")."""
    unit = unit_word(whole)
    if all((unit_word(p) in PHYSICAL) != (unit in PHYSICAL) for p in parts):
        return True
    return unit in MEASURES and any(unit_word(p) in MEASURES and unit_word(p) != unit for p in parts)


def trong_do_claims(text: str, block: int, prev_span, span, qs: list[Quantity]) -> list[Claim]:
    """A total, then a sentence opening "Trong đó" that lists its parts (counts or amounts of money). When
    the parts count several measures ("64 lượt, với 112 lượt người"), the total is the one that counts the
    measure of the first part; when each is a count and its money ("87 việc/85,8 tỉ đồng. Trong đó: có điều
    kiện thi hành 32 việc/6,92 tỉ đồng, chưa có điều kiện thi hành 54 việc/79,6 tỉ đồng"), both are broken down."""
    claims = [c for c in [trong_do_claim(text, block, prev_span, span, qs)] if c]
    here = [q for q in qs if span[0] <= q.start < span[1]]
    if not claims:
        # "… 61.461 tỷ đồng …. Trong đó, 31 bộ, cơ quan trung ương là 52.308 tỷ đồng, 22 địa phương … 9.153 tỷ
        # đồng": counts that name the parts, and the money that is broken down
        money = trong_do_claim(text, block, prev_span, span, qs, kind="money")
        return [money] if money else []
    companion = _companion(text, here, claims[0].quantities[1:])
    if companion is not None:
        # the same things in another measure: split as the first measure's parts are
        split = claims[0].exhaustive
        other = trong_do_claim(text, block, prev_span, span, qs, companion[0], companion[1], split)
        claims += [other] if other else []
    return claims


def names_a_total(text: str, before: Quantity, q: Quantity) -> bool:
    """``q`` is named a total of its own after ``before`` ("…; tổng chi cân đối ngân sách địa phương ước đạt
    36.366 tỷ đồng"), the part before with something taken out ("Thu nội địa 20.107 tỷ đồng …; thu nội địa
    không kể tiền sử dụng đất … 19.836 tỷ đồng"), or a part of the part before ("385 đơn, gồm 161 đơn …"): the list
    of parts ended before it."""
    between = text[before.end : q.start]
    if re.search(r"(?i)\b(?:bao\s+)?gồm\b(?!\s+cả)", between):
        return True  # "385 đơn, gồm 161 đơn khiếu nại, …": the parts of the part before, not of the whole
    lead = between.split(";")[-1] if ";" in between else between.split(",")[-1]
    return bool(re.search(r"(?i)\btổng\b|\bkhông\s+(?:kể|tính|bao\s+gồm)\b", lead))


# between a part and the same thing in another measure: "32 việc/6,92 tỉ đồng", "39 vụ việc cũ với 83 lượt người"
COMPANION_GAP = re.compile(r"\s*(?:[^\W\d]+\s*){0,6}(?:/|\bvới\b)\s*", re.IGNORECASE)


def _companion(text: str, here: list[Quantity], parts: list[Quantity]) -> tuple[str, str] | None:
    """(kind, measure) of what follows each part as the same thing in another measure, when every part has one."""
    starts = [q.start for q in here]
    found = set()
    for part in parts:
        i = starts.index(part.start) if part.start in starts else -1
        if i < 0 or i + 1 >= len(here):
            return None
        q = here[i + 1]
        other = q.kind == "money" or (q.kind == "count" and measure_key(q) not in ("", measure_key(part)))
        if not other or not COMPANION_GAP.fullmatch(text[part.end : q.start]):
            return None
        found.add((q.kind, measure_key(q) if q.kind == "count" else ""))
    return found.pop() if len(parts) >= 2 and len(found) == 1 else None


def trong_do_claim(
    text: str,
    block: int,
    prev_span,
    span,
    qs: list[Quantity],
    kind: str = "",
    measure: str = "",
    split: bool | None = None,
) -> Claim | None:
    head = text[span[0] : span[1]].lstrip()
    if not (TRONG_DO.match(head) or OF_THESE.match(head)):
        return None
    outside = list(brackets(text, *prev_span)) + list(brackets(text, *span))

    def free(q: Quantity) -> bool:
        changed = re.search(r"(?i)(?:tăng|giảm)\s*$", text[max(0, q.start - 12) : q.start])
        return not any(o < q.start < c for o, c in outside) and not changed

    candidates = [
        q
        for q in qs
        if span[0] <= q.start < span[1]
        and q.kind in (kind or "count", "money")
        and free(q)
        and (not measure or measure_key(q) == measure)
    ]
    if not candidates:
        return None
    kind, key = candidates[0].kind, measure_key(candidates[0])
    named_before = text[prev_span[0] : prev_span[1]].lower()
    if kind == "count" and not key:
        # "… là 2.436 biên chế. Trong đó, biên chế của các sở, ngành tỉnh là 1.103, biên chế cấp huyện là 1.333":
        # parts with no unit of their own count what the words before them name
        lead = text[span[0] : candidates[0].start].lower()
        key = next(
            (
                measure_key(q)
                for q in qs
                if prev_span[0] <= q.start < prev_span[1]
                and q.kind == "count"
                and measure_key(q)
                and re.search(rf"\b{re.escape(measure_key(q))}\b", lead)
            ),
            "",
        )
    parts = [
        q
        for q in candidates
        if q.kind == kind
        and (
            kind == "money"
            or measure_key(q) == measure_key(candidates[0])
            # "… là 106.836 biên chế; cơ quan thuộc HĐND, UBND cấp tỉnh, huyện là 140.508": a part with no unit,
            # stated as the others are, takes the list's
            or (not measure_key(q) and re.search(r"\blà\s*$", text[max(0, q.start - 8) : q.start]))
        )
    ]
    parts = parts[
        : next((i for i, q in enumerate(parts) if i and names_a_total(text, parts[i - 1], q)), len(parts))
    ]
    # "đã có 3.101/5.982 hồ sơ … . Trong đó đã chuyển phát thành công 3.098 hồ sơ; 12 hồ sơ …": an x/y's x is a total
    before = [
        ratio_side(q, "numerator") if q.kind == "ratio" and not q.money and kind == "count" else q
        for q in qs
        if prev_span[0] <= q.start < prev_span[1]
    ]
    if any(q.kind == kind and measure_key(q) == key and per_item(text, q, prev_span[0]) for q in before):
        return None  # "A có 28 giải; B, C, D và E mỗi đơn vị có 1 giải. Trong đó …": the total is not written
    totals = [
        q
        for q in before
        if q.kind == kind
        and free(q)
        and can_be_whole(text, q, prev_span[0])
        and not of_earlier_period(text, q, prev_span[0], before)
        and (
            kind == "money"
            or measure_key(q) == key
            # "912 cán bộ, …. Trong đó, có 653 người …"
            or ("người" in (key, measure_key(q)) and counts_alike(measure_key(q), key))
            or (not q.unit and any(w and w in named_before for w in (key, unit_word(candidates[0]).lower())))
        )
    ]
    if not totals or (kind == "count" and not key):
        return None
    parts = [p for p in parts if not any(denies_whole(text, t, p) for t in totals)]
    parts = _without_targets(text, span[0], parts)
    parts = _one_stage(text, span[0], parts)
    if not parts:
        return None
    joined = (prev_span[0], span[1])
    fitting = [t for t in totals if breakdown(block, joined, t, parts, True).status == "ok"]
    if not fitting and not measure_key(candidates[0]) and len(totals) > 1:
        return None  # parts with no unit and several totals they might be of: which one is a guess too far
    total = fitting[0] if fitting else totals[-1]
    computed = sum(p.value for p in parts)
    beyond = next((i for i, p in enumerate(parts) if i and p.value > 2 * total.value), None)
    if beyond is not None and not fitting and not typing_slip(total, parts, computed):
        # "… 14.844.857 người tham gia BHXH …. Trong đó, BHXH bắt buộc …; BHXH tự nguyện …; bảo hiểm y tế có
        # 85.243.768 người tham gia": an item more than twice the whole is no part of it, and the list ends there
        parts = parts[:beyond]
    if len(parts) == 1:
        return breakdown(block, joined, total, parts, False, subset=True)
    # "190 đơn, gồm: 33 …, 46 …, 111 …. Trong đó, 48 …, 142 …": which of several totals is broken down is read
    # from the numbers when they fit one, else it is a guess
    uncertain = not fitting and len({t.value for t in totals}) > 1
    partition = is_partition(text, parts, qs, span[0]) if split is None else bool(split)
    if not partition and all(has_own_share(text, p, qs) for p in parts):
        # "Trong đó, hộ nghèo không có khả năng lao động 2.580 hộ, chiếm 47,74% …; hộ nghèo dân tộc Khmer 3.239 hộ,
        # chiếm 59,94% …": parts each with its share of the whole, of several dimensions; their shares are checked
        return None
    closed = not partition and len(parts) >= 3 and CLOSED_BY_VA.search(text[parts[-2].end : parts[-1].start])
    claim = breakdown(block, joined, total, parts, partition or bool(closed))
    # "…; và tinh giản do … là 98 người": the list says it is complete, read from one word: a warning at most
    claim.uncertain = claim.uncertain or uncertain or bool(closed)
    if not partition and not closed and claim.status == "fail":
        # parts no words split the whole by, above it: only the sentence's shape puts them in it, as a bracket's
        # "trong đó" does ("Trong đó, nữ 600 người, đảng viên 700 người" may count people twice)
        claim.notes.append("subset")
        claim = shape_subset(claim)
    return claim


# a sentence that opens "Trong số này", "Trong số trên", "Trong số đó": the parts of the total before, as "Trong đó"
OF_THESE = re.compile(r"Trong\s+(?:tổng\s+)?số\s+(?:này|trên|đó|nói\s+trên)\b", re.IGNORECASE)
# "…, không đạt chỉ tiêu đề ra là giảm còn 3,54 triệu tấn; nuôi trồng …": a target stated beside a part
TARGET = re.compile(r"\b(?:chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch|dự\s+toán)\b", re.IGNORECASE)


def _without_targets(text: str, start: int, parts: list[Quantity]) -> list[Quantity]:
    """The parts but those whose own words name a target, when the first part's do not (a list of plans is kept)."""
    lefts = [start, *(q.end for q in parts[:-1])]
    named = [bool(TARGET.search(text[left : q.start])) for left, q in zip(lefts, parts)]
    if not parts or named[0]:
        return parts
    return [q for q, target in zip(parts, named) if not target]


CLOSED_BY_VA = re.compile(r"[,;]\s*và\b", re.IGNORECASE)
# the stage of a case or a file, as courts and inspectors write it
STAGES = (
    ("taken on", re.compile(r"thụ\s+lý|tiếp\s+nhận|\bnhận\b", re.IGNORECASE)),
    ("settled", re.compile(r"giải\s+quyết|xét\s+xử|xử\s+lý", re.IGNORECASE)),
)


def _stage(text: str, q: Quantity, start: int) -> str | None:
    """The stage the words right before ``q`` (after ``start``) name, the nearest if several."""
    words = text[max(start, q.start - 40) : q.start]
    named = [(m.end(), stage) for stage, pattern in STAGES for m in pattern.finditer(words)]
    return max(named)[1] if named else None


def _one_stage(text: str, start: int, parts: list[Quantity]) -> list[Quantity]:
    """The parts up to the first of another stage: "Trong đó, năm 2020, các Tòa án đã thụ lý 602.252 vụ việc, đã
    giải quyết được 544.604 vụ việc" gives one year's cases taken on and settled, not two parts of a whole."""
    lefts = [start, *(max(start, q.end) for q in parts[:-1])]  # each part's words start after the part before
    stages = [_stage(text, q, left) for left, q in zip(lefts, parts)]
    first = next((s for s in stages if s), None)
    cut = next((i for i, s in enumerate(stages) if s and s != first), len(parts))
    return parts[:cut]


SHARE_WORD = re.compile(r"chiếm\s*(?:(?:tỷ|tỉ)\s+lệ\s*)?(?:khoảng|gần|trên|hơn)?\s*$", re.IGNORECASE)


def has_own_share(text: str, q: Quantity, here: list[Quantity]) -> bool:
    """``q`` is followed by its own share ("đại học 326 người, chiếm 89,8%"): a part of the list, not its whole."""
    after = next((o for o in here if o.start >= q.end), None)
    return (
        after is not None
        and after.kind == "percent"
        and after.start - q.end <= 40
        and bool(SHARE_WORD.search(text[q.end : after.start]))
    )
