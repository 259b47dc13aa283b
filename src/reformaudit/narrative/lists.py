"""Lists of parts within one sentence: "287 thủ tục …, gồm: bãi bỏ 81 …, đơn giản hóa 205 …" and "1.178 dịch vụ
công, trong đó cấp tỉnh 67, cấp huyện 1.111" — where the list ends, and whether its parts are one breakdown of
the whole."""

from __future__ import annotations

import re

from .breakdowns import NEARLY_ALL, NOT_EXHAUSTIVE, adds_up, by_fit, can_be_whole, exact_first, has_own_share
from .claim import Claim, breakdown, make_one_hundred, shape_subset
from .claim_finders import ASIDE, TRONG_DO, brackets, in_brackets
from .measures import PEOPLE, counts_alike, measure_key
from .mergers import merged
from .partitions import REST_OF_IT, is_partition
from .quantities import Quantity
from .ratio_lists import ratio_side
from .trong_do_sentences import names_a_total

# "… gồm: …"; "… 1.057.374 hộ phân theo các khu vực như sau: …" (a whole broken down by what follows)
GOM = re.compile(r"[,:]?\s*\b(?:bao\s+)?gồm\b(?!\s+cả)\s*:?|\s*\bphân\s+theo\b[^:.;\d]{1,40}:", re.IGNORECASE)


COLLECTIVE = re.compile(r"^(?:đơn vị|cơ quan|người|văn bản|trường hợp|tổ chức)", re.IGNORECASE)
BRACKETED = re.compile(r"\([^()]*\)")


def gom_claims(text: str, block: int, span, qs: list[Quantity]) -> list[Claim]:
    """ "287 thủ tục …, gồm: bãi bỏ 81 thủ tục …, đơn giản hóa 205 thủ tục …": a whole and the list that makes
    it up, to the end of the sentence."""
    claims = []
    pairs = list(brackets(text, *span))
    bracketed = in_brackets(pairs)

    for match in GOM.finditer(text, span[0], span[1]):
        before = [
            q
            for q in qs
            if span[0] <= q.start
            and q.end <= match.start()
            and not bracketed(q)
            and can_be_whole(text, q, span[0])
        ]
        if (
            not before
            or before[-1].kind != "count"
            or match.start() - before[-1].end > 80
            or ";" in text[before[-1].end : match.start()]
        ):
            continue  # "…; huyện Bắc Bình gồm có 76 …": what the next clause's unit holds, after its own "gồm"
        parts, continued = _listed(text, qs, match.end(), span[1], before[-1], bracketed)
        if len(parts) < 2 or merged(text, parts, span[0]):
            continue
        if measure_key(before[-1]) == "người" and not any(measure_key(p) in PEOPLE for p in parts):
            continue  # "dân số 781.848 người, gồm 10 đơn vị hành chính cấp huyện, 119 …": what holds them, not parts
        exhaustive = not NOT_EXHAUSTIVE.search(text[match.end() : span[1]])
        claims.append(by_fit(text, block, span, before, parts, exhaustive, uncertain=continued))
    return claims


