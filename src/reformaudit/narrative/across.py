"""Claims read across paragraphs: pieces of several paragraphs joined into one text, read as a paragraph is, and
only the claims that join two pieces or more kept, each quantity placed back in its own paragraph and sentence.
That several paragraphs speak of one total is read, not said: none of these claims is more than a warning.

>>> from reformaudit.narrative.flow import flow_claims
>>> texts = ["Tổng số hồ sơ tiếp nhận là 1.000 hồ sơ.", "Số hồ sơ đã giải quyết là 900 hồ sơ.",
...          "Số hồ sơ đang giải quyết là 90 hồ sơ."]
>>> [(c.kind, c.status, [b for b, _ in c.places]) for c in claims_across([(b, t, 0) for b, t in enumerate(texts)], flow_claims)]
[('split', 'fail', [0, 1, 2])]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from .claim import Claim
from .quantities import find_quantities
from .sentences import sentences

Piece = tuple[int, str, int]  # (block, text, where the text starts in its block)


def claims_across(pieces: list[Piece], read: Callable[[str], list[Claim]]) -> list[Claim]:
    starts, joined, last = [], "", ""
    for _, text, _ in pieces:
        if joined:
            # a paragraph ends its sentence even where it has no stop of its own (a headline: "Hà Nội: Quý I/2023
            # thu ngân sách đạt 138.859 tỷ đồng" / "Trong đó, …")
            joined += ". " if last.isalnum() else " "
        starts.append(len(joined))
        joined += text
        last = text.rstrip()[-1:]
    if len(pieces) < 2:
        return []

    def piece(at: int) -> int:
        return max(k for k, start in enumerate(starts) if start <= at)

    out = []
    for claim in read(joined):
        held = [piece(q.start) for q in claim.quantities]
        if len(set(held)) < 2:
            continue
        moved, places = [], []
        for q, k in zip(claim.quantities, held):
            block, text, offset = pieces[k]
            shift = offset - starts[k]
            moved.append(replace(q, start=q.start + shift, end=q.end + shift))
            own = q.start - starts[k]
            span = next(
                ((s + offset, e + offset) for s, e in sentences(text) if s <= own < e),
                (offset, offset + len(text)),
            )
            places.append((block, span))
        claim.quantities, claim.places = moved, tuple(places)
        claim.block, claim.sentence = places[0]
        claim.uncertain = True
        out.append(claim)
    return out


def opened_runs(
    texts: list[str], kinds: list[str], opens: Callable[[str], object], longest: int
) -> Iterator[list[int]]:
    """Runs of consecutive paragraphs told of one whole: a paragraph that ``opens`` it (gives its figure) and those
    after it, up to the next that opens another, ``longest`` at most; only runs of two or more. Each paragraph is
    asked once whether it opens one."""
    opening = [kinds[i] == "paragraph" and bool(opens(text)) for i, text in enumerate(texts)]
    for i in range(len(texts)):
        if not opening[i]:
            continue
        run = [i]
        for j in range(i + 1, min(len(texts), i + longest)):
            if kinds[j] != "paragraph" or opening[j]:
                break
            run.append(j)
        if len(run) > 1:
            yield run


def account_runs(
    texts: list[str], kinds: list[str], belongs: Callable[[str], object], longest: int
) -> Iterator[list[int]]:
    """Runs of consecutive paragraphs that ``belongs`` to one account, ``longest`` at most; captions and headings
    with no number between them pass."""
    run: list[int] = []
    for i, text in enumerate([*texts, ""]):
        here = i < len(texts) and kinds[i] == "paragraph" and bool(belongs(text))
        if here and len(run) < longest:
            run.append(i)
            continue
        if run and i < len(texts) and not find_quantities(text):
            continue
        if run:
            yield run
        run = [i] if here else []
