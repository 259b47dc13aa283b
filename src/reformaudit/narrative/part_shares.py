"""Percents of parts whose whole the sentence before gives: "… có 363 cán bộ, công chức cấp xã. Trong đó, đại học
326 người, chiếm 89,8%", and a part's share of one of several wholes (``share_of_one``)."""

from __future__ import annotations

import re

from .breakdowns import SHARE_WORD, can_be_whole, has_own_share, of_the_wholes_base
from .claim import Claim, first_fitting, make_one_hundred, part_share, rate_status
from .claim_finders import changed
from .earlier_totals import part_share_pairs
from .measures import counts_alike, measure_key
from .partitions import BRACKETED_SHARE
from .quantities import Quantity, find_quantities
from .roles import AVERAGE
from .trong_do_sentences import COMPANION_GAP

# a part's percent of its whole ("chiếm 89,8%"), not a rate of its own plan ("đạt 89% kế hoạch")
SHARE_CUE = re.compile(r"(?:chiếm|(?:tỷ|tỉ)\s+lệ)\s*(?:(?:tỷ|tỉ)\s+lệ)?\s*(?:khoảng|gần|trên|hơn)?\s*$", re.I)
NAMES_TOTAL = re.compile(r"\s*(?:so\s+với|trên|của|trong)?\s*tổng\s+[^\W\d]", re.I)
# "có gần 3.700 em đạt giải, tỷ lệ 59%": a count's share given after it as its rate
RATE_AFTER_COMMA = re.compile(r",\s*(?:đạt\s+)?(?:tỷ|tỉ)\s+lệ\s*(?:khoảng|gần|trên|hơn)?\s*$", re.I)
NAMES_BASE = re.compile(r"\s*(?:so\s+với|trên|của|trong)?\s*(?:tổng\s+)?số\b", re.I)


def share_of_one(block, span, wholes: list[Quantity], part: Quantity, percent: Quantity) -> Claim | None:
    """``percent`` as ``part``'s share of one of ``wholes`` (the nearest last): the first that fits, else the nearest
    when it is the only one or comes within a point of the percent; None when which whole is meant is unknown. Read
    from the shape of the text, so a warning at most."""
    readings = (part_share(block, span, w, part, percent, slack=True) for w in reversed(wholes))
    claim, tried = first_fitting(readings)
    if claim is None or (tried > 1 and claim.status == "fail" and abs(claim.computed - claim.stated) > 1):
        return None
    claim.uncertain = True
    return claim


# what opens the parts of a whole given before: "Trong đó", "Cơ cấu các dân tộc:", "Chia theo giới tính:"
AS_FOLLOWS = re.compile(r"như\s+sau\s*:", re.IGNORECASE)
PARTS_OPEN = re.compile(
    r"trong\s+đó|(?:cơ\s+cấu|thành\s+phần)[^:.;\d]{0,40}:|(?:chia|phân)\s+theo[^:.;\d]{0,40}:|"
    + AS_FOLLOWS.pattern,
    re.IGNORECASE,
)
# a structure announced in the sentence that gives its whole: "Cơ cấu, thành phần 103 người …, như sau: nữ: 37 …"
STRUCTURE_OF = re.compile(r"\b(?:cơ\s+cấu|thành\s+phần)\b", re.IGNORECASE)


def structure_whole_shares(text: str, block: int, span, qs: list[Quantity]) -> list[Claim]:
    """The parts' shares of a whole their own sentence gives before "như sau:", when it announces a structure:
    "Cơ cấu, thành phần 103 người đủ tiêu chuẩn …, như sau: nữ: 37 ứng cử viên (đạt tỷ lệ 35,92%); …" — read as
    the whole in the sentence before (:func:`earlier_whole_shares`), a warning at most."""
    opener = AS_FOLLOWS.search(text, span[0], span[1])
    if opener is None or not STRUCTURE_OF.search(text, span[0], opener.start()):
        return []
    return earlier_whole_shares(text, block, (span[0], opener.start()), (opener.start(), span[1]), qs)


BASE_BEFORE = re.compile(r"\btrên\s+(?:tổng\s+)?số\b[^\d;]*$", re.IGNORECASE)


