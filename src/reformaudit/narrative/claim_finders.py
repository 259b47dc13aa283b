"""Finders of numeric claims, one kind each; see :mod:`reformaudit.narrative.claims` for the kinds."""

from __future__ import annotations

import math
import re
from dataclasses import replace

import pandas as pd

from ..numbers import parse_number
from .claim import Claim, breakdown, rate_claim
from .quantities import Quantity, find_quantities, sentences

CUE = re.compile(
    r"(?:(?:đạt|chiếm|bằng|là|=)\s*(?:(?:tỷ|tỉ)\s+lệ)?|\((?:tỷ|tỉ)\s+lệ)\s*(?:khoảng|gần|trên|hơn|ước|xấp xỉ)?\s*$",
    re.IGNORECASE,
)
TRONG_DO = re.compile(r"trong\s+đó", re.IGNORECASE)
BASE_WORDS = re.compile(r"kế hoạch|dự toán|tổng số|tổng", re.IGNORECASE)
NOT_EXHAUSTIVE = re.compile(r"…|\.\.\.|\bnhư\b|v\.v|\bgồm các\b", re.IGNORECASE)
PARTITION_WORDS = re.compile(
    r"cấp tỉnh|cấp huyện|cấp xã|đúng hạn|quá hạn|trễ hạn|trong hạn|đã |đang |chưa |trong nước|ngoài nước"
    r"|trung ương|địa phương|khiếu nại|tố cáo|kiến nghị|phản ánh",
    re.IGNORECASE,
)


def _same_kind(a: Quantity, b: Quantity) -> bool:
    return a.kind == b.kind and a.kind in ("count", "money")


NAMED_WHOLE = re.compile(
    r"^\s*(?:trong|trên|so với)\s+tổng\s+số[^.;()\d]{0,60}?(?:là|:|\()\s*$", re.IGNORECASE
)


OWN_BASE = re.compile(r"^\s*(?:so\s+với\s+)?(?:kế\s+hoạch|dự\s+toán|mục\s+tiêu|chỉ\s+tiêu|cùng\s+kỳ)", re.I)


def _closed_between(text: str, start: int, end: int) -> bool:
    """A bracket that holds ``start`` closes before ``end``."""
    between = text[start:end]
    return between.count(")") > between.count("(")


def percent_claims(text: str, block: int, span, qs: list[Quantity]) -> list[Claim]:
    """A percent after "đạt", "chiếm", "bằng" … against the ratio the sentence gives for it."""
    claims = []
    s0, s1 = span
    for i, p in enumerate(qs):
        if (
            p.kind != "percent"
            or not s0 <= p.start < s1
            or not CUE.search(text[max(s0, p.start - 25) : p.start])
        ):
            continue
        before = qs[:i]
        if not before:
            continue
        last = before[-1]
        if _closed_between(text, last.end, p.start):
            continue  # "22.800 hồ sơ (… cấp xã 4.846 hồ sơ), đạt tỷ lệ 29,1%": not a rate of the bracket's last part
        after = next((q for q in qs[i + 1 :] if q.kind in ("count", "money")), None)
        if after is not None and after.start < s1 and NAMED_WHOLE.match(text[p.end : after.start]):
            if last.kind == after.kind and p.start - last.end <= 40:
                computed = last.value / after.value * 100 if after.value else math.nan
                roles = ["numerator", "denominator", "percent"]
                claims.append(rate_claim("ratio", block, span, [last, after, p], roles, p, computed))
                continue
        if last.kind == "ratio" and p.start - last.end <= 40:
            computed = last.numerator / last.denominator * 100 if last.denominator else math.nan
            claims.append(rate_claim("ratio", block, span, [last, p], ["ratio", "percent"], p, computed))
            continue
        cut = [m.start() for m in TRONG_DO.finditer(text, s0, p.start)]
        own_base = OWN_BASE.match(text[p.end : p.end + 40])
        if cut and last.kind in ("count", "money") and last.start > cut[-1] and not own_base:
            wholes = [q for q in before if q.end <= cut[-1] and q.kind in ("count", "money", "ratio")]
            if wholes:
                whole = wholes[-1]
                base = whole.numerator if whole.kind == "ratio" else whole.value
                computed = last.value / base * 100 if base else math.nan
                claim = rate_claim(
                    "share", block, span, [whole, last, p], ["whole", "part", "percent"], p, computed
                )
                # that the percent is of the whole before "trong đó" is read from the sentence's shape,
                # not from what the numbers count: a warning at most
                claim.uncertain = True
                claims.append(claim)
                continue
        same = [q for q in before if _same_kind(q, last)]
        after = text[p.end : min(s1, p.end + 60)]
        if len(same) >= 2 and BASE_WORDS.search(after):
            denominator = same[0]
            if BASE_WORDS.search(text[max(s0, denominator.start - 60) : denominator.start]):
                computed = last.value / denominator.value * 100 if denominator.value else math.nan
                roles = ["numerator", "denominator", "percent"]
                claims.append(rate_claim("ratio", block, span, [last, denominator, p], roles, p, computed))
    return claims


