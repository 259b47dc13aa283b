"""Percents of a whole the sentence names first: "Trong tổng số 337 vụ việc khiếu nại thụ lý, Tỉnh đã giải quyết
xong 329 vụ việc (97,63%)"; "trong số 65 ý kiến, kiến nghị của cử tri, … đã giải quyết và trả lời 58 ý kiến, kiến
nghị, đạt tỷ lệ 89,2%"; "Trong tổng số 183 vụ việc tố cáo đã giải quyết có 23 vụ việc tố cáo đúng (chiếm tỷ lệ
12,57%), 52 vụ việc … (chiếm tỷ lệ 28,42%) …". Each percent is of the count just before it over the whole named,
when the count counts what the whole counts.

>>> text = "Trong tổng số 264 đơn khiếu nại thuộc thẩm quyền, đã giải quyết được 235 đơn, đạt 89%."
>>> from reformaudit.narrative.quantities import find_quantities
>>> [(c.status, round(c.computed, 2)) for c in named_base_claims(text, 0, (0, len(text)), find_quantities(text))]
[('ok', 89.02)]
"""

from __future__ import annotations

import re

from .breakdowns import can_be_whole, has_own_share
from .claim import Claim, first_fitting, part_share
from .claim_finders import OWN_BASE, named_otherwise
from .measures import counts_alike, measure_key
from .part_shares import share_of_one
from .quantities import Quantity, find_quantities, without_durations
from .ratio_lists import ratio_side
from .sentences import open_bracket, sentence_of

# "Trong tổng số 264 đơn", "trong số 65 ý kiến", "Trong danh sách 205 người ứng cử", "Tổng số kiến nghị xử lý tài chính
# 1.818 tỷ đồng" (not "trong tổng số đơn … nhận được có 701 đơn": what follows "có" is a part of it)
NAMES_THE_BASE = re.compile(
    r"\btrong\s+(?:tổng\s+)?(?:số|danh\s+sách)\s*$|\btổng\s+số\b(?:(?!\bcó\b)[^\d.;,()]){0,60}?$",
    re.IGNORECASE,
)
SURPLUS = re.compile(r"\b(?:số\s+)?dư(?:\s+dự\s+kiến)?(?:\s+là)?\s*$", re.IGNORECASE)
CASES = re.compile(r"trường\s+hợp\b", re.IGNORECASE)
# the part names the group it is counted in, and its percent is of that group
OWN_GROUP = re.compile(r"\btrong\s+(?:tổng\s+)?số\b", re.IGNORECASE)
# "đạt 89%", "(97,63%)", "(chiếm tỷ lệ 12,57%)", "chiếm 34%"
PERCENT_OF_IT = re.compile(
    r"^[^\d.;:()]{0,50}?(?:,\s*(?:đạt|chiếm|bằng)(?:\s+(?:tỷ|tỉ)\s+lệ)?|\(\s*(?:(?:đạt|chiếm)\s*)?(?:(?:tỷ|tỉ)\s+lệ)?)"
    r"\s*(?:khoảng|gần|trên|hơn)?\s*$",
    re.IGNORECASE,
)


def _before_bracket(text: str, before: list[Quantity]) -> Quantity | None:
    """The figure a percent is said of: the last before it, or the last before a bracket that closes between
    ("118 điều kiện (gồm bãi bỏ 65 và sửa đổi 53 điều kiện), chiếm 34,2%")."""
    if not before:
        return None
    last = before[-1]
    closed = text.find(")", last.end)
    opened = open_bracket(text, 0, last.start)
    if opened < 0 or closed < 0:
        return last
    outside = [q for q in before if q.end <= opened]
    return outside[-1] if outside else None


