"""How far an extracted text is from a reference: characters to change, words aligned first.

>>> share_differing("UBND tỉnh tạm giao biên chế", "UBND t nh t m giao biên ch")
0.1111111111111111
"""

from __future__ import annotations

from difflib import SequenceMatcher


def _levenshtein(a: str, b: str) -> int:
    if len(a) * len(b) > 4_000_000:
        return max(len(a), len(b))
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def differing(reference: str, text: str) -> int:
    """Characters to change to turn ``text`` into ``reference``: words aligned first, then an edit
    distance within each changed stretch."""
    a, b = reference.split(" "), text.split(" ")
    count = 0
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op != "equal":
            count += _levenshtein(" ".join(a[i1:i2]), " ".join(b[j1:j2]))
            if (i1 == i2) != (j1 == j2):
                count += 1  # the space that joined the inserted or deleted words
    return count


def share_differing(reference: str, text: str) -> float:
    return differing(reference, text) / max(len(reference), 1)
