"""A sentence that opens "Trong đó" (or "Trong số này", "Trong số trên") and lists the parts of a total the sentence
before gives: counts or amounts of money, of one stage, a target beside a part left out, an item far above the whole
ending the list; several totals decided by which one the parts fit."""

from __future__ import annotations

import re

from .breakdowns import adds_up, exact_first, has_own_share
from .claim import Claim, breakdown, shape_subset, typing_slip
from .claim_finders import ASIDE, TRONG_DO, brackets, can_be_whole, per_item
from .comparisons import of_earlier_period
from .measures import PROCEDURES, counts_alike, measure_key, unit_word
from .mergers import merged
from .partitions import denies_whole, is_partition
from .quantities import Quantity
from .ratio_lists import ratio_side
from .roles import level_of


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


def opens_parts(text: str, span) -> bool:
    """The sentence opens "Trong đó", "Trong số này", "Trong số trên", the total named again ("Trong số các trường hợp
    đã ra quyết định cưỡng chế, …") or what it is made of ("Thành phần gồm:"): it lists the parts of a total before
    it."""
    head = text[span[0] : span[1]].lstrip()
    return bool(TRONG_DO.match(head) or OF_THESE.match(head) or MADE_OF.match(head))


def names_a_total(text: str, before: Quantity, q: Quantity) -> bool:
    """``q`` is named a total of its own after ``before`` ("…; tổng chi cân đối ngân sách địa phương ước đạt
    36.366 tỷ đồng"), the part before with something taken out ("Thu nội địa 20.107 tỷ đồng …; thu nội địa
    không kể tiền sử dụng đất … 19.836 tỷ đồng"), or a part of the part before ("385 đơn, gồm 161 đơn …"): the list
    of parts ended before it."""
    between = text[before.end : q.start]
    if re.search(r"(?i)\b(?:bao\s+)?gồm\b(?!\s+cả)|\btrong\s+đó\b", ASIDE.sub("", between)):
        # "385 đơn, gồm 161 đơn khiếu nại, …", "557 đơn vị …; trong đó có 05 đơn vị …": the parts of the part before
        return True
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


def _other_level(text: str, total: Quantity, part: Quantity) -> bool:
    """Units of one level of government are not parts of a count of another's: "15 đơn vị hành chính cấp huyện. Trong
    đó có 184 đơn vị hành chính cấp xã"."""
    levels = [level_of(" ".join(q.words_after(text, 6))) for q in (total, part)]
    return None not in levels and levels[0] != levels[1]


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
    if not opens_parts(text, span):
        return None
    outside = list(brackets(text, *prev_span)) + list(brackets(text, *span))

    def free(q: Quantity) -> bool:
        # "tăng 7.240 việc", "vượt 820 tỉ đồng": how far a figure moved or passed its plan, not a part
        changed = re.search(
            r"(?i)(?:tăng|giảm|vượt)(?:\s+(?:thêm|hơn|gần|trên))?\s*$", text[max(0, q.start - 16) : q.start]
        )
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
        and not _other_level(text, q, candidates[0])
        and (
            kind == "money"
            or measure_key(q) == key
            # "912 cán bộ, …. Trong đó, có 653 người …"
            or ("người" in (key, measure_key(q)) and counts_alike(measure_key(q), key))
            or {key, measure_key(q)} <= PROCEDURES  # "906 thủ tục. Trong đó: 469 dịch vụ công …"
            or (not q.unit and any(w and w in named_before for w in (key, unit_word(candidates[0]).lower())))
        )
    ]
    if not totals or (kind == "count" and not key):
        return None
    parts = [p for p in parts if not any(denies_whole(text, t, p) for t in totals)]
    parts = _without_targets(text, span[0], parts)
    parts = _one_stage(text, span[0], parts)
    if merged(text, parts, span[0]):
        return None
    if len(parts) >= 3 and adds_up(parts[0], parts[1:]):
        # "… vận chuyển 4,85 triệu khách, … với 1,1 triệu khách quốc tế … và 3,75 triệu khách nội địa": the first
        # part's own parts
        parts = parts[:1]
    if len(parts) >= 2:
        # "… có 295 KCN đi vào hoạt động …" said again before "Trong số các KCN …, có 295 KCN … và 119 KCN …": a
        # figure of the list restated, not its whole
        totals = [t for t in totals if all(t.value != p.value for p in parts)]
    if not parts or not totals:
        return None
    joined = (prev_span[0], span[1])
    fitting = [t for t in totals if breakdown(block, joined, t, parts, True).status == "ok"]
    if not fitting and not measure_key(candidates[0]) and len(totals) > 1:
        return None  # parts with no unit and several totals they might be of: which one is a guess too far
    total = fitting[0] if fitting else totals[-1]
    # "… kiến nghị xử lý khác 45.401 tỷ đồng; xử phạt hành chính 2.880 tỷ đồng": the fines are another cut
    parts = exact_first(total, parts, text)
    # the first parts make the whole and the list names one more: which it means is the writer's to say
    fits_before_last = len(parts) > 2 and adds_up(total, parts[:-1])
    computed = sum(p.value for p in parts)
    beyond = next((i for i, p in enumerate(parts) if i and p.value > 2 * total.value), None)
    if beyond is not None and not fitting and not typing_slip(total, parts, computed):
        # "… 14.844.857 người tham gia BHXH …. Trong đó, BHXH bắt buộc …; BHXH tự nguyện …; bảo hiểm y tế có
        # 85.243.768 người tham gia": an item more than twice the whole is no part of it, and the list ends there
        parts = parts[:beyond]
    if len(parts) == 1:
        if (
            parts[0].value > 2 * total.value
            and not typing_slip(total, parts, computed)
            and not OF_THESE.match(text[span[0] : span[1]].lstrip())
        ):
            # "… khách quốc tế đạt hơn 13.470 lượt. Trong đó, … Sa Pa đạt 122.770 lượt": of another whole; but "tổng
            # chi … 28.000 tỷ đồng …. Trong số trên, riêng chi thường xuyên là hơn 222.000 tỷ đồng" names its whole
            return None
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
    claim.uncertain = claim.uncertain or uncertain or bool(closed) or fits_before_last
    if not partition and not closed and claim.status == "fail":
        # parts no words split the whole by, above it: only the sentence's shape puts them in it, as a bracket's
        # "trong đó" does ("Trong đó, nữ 600 người, đảng viên 700 người" may count people twice)
        claim.notes.append("subset")
        claim = shape_subset(claim)
    return claim


