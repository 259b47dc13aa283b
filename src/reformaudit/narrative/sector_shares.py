"""The economy's structure: the shares of its sectors (agriculture, forestry and fisheries; industry and construction;
trade and services; and the taxes on products, where named) are of one whole, so they add up to 100 % — at most, as
a structure of the product (GRDP) may leave the taxes unsaid. A sentence that names the structure ("cơ cấu",
"tỷ trọng") and gives each sector its percent: "cơ cấu kinh tế nông - lâm - ngư nghiệp chiếm 58,6%, công nghiệp,
tiểu thủ công nghiệp chiếm 27,0% và thương mại, dịch vụ chiếm 36,7%" (Gio Linh 2017, 122,3 %). Shares past 100 %
are an error, as parts past their whole are; shares short of it are read only where the paragraph speaks of the
value of production, which has no taxes on products, and then as a warning.

>>> text = "Cơ cấu kinh tế: nông, lâm, thủy sản 26,5%; công nghiệp - xây dựng 35,0%; dịch vụ {}%."
>>> [(c.status, round(c.computed, 1)) for c in sector_share_claims(text.format("38,5"))]
[('ok', 100.0)]
>>> [(c.status, c.severity) for c in sector_share_claims(text.format("40,5"))]
[('fail', 'error')]
"""

from __future__ import annotations

import re

from .claim import Claim, shares_claim
from .claim_finders import CHANGED
from .quantities import Quantity, find_quantities
from .sectors import PRODUCT, PRODUCTION, SECTORS, TAXES
from .sentences import sentences

STRUCTURE = re.compile(r"\bcơ\s+cấu\b|\bt[ỷỉ]\s+trọng\b", re.IGNORECASE)
# in a structure, industry is named with or without construction: "công nghiệp, tiểu thủ công nghiệp chiếm 27,0%"
INDUSTRY = re.compile(
    r"\bcông\s+nghiệp(?:[\s,–-]+(?:và\s+)?(?:tiểu\s+thủ\s+công\s+nghiệp|TTCN))?(?:[\s,–-]*(?:và\s+)?xây\s+dựng)?"
    r"|\bkhu\s+vực\s+II\b",
    re.IGNORECASE,
)
# and agriculture by its first word alone: "cơ cấu kinh tế là: nông nghiệp 31,5%; công nghiệp - xây dựng 29,6%; …"
AGRICULTURE = re.compile(rf"{SECTORS[0].pattern}|\bnông\s+nghiệp\b", re.IGNORECASE)
NAMES = [AGRICULTURE, INDUSTRY, SECTORS[2], TAXES]
NEAR = 40  # characters from a sector's name to its percent


def sector_share_claims(text: str, block: int = 0) -> list[Claim]:
    qs = find_quantities(text)
    claims = []
    for start, end in sentences(text):
        opened = STRUCTURE.search(text, start, end)
        if opened is None:
            continue
        shares = [_share(text, qs, name, opened.end(), end) for name in NAMES]
        sectors, taxes = shares[:3], shares[3]
        if any(s is None for s in sectors):
            continue
        listed = sorted((s for s in [*sectors, taxes] if s is not None), key=lambda s: s.start)
        if len({s.start for s in listed}) < len(listed):
            continue
        claim = shares_claim(block, (start, end), listed)
        # the value of production has no taxes on products: its sectors are all of it, short or past
        of_production = PRODUCTION.search(text) and not PRODUCT.search(text)
        if claim.status == "ok" or claim.computed > 100 or of_production:
            claim.uncertain = claim.computed < 100  # short of it, read from the paragraph's words
            claim.notes.append("sectors")
            claims.append(claim)
    return claims


def _share(text: str, qs: list[Quantity], name: re.Pattern, start: int, end: int) -> Quantity | None:
    """The percent right after a sector's first name in the sentence, when nothing else comes between: neither a
    figure, another sector, nor a change ("tăng 3,9%" is the sector's growth, not its share)."""
    for found in name.finditer(
        text, start, end
    ):  # "giảm dần tỷ trọng ngành nông nghiệp, …; cơ cấu …: nông nghiệp 31,5%"
        after = next((q for q in qs if found.end() <= q.start < end), None)
        if after is None or after.kind != "percent" or after.start - found.end() > NEAR:
            continue
        if CHANGED.search(text, found.end(), after.start) or re.search(
            r"[;.]", text[found.end() : after.start]
        ):
            continue
        if any(other.search(text, found.end(), after.start) for other in NAMES if other is not name):
            continue
        return after
    return None
