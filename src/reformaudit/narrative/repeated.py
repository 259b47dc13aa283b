"""The same quantity stated again with another number: named by the same six words before and after it, at the same
level, in different paragraphs ("… toàn tỉnh đã tiếp nhận 12.345 hồ sơ thủ tục hành chính của tổ chức, cá nhân" and,
further on, "… toàn tỉnh đã tiếp nhận 12.354 hồ sơ thủ tục hành chính của tổ chức, cá nhân")."""

from __future__ import annotations

import re

from .claim import Claim
from .claim_finders import TIMES
from .quantities import WORD, Quantity, find_quantities

WORDS_AFTER = 6


WORDS_BEFORE = 6


FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def _subject(text: str, q: Quantity) -> str | None:
    """The words around a count that name what it counts, or None when they are too few to be sure. The figures
    among the words before it belong to what it counts: "huyện Ba Bể có 15 đơn vị … (giảm 01 đơn vị …)" and
    "huyện Bạch Thông có 14 đơn vị … (giảm 03 đơn vị …)" are two districts' figures, not one said twice."""
    after = q.unit.split(" ")
    lead = text[max(0, q.start - 60) : q.start]
    before = [w.lower() for w in WORD.findall(lead)][-WORDS_BEFORE:]
    if len(after) < WORDS_AFTER or len(before) < WORDS_BEFORE:
        return None
    return " ".join(before + FIGURE.findall(lead)) + " # " + " ".join(after[:WORDS_AFTER])


LEVELS = re.compile(r"cấp (?:tỉnh|huyện|xã)", re.IGNORECASE)


def _levels(text: str, q: Quantity) -> frozenset[str]:
    """The administrative levels named in the lead of a paragraph and before a quantity."""
    return frozenset(
        m.lower() for m in LEVELS.findall(text[:40] + " " + text[max(0, q.start - 80) : q.start])
    )


# the period a heading or a paragraph's lead names: "Thông cáo … tháng 8 năm 2021", "Năm 2020, …"
PERIOD = re.compile(r"\b(?:tháng|quý|năm)\s+[\dIVX]+(?:/\d{4})?(?:\s+năm\s+\d{4})?", re.IGNORECASE)
HEADING = 120  # a paragraph this short, before the one a figure stands in, may be its heading


def _periods(texts: list[str], block: int) -> frozenset[str]:
    """The periods named in the lead of a paragraph, or in the short paragraph before it (its heading): the
    monthly bulletins of one page say the same words of other months."""
    leads = [texts[block][:80]]
    if block and len(texts[block - 1]) <= HEADING:
        leads.append(texts[block - 1])
    return frozenset(" ".join(m.lower().split()) for lead in leads for m in PERIOD.findall(lead))


def repeated_claims(texts: list[str]) -> list[Claim]:
    """The same quantity, named by the same words before and after it, at the same level and of the same period,
    stated with different numbers in different paragraphs; a multiple ("tăng gấp 4 lần") is none."""
    seen: dict[tuple, list[tuple[int, Quantity]]] = {}
    for block, text in enumerate(texts):
        for q in find_quantities(text):
            subject = (
                _subject(text, q) if q.kind in ("count", "money") and not TIMES.match(text, q.end) else None
            )
            if subject:
                seen.setdefault((subject, _levels(text, q), _periods(texts, block)), []).append((block, q))
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
