"""Grades of one rated whole: pupils by học lực (giỏi, khá, trung bình, yếu, kém) or hạnh kiểm (tốt, khá, trung
bình, yếu), by the grades of Thông tư 22/2021 (tốt, khá, đạt, chưa đạt) or of primary school (hoàn thành tốt,
hoàn thành, chưa hoàn thành; tốt, đạt, cần cố gắng). Everyone rated has one grade, so the
grades' shares never add up to more than 100 %, and add up to it when every grade of the scale is named — with
a share, or as none ("không có học sinh yếu, kém").

A sentence gives each share its grade by the words right before it ("xếp loại giỏi đạt 29,63%, khá 44,58%") or,
when none are there, right after it ("53,3% đạt trung bình"); a table gives a row to each grade ("Tốt 79,9% 79,4%
…" / "Đạt 20,0% 20,6% …"), and its columns add up. A share in brackets after "trong đó" is of a grade, not
another grade ("98% … hoàn thành tốt (trong đó 17,2% …)"), and a grade "trở lên" holds those above it. Officials'
and party members' grades (hoàn thành xuất sắc, tốt, hoàn thành, không hoàn thành nhiệm vụ) are not read: reports
give them nested as often as side by side. A warning: the grades are read from words.

>>> text = "Về xếp loại tốt nghiệp, số học sinh xếp loại giỏi đạt 29,63%, khá 44,58%, trung bình {}%."
>>> [(c.status, round(c.computed, 2)) for c in grade_claims(text.format("25,79"))]
[('ok', 100.0)]
>>> [(c.status, c.severity) for c in grade_claims(text.format("35,79"))]
[('fail', 'warning')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..text import squash
from .claim import Claim, shares_claim
from .claim_finders import brackets, in_brackets
from .quantities import Quantity, find_quantities
from .sentences import by_sentence

# longest first, so that "hoàn thành tốt" is one grade, not "tốt"
GRADE = re.compile(
    r"\b(hoàn\s+thành\s+xuất\s+sắc|hoàn\s+thành\s+tốt|(?:chưa|không)\s+hoàn\s+thành|hoàn\s+thành|chưa\s+đạt"
    r"|cần\s+cố\s+gắng|xuất\s+sắc|giỏi|khá|trung\s+bình|yếu|kém|tốt(?!\s+nghiệp))\b",
    re.IGNORECASE,
)
SCALES = [
    ("giỏi", "khá", "trung bình", "yếu", "kém"),
    ("tốt", "khá", "trung bình", "yếu"),
    ("tốt", "khá", "đạt", "chưa đạt"),
    ("hoàn thành tốt", "hoàn thành", "chưa hoàn thành"),
    ("tốt", "đạt", "cần cố gắng"),
    ("tốt", "đạt", "chưa đạt"),
]
# what is rated: a sentence with grades of no such whole ("tăng khá", "mức trung bình") says nothing of grades
RATED = re.compile(
    r"học\s+lực|hạnh\s+kiểm|xếp\s+loại|rèn\s+luyện|học\s+tập|phẩm\s+chất|năng\s+lực|đánh\s+giá|nhiệm\s+vụ",
    re.IGNORECASE,
)
# "hoàn thành tốt nhiệm vụ trở lên": a grade and those above it, not one grade
CUMULATIVE = re.compile(r"\btrở\s+lên\b", re.IGNORECASE)
TRONG_DO = re.compile(r"\s*\btrong\s+đó\b", re.IGNORECASE)
NONE_OF = re.compile(r"\bkhông\s+có\b[^.;\d]{0,40}$", re.IGNORECASE)
BEFORE = 40  # characters before a share that may hold its grade
AFTER = 35  # and after it, when none come before
ROW = re.compile(
    r"^\s*(Tốt|Khá|Đạt|Chưa\s+đạt|Cần\s+cố\s+gắng|Hoàn\s+thành\s+tốt|Hoàn\s+thành|Chưa\s+hoàn\s+thành)\b"
)


def grade_claims(text: str, block: int = 0) -> list[Claim]:
    qs = find_quantities(text)
    return [c for span, here in by_sentence(text, qs) for c in _sentence(text, block, span, here)]


def _sentence(text: str, block: int, span, here: list[Quantity]) -> list[Claim]:
    if not RATED.search(text, span[0], span[1]):
        return []
    # "(chiếm 44,5%)" is a grade's own share; "(trong đó 17,2% hoàn thành xuất sắc)" is a part of one
    pairs = list(brackets(text, *span))
    bracketed = in_brackets([(o, c) for o, c in pairs if TRONG_DO.match(text, o + 1)])

    def aside(m: re.Match) -> bool:
        """A grade named in brackets is no share's own: "(trong đó 20,5% tốt toàn diện)"."""
        return any(o < m.start() < c for o, c in pairs)

    graded: list[tuple[Quantity, tuple[str, ...]]] = []
    taken: set[int] = set()
    for i, p in enumerate(here):
        if p.kind != "percent" or bracketed(p) or p.above or p.approx:
            continue
        left = max(here[i - 1].end if i else span[0], p.start - BEFORE)
        grades = [m for m in GRADE.finditer(text, left, p.start) if m.start() not in taken and not aside(m)]
        if not grades:
            right = min(here[i + 1].start if i + 1 < len(here) else span[1], p.end + AFTER)
            grades = [
                m for m in GRADE.finditer(text, p.end, right) if m.start() not in taken and not aside(m)
            ][:1]
        if not grades or TRONG_DO.search(text[left : p.start]):
            if graded:
                break  # the list ends at a share of no grade, or of a part of one
            continue
        taken |= {m.start() for m in grades}
        graded.append((p, tuple(squash(m.group(1)).lower() for m in grades)))
    if len(graded) < 2 or CUMULATIVE.search(text, span[0], span[1]):
        return []
    named = [g for _, gs in graded for g in gs]
    if len(set(named)) < len(named):
        return []  # a grade twice: two rated wholes ("học lực giỏi …, hạnh kiểm tốt …")
    none = {
        squash(m.group(1)).lower()
        for m in GRADE.finditer(text, graded[-1][0].end, span[1])
        if _after_none(text, m)
    }
    return _claim(block, span, graded, none)


