"""The sentences of a paragraph, and each sentence with its figures: the unit most readings of a narrative work in.

>>> from reformaudit.narrative.quantities import find_quantities
>>> text = "Tổng số là 94 hồ sơ. Trong đó, 33 hồ sơ đã xong."
>>> [(text[s:e], [q.raw for q in here]) for (s, e), here in by_sentence(text, find_quantities(text))]
[('Tổng số là 94 hồ sơ.', ['94']), ('Trong đó, 33 hồ sơ đã xong.', ['33'])]
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..limits import current
from .quantities import Quantity

SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ\-+“\"(])|(?<=[.!?])(?=[A-ZĐÀ-Ỹ])")


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of a paragraph.

    >>> [text[s:e] for text in ["Tổng số là 94. Trong đó, 33 đã xong."] for s, e in sentences(text)]
    ['Tổng số là 94.', 'Trong đó, 33 đã xong.']
    """
    spans, start = [], 0
    for match in SENTENCE_END.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def sentence_of(text: str, at: int) -> tuple[int, int]:
    """The span of the sentence of ``text`` that holds position ``at`` (the whole text when none does)."""
    return next(((s, e) for s, e in sentences(text) if s <= at < e), (0, len(text)))


def by_sentence(text: str, qs: list[Quantity]) -> list[tuple[tuple[int, int], list[Quantity]]]:
    """Each sentence of ``text`` with its quantities (``qs`` in order), found by bisection so that a long text
    of many sentences stays linear. A sentence with more numbers than any report writes
    (``max_numbers_per_sentence``) is a table pasted as text, not statements, and is left out."""
    limit = current().max_numbers_per_sentence
    starts = [q.start for q in qs]
    out = []
    for span in sentences(text):
        here = qs[bisect_left(starts, span[0]) : bisect_left(starts, span[1])]
        if len(here) <= limit:
            out.append((span, here))
    return out


def open_bracket(text: str, left: int, at: int) -> int:
    """Where the bracket still open at ``at`` opened, at or after ``left`` (-1 when none is)."""
    opened = text.rfind("(", left, at)
    return opened if opened >= 0 and text.rfind(")", opened, at) < 0 else -1