def brackets(text: str, start: int, end: int):
    depth, opened = 0, None
    for i in range(start, end):
        if text[i] == "(":
            if depth == 0:
                opened = i
            depth += 1
        elif text[i] == ")" and depth:
            depth -= 1
            if depth == 0 and opened is not None:
                yield opened, i


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
            if span[0] <= q.start and q.end <= opened and not any(o < q.start < c for o, c in pairs)
        ]
        if not counts or not before or before[-1].kind != "count" or opened - before[-1].end > 250:
            continue
        gap = text[before[-1].end : opened]
        if re.search(r"[);:]", gap) or (len(counts) == 1 and ("," in gap or len(gap) > 40)):
            continue  # a lone number in brackets far from a count belongs to the words before it
        if re.search(r"[,;]", text[opened : counts[0].start]):
            continue  # "(trước khi sắp xếp, tỉnh có 192 …)": an aside, not a list of parts
        if re.match(r"(?i)(tăng|giảm|xếp|đứng|còn)", inner_text) or COMPARED.match(inner_text):
            continue
        if _other_measure(before[-1], counts):
            continue  # "65 lượt đoàn (366 người)": the bracket counts something else about the same things
        if re.search(
            r"(?i)(?:tăng|giảm|thêm|bớt)\s*$", text[max(span[0], before[-1].start - 12) : before[-1].start]
        ):
            continue  # "giảm 21 đơn vị (…)": a change is not the whole of what the bracket lists
        subset = bool(TRONG_DO.match(inner_text))
        exhaustive = not subset and not NOT_EXHAUSTIVE.search(inner_text)
        claims.append(breakdown(block, span, before[-1], counts, exhaustive, subset))
    return claims


def _unit_word(q: Quantity) -> str:
    return q.unit.split(" ")[0] if q.unit else ""


# what a count counts, when it is a measure rather than a category: "lượt" and "người" of one reception,
# "đơn" and "vụ" of one complaint, "dự án" and "tỷ đồng" of one plan are not parts of each other
MEASURES = {
    "người",
    "lượt",
    "đoàn",
    "đơn",
    "vụ",
    "việc",
    "hồ",
    "thủ",
    "tthc",
    "dự",
    "công",
    "văn",
    "phiếu",
    "cuộc",
    "lớp",
}
COMPARED = re.compile(
    r"(?:so\s+với|cùng\s+kỳ|mỗi|bình\s+quân|trung\s+bình|năm\s|\d+\s+tháng|tháng|quý|kỳ\s+trước)", re.I
)


def _other_measure(whole: Quantity, parts: list[Quantity]) -> bool:
    """Some part counts another measure than the whole does ("lượt" against "người")."""
    unit = _unit_word(whole)
    return unit in MEASURES and any(_unit_word(p) in MEASURES and _unit_word(p) != unit for p in parts)


def _words_of(text: str, q: Quantity, qs: list[Quantity], start: int) -> str:
    """The words that describe a part: from the quantity before it (or ``start``) to its own unit."""
    left = max([start, *(o.end for o in qs if o.end <= q.start)])
    return text[left : q.start] + " " + q.unit + " "


def trong_do_claim(text: str, block: int, prev_span, span, qs: list[Quantity]) -> Claim | None:
    """A total, then a sentence opening "Trong đó" that lists its parts (counts or amounts of money). When
    the parts count several measures ("64 lượt, với 112 lượt người"), the total is the one that counts the
    measure of the first part."""
    head = text[span[0] : span[1]].lstrip()
    if not TRONG_DO.match(head):
        return None
    outside = list(brackets(text, *prev_span)) + list(brackets(text, *span))

    def free(q: Quantity) -> bool:
        changed = re.search(r"(?i)(?:tăng|giảm)\s*$", text[max(0, q.start - 12) : q.start])
        return not any(o < q.start < c for o, c in outside) and not changed

    candidates = [q for q in qs if span[0] <= q.start < span[1] and q.kind in ("count", "money") and free(q)]
    if not candidates:
        return None
    kind, key = candidates[0].kind, measure_key(candidates[0])
    parts = [q for q in candidates if q.kind == kind and (kind == "money" or measure_key(q) == key)]
    totals = [
        q
        for q in qs
        if prev_span[0] <= q.start < prev_span[1]
        and q.kind == kind
        and free(q)
        and (
            kind == "money"
            or measure_key(q) == key
            or (not q.unit and key in text[prev_span[0] : prev_span[1]].lower())
        )
    ]
    if not totals or (kind == "count" and not key):
        return None
    total = totals[-1]
    if len(parts) == 1:
        return breakdown(block, (prev_span[0], span[1]), total, parts, False, subset=True)
    return breakdown(block, (prev_span[0], span[1]), total, parts, _partition(text, parts, qs, span[0]))