def inline_subset_claims(text: str, block: int, span, qs: list[Quantity]) -> list[Claim]:
    """ ", trong đó có 1.076 dịch vụ công …" after "1.468 dịch vụ công …": a part never exceeds its whole;
    ", trong đó: 597 là đơn khiếu nại, 230 đơn tố cáo, 241 đơn kiến nghị" lists its parts, to the end of the
    sentence or to a figure of another measure; "kế hoạch vốn 5.900 tỷ đồng, trong đó vốn ngân sách địa phương
    4.421 tỷ đồng, …" lists amounts; "1.178 dịch vụ công, trong đó cấp tỉnh 67, cấp huyện 1.111" parts named
    by their level alone. A list that goes on past a ";" is read as one only at warning level.

    >>> from reformaudit.narrative.quantities import find_quantities
    >>> text = "Có 1.942 TTHC, trong đó, 1.939 TTHC do Trung ương quy định, 2 TTHC do địa phương quy định."
    >>> [(c.status, c.stated, c.computed) for c in inline_subset_claims(text, 0, (0, len(text)), find_quantities(text))]
    [('fail', 1942.0, 1941.0)]
    """
    claims = []
    pairs = list(brackets(text, *span))
    bracketed = in_brackets(pairs)

    for match in TRONG_DO.finditer(text, span[0], span[1]):
        if match.start() - span[0] < 3 or any(o < match.start() < c for o, c in pairs):
            continue
        # "đã cắt giảm 173/345 điều kiện (đạt tỷ lệ 50%), trong đó, có 65 … và 108 …": an x/y's x is a whole
        wholes = [
            ratio_side(q, "numerator") if q.kind == "ratio" else q
            for q in qs
            if span[0] <= q.start
            and q.end <= match.start()
            and (q.kind in ("count", "money") or (q.kind == "ratio" and not q.money))
            and not bracketed(q)
            and can_be_whole(text, q, span[0])
        ]
        if not wholes or re.search(r";|\.(?!\d)", text[wholes[-1].end : match.start()].rstrip().rstrip(";")):
            continue
        first = next((q for q in qs if q.start >= match.end() and q.kind in ("count", "money")), None)
        # "trên 1.700 tỷ đồng để thực hiện 3 Chương trình …, trong đó vốn đầu tư 873 tỷ đồng, …": the whole is
        # of the parts' kind
        wholes = [q for q in wholes if first is None or q.kind == first.kind] or wholes
        whole = wholes[-1]
        paired = _paired(text, wholes)
        if paired is not None:  # "291 vụ, 805 bị can, trong đó: … 168 vụ, 513 bị can; …": a list for each
            claims += _paired_lists(text, block, span, qs, match, paired, whole, bracketed)
            continue
        parts, continued = _listed(text, qs, match.end(), span[1], whole, bracketed)
        if not parts or parts[0].start > match.end() + 60 or merged(text, parts, span[0]):
            continue
        rest = _to_the_rest(text, qs, match.end(), span[1], whole, bracketed)
        if len(rest) > len(parts):
            claims.append(breakdown(block, span, whole, rest, True))
            continue
        key = measure_key(whole)
        # the whole's own words, not those of another breakdown of it in brackets ("13.927.122ha (rừng tự nhiên …,
        # rừng trồng …), trong đó rừng đặc dụng …")
        named = BRACKETED.sub(" ", text[whole.end : match.start()])
        if len(parts) == 1:
            if whole.kind == "money" or (key and measure_key(parts[0]) == key):
                # "… có 553 đơn khiếu nại; 668 đơn tố cáo và 842 đơn kiến nghị, trong đó có 1.602 đủ điều kiện": a
                # part larger than the figure before it is of an earlier whole it fits in
                alike = [w for w in reversed(wholes) if w.kind == whole.kind and measure_key(w) == key]
                whole = next((w for w in alike if w.value >= parts[0].value), whole)
                claims.append(shape_subset(breakdown(block, span, whole, parts, False, subset=True)))
            continue
        keyed = whole.kind == "money" or any(
            measure_key(p) == key or (key and counts_alike(key, measure_key(p))) for p in parts
        )
        partition = is_partition(text, parts, qs, match.end(), named)
        if not keyed and not partition:
            continue
        exhaustive = partition and not NOT_EXHAUSTIVE.search(text[match.end() : span[1]])
        exhaustive = exhaustive or _shares_make_all(text, parts, qs)
        groups = _dimensions(text, whole, parts)
        if groups:
            # two lists, each near the whole: each is all of it, whatever its words
            complete = exhaustive or all(_near(whole, g) for g in groups)
            claims += [breakdown(block, span, whole, group, complete, uncertain=True) for group in groups]
            continue
        if not partition and any(p.value == whole.value for p in parts):
            continue  # "bầu đủ 6 đại biểu, trong đó có 1 đại biểu nữ, 6 đại biểu dân tộc thiểu số": all of it is one
        # parts of one dimension of the whole only when words say so: "trong đó 60 trực tuyến, 90 đúng hạn"
        # lists two, and may add up to more than the whole
        # "18 đơn vị hành chính gồm 01 thị trấn và 17 xã, trong đó có 08 xã, thị trấn …, 05 xã … và 05 xã …": the
        # list adds up to a whole before the nearest, of the same kind
        if not any(q.approx for q in parts) and not adds_up(whole, parts):
            earlier = (w for w in reversed(wholes[:-1]) if w.kind == whole.kind and not w.approx)
            whole = next((w for w in earlier if adds_up(w, parts)), whole)
        parts = exact_first(whole, parts)
        claims.append(breakdown(block, span, whole, parts, exhaustive, uncertain=continued or not partition))
    return claims


OPENING_WHOLE = re.compile(r"\s*[-+•]?\s*Trong\s+(?:tổng\s+)?số\s+$", re.IGNORECASE)


