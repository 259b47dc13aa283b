"""A total's parts told one sentence each: a "Trong đó" sentence gives the first part, and each sentence after it that
opens on the same kind of subject gives the next one —

    Sản lượng thủy sản ước đạt 91,2 nghìn tấn. Trong đó, sản lượng thủy sản khai thác đạt 33,8 nghìn tấn, giảm
    0,1% so với cùng kỳ. Sản lượng nuôi trồng thủy sản đạt 57,4 nghìn tấn.

The parts are all of the total when their words split it (trung ương, địa phương; quốc tế, nội địa; khai thác …);
else a list that falls short may leave kinds out. Read from the shape of several sentences, none of it is more than
a warning.

>>> text = ("Vốn đầu tư ước đạt 59,8 nghìn tỷ đồng. Trong đó, vốn do trung ương quản lý đạt 9,5 nghìn tỷ đồng. "
...         "Vốn do địa phương quản lý đạt {} nghìn tỷ đồng.")
>>> [(c.status, len(c.quantities)) for c in sentence_list_claims(text.format("50,3"))]
[('ok', 3)]
>>> [(c.status, c.severity) for c in sentence_list_claims(text.format("51,3"))]
[('fail', 'warning')]
"""

from __future__ import annotations

import re

from .claim import Claim, breakdown
from .claim_finders import can_be_whole, changed
from .measures import measure_key
from .partitions import is_partition
from .quantities import WORD, Quantity, find_quantities
from .sentences import by_sentence
from .trong_do_sentences import opens_parts

# a sentence that opens a part of a part, or something said of one part alone, ends the list
ASIDE_OPENS = re.compile(
    r"\s*(?:trong\s+(?:đó|số)|riêng|ngoài\s+ra|bên\s+cạnh|tuy\s+nhiên|so\s+với)\b", re.IGNORECASE
)
FILLER = {"trong", "đó", "có", "là", "đạt", "ước", "số", "các", "được", "và", "của", "với", "tổng"}


def sentence_list_claims(text: str, block: int = 0) -> list[Claim]:
    runs = by_sentence(text, find_quantities(text))
    claims = []
    for k in range(1, len(runs) - 1):
        (lead_span, lead), (span, here) = runs[k - 1], runs[k]
        if not opens_parts(text, span):
            continue
        first = _figures(text, span, here)
        if len(first) != 1:
            continue  # none, or a list of its own ("Trong đó" read as one sentence elsewhere)
        part = first[0]
        subject = _subject(text, span[0], part)
        parts, end = [part], span[1]
        for next_span, after in runs[k + 1 :]:
            figures = _figures(text, next_span, after)
            if (
                ASIDE_OPENS.match(text, next_span[0])
                or len(figures) != 1
                or figures[0].kind != part.kind
                or measure_key(figures[0]) != measure_key(part)
                or not _same_subject(subject, _subject(text, next_span[0], figures[0]))
            ):
                break
            parts.append(figures[0])
            end = next_span[1]
        if len(parts) < 2:
            continue
        wholes = [
            w
            for w in lead
            if w.kind == part.kind
            and (w.kind == "money" or measure_key(w) == measure_key(part))
            and w.value > max(p.value for p in parts)
            and can_be_whole(text, w, lead_span[0])
            and not changed(text, w)
        ]
        if not wholes:
            continue
        exhaustive = is_partition(text, parts, [*lead, *here], span[0])
        claim = breakdown(block, (lead_span[0], end), wholes[-1], parts, exhaustive, uncertain=True)
        claim.notes.append("sentence list")
        claims.append(claim)
    return claims


def _figures(text: str, span, here: list[Quantity]) -> list[Quantity]:
    """The counts and amounts of a sentence that are not how far something changed ("giảm 0,1%" is a percent anyway;
    "tăng 7.240 việc" a change)."""
    return [q for q in here if q.kind in ("count", "money") and not changed(text, q, span[0])]


def _subject(text: str, start: int, figure: Quantity) -> list[str]:
    """The words a sentence names its figure by, before the figure, without "Trong đó" and fillers."""
    return [w for w in WORD.findall(text[start : figure.start].lower()) if w not in FILLER]


def _same_subject(first: list[str], other: list[str]) -> bool:
    """The next sentence opens on what the first part was named by: "sản lượng thủy sản khai thác" and "sản lượng
    nuôi trồng"; "lượt khách quốc tế" and "khách nội địa"."""
    return bool(other) and other[0] in first[:4]
