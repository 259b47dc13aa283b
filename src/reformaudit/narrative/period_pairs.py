"""A year's figures against the same figures of the year before, stated in sentences of the same shape: "Năm 2014,
CQĐT khởi tố mới 256 vụ, 593 bị can; … Năm 2015, CQĐT khởi tố mới 178 vụ, 317 bị can (giảm 43,8 số vụ và 87% số
bị can)"; "Năm 2015, … giải quyết được 308.585 vụ việc … Năm 2016, thụ lý 359.748 vụ, giải quyết 332.896 vụ … so với
cùng kì năm ngoái thụ lý tăng 26.598 vụ, giải quyết tăng 24.311 vụ". A change is of the figure it follows in a
bracket, of the measure it names ("số vụ"), or of the figure whose words it repeats ("thụ lý tăng"); the earlier
figure is the one with the same words and measure in the sentence of the year before. Read from the words around
the numbers, so a change that does not fit is at most a warning.

>>> text = "Năm 2022, tiếp nhận 1.200 hồ sơ. Năm 2023, tiếp nhận 1.350 hồ sơ (tăng 150 hồ sơ)."
>>> [([q.raw for q in c.quantities], c.status) for c in period_pair_claims(text)]
[(['1.200', '1.350', '150'], 'ok')]
"""

from __future__ import annotations

import re

from .change_checks import checked_change, is_change, measure_of
from .claim import Claim
from .quantities import Quantity, find_quantities
from .sentences import by_sentence, open_bracket

# the year a sentence is of, named as it opens: "Năm 2016, …", "Trong khi đó, năm 2014, …"
OPENING_YEAR = re.compile(
    r"\s*(?:(?:trong\s+khi\s+đó|còn|riêng)\s*,?\s*)?(?:trong\s+)?năm\s+((?:19|20)\d\d)\s*[,:]", re.IGNORECASE
)
COMPARISON = re.compile(
    r"so\s+(?:với\s+)?(?:cùng\s+k[ỳì]\s*)?(?:năm\s+(?:trước|ngoái|(?:19|20)\d\d))?", re.IGNORECASE
)
CHANGE_WORD = re.compile(r"(?:tăng|giảm)\s*(?:thêm\s*)?$", re.IGNORECASE)
# the measure a change names after it: "giảm 43,8 số vụ", "87% số bị can", "0,77% bị can"
NAMED_MEASURE = re.compile(r"\s*%?\s*(?:số\s+)?([^\W\d]+)", re.IGNORECASE)
FILLER = {"số", "các", "đã", "được", "cấp", "lượng"}
WORD = re.compile(r"[^\W\d_]+")
CLAUSE_END = re.compile(r"[;(]|\.\s")


def period_pair_claims(text: str, block: int = 0) -> list[Claim]:
    claims: list[Claim] = []
    earlier: tuple[int, list[Item]] | None = None
    for span, here in by_sentence(text, find_quantities(text)):
        opened = OPENING_YEAR.match(text, span[0])
        if not opened:
            earlier = None
            continue
        year = int(opened.group(1))
        deltas = [q for q in here if q.kind in ("count", "percent") and _is_delta(text, q, span[0])]
        delta_ids = {id(q) for q in deltas}
        items = _items(text, span, [q for q in here if q.kind == "count" and id(q) not in delta_ids])
        if earlier and earlier[0] == year - 1:
            for delta in deltas:
                claim = _pair(text, block, span, items, earlier[1], delta)
                if claim:
                    claims.append(claim)
        earlier = (year, items)
    return claims


Item = tuple[str, str, Quantity]


def _is_delta(text: str, q: Quantity, start: int) -> bool:
    """A change, also one a bracket of changes goes on to: "(giảm 43,8 số vụ và 87% số bị can)"."""
    if is_change(text, q, start):
        return True
    opened = open_bracket(text, start, q.start)
    return (
        opened >= 0
        and bool(CHANGES_BRACKET.match(text, opened))
        and bool(re.search(r"\svà\s*$", text[opened : q.start]))
    )


CHANGES_BRACKET = re.compile(r"\(\s*(?:tăng|giảm)\b", re.IGNORECASE)


def _items(text: str, span: tuple[int, int], counts: list[Quantity]) -> list[Item]:
    """Each count with the words that say what it is: those before it in its clause, or, with none, those of the
    count before it ("178 vụ, 317 bị can"); and those with the words after its unit ("333.159 vụ việc thụ lý")."""
    items: list[Item] = []
    left = span[0]
    role = ""
    for q in counts:
        words = text[left : q.start]
        if CLAUSE_END.search(words):
            role = ""
            words = CLAUSE_END.split(words)[-1]
        words = OPENING_YEAR.sub(" ", words)
        own = _content(words)
        role = own or role
        after = re.split(r"[,;.()]", text[q.end : q.end + 40])[0]
        items.append((role, f"{role} {_content(after)}", q))
        unit = text.find(q.unit, q.end, q.end + len(q.unit) + 2) if q.unit else -1
        left = unit + len(q.unit) if unit >= 0 else q.end
    return items


def _content(words: str) -> str:
    return " ".join(w.lower() for w in WORD.findall(COMPARISON.sub(" ", words)) if w.lower() not in FILLER)


def _pair(text, block, span, items, before_items, delta: Quantity) -> Claim | None:
    """The change ``delta`` states, between the figure it is of and that figure a year before."""
    now = _of(text, span, items, delta)
    if now is None:
        return None
    role, _, current = now
    key = measure_of(current)
    matching = [q for _, said, q in before_items if measure_of(q) == key and _same_role(role, said)]
    if len(matching) != 1 or matching[0].value == current.value:
        return None
    if delta.kind == "count" and measure_of(delta) not in ("", "số", key):
        return None
    claim = checked_change(block, (min(matching[0].start, span[0]), span[1]), matching[0], current, delta)
    claim.notes.append("year before")
    return claim


def _same_role(role: str, other: str) -> bool:
    """The last two words of what ``role`` says, also in ``other`` ("xét xử sơ thẩm" in "tòa án các cấp xét xử sơ
    thẩm")."""
    words = role.split()
    verb = " ".join(words[-2:])
    return bool(verb) and f" {verb} " in f" {other} "


def _of(text, span, items: list[Item], delta: Quantity) -> Item | None:
    """The figure a change is of: the one named by the words before its change word ("thụ lý tăng 26.598 vụ"), or
    one of the figures its bracket follows, by the measure it names ("(giảm 43,8 số vụ và 87% số bị can)")."""
    lead = text[max(span[0], delta.start - 40) : delta.start]
    change = CHANGE_WORD.search(lead)
    said = _content(re.split(r"[,;(]", lead[: change.start()])[-1]) if change else ""
    if said:
        found = [i for i in items if i[2].start < delta.start and f" {said} " in f" {i[1]} "]
        found = [i for i in found if delta.kind == "percent" or measure_of(i[2]) == measure_of(delta)]
        return found[0] if len(found) == 1 else None
    opened = open_bracket(text, span[0], delta.start)
    if opened < 0:
        return None
    named = NAMED_MEASURE.match(text, delta.end)
    clause = text.rfind(";", span[0], opened)
    before = [i for i in items if clause < i[2].start < opened]
    if named is None or not before:
        return None
    found = [i for i in before if measure_of(i[2]) == named.group(1).lower()]
    return found[0] if len(found) == 1 else None