def opening_whole_claims(text: str, block: int, span, qs: list[Quantity]) -> list[Claim]:
    """A sentence that opens with its whole and lists what became of it: "Trong số 9.676 đơn đủ điều kiện xử lý, các
    cơ quan đã chuyển 4.216 đơn …, hướng dẫn trả lời 1.384 đơn, nghiên cứu 534 đơn và lưu theo dõi 23.960 đơn".
    The parts never exceed it, and make it up when their words split it ("… có 181 vụ việc giải quyết đúng hạn và 2
    vụ việc giải quyết quá hạn"); read from the sentence's shape, a warning unless a mistyped figure explains it."""
    here = [q for q in qs if span[0] <= q.start < span[1]]
    if not here or here[0].kind != "count" or not OPENING_WHOLE.fullmatch(text, span[0], here[0].start):
        return []
    whole = here[0]
    comma = text.find(",", whole.end, span[1])
    if comma < 0 or any(q.start < comma for q in here[1:]):
        return []
    bracketed = in_brackets(list(brackets(text, *span)))
    parts, _ = _listed(text, qs, comma + 1, span[1], whole, bracketed)
    key = measure_key(whole)
    parts = [p for p in parts if p.kind == "count" and key and counts_alike(key, measure_key(p))]
    if not parts or all(_with_percent(p, here) for p in parts):
        return []  # "…, Tỉnh đã giải quyết xong 329 vụ việc (97,63%)": its share says it (named_bases)
    partition = len(parts) > 1 and is_partition(text, parts, qs, comma + 1)
    if partition and not NOT_EXHAUSTIVE.search(text[comma : span[1]]):
        return [breakdown(block, span, whole, parts, True, uncertain=True)]
    return [shape_subset(breakdown(block, span, whole, parts, False, subset=True))]


def _shares_make_all(text: str, parts: list[Quantity], qs: list[Quantity]) -> bool:
    """Every part has its own share and the shares add up to 100 % ("thành thị là 36.626 người, chiếm 17,62%, …
    nông thôn 167.919 người, chiếm 82,38%"): the parts are all of the whole, whatever their words."""
    shares = []
    for part in parts:
        if not has_own_share(text, part, qs):
            return False
        shares.append(next(o for o in qs if o.start >= part.end))
    return len(shares) > 1 and make_one_hundred(shares)


def _with_percent(q: Quantity, here: list[Quantity]) -> bool:
    after = next((o for o in here if o.start >= q.end), None)
    return after is not None and after.kind == "percent" and after.start - q.end <= 40


def _to_the_rest(
    text: str, qs: list[Quantity], start: int, end: int, whole: Quantity, bracketed
) -> list[Quantity]:
    """Items one per ";" to one that is the rest ("…, trong đó tăng thu NSNN 996 tỷ đồng; thu hồi nộp ngân sách, giảm
    dự toán 110 tỷ đồng; …; xử lý tài chính khác 1.094 tỷ đồng"): every one a part, however its words read."""
    items = [q for q in qs if start <= q.start < end and not bracketed(q)]
    if len(items) < 3 or any(q.kind != whole.kind for q in items):
        return []
    if any(text[a.end : b.start].count(";") != 1 for a, b in zip(items, items[1:])):
        return []
    last_words = text[items[-2].end : items[-1].start].split(";")[-1] + " " + items[-1].unit
    return items if REST_OF_IT.search(last_words.strip()) or REST_OF_IT.search(last_words) else []


def _dimensions(text: str, whole: Quantity, parts: list[Quantity]) -> list[list[Quantity]]:
    """The groups of a list split by ";" when it breaks the whole down twice: "10 đoàn, trong đó có 02 đoàn thanh tra
    hành chính …, 08 đoàn … chuyên ngành; 08 đoàn theo kế hoạch, 02 đoàn đột xuất" — all the parts together are
    twice the whole, the first group alone adds up. Empty when the list is one breakdown."""
    groups: list[list[Quantity]] = [[parts[0]]]
    for before, part in zip(parts, parts[1:]):
        if ";" in text[before.end : part.start]:
            groups.append([])
        groups[-1].append(part)
    if len(groups) < 2 or any(len(g) < 2 for g in groups) or adds_up(whole, parts):
        return []
    # "89.913 nhân khẩu, trong đó có 44.972 nam, 45.121 nữ; nhân khẩu thành thị là 23.794, … nông thôn là 66.115":
    # each group near the whole, though neither adds up exactly
    return groups if adds_up(whole, groups[0]) or all(_near(whole, g) for g in groups) else []


