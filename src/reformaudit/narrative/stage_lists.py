"""A "Trong đó" sentence whose groups each give the stages the sentence before totals: "… phát hiện 35.951 vụ …; đã
xử phạt 35.421 vụ. Trong đó, các sở, ban, ngành … phát hiện 3.906 vụ, đã xử phạt 3.673 vụ; các cơ quan ngành dọc
phát hiện 32.045 vụ, đã xử phạt 31.751 vụ" — each stage's figures of the groups add up to its total (3.673 + 31.751
is 35.424, not 35.421).

The groups are all of the whole when one stage's figures of the first groups make its total exactly; a group after
them is of another cut (a group within a group: "lực lượng Công an" within "các cơ quan ngành dọc"). Which groups
those are is read from the numbers, so a stage that misses is a warning.

>>> from reformaudit.narrative.quantities import find_quantities
>>> from reformaudit.narrative.sentences import sentences
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
from .measures import measure_key
from .quantities import Quantity
from .ratio_lists import ratio_side
from .trong_do_sentences import opens_parts, stages_of


def stage_list_claims(text: str, block: int, prev_span, span, qs: list[Quantity]) -> list[Claim]:
    if not opens_parts(text, span):
        return []
    # "đã xử phạt 3.673 vụ/3.757 đối tượng": one thing in two measures, of which the first is listed
    counted = [ratio_side(q, "numerator") if q.kind == "ratio" and not q.money else q for q in qs]
    here = [q for q in counted if span[0] <= q.start < span[1] and q.kind == "count"]
    key = measure_key(here[0]) if here else ""
    here = [q for q in here if measure_key(q) == key]
    before = [q for q in counted if prev_span[0] <= q.start < prev_span[1] and q.kind == "count"]
    if len(here) < 4 or not before:
        return []
    stages = stages_of(text, span[0], here)
    order = [s for s in dict.fromkeys(stages) if s]
    if len(order) < 2 or any(not s for s in stages):
        return []
    # the groups: each gives the stages in the same order
    width = len(order)
    if len(here) % width or any(stages[i : i + width] != order for i in range(0, len(here), width)):
        return []
    groups = [here[i : i + width] for i in range(0, len(here), width)]
    totals: dict[str, Quantity] = {}
    for stage, q in zip(stages_of(text, prev_span[0], before), before):
        if stage in order and measure_key(q) == key:
            totals.setdefault(stage, q)
    if set(totals) != set(order):
        return []
    # how many groups are all of the whole: the first that some stage's figures make its total with
    n = next(
        (
            n
            for n in range(2, len(groups) + 1)
            if any(
                breakdown(block, span, totals[stage], [g[k] for g in groups[:n]], True).status == "ok"
                for k, stage in enumerate(order)
            )
        ),
        None,
    )
    if n is None:
        return []
    joined = (prev_span[0], span[1])
    return [
        breakdown(block, joined, totals[stage], [g[k] for g in groups[:n]], True, uncertain=True)
        for k, stage in enumerate(order)
    ]