LEADS_WITH = re.compile(r"\s*trong\s+đó\s*[:,]?\s*([^\W\d_]+)", re.IGNORECASE)
SIDE_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _side(q: Quantity, side: str) -> Quantity:
    """One side of an x/y quantity as an amount or count of its own, as precise as it is written."""
    left, _, right = q.raw.partition("/")
    digits = SIDE_NUMBER.search(left if side == "numerator" else right)
    value = q.numerator if side == "numerator" else q.denominator
    decimals = parse_number(digits.group(0), prefer="vi").decimals if digits else 0
    written = parse_number(digits.group(0), prefer="vi").value if digits else value
    factor = value / written if written else 1.0
    tolerance = 0.5 * 10.0**-decimals * factor if factor > 1 else 0.0
    raw = (left if side == "numerator" else right).strip()
    return replace(q, raw=raw, kind="money" if q.money else "count", value=value, tolerance=tolerance)


def ratio_parts_claims(text: str, block: int, spans: list, i: int, qs: list[Quantity]) -> list[Claim]:
    """A total written x/y ("giải ngân 1.501,5 tỷ đồng/4.888,8 tỷ đồng, đạt 30,7%") and, after "Trong đó",
    its parts written the same way, in that sentence and the parallel ones after it ("Giải ngân … là 90,5 tỷ
    đồng/525,36 tỷ đồng …. Giải ngân … là 1.411,4 tỷ đồng/4.363,5 tỷ đồng …"): numerators and denominators each
    add up to the total's."""
    span = spans[i]
    lead = LEADS_WITH.match(text, span[0])
    if not lead or lead.start() > span[0] + 2:
        return []
    total = None
    for j in (i - 1, i - 2):
        if j < 0:
            break
        earlier = [q for q in qs if spans[j][0] <= q.start < spans[j][1]]
        ratios = [q for q in earlier if q.kind == "ratio"]
        if ratios:
            total = ratios[-1]
            break
        if any(q.kind in ("count", "money") for q in earlier):
            break
    if total is None:
        return []
    first, end = lead.group(1).lower(), span[1]
    for s0, s1 in spans[i + 1 :]:
        if not text[s0:s1].lstrip().lower().startswith(first):
            break
        end = s1
    parts = [q for q in qs if span[0] <= q.start < end and q.kind == "ratio" and q.money == total.money]
    if len(parts) < 2:
        return []
    return [
        breakdown(block, (total.start, end), _side(total, side), [_side(p, side) for p in parts], False)
        for side in ("numerator", "denominator")
    ]


GOM = re.compile(r"[,:]?\s*\b(?:bao\s+)?gồm\b(?!\s+cả)\s*:?", re.IGNORECASE)
COLLECTIVE = re.compile(r"^(?:đơn vị|cơ quan|người|văn bản|trường hợp|tổ chức)", re.IGNORECASE)


def gom_claims(text: str, block: int, span, qs: list[Quantity]) -> list[Claim]:
    """ "287 thủ tục …, gồm: bãi bỏ 81 thủ tục …, đơn giản hóa 205 thủ tục …": a whole and the list that makes
    it up, to the end of the sentence."""
    claims = []
    pairs = list(brackets(text, *span))
    for match in GOM.finditer(text, span[0], span[1]):
        before = [
            q
            for q in qs
            if span[0] <= q.start and q.end <= match.start() and not any(o < q.start < c for o, c in pairs)
        ]
        if not before or before[-1].kind != "count" or match.start() - before[-1].end > 80:
            continue
        whole = before[-1]
        parts, left = [], match.end()
        for q in qs:
            if q.start < match.end() or q.start >= span[1] or any(o < q.start < c for o, c in pairs):
                continue
            if q.kind != "count" or re.search(
                r"[;(]|\b(?:tăng|giảm|còn|trong đó)\b", text[left : q.start], re.I
            ):
                break  # the list ends where another statement begins
            parts.append(q)
            left = q.end
        unit = _unit_word(whole)
        same = [p for p in parts if _unit_word(p) == unit or COLLECTIVE.match(whole.unit)]
        if len(parts) < 2 or len(same) != len(parts):
            continue
        exhaustive = not NOT_EXHAUSTIVE.search(text[match.end() : span[1]])
        claims.append(breakdown(block, span, whole, parts, exhaustive))
    return claims


