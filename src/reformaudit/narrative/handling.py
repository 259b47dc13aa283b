"""Cases taken on and cases settled, as courts, procuracies, enforcement offices and complaint handlers report
them: "Thụ lý 2.738 vụ 5.554 bị cáo, giải quyết 2.247 vụ 4.233 bị cáo, đạt tỷ lệ 82,07%, còn lại 491 vụ"; "thụ
lý 36.550 vụ, việc …. … đã giải quyết 25.138 vụ, việc đạt tỷ lệ gần 70%". The rate settled is of those taken on,
and those taken on are the settled and the rest. What was taken on is read from the words before a count, in its
sentence or the one before, so a relation that does not hold is a warning.

>>> text = "Thụ lý 2.738 vụ, giải quyết 2.247 vụ, đạt tỷ lệ 82,07%, còn lại 491 vụ."
>>> [(c.kind, c.status) for c in handling_claims(text)]
[('ratio', 'ok'), ('breakdown', 'ok')]
"""

from __future__ import annotations

import re

from .claim import Claim, breakdown, first_fitting, rate_of
from .measures import measure_key
from .quantities import NOTE_MARK, Quantity, find_quantities
from .sentences import by_sentence

ENDS = r"\s*:?\s*$"  # "Tổng số phải thi hành là: 843.102 việc"
TAKEN = re.compile(
    r"(?:thụ\s+lý|phải\s+giải\s+quyết|phải\s+thi\s+hành(?:\s+án)?)(?:\s+(?:mới|là|được|tổng\s+số))*" + ENDS,
    re.I,
)
SETTLED = re.compile(
    r"(?:giải\s+quyết(?:\s+xong)?|xét\s+xử|thi\s+hành\s+xong)(?:\s+(?:được|là|xong))*" + ENDS, re.IGNORECASE
)
# "Số có điều kiện thi hành là 435.752 việc": the part of what was taken on that can be settled
ELIGIBLE = re.compile(
    r"(?<!chưa\s)có\s+điều\s+kiện(?:\s+(?:thi\s+hành|giải\s+quyết))?(?:\s+(?:là|được))*" + ENDS, re.I
)
NAMED_ELIGIBLE = re.compile(r"(?<!chưa\s)\bcó\s+điều\s+kiện", re.IGNORECASE)
LEFT = re.compile(r"\bcòn(?:\s+lại)?(?:\s+(?:là|tồn))?\s*$", re.IGNORECASE)
# "…, đạt tỷ lệ 82,07%", "…; đạt tỉ lệ 51,66%"
RATE_CUE = re.compile(
    r"^(?:[^.;]|\.(?=\d)){0,40}?[;,]?\s*(?:đạt|chiếm|bằng)\s*(?:(?:tỷ|tỉ)\s+lệ)?\s*(?:gần|khoảng|trên|hơn)?\s*$",
    re.I,
)
LOOK_BACK = 25
# what may stand between a count settled and its rate: its change, what it is compared with ("Thi hành xong 243.028
# việc (tăng 1.258 việc), đạt tỉ lệ 53,08%", "… 576.933 việc (giảm 2.323 việc) so với cùng kỳ năm 2019, đạt …")
ASIDES = re.compile(r"\([^()]*\)|so\s+với\s+cùng\s+kỳ(?:\s+năm\s+\d{4})?", re.IGNORECASE)