def named_base_claims(text: str, block: int, span, qs: list[Quantity]) -> list[Claim]:
    here = [q for q in qs if span[0] <= q.start < span[1]]
    base = next(
        (
            q
            for q in here
            if q.kind in ("count", "money")
            and (
                NAMES_THE_BASE.search(text[max(span[0], q.start - 80) : q.start])
                # "Trong 2.853,43 tỷ đồng nguồn kinh phí … được cấp, … đã giải ngân 2.010,15 tỷ, đạt tỷ lệ 71%"
                or (
                    q.kind == "money"
                    and re.search(r"(?i)\btrong\s*$", text[max(span[0], q.start - 8) : q.start])
                )
            )
        ),
        None,
    )
    if base is None:
        return []
    key = measure_key(base)
    claims = []
    after = [q for q in here if q.start > base.end]
    for i, p in enumerate(after):
        if p.kind != "percent" or i == 0:
            continue
        part = _before_bracket(text, after[:i])
        if part is None or part.kind != base.kind:
            continue
        if OWN_GROUP.search(text, part.end, p.start):
            continue  # "đã giải quyết xong 328.457.223.000 đồng trong số tiền có điều kiện thi hành, đạt tỷ lệ 42%"
        if not PERCENT_OF_IT.match(
            without_durations(re.sub(r"\([^()]*\)", "", text[part.end : p.start]))
        ) or OWN_BASE.match(text[p.end : p.end + 30]):
            continue
        # "Trong số 499 trường hợp trúng cử …, 67 đại biểu …": cases are whatever the sentence counts
        # a count written with no measure right before its percent counts what the base does ("trong tổng số 212
        # điều kiện …, số được đề xuất cắt giảm … là 110, chiếm 51,9%")
        alike = (
            measure_key(part) == key
            or counts_alike(key, measure_key(part))
            or CASES.match(base.unit)
            or not measure_key(part)
        )
        if (base.kind == "count" and not alike) or part.value > base.value:
            continue
        if named_otherwise(text[p.end : p.end + 60], text[max(span[0], base.start - 80) : base.start]):
            continue  # "tổng số giải quyết là 11.829 việc …, chiếm 54,86% trong tổng số phải thi hành"
        lead = text[max(base.end, part.start - 80) : part.start]
        if not can_be_whole(text, part, base.end) or NAMES_THE_BASE.search(lead):
            continue  # "tăng 2.676 việc (3,27%)": a change; "tổng Số ĐKKD … là 29 (chiếm 13,7%)": a total of its own
        # "bầu đủ 85 đại biểu … trên tổng số 144 đại biểu ứng cử, trong đó, 18 đại biểu nữ (21,18%)": another
        # figure of the same measure before the part may be the one its percent is of
        others = [
            q
            for q in here
            if q is not base
            and q is not part
            and q.end <= part.start
            and q.kind == base.kind
            and (base.kind != "count" or measure_key(q) == key)
            and q.value > part.value
            # "ngân sách trung ương: 28,830 tỷ đồng, chiếm 3,64%; …": a sibling, not a base
            and not has_own_share(text, q, here)
        ]
        readings = [part_share(block, span, whole, part, p) for whole in [base, *others]]
        if SURPLUS.search(text, max(base.end, part.start - 30), part.start) and base.value > part.value:
            # "Tổng số ủy viên ban thường vụ dự kiến ứng cử là 13 đồng chí, số dư 2 đồng chí, đạt 18,18%": a surplus
            # of candidates is rated of the candidates or of the seats they leave (13 − 2 = 11)
            readings.append(part_share(block, span, base, part, p, base.value - part.value))
        claim, tried = first_fitting(readings)
        if claim is None:
            continue
        if claim.status == "fail" and tried > 1:
            claim.uncertain = True  # several wholes are possible and none fits
        claims.append(claim)
    return claims


# "chiếm 54,28% tổng dân số", "chiếm 43,58% tổng số trường trên địa bàn", "so với tổng số hồ sơ nhận mới"
BASE_NAMED_AFTER = re.compile(
    r"\s*(?:so\s+với\s+|trên\s+|của\s+|trong\s+)?(?:tổng\s+(?:số\s+)?|số\s+)(?:các\s+)?((?:[^\W\d]+\s*){1,3})",
    re.IGNORECASE,
)
PART_BEFORE = re.compile(  # "…, chiếm 54,28% tổng …", "… (chiếm 83,5% tổng số đơn đã xử lý)"
    r"^[^\d;()]{0,50}?(?:,\s*|\(\s*)?(?:chiếm|đạt|bằng|=)\s*(?:(?:tỷ|tỉ)\s+(?:lệ|trọng)\s*)?"
    r"(?:(?:tới|đến)\s*)?(?:(?:khoảng|gần|hơn|trên|xấp xỉ)\s*)?$",
    re.I,
)
# the scope a base is named with is not its name: "tổng số hộ nghèo toàn tỉnh"
SCOPE = re.compile(r"\b(?:toàn|cả)\s+(?:tỉnh|huyện|xã|thành\s+phố|quốc|nước)\b.*$|\btrên\s+địa\s+bàn\b.*$")
FILLER_WORDS = {"số", "các", "lượng", "toàn", "trên", "của"}