def earlier_whole_shares(text: str, block: int, prev_span, span, qs: list[Quantity]) -> list[Claim]:
    """A part's percent whose whole is in the sentence before: "… có 363 cán bộ, công chức cấp xã. Trong đó, đại
    học 326 người, chiếm 89,8%; sau đại học 15 người, chiếm 4,2%", or an amount ("… đạt 1.946 tỷ đồng …. Trong đó:
    vốn ngân sách nhà nước đạt 744 tỷ đồng, chiếm 38,2%"). The whole is the figure of the part's measure there; of
    several, the one its percent fits, or the nearest when it is within a point. Read from the shape of
    two sentences: a warning at most.

    >>> from reformaudit.narrative.quantities import find_quantities
    >>> from reformaudit.narrative.sentences import sentences
    >>> text = "Huyện có 363 cán bộ. Trong đó, đại học 326 người, chiếm 89,8%; sau đại học 15 người, chiếm 4,2%."
    >>> first, second = sentences(text)
    >>> [(c.status, c.severity) for c in earlier_whole_shares(text, 0, first, second, find_quantities(text))]
    [('ok', None), ('fail', 'warning')]
    """
    cut = PARTS_OPEN.search(text, span[0], span[1])
    here = [q for q in qs if span[0] <= q.start < span[1]]
    if cut and any(q.end <= cut.start() and q.kind in ("count", "money", "ratio") for q in here):
        return []
    opens = (
        cut.end() if cut else span[0]
    )  # without "trong đó", a part whose sentence gives no whole of its kind
    wholes = [
        q
        for q in qs
        if prev_span[0] <= q.start < prev_span[1]
        and q.kind in ("count", "money")
        and not changed(text, q, prev_span[0])  # "giảm 5.842 hộ so với cuối năm 2019": a change, no whole
        and not AVERAGE.search(text[max(prev_span[0], q.start - 60) : q.start])
        # "… hơn 3 triệu người (chiếm 16,48%). Trong khi đó, Kiên Giang … 33.541 công dân (chiếm 0,18%)": with no
        # "trong đó", a figure with its own share is the part's sibling, not its whole
        and (cut or not has_own_share(text, q, qs))
    ]
    joined = (prev_span[0], span[1])
    claims = []
    for i, p in enumerate(here):
        if p.kind != "percent" or not SHARE_CUE.search(text[max(span[0], p.start - 25) : p.start]):
            continue
        if NAMES_BASE.match(text[p.end : p.end + 40]):
            continue  # "chiếm 0,02% số hồ sơ nhận mới": its whole is the one it names, not the nearest
        parts = [
            q
            for q in here[:i]
            if q.kind in ("count", "money") and q.start >= opens and not changed(text, q, span[0])
        ]
        if not parts or p.start - parts[-1].end > 70 or re.search(r"[;]", text[parts[-1].end : p.start]):
            continue
        part = parts[-1]
        if part.kind == "money" and NAMES_TOTAL.match(text, p.end):
            continue  # "81,4 tỷ đồng, chiếm tỷ lệ 1% tổng giá trị đề nghị quyết toán": of the total it names
        if any(q.kind == "percent" for q in here[here.index(part) + 1 : i]):
            continue  # "chiếm 43% tổng số thuế nợ và chiếm 3,2% tổng thu nội địa": the second is of another base
        if BASE_BEFORE.search(text, max(opens, part.start - 60), part.start):
            continue  # "… tái cử là 27 ứng cử viên tính trên số đại biểu … là 73 đại biểu (đạt tỷ lệ 36,99%)": a base
        key = measure_key(part)
        if not cut and (
            not BRACKETED_SHARE.match(text, part.end, p.start)
            or any(
                measure_key(q) == key and not BRACKETED_SHARE.match(text, q.end)
                for q in here[:i]
                if q.kind == part.kind and q is not part
            )
        ):
            continue  # "… vẫn còn 475 đơn vị (chiếm 0,85%) chưa …": only a share in brackets, of a whole before
        # "số dư dự kiến là 6 đồng chí, đạt 15,3%. Trong đó, tái cử: 31, …; cán bộ trẻ: 5, chiếm 10,2%": not of a
        # figure smaller than the part's own list
        largest = max(
            q.value for q in here if q.kind == part.kind and q.start >= opens and measure_key(q) == key
        )
        claim = _share_of_a_whole(block, joined, [w for w in wholes if w.value >= largest], part, p)
        earlier = parts[-2] if len(parts) > 1 else None
        if (
            (claim is None or claim.status != "ok")
            and earlier
            and COMPANION_GAP.fullmatch(text[earlier.end : part.start])
        ):
            # "39 vụ việc cũ với 83 lượt người (chiếm 39%)": the share may be of the first measure
            first = _share_of_a_whole(block, joined, wholes, earlier, p)
            claim = first if first is not None and first.status == "ok" else claim
        if claim is None:
            continue
        whole, part, percent = claim.quantities
        if claim.status == "fail" and of_the_wholes_base(text, qs, whole, part, percent):
            continue  # "… 28.926 thí sinh, chiếm 2,81%. Trong đó có 12.405 … (chiếm 1,2%)": of all the candidates
        claims.append(claim)
    return claims