def handling_claims(text: str, block: int = 0) -> list[Claim]:
    claims: list[Claim] = []
    earlier: list[Quantity] = []
    earlier_start = 0
    for (s0, s1), here in by_sentence(text, find_quantities(text)):
        taken_here = [q for q in here if stage_of(text, q, s0) == "taken"]
        for settled in [q for q in here if stage_of(text, q, s0) == "settled"]:
            # "Số có điều kiện thi hành là 435.752 việc, … . Số thi hành xong là 225.116 việc; đạt tỉ lệ 51,66%": the
            # rate settled is of those that can be, when the account names them
            eligible = [
                q for q in here if q.end <= settled.start and stage_of(text, q, s0) == "eligible"
            ] or [q for q in earlier if stage_of(text, q, earlier_start) == "eligible"]
            candidates = [
                q for q in taken_here if q.end <= settled.start and not _new_beside_carried(text, q, s0)
            ] or [q for q in earlier if stage_of(text, q, earlier_start) == "taken"]
            # of those that can be settled when the account names them (the indicator's definition), else of all;
            # of the total named right after the rate when there is one
            taken = (
                _total_after_rate(text, here, settled)
                or next((q for q in reversed(eligible) if _alike(q, settled)), None)
                or next((q for q in reversed(candidates) if _alike(q, settled)), None)
            )
            if taken is None or taken.value < 1 or "+" in text[taken.end : taken.end + 20]:
                continue  # "thụ lý mới 624 vụ việc + 89 vụ việc tháng trước chuyển sang": a sum, not one count
            # "thụ lý 7.259 việc, …, trong đó 5.422 việc có điều kiện giải quyết, đã giải quyết xong 4.918 việc,
            # đạt tỷ lệ 90,7%": the rate may be of a part of what was taken on
            subsets = [
                q for q in here if taken.end <= q.start and q.end <= settled.start and _alike(q, settled)
            ]
            if (
                not subsets
                and taken not in eligible
                and NAMED_ELIGIBLE.search(text, taken.end, settled.start)
            ):
                continue  # "thụ lý hơn 11.800 việc, trong đó khoảng 76% là việc có điều kiện thi hành. Kết quả, đã thi
                # hành xong hơn 7.500 việc, đạt tỉ lệ gần 85%": of those that can be, which the text does not count
            span = (min(s0, taken.start), s1)
            claims += _relations(text, block, span, here, [*reversed(subsets), taken], settled)
        claims += _eligible_shares(text, block, (s0, s1), here, earlier, earlier_start)
        earlier, earlier_start = here, s0
    for claim in claims:
        claim.uncertain = True
        claim.notes.append("handling")
    return claims


TOTAL_AFTER = re.compile(r"^[)\s,]*(?:trong|trên)\s+tổng\s+số[^\d.;]{0,30}$", re.IGNORECASE)


def _total_after_rate(text: str, here: list[Quantity], settled: Quantity) -> Quantity | None:
    """ "Năm 2017, giải quyết 338.756 vụ (đạt 87,5%) trong tổng số 387.051 vụ": the total the rate is of."""
    after = [q for q in here if q.start >= settled.end]
    if len(after) < 2 or after[0].kind != "percent":
        return None
    total = after[1]
    if not TOTAL_AFTER.match(text[after[0].end : total.start]) or not _alike(total, settled):
        return None
    return total


def _eligible_shares(text, block, span, here, earlier, earlier_start) -> list[Claim]:
    """ "Tổng số phải thi hành là 578.515 việc. Số có điều kiện thi hành là 435.752 việc, chiếm 75,32%": the
    percent of those that can be settled is of what was taken on."""
    claims = []
    taken = [q for q in here if stage_of(text, q, span[0]) == "taken"]
    taken += [q for q in earlier if stage_of(text, q, earlier_start) == "taken"]
    for eligible in [q for q in here if stage_of(text, q, span[0]) == "eligible"]:
        bases = [
            q for q in taken if (q.end <= eligible.start or q in earlier) and q.value and _alike(q, eligible)
        ]
        # "Số phải thi hành án là 11.647 việc; trong đó, có điều kiện thi hành là 7.902 việc (chiếm 56,49% …)": of
        # the one its own sentence names, not of what the sentence before took on
        bases = [q for q in bases if q not in earlier] or bases
        after = [q for q in here if q.start >= eligible.end]
        # "… là 482.175 việc, giảm 87 việc (giảm 0,02% so với cùng kỳ năm 2016); chiếm 77,10% …": past its change
        percent = next((q for q in after if not _inside(q, text, eligible.end)), None)
        if not bases or percent is None or percent.kind != "percent":
            continue
        if not RATE_CUE.match(CHANGE.sub(" ", ASIDES.sub(" ", text[eligible.end : percent.start]))):
            continue
        after = [percent]
        # "tổng số thụ lý là 578.741 việc, trong đó tổng số phải thi hành là 578.515 việc": the one that fits
        claim, _ = first_fitting(
            rate_of(block, (min(span[0], base.start), span[1]), eligible, base, after[0])
            for base in sorted(bases, key=lambda q: -q.start)
        )
        claims += [claim] if claim else []
    return claims