def _near(whole: Quantity, parts: list[Quantity]) -> bool:
    """The parts add up to within 2 % of the whole: one breakdown of it, slips and all."""
    return whole.value > 0 and abs(sum(p.value for p in parts) - whole.value) <= 0.02 * whole.value


RATE_WITH = re.compile(r"\s*với\s+\d", re.IGNORECASE)
OWN_AMOUNT = re.compile(
    r"[^\d;.()]{0,30}\b(?:số\s+vốn|tổng\s+vốn|vốn(?:\s+đăng\s+ký)?|kinh\s+phí)\s*(?:là\s*|khoảng\s*|hơn\s*|trên\s*|gần\s*)?",
    re.IGNORECASE,
)
STATE_VERB = re.compile(
    r"\b(?:đã|đang|chưa|tiếp\s+nhận|giải\s+quyết|xử\s+lý|thụ\s+lý|trả|tiếp|còn|tăng|giảm|đạt|chiếm)\b", re.I
)


# the words of an item that name its category, though a verb stands among them ("thụ lý mới", "năm trước chuyển sang")
NAMES_A_PART = re.compile(
    r"chuyển\s+sang|\bcũ\b|\bmới\b|cấp\s+(?:tỉnh|huyện|xã)|(?:không\s+)?hoàn\s+thành(?:\s+(?:xuất\s+sắc|tốt))?\s+nhiệm\s+vụ",
    re.IGNORECASE,
)
# a list ends at a bracket, a new "trong đó" or "gồm", or a change or what remains right before the figure ("…, tăng
# 200 hồ sơ", "còn 12 hồ sơ"); "tăng thu NSNN 996 tỷ đồng", "còn hạn chế về năng lực 22 người" name parts
LIST_ENDS = re.compile(
    r"[(]|\b(?:trong đó|gồm)\b|\b(?:tăng|giảm|còn(?:\s+lại)?)(?:\s+(?:thêm|được|là))?\s*$"
    # "… và 170 đơn kiến nghị, phản ánh. 39 đơn không thuộc thẩm quyền": a sentence that opens with its figure
    r"|(?-i:[a-zđà-ỹ]{2})\.\s+$",
    re.IGNORECASE,
)
# "trong đó 5.422 việc có điều kiện giải quyết, đã giải quyết xong 4.918 việc": a new statement, not a part
# "… 1.382 phiếu: Thành phố Rạch Giá 1.146 phiếu …": a colon after a part's own words opens another list (not "Trực
# tuyến: 5.000 hồ sơ; Trực tiếp: 7.445", a label's colon)
OPENS_ANOTHER = re.compile(r"\s*(?:[^\W\d]+\s*){0,4}:")
NEW_STATEMENT = re.compile(r"^[^\w]*đã\b", re.IGNORECASE)
DESCRIBES = re.compile(r"\b(?:của|tại|thuộc|cho|ở)\s*$", re.IGNORECASE)


def _named_then_reached(lead: str) -> bool:
    """ "…; ngô đạt 21.724 tấn": a part named first, then the figure it reached — "đạt" its only verb, after its
    name."""
    verbs = list(STATE_VERB.finditer(lead))
    return bool(verbs) and all(m.group(0).lower() == "đạt" and m.start() > 0 for m in verbs)


# "291 vụ, 805 bị can", "64 lượt, với 112 lượt người", "293 lượt/339 người", "293 lượt công dân với 339 người": one
# count in two measures
PAIR_GAP = re.compile(r"\s*[^\W\d]+(?:\s+[^\W\d]+){0,2}\s*(?:,|với|/)\s*")


def _paired(text: str, wholes: list[Quantity]) -> Quantity | None:
    """The count right before the last whole that counts the same things in another measure ("291 vụ, 805 bị can")."""
    if len(wholes) < 2 or wholes[-1].kind != "count" or wholes[-2].kind != "count":
        return None
    first, second = wholes[-2], wholes[-1]
    if measure_key(first) in ("", measure_key(second)) or not measure_key(second):
        return None
    return first if PAIR_GAP.fullmatch(text[first.end : second.start]) else None


def _paired_lists(text, block, span, qs, match, first: Quantity, second: Quantity, bracketed) -> list[Claim]:
    claims = []
    named = text[second.end : match.start()]
    for whole, other in ((first, second), (second, first)):
        parts, continued = _listed(text, qs, match.end(), span[1], whole, bracketed, measure_key(other))
        if len(parts) >= 2 and is_partition(text, parts, qs, match.end(), named):
            claims.append(breakdown(block, span, whole, parts, True, uncertain=continued))
    return claims