def _after_none(text: str, m: re.Match) -> bool:
    """The grade is named as held by none: "không có học sinh yếu, kém"."""
    return bool(NONE_OF.search(text, max(0, m.start() - 60), m.start()))


def _claim(block: int, span, graded: list[tuple[Quantity, tuple[str, ...]]], none: set[str]) -> list[Claim]:
    named = {g for _, gs in graded for g in gs}
    scales = [s for s in SCALES if named <= set(s)]
    if not scales:
        return []
    claim = shares_claim(block, span, [p for p, _ in graded])
    complete = any(set(s) <= named | none for s in scales)
    if claim.status == "ok" or claim.computed > 100 or complete or _thins_out(graded, scales):
        claim.uncertain = True
        claim.notes.append("grades")
        return [claim]
    return []


def _thins_out(graded: list[tuple[Quantity, tuple[str, ...]]], scales: list[tuple[str, ...]]) -> bool:
    """Every grade named down to the lowest given, and what the list leaves for the grades below it is more than that
    lowest holds ("khá, giỏi 41,1%, 53,3% trung bình và chỉ có 2,6% học sinh học lực yếu": kém alone would be 3 %):
    the fewer pupils the lower the grade, so a share is mistyped."""
    for scale in scales:
        ranks = {g: scale.index(g) for _, gs in graded for g in gs}
        lowest = max(ranks.values())
        if set(ranks.values()) != set(range(lowest + 1)) or lowest + 1 == len(scale):
            continue
        last = next(p for p, gs in graded if any(ranks[g] == lowest for g in gs))
        left = 100 - sum(p.value for p, _ in graded)
        if left > last.value + sum(0.5 * 10.0**-p.decimals for p, _ in graded):
            return True
    return False


def grade_rows(texts: list[str], kinds: list[str]) -> list[Claim]:
    """A table with a row to each grade and a column to each class, its rows lines of one paragraph or paragraphs
    of their own ("Tốt 79,9% 79,4% …" / "Đạt 20,0% 20,6% …" / "Chưa đạt (Cần cố gắng)"): each column's shares
    add up.

    >>> rows = ["Tốt 76,5% 81,4% 77,0%", "Đạt 23,5% 18,6% 33,0%", "Chưa đạt (Cần cố gắng)"]
    >>> [(c.status, [b for b, _ in c.places]) for c in grade_rows(rows, ["paragraph"] * 3)]
    [('ok', [0, 1]), ('ok', [0, 1]), ('fail', [0, 1])]
    """
    lines = [
        (block, offset, line)
        for block, text in enumerate(texts)
        if kinds[block] in ("paragraph", "table")
        for offset, line in _lines(text)
    ]
    claims: list[Claim] = []
    run: list[tuple[str, list[tuple[int, Quantity]]]] = []
    for block, offset, line in [*lines, (-1, 0, "")]:
        row = ROW.match(line)
        if row:
            shares = [
                (block, replace(q, start=q.start + offset, end=q.end + offset))
                for q in find_quantities(line)
                if q.kind == "percent"
            ]
            run.append((squash(row.group(1)).lower(), shares))
            continue
        claims += _columns(run)
        run = []
    return claims


def _lines(text: str):
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def _columns(run: list[tuple[str, list[tuple[int, Quantity]]]]) -> list[Claim]:
    full = [(g, shares) for g, shares in run if shares]
    width = len(full[0][1]) if full else 0
    if len(full) < 2 or any(len(shares) != width for _, shares in full):
        return []
    none = {g for g, shares in run if not shares}  # a grade's row left blank: no one holds it
    claims = []
    for k in range(width):
        column = [shares[k] for _, shares in full]
        graded: list[tuple[Quantity, tuple[str, ...]]] = [(q, (g,)) for (g, _), (_, q) in zip(full, column)]
        for claim in _claim(column[0][0], (column[0][1].start, column[-1][1].end), graded, none):
            claim.places = tuple((b, (q.start, q.end)) for b, q in column)
            claims.append(claim)
    return claims
