"""The ballots of an election: those returned are the valid and the invalid ones (Luật Bầu cử đại biểu Quốc hội và
đại biểu HĐND 2015, kiểm phiếu; the same count for a village head or a congress). Read as a model of the domain
(:mod:`reformaudit.narrative.category_models`), in any order and over the lines of a count's minutes: both named make
the ballots returned, and each one's rate ("Đạt tỷ lệ: 97,9 %") is of them.

>>> texts = ["+ Số phiếu phát ra: 390 + Số phiếu thu về: 390", "+ Số phiếu hợp lệ: 382 + Đạt tỷ lệ: 97,9 %",
...          "+ Phiếu không hợp lệ: 08 + Đạt tỷ lệ: 0.2%"]
>>> [(c.kind, c.status, [q.raw for q in c.quantities]) for c in vote_claims_across(texts, ["paragraph"] * 3)]
[('share', 'ok', ['390', '382', '97,9 %']), ('share', 'fail', ['390', '08', '0.2%']), ('breakdown', 'ok', ['390', '382', '08']), ('shares', 'fail', ['97,9 %', '0.2%'])]
"""

from __future__ import annotations

import re

from .category_models import CategoryModel, model_across, model_claims, words
from .claim import Claim
from .measures import measure_key
from .quantities import Quantity

# the words after a count of ballots: its measure, or the next line's label ("382 + Đạt tỷ lệ", "390 + Số phiếu …")
BALLOTS = re.compile(r"(?:phiếu|đạt|số|chiếm)\b", re.IGNORECASE)


def _ballots(text: str, qs: list[Quantity]) -> list[Quantity]:
    return [
        q for q in qs if q.kind == "count" and not q.per and (not measure_key(q) or BALLOTS.match(q.unit))
    ]


VOTES = CategoryModel(
    note="ballots",
    top="returned",
    categories={
        "returned": words(r"(?:số )?phiếu (?:bầu )?thu (?:về|vào)"),
        "valid": words(r"(?:số )?phiếu (?:bầu )?hợp lệ"),
        "invalid": words(r"(?:số )?phiếu (?:bầu )?không hợp lệ"),
    },
    groups={"returned": (("valid", "invalid"), ())},
    figures=_ballots,
    named_after=re.compile(r"\s*"),  # "486 phiếu hợp lệ"
    # "382, chiếm 97,95%", "382 + Đạt tỷ lệ: 97,9 %", "382 phiếu (đạt 97,95%)"
    share=re.compile(
        r"^\s*(?:phiếu)?\s*[,(+]?\s*(?:chiếm|đạt)\s*(?:tỷ\s+lệ|tỉ\s+lệ)?\s*:?\s*$", re.IGNORECASE
    ),
)


def vote_claims(text: str, block: int = 0) -> list[Claim]:
    return model_claims(VOTES, text, block)


def vote_claims_across(texts: list[str], kinds: list[str]) -> list[Claim]:
    """The ballots told over the lines of a count's minutes, one a paragraph: a warning at most."""
    return model_across(VOTES, texts, kinds)