def _listed(
    text: str, qs: list[Quantity], start: int, end: int, whole: Quantity, bracketed, companion: str = ""
) -> tuple[list, bool]:
    """The parts listed from ``start`` to ``end`` (a sentence's end) for ``whole``: quantities of its kind and
    measure (or of no measure), to the first of another measure, a bracket or "trong đó". A figure of the whole's
    ``companion`` measure ("291 vụ, 805 bị can, trong đó: … 168 vụ, 513 bị can; …") is passed over. A ";" ends
    the list unless the next part goes on in parallel: the same measure, with no verb of its own before it, or
    parts whose words split the whole ("Số cũ chuyển sang là 290.524 việc; Số thụ lý mới là 446.223 việc").
    Whether the list went on past a ";"."""
    key = measure_key(whole)
    collective = whole.kind == "count" and bool(COLLECTIVE.match(whole.unit))
    parts: list[Quantity] = []
    left, continued = start, False
    cut: tuple[int, bool] | None = None
    for q in qs:
        if q.start < start or q.start >= end or bracketed(q):
            continue
        gap = text[left : q.start]
        if parts and q.kind == whole.kind and not can_be_whole(text, q, left):
            left = q.end  # "36.123 ha, giảm 228 ha (-0,63%), …": the part's own change
            continue
        if parts and q.kind == "percent" and left == parts[-1].end and has_own_share(text, parts[-1], [q]):
            left = q.end  # "806 người, chiếm tỷ lệ 36,16%; …": the part's own share
            continue
        if q.kind == "percent" and RATE_WITH.match(text, q.end):
            continue  # "tỷ lệ hộ nghèo 5,0% với 12.855 hộ": the item's own rate, then its count
        if (
            parts
            and whole.kind == "count"
            and q.kind == "money"
            and OWN_AMOUNT.fullmatch(text, parts[-1].end, q.start)
        ):
            # "742 dự án trong nước số vốn hơn 106.337 tỷ đồng, 71 dự án FDI": the part's own capital
            left = q.end
            continue
        if (
            q.kind != whole.kind
            or LIST_ENDS.search(ASIDE.sub("", gap))
            or (
                parts
                and (
                    NEW_STATEMENT.match(gap.rsplit(",", 1)[-1])
                    or names_a_total(text, parts[-1], q)
                    or OPENS_ANOTHER.match(gap)
                )
            )
        ):
            break
        if (
            collective
            and parts
            and measure_key(q)
            and (not measure_key(parts[0]) or measure_key(parts[0]) == key != measure_key(q))
        ):
            # "762 đơn vị bầu cử, gồm: 4 đơn vị bầu cử …; 745 đơn vị bầu cử … và 2.404 khu vực bỏ phiếu": parts in the
            # whole's own measure end at one of another
            break
        if companion and measure_key(q) == companion:
            continue
        if (
            whole.kind == "count"
            and not collective
            and measure_key(q)
            and not (key and counts_alike(key, measure_key(q)))
            and not (parts and measure_key(q) == measure_key(parts[0]))
        ):
            if parts and DESCRIBES.search(text[max(left, q.start - 12) : q.start]):
                continue  # "1.367 thủ tục … của 19 sở, ban, ngành; 285 thủ tục …": a figure describing a part
            break
        if ";" in gap:
            if not parts or measure_key(q) not in ("", measure_key(parts[0])):
                break
            lead = " ".join(w for w in gap.rsplit(";", 1)[1].split() if w.lower() not in ("có", "và", "là"))
            if STATE_VERB.search(lead) and not NAMES_A_PART.search(lead) and not _named_then_reached(lead):
                break  # "…; đã thi hành xong 5.024 việc": a statement of its own
            if cut is None and len(lead.split()) > 2:
                cut = (len(parts), continued)  # on trial: kept if the words split the whole, or it adds up
            continued = True
        parts.append(q)
        left = q.end
    twice = (
        cut is not None
        and len(parts) - cut[0] >= 2
        and _near(whole, parts[: cut[0]])
        and _near(whole, parts[cut[0] :])
    )
    if (
        cut is not None
        and not adds_up(whole, parts)
        and not is_partition(text, parts, qs, start)
        and not twice
        # a hair off the whole (90 of 1.057.374 hộ): the one breakdown, with a figure mistyped
        and abs(sum(p.value for p in parts) - whole.value) > NEARLY_ALL * whole.value
    ):
        parts, continued = parts[: cut[0]], cut[1]
    return parts, continued
