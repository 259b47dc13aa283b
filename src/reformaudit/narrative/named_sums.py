"""A total named as two things the text has given, one after the other: "Tổng số doanh nghiệp thành lập mới và
doanh nghiệp quay trở lại hoạt động trong 6 tháng lên 87.200 doanh nghiệp" after "62.000 doanh nghiệp đăng ký
thành lập mới" and "25.200 doanh nghiệp quay trở lại hoạt động": it is their sum. Each part is the nearest earlier
figure of the total's kind whose words hold what names it and not the other; read from words across sentences,
a sum that does not hold is a warning.

>>> texts = ["Cả nước có 62.000 doanh nghiệp thành lập mới.", "Có 25.200 doanh nghiệp quay trở lại hoạt động.",
...          "Tổng số doanh nghiệp thành lập mới và doanh nghiệp quay trở lại hoạt động lên 87.200 doanh nghiệp."]
>>> [(c.status, [q.raw for q in c.quantities]) for c in named_sum_claims(texts, ["paragraph"] * 3)]
[('ok', ['87.200', '62.000', '25.200'])]
"""

from __future__ import annotations

import re

from .breakdowns import measure_key
from .claim import Claim, breakdown
from .quantities import Quantity, find_quantities, sentences

# "tổng số doanh nghiệp thành lập mới và doanh nghiệp quay trở lại hoạt động (trong 6 tháng) lên 87.200"
TOTAL_OF_TWO = re.compile(
    r"\btổng\s+(?:số\s+)?(?P<a>(?:[^\W\d]+\s+){1,6}?)và\s+(?P<b>(?:[^\W\d]+\s*){1,8}?)"
    r"(?=\s*(?:trong|tại|của|là|lên|đạt|:|\d))",
    re.IGNORECASE,
)
FILLER = {"số", "các", "của", "đã", "được", "có", "là", "những"}
LOOK_BACK = 4  # paragraphs before the total's own where its parts may stand
AROUND = 45  # characters on each side of a figure that may hold its name


def _words(phrase: str) -> set[str]:
    return {w for w in phrase.lower().split() if w not in FILLER}


def _named(text: str, q: Quantity, words: set[str]) -> int:
    s0, s1 = next(((s, e) for s, e in sentences(text) if s <= q.start < e), (0, len(text)))
    around = text[max(s0, q.start - AROUND) : min(s1, q.end + AROUND)].lower()
    return sum(1 for w in words if re.search(rf"\b{re.escape(w)}\b", around))


def named_sum_claims(texts: list[str], kinds: list[str]) -> list[Claim]:
    claims = []
    for block, text in enumerate(texts):
        if kinds[block] != "paragraph":
            continue
        for match in TOTAL_OF_TWO.finditer(text):
            a, b = _words(match.group("a")), _words(match.group("b"))
            own_a, own_b = a - b, b - a
            if not own_a or not own_b:
                continue
            qs = find_quantities(text)
            total = next((q for q in qs if q.start >= match.end() and q.kind in ("count", "money")), None)
            if total is None or "." in text[match.end() : total.start] or total.start - match.end() > 60:
                continue
            part_a = _nearest(texts, kinds, block, total, own_a)
            part_b = _nearest(texts, kinds, block, total, own_b)
            if part_a is None or part_b is None or part_a[1] is part_b[1]:
                continue
            span = next(((s, e) for s, e in sentences(text) if s <= total.start < e), (0, len(text)))
            claim = breakdown(block, span, total, [part_a[1], part_b[1]], True, uncertain=True)
            claim.places = ((block, span), _place(texts, part_a), _place(texts, part_b))
            claim.notes.append("named sum")
            claims.append(claim)
    return claims


def _nearest(texts, kinds, block: int, total: Quantity, words: set[str]) -> tuple[int, Quantity] | None:
    """The nearest figure before ``total``, of its kind, named by at least two of ``words`` (all when fewer)."""
    need = min(2, len(words))
    for b in range(block, max(-1, block - LOOK_BACK - 1), -1):
        if kinds[b] != "paragraph":
            continue
        for q in reversed(find_quantities(texts[b])):
            if b == block and q.start >= total.start:
                continue
            alike = q.kind == total.kind and (q.kind == "money" or measure_key(q) == measure_key(total))
            if alike and not q.per and _named(texts[b], q, words) >= need:
                return b, q
    return None


def _place(texts: list[str], found: tuple[int, Quantity]) -> tuple[int, tuple[int, int]]:
    block, q = found
    return block, next(
        ((s, e) for s, e in sentences(texts[block]) if s <= q.start < e), (0, len(texts[block]))
    )