CHANGE = re.compile(r"[,;]?\s*\b(?:tăng|giảm)\s+[\d.,]+(?:\s+[^\W\d]+)?", re.IGNORECASE)


def _inside(q: Quantity, text: str, start: int) -> bool:
    """``q`` stands in an aside after ``start`` (a bracket, a comparison) or is a change ("giảm 87 việc")."""
    between = text[start : q.end]
    return any(a <= q.start - start < b for a, b in (m.span() for m in ASIDES.finditer(between))) or bool(
        re.search(r"\b(?:tăng|giảm)\s*$", text[max(start, q.start - 8) : q.start])
    )


NEW_INTAKE = re.compile(r"thụ\s+lý\s+mới(?:\s+(?:là|được))*\s*:?\s*$", re.IGNORECASE)
CARRIED = re.compile(r"chuyển\s+sang|chuyển\s+qua", re.IGNORECASE)


def _new_beside_carried(text: str, q: Quantity, start: int) -> bool:
    """``q`` is what was newly taken on, beside what was carried over ("Số cũ chuyển sang 2.548 việc; thụ lý mới
    5.621 việc"): one part of what is to be settled, not the whole a rate settled is of."""
    return bool(
        NEW_INTAKE.search(text[max(start, q.start - 20) : q.start]) and CARRIED.search(text, start, q.start)
    )


def _alike(a: Quantity, b: Quantity) -> bool:
    """Amounts of money, or counts of one measure."""
    return a.kind == b.kind and (a.kind == "money" or measure_key(a) == measure_key(b))


def stage_of(text: str, q: Quantity, start: int) -> str | None:
    if q.kind not in ("count", "money"):
        return None
    words = NOTE_MARK.sub("", text[max(start, q.start - LOOK_BACK - 10) : q.start])
    if ELIGIBLE.search(words):
        return "eligible"
    words = words[-LOOK_BACK:]
    if TAKEN.search(words):
        return "taken"
    if SETTLED.search(words):
        return "settled"
    return "left" if LEFT.search(words) else None


def _relations(
    text, block, span, here: list[Quantity], bases: list[Quantity], settled: Quantity
) -> list[Claim]:
    claims = []
    taken = bases[-1]
    after = [q for q in here if q.start >= settled.end]
    # past the settled count's change: "đã thi hành xong là 5.192 việc, tăng 107 việc (tăng 2,1%) so với cùng kỳ năm
    # 2019; đạt tỉ lệ 68,89%"
    percent = next((q for q in after if q.kind == "percent" and not _inside(q, text, settled.end)), None)
    if percent is not None and RATE_CUE.match(
        CHANGE.sub(" ", ASIDES.sub(" ", text[settled.end : percent.start]))
    ):
        readings = (rate_of(block, span, settled, b, percent) for b in bases if b.value)
        claim, _ = first_fitting(readings)
        asides = [m.span() for m in ASIDES.finditer(text, settled.end, percent.start)]
        between = [
            q
            for q in after
            if q.start < percent.start
            and not any(a <= q.start < b for a, b in asides)
            and not _inside(q, text, settled.end)
        ]
        # "giải quyết 2.247 vụ 4.233 bị cáo, đạt tỷ lệ 82,07%": of cases or of defendants; unsure unless it fits
        if claim is not None and (claim.status != "fail" or not between):
            claims.append(claim)
    left = next((q for q in after if _alike(q, settled)), None)
    if (
        left is not None
        and stage_of(text, left, settled.end) == "left"
        and ";" not in text[settled.end : left.start]
    ):
        claims.append(breakdown(block, span, taken, [settled, left], True))
    return claims
