"""A "Trong đó" sentence whose groups each give the stages the sentence before totals: "… phát hiện 35.951 vụ …; đã
xử phạt 35.421 vụ. Trong đó, các sở, ban, ngành … phát hiện 3.906 vụ, đã xử phạt 3.673 vụ; các cơ quan ngành dọc
phát hiện 32.045 vụ, đã xử phạt 31.751 vụ" — each stage's figures of the groups add up to its total (3.673 + 31.751
is 35.424, not 35.421).

The groups are all of the whole when one stage's figures of the first groups make its total exactly; a group after
them is of another cut (a group within a group: "lực lượng Công an" within "các cơ quan ngành dọc"). Which groups
those are is read from the numbers, so a stage that misses is a warning.

>>> from reformaudit.narrative.quantities import find_quantities, sentences
>>> text = ("Toàn tỉnh phát hiện 3.100 vụ, đã xử phạt 3.000 vụ. Trong đó, cấp tỉnh phát hiện 1.100 vụ, đã xử phạt "
...         "1.000 vụ; cấp huyện phát hiện 2.000 vụ, đã xử phạt {} vụ.")
>>> def read(t):
...     first, second = sentences(t)
...     return [(c.status, c.stated, c.severity) for c in stage_list_claims(t, 0, first, second, find_quantities(t))]
>>> read(text.format("2.000"))
[('ok', 3100.0, None), ('ok', 3000.0, None)]
>>> read(text.format("2.003"))
[('ok', 3100.0, None), ('fail', 3000.0, 'warning')]
"""

from __future__ import annotations

from .claim import Claim, breakdown
from .claim_finders import TRONG_DO
from .measures import measure_key
from .quantities import Quantity
from .ratio_lists import ratio_side
from .trong_do_sentences import OF_THESE, stage_of


def stage_list_claims(text: str, block: int, prev_span, span, qs: list[Quantity]) -> list[Claim]:
    head = text[span[0] : span[1]].lstrip()
    if not (TRONG_DO.match(head) or OF_THESE.match(head)):
        return []
    # "đã xử phạt 3.673 vụ/3.757 đối tượng": one thing in two measures, of which the first is listed
    counted = [ratio_side(q, "numerator") if q.kind == "ratio" and not q.money else q for q in qs]
    here = [q for q in counted if span[0] <= q.start < span[1] and q.kind == "count"]
    key = measure_key(here[0]) if here else ""
    here = [q for q in here if measure_key(q) == key]
    before = [q for q in counted if prev_span[0] <= q.start < prev_span[1] and q.kind == "count"]
    if len(here) < 4 or not before:
        return []
    lefts = [span[0], *(q.end for q in here[:-1])]
    stages = [stage_of(text, q, left) for left, q in zip(lefts, here)]
    order = [s for s in dict.fromkeys(stages) if s]
    if len(order) < 2 or any(not s for s in stages):
        return []
    # the groups: each gives the stages in the same order
    groups = [here[i : i + len(order)] for i in range(0, len(here), len(order))]
    if any(len(g) != len(order) or [stages[here.index(q)] for q in g] != order for g in groups):
        return []
    totals = {}
    for left, q in zip([prev_span[0], *(b.end for b in before[:-1])], before):
        stage = stage_of(text, q, left)
        if stage in order and measure_key(q) == key and stage not in totals:
            totals[stage] = q
    if set(totals) != set(order):
        return []
    # how many groups are all of the whole: the first whose figures of some stage make its total
    counts = [
        n
        for n in range(2, len(groups) + 1)
        for k, stage in enumerate(order)
        if breakdown(block, span, totals[stage], [g[k] for g in groups[:n]], True).status == "ok"
    ]
    if not counts:
        return []
    n = min(counts)
    joined = (prev_span[0], span[1])
    claims = []
    for k, stage in enumerate(order):
        claim = breakdown(block, joined, totals[stage], [g[k] for g in groups[:n]], True, uncertain=True)
        claims.append(claim)
    return claims
