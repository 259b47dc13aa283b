"""Percents that name what they count: "đã thụ lý 93.452 vụ với 178.830 bị cáo; đã giải quyết, xét xử được 91.312
vụ với 171.924 bị cáo; đạt tỷ lệ 97,71% về số vụ và 96,14% về số bị cáo"; "… xảy ra 152 vụ …, làm chết 89 người
…. Riêng … xảy ra 83 vụ (chiếm 56,46% về số vụ), làm chết 55 người (chiếm 64,71% về số người chết) …". Where an
account counts two things at once (cases and defendants, accidents and deaths), the words after the percent say
which: it is the last count of those words before it over an earlier count of them in the paragraph, the first of
the earlier that fits. A base in the same sentence, the only one tried, is the account's; else the base is read
from words, and a rate that does not fit it is a warning.

Read in a paragraph only: an account whose total is paragraphs before (Cục CSGT's Tết 2023, 83 of 152 accidents
written 56,46 %) is one issuer's shape so far.

>>> text = ("Các Tòa án đã thụ lý 93.452 vụ với 178.830 bị cáo; đã giải quyết được 91.312 vụ với {} bị cáo; "
...         "đạt tỷ lệ 97,71% về số vụ và 96,14% về số bị cáo.")
>>> [(c.status, [q.raw for q in c.quantities]) for c in measure_rate_claims(text.format("171.924"))]
[('ok', ['91.312', '93.452', '97,71%']), ('ok', ['171.924', '178.830', '96,14%'])]
>>> [(c.status, c.severity) for c in measure_rate_claims(text.format("172.924"))][1]
('fail', 'error')
"""

from __future__ import annotations

import re

from .breakdowns import has_own_share
from .claim import Claim, first_fitting, rate_of
from .claim_finders import CHANGED, changed
from .quantities import Quantity, find_quantities
from .sentences import sentence_of

# "97,71% về số vụ", "(chiếm 64,71% về số người chết)", "chiếm 92% tổng số vụ việc"
NAMED = re.compile(
    r"\s*\)?\s*(?:về|trên|so\s+với|của)?\s*(?:tổng\s+)?số\s+((?:(?!và\b|so\b|của\b|trong\b|được\b|đã\b)"
    r"[^\W\d_]+\s*){1,3})",
    re.IGNORECASE,
)
# what makes a percent a share: "đạt (tỷ lệ)", "chiếm (tỷ lệ)", a bracket, "=", or "và" after a named percent
SHARE_CUE = re.compile(
    r"(?:\b(?:đạt|chiếm|bằng)(?:\s+(?:tỷ|tỉ)\s+lệ)?|\(|=)\s*(?:khoảng|gần|trên|hơn)?\s*$", re.IGNORECASE
)
# the words are all the measure's ("về số bị cáo)", "tổng số vụ việc;"), not the head of a narrower one ("tổng số kết
# luận thanh tra được đôn đốc")
ENDS = re.compile(r"\s*(?:[().,;:]|và\b|$)", re.IGNORECASE)
AND = re.compile(r"^\s*(?:và|,)\s*(?:khoảng|gần|trên|hơn)?\s*$", re.IGNORECASE)
WORDS_BEFORE = re.compile(r"((?:[^\W\d_]+\s+){0,2})$")
NEAR = 25  # characters before a count that still describe it ("làm chết 89 người")


def measure_rate_claims(text: str, block: int = 0) -> list[Claim]:
    if "số" not in text:
        return []
    qs = find_quantities(text)
    claims: list[Claim] = []
    described: list[tuple[int, Quantity, frozenset[str]]] | None = None  # each count's words, found once
    named_end = -1  # where the previous named percent's words end
    for k, percent in enumerate(qs):
        named = NAMED.match(text, percent.end) if percent.kind == "percent" else None
        if named is None or not ENDS.match(text, named.end()):
            continue
        cued = SHARE_CUE.search(text, max(0, percent.start - 30), percent.start) or (
            named_end >= 0 and AND.match(text[named_end : percent.start])
        )
        if not cued or CHANGED.search(text, max(0, percent.start - 40), percent.start):
            named_end = -1
            continue
        named_end = named.end()
        if described is None:
            described = [
                (j, q, _described(text, q, qs[j - 1] if j else None))
                for j, q in enumerate(qs)
                if q.kind == "count" and not changed(text, q)
            ]
        words = _words(named.group(1))
        counts = [q for j, q, own in described if j < k and words <= own]
        if len(counts) < 2:
            continue
        part = counts[-1]
        # a count with a share of its own is another part, or the same part at another time, not the base
        bases = [q for q in reversed(counts[:-1]) if q.value > part.value and not has_own_share(text, q, qs)]
        span = sentence_of(text, percent.start)
        if not bases or part.start < span[0]:
            continue
        claim, tried = first_fitting(rate_of(block, span, part, base, percent) for base in bases)
        if claim is None:
            continue
        # a base the sentence gives alone is the account's; one from further back is read from words
        claim.uncertain = tried > 1 or bases[0].start < span[0]
        claim.notes.append("measure named")
        claims.append(claim)
    return claims


def _words(text: str) -> frozenset[str]:
    return frozenset(text.lower().split())


def _described(text: str, q: Quantity, previous: Quantity | None) -> frozenset[str]:
    """A count's words: its unit and the words just before it, back to the figure before ("làm chết 89 người":
    làm, chết, người; not "vụ" in "91.312 vụ với 171.924 bị cáo")."""
    after_previous = 0
    if previous is not None:  # past the figure before and its own unit
        unit_at = text.find(previous.unit, previous.end, q.start) if previous.unit else -1
        after_previous = unit_at + len(previous.unit) if unit_at >= 0 else previous.end
    before = WORDS_BEFORE.search(text, max(0, q.start - NEAR, after_previous), q.start)
    return _words((before.group(1) if before else "") + " " + (q.unit or ""))
