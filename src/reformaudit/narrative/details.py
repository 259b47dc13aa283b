"""A summary paragraph and the paragraphs that detail it ("Cụ thể: …", "Chi tiết: …"), as reports write results:

    … toàn tỉnh tiến hành 53 cuộc thanh tra … . Qua thanh tra phát hiện 115 đơn vị sai phạm … .
    Cụ thể: 29 cuộc thanh tra việc quản lý tài chính … phát hiện 117 đơn vị sai phạm … .
    30 cuộc thanh tra việc quản lý đất đai … .

The detail paragraphs each open on a count of what the summary counts (29 and 30 cuộc of the 53): together no more
than it. A figure of a detail named as one of the summary's ("117 đơn vị sai phạm" against "115 đơn vị sai phạm")
is part of it: no more than it. Read from the shape of the text, these are warnings.

>>> texts = ["Toàn tỉnh tiến hành 53 cuộc thanh tra, phát hiện 115 đơn vị sai phạm.",
...          "Cụ thể: 29 cuộc thanh tra tài chính phát hiện 117 đơn vị sai phạm.", "30 cuộc thanh tra đất đai."]
>>> [(c.status, [q.raw for q in c.quantities]) for c in detail_claims(texts, ["paragraph"] * 3)]
[('fail', ['53', '29', '30']), ('fail', ['115', '117'])]
"""

from __future__ import annotations

import re

from .claim import Claim, breakdown
from .measures import measure_key
from .quantities import Quantity, find_quantities
from .sentences import sentences

DETAIL = re.compile(r"^\W*(?:cụ\s+thể|chi\s+tiết)\s*[:,]?\s*", re.IGNORECASE)
ASIDE = re.compile(r"^\W*(?:đáng\s+chú\s+ý|đặc\s+biệt|ngoài\s+ra|bên\s+cạnh\s+đó)\b", re.IGNORECASE)
OPENS_ON_COUNT = re.compile(r"^\W*(?:[-+•]\s*)?\d")
MAX_DETAILS = 8
NAMING_WORDS = 2  # words of a figure's unit that name it as the summary names its figure
AREA = re.compile(r"^(?:ha|m2|m²|km2|mđất)$")


def detail_claims(texts: list[str], kinds: list[str]) -> list[Claim]:
    claims: list[Claim] = []
    for i in range(1, len(texts)):
        opening = DETAIL.match(texts[i])
        if kinds[i] != "paragraph" or kinds[i - 1] != "paragraph" or opening is None:
            continue
        details = [i]
        for j in range(i + 1, min(len(texts), i + MAX_DETAILS)):
            if kinds[j] != "paragraph" or not OPENS_ON_COUNT.match(texts[j]):
                break
            details.append(j)
        # the summary: the paragraph before, or the two before when the first of them opens the account; an aside
        # ("Đáng chú ý, … 3 học sinh lớp 10 …") is none
        for s in (i - 1, i - 2):
            if s < 0 or kinds[s] != "paragraph":
                break
            if ASIDE.match(texts[s]):
                continue
            summary = find_quantities(texts[s])
            claims += _parts_of_the_whole(texts, s, summary, details, opening.end())
            claims += _alike_figures(texts, s, summary, details)
    for claim in claims:
        claim.uncertain = True
        claim.notes.append("details")
    return claims


def _leading_count(text: str, start: int) -> Quantity | None:
    first = next((q for q in find_quantities(text) if q.start >= start), None)
    if first is None or first.kind != "count" or text[start : first.start].strip(" :,-+•"):
        return None
    return first


def _parts_of_the_whole(
    texts, s: int, summary: list[Quantity], details: list[int], opened: int
) -> list[Claim]:
    parts: list[tuple[int, Quantity]] = []
    for b in details:
        q = _leading_count(texts[b], opened if b == details[0] else 0)
        if q is None:
            return []
        parts.append((b, q))
    key = measure_key(parts[0][1])
    if len(parts) < 2 or not key or any(measure_key(q) != key for _, q in parts):
        return []
    # "tiến hành 53 cuộc thanh tra, đã kết thúc 40 cuộc": the account's first figure of the measure is its total
    wholes = [q for q in summary if q.kind == "count" and measure_key(q) == key][:1]
    if not wholes:
        return []
    claim = breakdown(s, _sentence(texts[s], wholes[0]), wholes[0], [q for _, q in parts], False, subset=True)
    claim.places = ((s, claim.sentence), *((b, _sentence(texts[b], q)) for b, q in parts))
    return [claim]


def _alike_figures(texts, s: int, summary: list[Quantity], details: list[int]) -> list[Claim]:
    namings = [_naming(texts[s], q) for q in summary]
    # a naming the summary gives twice ("38 cá nhân" … "12 cá nhân") says nothing of which is the whole
    named = {n: q for n, q in zip(namings, summary) if n and namings.count(n) == 1}
    claims = []
    for b in details:
        for q in find_quantities(texts[b]):
            naming = _naming(texts[b], q)
            whole = named.get(naming) if naming else None
            if whole is None or q.kind != whole.kind or q.value <= whole.value:
                continue
            claim = breakdown(s, _sentence(texts[s], whole), whole, [q], False, subset=True)
            if claim.status == "fail":
                claim.places = ((s, claim.sentence), (b, _sentence(texts[b], q)))
                claims.append(claim)
    return claims


def _naming(text: str, q: Quantity) -> tuple[str, ...] | None:
    """What names a figure: its measure and the words after it ("đơn vị sai phạm", "cá nhân"), with the number of
    a grade or a ward among them ("học sinh lớp 10" is not "học sinh lớp 12"), or an area's unit ("ha", "m2 đất");
    None when too few words name it."""
    if q.kind != "count":
        return None
    words = tuple(re.findall(r"[^\W\d]+", q.unit.lower()))[: NAMING_WORDS + 1]
    area = bool(words) and AREA.match(words[0]) is not None
    tail = NAMING_ENDS.split(text[q.end : q.end + 120], maxsplit=1)[0].lower()
    label = next((t for t in re.findall(r"[^\W\d]+|\d+", tail)[: NAMING_WORDS + 2] if t.isdigit()), None)
    words += (label,) if label else ()
    return (q.kind, *words) if len(words) >= NAMING_WORDS or area else None


NAMING_ENDS = re.compile(r"[;,.()\[\]:!?%]")


def _sentence(text: str, q: Quantity) -> tuple[int, int]:
    return next(((a, b) for a, b in sentences(text) if a <= q.start < b), (0, len(text)))