def _share_of_a_whole(block, span, wholes: list[Quantity], part: Quantity, percent: Quantity) -> Claim | None:
    key = measure_key(part)
    candidates = [
        w
        for w in wholes
        if w.kind == part.kind and w.value > part.value and (not key or counts_alike(measure_key(w), key))
    ]
    return share_of_one(block, span, candidates, part, percent)


def larger_whole_shares(text: str, block: int, span, qs: list[Quantity]) -> list[Claim]:
    """A part's "chiếm" of a larger count of its kind earlier in its sentence: "Với 2.939 hộ, 11.925 khẩu …, có 5.600
    người trong độ tuổi lao động chiếm 47,3%" — the one that fits, else the only one; read from words, a warning.

    >>> from reformaudit.narrative.quantities import find_quantities
    >>> text = "Xã có 2.939 hộ, 11.925 khẩu, có 5.600 người trong độ tuổi lao động chiếm 47,3%."
    >>> [(c.status, c.quantities[0].raw) for c in larger_whole_shares(text, 0, (0, len(text)), find_quantities(text))]
    [('fail', '11.925')]
    """
    claims = []
    here = [q for q in qs if span[0] <= q.start < span[1]]
    for i, p in enumerate(here):
        before = text[max(span[0], p.start - 25) : p.start]
        if (
            p.kind != "percent"
            or i == 0
            or not (SHARE_WORD.search(before) or RATE_AFTER_COMMA.search(before))
        ):
            continue
        part = here[i - 1]
        gap = text[part.end : p.start]
        # "đề xuất bãi bỏ, đơn giản hóa 287 thủ tục hành chính (chiếm 56,5 %)": a bracket may hold the share only
        # "08 (có 01 đảng bộ và 07 chi bộ), chiếm tỷ lệ 15,67%": a bracket that closes before the share held an aside
        if (
            part.kind != "count"
            or ";" in gap
            or re.search(r"\((?!\s*chiếm)|\)", gap)
            or p.start - part.end > 80
        ):
            continue
        if NAMES_BASE.match(text[p.end : p.end + 40]) or not can_be_whole(text, part, span[0]):
            continue  # "chiếm 46% tổng số trường học": of the whole it names; "tăng 36 đơn vị": a change
        key = measure_key(part)
        wholes = [
            q
            for q in here[: i - 1]
            if q.kind == "count"
            and q.value > part.value
            and key
            and counts_alike(measure_key(q), key)
            and ";" not in text[q.end : part.start]
            and can_be_whole(text, q, span[0])
            and not has_own_share(text, q, here)
        ]
        claim = share_of_one(block, span, wholes, part, p) if wholes else None
        if (
            claim is not None
            and claim.status == "fail"
            and (
                claim.misread
                or _fits_elsewhere(find_quantities(text), part, p, key)
                or _of_its_own_list(text, here, part, p)
            )
        ):
            # "Có 1.388 đảng viên miễn đánh giá, 112 đảng viên chưa đánh giá, chiếm 1,37%": of the paragraph's 8.159;
            # "126 đại biểu … (chiếm 25%), 67 đại biểu … (chiếm 14%)": far off the count before, of a total not there
            claim = None
        if claim is not None:
            claims.append(claim)
    return claims


def _of_its_own_list(text: str, here: list[Quantity], part: Quantity, percent: Quantity) -> bool:
    """The percent is of the total of its own run of parts and shares, shares that make 100 %: "đất đai 57 đơn (chiếm
    78%), lĩnh vực văn hóa, xã hội 14 đơn (chiếm 19,2%); chế độ chính sách 2 đơn (chiếm 2,8%)" are of their 73 đơn, a
    total the text does not print, not of a larger count before them."""
    pairs = part_share_pairs(text, here, unnamed=True)
    at = next((k for k, (_, share) in enumerate(pairs) if share is percent), None)
    if at is None:
        return False
    for first in range(at + 1):
        for last in range(at + 1, len(pairs) + 1):
            run = pairs[first:last]
            total = sum(q.value for q, _ in run)
            if (
                len(run) >= 2
                and total
                and make_one_hundred([share for _, share in run])
                and rate_status(part.value / total * 100, percent.value, percent.decimals, percent.approx)
                == "ok"
            ):
                return True
    return False


def _fits_elsewhere(qs: list[Quantity], part: Quantity, percent: Quantity, key: str) -> bool:
    """Another count of the part's measure in the paragraph gives the percent exactly: the share is of that one."""
    return any(
        q.kind == "count"
        and q.value > part.value
        and counts_alike(measure_key(q), key)
        and rate_status(part.value / q.value * 100, percent.value, percent.decimals, percent.approx) == "ok"
        for q in qs
    )