# a sentence that opens "Trong số này", "Trong số trên", "Trong số đó": the parts of the total before, as "Trong đó"
OF_THESE = re.compile(
    r"Trong\s+(?:tổng\s+)?số\s+(?:này|trên|đó|nói\s+trên)\b"
    # the total named again in words: "Trong số các trường hợp đã ra quyết định cưỡng chế thi hành án, có 4.119 …"
    r"|Trong\s+(?:tổng\s+)?số\s+(?:các|những)\s+[^\W\d][^\d.;,:]{0,80},",
    re.IGNORECASE,
)
# a sentence that opens by saying what the total is made of: "Thành phần gồm: chuyên trách Đảng 166 người, …"
MADE_OF = re.compile(r"[^\W\d][^\d.;:]{0,40}?\b(?:bao\s+)?gồm\s*:", re.IGNORECASE)
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
    ("taken on", re.compile(r"thụ\s+lý|tiếp\s+nhận|\bnhận\b|phát\s+hiện", re.IGNORECASE)),
    ("settled", re.compile(r"giải\s+quyết|xét\s+xử|xử\s+lý|xử\s+phạt", re.IGNORECASE)),
    # "… phát hiện, bắt giữ 11.499 vụ …; 5.464 vụ …; khởi tố hình sự 616 vụ": those prosecuted are among those found
    ("prosecuted", re.compile(r"khởi\s+tố|truy\s+tố", re.IGNORECASE)),
)


def _stage(text: str, q: Quantity, start: int) -> str | None:
    """The stage the words right before ``q`` (after ``start``) name, the nearest if several."""
    words = text[max(start, q.start - 40) : q.start]
    named = [(m.end(), stage) for stage, pattern in STAGES for m in pattern.finditer(words)]
    return max(named)[1] if named else None


def _one_stage(text: str, start: int, parts: list[Quantity]) -> list[Quantity]:
    """The parts up to the first of another stage: "Trong đó, năm 2020, các Tòa án đã thụ lý 602.252 vụ việc, đã
    giải quyết được 544.604 vụ việc" gives one year's cases taken on and settled, not two parts of a whole."""
    stages = stages_of(text, start, parts)
    first = next((s for s in stages if s), None)
    cut = next((i for i, s in enumerate(stages) if s and s != first), len(parts))
    return parts[:cut]


def stages_of(text: str, start: int, qs: list[Quantity]) -> list[str | None]:
    """The stage each of ``qs`` is of, as the words between it and the one before it (or ``start``) name it."""
    lefts = [
        start,
        *(max(start, q.end) for q in qs[:-1]),
    ]  # each figure's words start after the figure before
    return [_stage(text, q, left) for left, q in zip(lefts, qs)]
