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

from .claim import Claim, breakdown
from .measures import measure_key
from .quantities import Quantity, find_quantities
from .roles import AVERAGE
from .sentences import sentence_of

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
    s0, s1 = sentence_of(text, q.start)
    around = text[max(s0, q.start - AROUND) : min(s1, q.end + AROUND)].lower()
    return sum(1 for w in words if re.search(rf"\b{re.escape(w)}\b", around))


def named_sum_claims(texts: list[str], kinds: list[str]) -> list[Claim]:
    claims = []
    for block, text in enumerate(texts):
        if kinds[block] != "paragraph":
            continue
        qs = find_quantities(text)
        for match in TOTAL_OF_TWO.finditer(text):
            a, b = _words(match.group("a")), _words(match.group("b"))
            own_a, own_b = a - b, b - a
            if not own_a or not own_b:
                continue
            total = next((q for q in qs if q.start >= match.end() and q.kind in ("count", "money")), None)
            if total is None or "." in text[match.end() : total.start] or total.start - match.end() > 60:
                continue
            need_a, need_b = min(3, len(own_a)), min(3, len(own_b))
            part_a = _nearest(texts, kinds, block, total, own_a, need_a, (own_b, need_b))
            part_b = _nearest(texts, kinds, block, total, own_b, need_b, (own_a, need_a))
            if part_a is None or part_b is None or part_a[1] is part_b[1]:
                continue
            span = sentence_of(text, total.start)
            claim = breakdown(block, span, total, [part_a[1], part_b[1]], True, uncertain=True)
            claim.places = ((block, span), _place(texts, part_a), _place(texts, part_b))
            claim.notes.append("named sum")
            claims.append(claim)
    return claims


def _nearest(
    texts, kinds, block: int, before: Quantity, words: set[str], need: int, other=(set(), 1)
) -> tuple[int, Quantity] | None:
    """The nearest figure before ``before``, of its kind and measure, named by ``need`` of ``words`` and not by the
    ``other`` part's (a figure named by both is another such total), not an average."""
    for b in range(block, max(-1, block - LOOK_BACK - 1), -1):
        if kinds[b] != "paragraph":
            continue
        for q in reversed(find_quantities(texts[b])):
            if b == block and q.start >= before.start:
                continue
            alike = q.kind == before.kind and (q.kind == "money" or measure_key(q) == measure_key(before))
            average = AVERAGE.search(texts[b][max(0, q.start - AROUND) : q.start])
            if alike and not q.per and not average and _named(texts[b], q, words) >= need:
                if other[0] and _named(texts[b], q, other[0]) >= other[1]:
                    continue
                return b, q
    return None


def _place(texts: list[str], found: tuple[int, Quantity]) -> tuple[int, tuple[int, int]]:
    block, q = found
    return block, sentence_of(texts[block], q.start)


# "Nếu tính cả 240 nghìn tỷ đồng vốn đăng ký tăng thêm …, tổng số vốn đăng ký … là 395,1 nghìn tỷ đồng"
COUNTING_TOO = re.compile(r"\bnếu\s+tính\s+cả\s+$", re.IGNORECASE)
TOTAL_NAMED = re.compile(r"\btổng\s+(?:số\s+)?(?P<name>(?:[^\W\d]+\s+){2})", re.IGNORECASE)


def counting_too_claims(texts: list[str], kinds: list[str]) -> list[Claim]:
    """ "… với tổng số vốn đăng ký là 1.590,9 nghìn tỷ đồng …. Nếu tính cả 3.172,7 nghìn tỷ đồng vốn đăng ký tăng
    thêm … thì tổng số vốn đăng ký bổ sung vào nền kinh tế … là 4.763,5 nghìn tỷ đồng": the total counting the
    added amount too is the figure before it and that amount; the figure before is the nearest earlier one of the
    same kind whose words hold the total's name, not an average (a warning)."""
    claims = []
    for block, text in enumerate(texts):
        if kinds[block] != "paragraph":
            continue
        qs = find_quantities(text)
        for i, added in enumerate(qs):
            if not COUNTING_TOO.search(text[max(0, added.start - 15) : added.start]):
                continue
            span = sentence_of(text, added.start)
            named = TOTAL_NAMED.search(text, added.end, span[1])
            total = next(
                (q for q in qs[i + 1 :] if named and q.start > named.end() and q.kind == added.kind), None
            )
            if named is None or total is None or total.start >= span[1]:
                continue
            name = _words(named.group("name"))
            earlier = _nearest(texts, kinds, block, added, name, len(name))
            if earlier is None:
                continue
            claim = breakdown(block, span, total, [earlier[1], added], True, uncertain=True)
            claim.places = ((block, span), _place(texts, earlier), (block, span))
            claim.notes.append("named sum")
            claims.append(claim)
    return claims