STRUCTURE = re.compile(r"\bcơ\s+cấu\b[^.;]{0,60}?:", re.IGNORECASE)
SHARE_CUE = re.compile(r"(?:chiếm|đạt)\s*(?:tỷ\s+lệ|tỉ\s+lệ)?\s*$", re.IGNORECASE)


def structure_shares(block: int, span, text: str, qs: list[Quantity]) -> list[Claim]:
    """ "Cơ cấu kinh tế: nông nghiệp chiếm 30,9%; công nghiệp 22,5%; dịch vụ chiếm 46,7%": the parts of a
    structure add up to 100 %."""
    match = STRUCTURE.search(text, span[0], span[1])
    if not match:
        return []
    percents = [q for q in qs if q.kind == "percent" and match.end() <= q.start < span[1]]
    if len(percents) < 2 or not all(
        SHARE_CUE.search(text[max(0, p.start - 20) : p.start]) for p in percents[:1]
    ):
        return []
    if any(q.kind != "percent" for q in qs if match.end() <= q.start < span[1]):
        return []  # counts or amounts among them: not a plain structure
    decimals = max(p.decimals for p in percents)
    total = sum(p.value for p in percents)
    tolerance = len(percents) * 0.5 * 10.0**-decimals + 1e-9
    status = "ok" if abs(total - 100) <= tolerance else "fail"
    return [Claim("shares", block, span, percents, ["share"] * len(percents), 100.0, total, status, decimals)]


def inline_subset_claims(text: str, block: int, span, qs: list[Quantity]) -> list[Claim]:
    """ ", trong đó có 1.076 dịch vụ công …" after "1.468 dịch vụ công …": a part never exceeds its whole;
    ", trong đó: 597 là đơn khiếu nại, 230 đơn tố cáo, 241 đơn kiến nghị" lists its parts, to the end of the
    sentence."""
    claims = []
    pairs = list(brackets(text, *span))
    for match in TRONG_DO.finditer(text, span[0], span[1]):
        if match.start() - span[0] < 3 or any(o < match.start() < c for o, c in pairs):
            continue
        wholes = [
            q
            for q in qs
            if span[0] <= q.start
            and q.end <= match.start()
            and q.kind == "count"
            and not any(o < q.start < c for o, c in pairs)
        ]
        parts, left = [], match.end()
        for q in qs:
            if q.start < match.end() or q.start >= span[1] or any(o < q.start < c for o, c in pairs):
                continue
            if q.kind != "count" or re.search(r"[;(]|\btrong đó\b", text[left : q.start], re.I):
                break
            parts.append(q)
            left = q.end
        if not wholes or not parts or parts[0].start > match.end() + 25:
            continue
        whole = wholes[-1]
        key = measure_key(whole)
        same = [p for p in parts if measure_key(p) == key or not measure_key(p)]
        if len(parts) == 1 and measure_key(parts[0]) == key and key:
            claims.append(breakdown(block, span, whole, parts, False, subset=True))
        elif len(parts) >= 2 and len(same) == len(parts) and any(measure_key(p) == key for p in parts):
            exhaustive = _partition(text, parts, qs, match.end()) and not NOT_EXHAUSTIVE.search(
                text[match.end() : span[1]]
            )
            claims.append(breakdown(block, span, whole, parts, exhaustive))
    return claims


def measure_key(q: Quantity) -> str:
    """What a count counts, in a word or two: "lượt" and "lượt người" are different measures."""
    words = [w for w in q.unit.split(" ") if w] if q.unit else []
    while words and words[0] in ("là", "có", "được"):
        words = words[1:]
    if not words:
        return ""
    return (
        " ".join(words[:2])
        if words[0] == "lượt" and len(words) > 1 and words[1] in ("người", "đoàn")
        else words[0]
    )


PART_LEVELS = [
    ("commune", re.compile(r"cấp\s+xã|(?<!thị\s)\bxã\b|phường|thị\s+trấn", re.I)),
    ("district", re.compile(r"cấp\s+huyện|\bhuyện\b|thị\s+xã|thành\s+phố", re.I)),
    ("province", re.compile(r"cấp\s+tỉnh|\btỉnh\b|cấp\s+sở|\bsở\b", re.I)),
]