def base_named_shares(texts: list[str]) -> list[Claim]:
    """A part's percent of a whole its words name after it, given earlier in the paragraph or the one before:
    "Dân số toàn huyện hiện có 12.575 hộ dân với 55.662 người. … Độ tuổi lao động toàn huyện có 30.036 lao động
    trong độ tuổi, chiếm 54,28% tổng dân số". The whole is the nearest earlier figure of the part's kind whose own
    words hold the name ("dân số", "diện tích tự nhiên"), of those the one that fits; read from words, a warning.

    >>> texts = ["Toàn tỉnh có 436 trường học.", "Có 190 trường đạt chuẩn quốc gia, chiếm 43,58% tổng số trường."]
    >>> [(c.status, c.quantities[0].raw) for c in base_named_shares(texts)]
    [('ok', '436')]
    """
    claims: list[Claim] = []
    figures = [find_quantities(text) for text in texts]
    for block, text in enumerate(texts):
        qs = figures[block]
        for i, p in enumerate(qs):
            named = BASE_NAMED_AFTER.match(text, p.end)
            if p.kind != "percent" or named is None or i == 0 or qs[i - 1].kind not in ("count", "money"):
                continue
            part = qs[i - 1]
            if not PART_BEFORE.match(text[part.end : p.start]):
                continue
            words = SCOPE.sub(" ", named.group(1).lower())
            name = [w for w in re.findall(r"[^\W\d]+", words) if w not in FILLER_WORDS][:3]
            if not name:
                continue
            named_wholes = [
                (b, w)
                for b in (block - 1, block)
                if b >= 0
                for w in _with_ratio_sides(figures[b])
                if w.kind == part.kind
                and w.value > part.value
                and _measured_alike(w, part)
                and _names(texts[b], w, name)
            ]
            before = [(b, w) for b, w in named_wholes if b < block or w.end <= part.start]
            # the base may come after its share ("… chiếm 31,7% tổng số hội viên. … Toàn hội có 251 hội viên"), when
            # none is named before it ("Toàn tỉnh hiện có 498.502 người cao tuổi, chiếm 13,06% dân số … Có 72.664 …
            # chiếm 14% tổng số người cao tuổi; … 276.444 người cao tuổi tham gia …")
            wholes = before or [(b, w) for b, w in named_wholes if b == block and w.start > p.end]
            wholes = [(b, w) for b, w in wholes if not has_own_share(texts[b], w, figures[b])]
            span = sentence_of(text, part.start)
            claim = share_of_one(block, span, [w for _, w in wholes], part, p)
            if claim is None:
                continue
            whole_block = next(b for b, w in wholes if w is claim.quantities[0])
            whole_span = sentence_of(texts[whole_block], claim.quantities[0].start)
            claim.places = ((whole_block, whole_span), (block, span), (block, span))
            claims.append(claim)
    return claims


def _measured_alike(whole: Quantity, part: Quantity) -> bool:
    """The whole counts what the part counts: "6.409 doanh nghiệp (chiếm 40,1% tổng số doanh nghiệp thành lập …)"
    is not of "163.966 lao động" of the firms newly set up."""
    a, b = measure_key(whole), measure_key(part)
    return whole.kind != "count" or not a or not b or a == b or counts_alike(a, b)


def _with_ratio_sides(qs: list[Quantity]) -> list[Quantity]:
    """The figures, each x/y of counts as its two sides ("2.935/3.327 cử tri": 3.327 is all the voters)."""
    out = []
    for q in qs:
        if q.kind == "ratio" and not q.money:
            out += [ratio_side(q, "numerator"), ratio_side(q, "denominator")]
        else:
            out.append(q)
    return out


def _names(text: str, q: Quantity, name: list[str]) -> bool:
    """The words before ``q`` or its unit hold the name, not as what ``q`` is compared with."""
    own = " ".join(re.findall(r"[^\W\d]+", (text[max(0, q.start - 60) : q.start] + " " + q.unit).lower()))
    # "giảm trừ so với giá trị đề nghị quyết toán … là 294,12 tỷ đồng": compared with it, not it
    if f"so với {' '.join(name)}" in own:
        return False
    # "đã xử lý 422.801 đơn" is the "tổng số đơn đã xử lý": the name's head is the figure's unit, its other words
    # are said of the figure in its clause
    head, rest = name[0], name[1:]
    clause = re.split(r"[,;:.]", text[max(0, q.start - 60) : q.start])[-1].lower()
    unit = q.unit.lower().split()
    phrase = " ".join(name)
    if phrase in own and re.search(r"\bcó\b", own.rsplit(phrase, 1)[1]):
        return False  # "công chức cấp xã có trình độ Đại học … là 109": a group narrower than the one named
    return phrase in own or (
        bool(rest) and unit[:1] == [head] and all(re.search(rf"\b{re.escape(w)}\b", clause) for w in rest)
    )
