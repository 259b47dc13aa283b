"""A rate stated in words and the x/y it is of, in the sentence next to it or under a title: "… tiếp công dân định
kỳ đạt tỷ lệ bình quân 38% so với quy định. Cụ thể …, bộ trưởng, thủ trưởng đã tiếp dân định kỳ 381/960 ngày
theo quy định"; "Tỉnh Bắc Kạn: 105/108 đơn vị cấp xã đạt chuẩn tiếp cận pháp luật năm 2020" / "… tỷ lệ xã,
phường, thị trấn đạt chuẩn tiếp cận pháp luật năm 2020 đạt 97,2%". The x/y is the only one of the next or the
previous sentence whose words share at least three with the words the rate is named by; read from words, so a rate
that does not fit is a warning.

>>> text = "Tỷ lệ xã đạt chuẩn tiếp cận pháp luật đạt 97,2%. Toàn tỉnh có 105/108 xã đạt chuẩn tiếp cận pháp luật."
>>> [(c.status, [q.raw for q in c.quantities]) for c in named_rate_claims([text])]
[('ok', ['105/108', '97,2%'])]
"""

from __future__ import annotations

import re

from .across import claims_across
from .bracketed_ratios import ratio_after_claims
from .claim import Claim, rate_claim
from .quantities import find_quantities
from .sentences import by_sentence

RATE_NAMED = re.compile(
    r"(?:tỷ|tỉ)\s+lệ\b(?:[^\d%;]|(?<!\d)(?:19|20)\d\d(?!\d)){0,90}?(?:đạt|là|:)?\s*(?:bình\s+quân\s*)?"
    r"(?:khoảng|gần|trên|hơn)?\s*$",
    re.I,
)
COMMON = {
    "đạt",
    "là",
    "có",
    "đã",
    "được",
    "các",
    "và",
    "của",
    "năm",
    "với",
    "theo",
    "quy",
    "định",
    "so",
    "trong",
    "tỷ",
    "tỉ",
    "lệ",
    "số",
    "tổng",
    "bình",
    "quân",
    "toàn",
    "tỉnh",
    "cả",
    "cụ",
    "thể",
    "đó",
    "này",
    "những",
}
SHARED_WORDS = 3
TITLE_WORDS = 25  # a paragraph this short, of one sentence, is a title


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in COMMON and len(w) > 1}


DETAILS = re.compile(r"\s*(?:cụ\s+thể|trong\s+đó|chi\s+tiết)\b", re.I)


def _rates_in(text: str, titled: bool = False) -> list[Claim]:
    """The rates of ``text`` read against an x/y next to them: the sentence after, when it details the rate ("Cụ
    thể, …"), or a title (``titled``: the first sentence) may show the rate wrong; any other sentence next to it
    only confirms it."""
    sentences = by_sentence(text, find_quantities(text))
    claims = []
    for k, (span, here) in enumerate(sentences):
        for p in here:
            named = (
                RATE_NAMED.search(text[max(span[0], p.start - 100) : p.start])
                if p.kind == "percent"
                else None
            )
            if named is None or any(q.kind == "ratio" for q in here):
                continue
            words = _words(text[max(span[0], p.start - 100) : p.start])
            for j in (k + 1, k - 1):
                if not 0 <= j < len(sentences):
                    continue
                other_span, others = sentences[j]
                ratios = [q for q in others if q.kind == "ratio" and not q.money]
                if (
                    len(ratios) != 1
                    or len(words & _words(text[other_span[0] : other_span[1]])) < SHARED_WORDS
                ):
                    continue
                top, bottom = ratios[0].sides
                computed = top / bottom * 100 if bottom else float("nan")
                span_both = (min(span[0], other_span[0]), max(span[1], other_span[1]))
                claim = rate_claim("ratio", 0, span_both, [ratios[0], p], ["ratio", "percent"], p, computed)
                may_fail = (j == k + 1 and DETAILS.match(text, other_span[0])) or (titled and j == 0)
                if claim.status == "fail" and not may_fail:
                    continue
                claim.uncertain = True
                claim.notes.append("named rate")
                claims.append(claim)
                break
    return claims


def _from_ratio_after(text: str, block: int) -> list[Claim]:
    claims = ratio_after_claims(text, block, (0, len(text)), find_quantities(text))
    for claim in claims:
        claim.notes.append("ratio after")
    return claims


def named_rate_claims(texts: list[str], kinds: list[str] | None = None) -> list[Claim]:
    """The rates of each paragraph, and of a title and the paragraph under it."""
    kinds = kinds or ["paragraph"] * len(texts)
    out: list[Claim] = []
    for i, text in enumerate(texts):
        if kinds[i] != "paragraph":
            continue
        for claim in _rates_in(text) + _from_ratio_after(text, i):
            claim.block = i
            out.append(claim)
        title = texts[i - 1] if i else ""
        if (
            i
            and kinds[i - 1] in ("paragraph", "heading")
            and len(title.split()) <= TITLE_WORDS
            and "." not in title.rstrip(". ")
        ):
            # a title is a sentence of its own
            out += claims_across(
                [(i - 1, title.rstrip(" .") + ".", 0), (i, text, 0)],
                lambda joined: _rates_in(joined, titled=True),
            )
    return out