def _partition(text: str, parts: list[Quantity], qs: list[Quantity], start: int) -> bool:
    """The parts are a known partition: words that split a whole (levels, states, kinds of letters), or
    each at its own administrative level."""
    words = [_words_of(text, p, qs, start) for p in parts]
    if all(PARTITION_WORDS.search(w) for w in words):
        return True
    levels = [next((name for name, pattern in PART_LEVELS if pattern.search(w)), None) for w in words]
    return None not in levels and len(set(levels)) == len(levels) == len(PART_LEVELS)  # every level named


def common_whole_claims(block: int, span, qs: list[Quantity]) -> list[Claim]:
    groups: dict[float, list[Quantity]] = {}
    for q in qs:
        if span[0] <= q.start < span[1] and q.kind == "ratio" and not q.money and q.denominator:
            groups.setdefault(q.denominator, []).append(q)
    claims = []
    for den, ratios in groups.items():
        if len(ratios) >= 2:
            computed = sum(r.numerator for r in ratios)
            status = "ok" if computed <= den + 1e-9 else "fail"
            claims.append(
                Claim("common_whole", block, span, ratios, ["part"] * len(ratios), den, computed, status)
            )
    return claims


WORDS_AFTER, WORDS_BEFORE = 4, 3
WORD = re.compile(r"[^\W\d_]+")


def _subject(text: str, q: Quantity) -> str | None:
    """The words around a count that name what it counts, or None when they are too few to be sure."""
    after = q.unit.split(" ")
    before = [w.lower() for w in WORD.findall(text[max(0, q.start - 60) : q.start])][-WORDS_BEFORE:]
    if len(after) < WORDS_AFTER or len(before) < WORDS_BEFORE:
        return None
    return " ".join(before) + " # " + " ".join(after[:WORDS_AFTER])


LEVELS = re.compile(r"cấp (?:tỉnh|huyện|xã)", re.IGNORECASE)


def _levels(text: str, q: Quantity) -> frozenset[str]:
    """The administrative levels named in the lead of a paragraph and before a quantity."""
    return frozenset(
        m.lower() for m in LEVELS.findall(text[:40] + " " + text[max(0, q.start - 80) : q.start])
    )


def repeated_claims(texts: list[str]) -> list[Claim]:
    """The same quantity, named by the same words before and after it and at the same level, stated
    with different numbers in different paragraphs."""
    seen: dict[tuple, list[tuple[int, Quantity]]] = {}
    for block, text in enumerate(texts):
        for q in find_quantities(text):
            subject = _subject(text, q) if q.kind in ("count", "money") else None
            if subject:
                seen.setdefault((subject, _levels(text, q)), []).append((block, q))
    claims = []
    for mentions in seen.values():
        first_block, first = mentions[0]
        other = next(((b, q) for b, q in mentions if q.value != first.value and b != first_block), None)
        if other:
            block, again = other
            claims.append(
                Claim(
                    "repeated",
                    block,
                    (again.start, again.end),
                    [first, again],
                    ["first", "again"],
                    first.value,
                    again.value,
                    "fail",
                    notes=[f"block:{first_block}"],
                )
            )
    return claims


LIST_FOOTNOTE = re.compile(r"^\s*(?:bao\s+)?gồm\s*:", re.IGNORECASE)
NAMED_COUNT = re.compile(r"(?:\(\s*(\d[\d.]*)\s*\)|:\s*(\d[\d.]*)\b)")


def footnote_claims(narrative: pd.DataFrame) -> list[Claim]:
    """A footnote that lists the parts ("Gồm: … (01); … (04)", "Lộc Ninh: 44, Sở Y tế: 65") of the count
    its marker follows."""
    claims = []
    rows = narrative.reset_index(drop=True)
    marked = {n: (i, offset) for i, markers in enumerate(rows["markers"]) for offset, n in markers}
    for _, row in rows[rows["kind"] == "footnote"].iterrows():
        if row["footnote"] not in marked:
            continue
        note = row["text"]
        parts = [q for q in find_quantities(note) if q.kind == "count"]
        named = {m.start(1) if m.group(1) else m.start(2) for m in NAMED_COUNT.finditer(note)}
        if not parts or not (LIST_FOOTNOTE.match(note) or all(q.start in named for q in parts)):
            continue
        block, offset = marked[row["footnote"]]
        text = rows.at[block, "text"]
        span = next(((s, e) for s, e in sentences(text) if s <= offset <= e), (0, len(text)))
        before = [
            q for q in find_quantities(text) if span[0] <= q.start and q.end <= offset and q.kind == "count"
        ]
        if not before:
            continue
        claim = breakdown(block, span, before[-1], parts, True)
        claim.notes.append(f"footnote:{row['footnote']}")
        claims.append(claim)
    return claims
