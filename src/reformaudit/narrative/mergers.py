"""Administrative units before and after they are merged, and the decrease: "cả nước từ 10.035 đơn vị cấp xã giảm
6.714 đơn vị (giảm 66,91%), còn 3.321 đơn vị"; "Quảng Trị có 119 đơn vị cấp cơ sở …. Sau khi sắp xếp, tỉnh Quảng Trị
còn 37 đơn vị hành chính cấp xã …, giảm 83 đơn vị"; "sắp xếp 311 đơn vị … (…) để hình thành 91 đơn vị … mới (…),
giảm 220 đơn vị". Bodies merge so too: "hợp nhất được 401 chi cục thuế … để thành lập 190 chi cục thuế, giảm 211
chi cục thuế". The units before less the units after are the decrease, which may be restated as a percent of those
before. The three are read from words over a sentence or two: a decrease that does not fit is a warning.

>>> text = "Tỉnh có 119 đơn vị cấp xã. Sau khi sắp xếp, tỉnh còn 37 đơn vị hành chính cấp xã, giảm 83 đơn vị."
>>> [(c.status, c.stated, c.computed) for c in merger_claims(text)]
[('fail', 83.0, 82.0)]
"""

from __future__ import annotations

import re

from .change_checks import amount_change, percent_change, relative_change, slack_of
from .claim import Claim
from .claim_finders import brackets, in_brackets
from .measures import measure_key
from .quantities import Quantity, find_quantities
from .sentences import by_sentence

# đơn vị (hành chính), ĐVHC, xã, thôn; and the bodies that are merged as units are: chi cục, cục, phòng, ban,
# trường, trạm, cơ quan, tổ (dân phố), đội
UNITS = {
    "đơn",
    "đvhc",
    "xã",
    "thôn",
    "phường",
    "bản",
    "chi",
    "cục",
    "phòng",
    "ban",
    "trường",
    "trạm",
    "cơ",
    "tổ",
    "đội",
}
DECREASE_WORD = re.compile(r"\bgiảm\b", re.IGNORECASE)  # nothing to read without it
DECREASE = re.compile(r"\bgiảm\s*$", re.IGNORECASE)
AFTER = re.compile(r"(?:\bcòn|\bhình\s+thành|\bthành\s+lập|\bthành)\s*$", re.IGNORECASE)
BEFORE = re.compile(r"(?:\btừ|\bsắp\s+xếp|\bhợp\s+nhất|\bsáp\s+nhập|\bcó|\bhiện\s+có)\s*$", re.IGNORECASE)
# a figure that is what others were merged into: "Sáp nhập 327 Chi cục thuế … của 63 Cục thuế thành 154 Chi cục"
MERGED_INTO = re.compile(
    r"\b(?:sáp\s+nhập|hợp\s+nhất|ghép|sắp\s+xếp(?:\s+lại)?)\s+\d[\d.]*[^.;]{0,80}?\s(?:để\s+)?thành(?:\s+lập)?"
    r"\s*(?:hơn|khoảng|gần)?\s*$",
    re.IGNORECASE,
)
RESTATED = re.compile(r"^\s*(?:\(\s*giảm|,?\s*tương\s+(?:đương|ứng)(?:\s+với)?)\s*$", re.IGNORECASE)


def merger_claims(text: str, block: int = 0) -> list[Claim]:
    if not DECREASE_WORD.search(text):
        return []
    claims: list[Claim] = []
    earlier: list[Quantity] = []
    for span, here in by_sentence(text, find_quantities(text)):
        bracketed = in_brackets(list(brackets(text, *span)))
        units = [q for q in here if q.kind == "count" and measure_key(q) in UNITS and not bracketed(q)]
        for i, decrease in enumerate(units):
            if not DECREASE.search(text[max(span[0], decrease.start - 10) : decrease.start]):
                continue
            candidates = [q for q in earlier + units[:i] + units[i + 1 :] if q is not decrease]
            after = next((q for q in reversed(candidates) if _led(text, q, AFTER)), None)
            if after is None or ";" in text[min(after.end, decrease.end) : max(after.start, decrease.start)]:
                continue  # "… để thành lập 1.522 thôn mới; toàn tỉnh đã giảm 1.620 thôn (từ 5.971 …)": another decrease
            earlier_units = [q for q in candidates if q.start < after.start and q.value > after.value]
            # those before, named so ("từ", "sắp xếp", "có"), else a figure near what the decrease implies
            implied = after.value + decrease.value
            before = [q for q in earlier_units if _led(text, q, BEFORE)] or [
                q for q in earlier_units if abs(q.value - implied) <= 0.1 * implied
            ]
            if not before:
                continue
            joined = (min(span[0], before[-1].start), span[1])
            readings = [
                amount_change(block, joined, b, after, decrease, slack_of(b, after, decrease)) for b in before
            ]
            claim = next((c for c in readings if c.status == "ok"), readings[-1])
            claims.append(claim)
            percent = _restated(text, here, decrease)
            if percent is not None:
                claims.append(
                    percent_change(
                        block,
                        joined,
                        claim.quantities[0],
                        after,
                        percent,
                        relative_change(claim.quantities[0], after),
                    )
                )
        earlier = units
    for claim in claims:
        claim.uncertain = True
        claim.notes.append("merger")
    return claims


def _led(text: str, q: Quantity, words: re.Pattern) -> bool:
    return bool(words.search(text[max(0, q.start - 14) : q.start]))


def _restated(text: str, here: list[Quantity], decrease: Quantity) -> Quantity | None:
    """The decrease as a percent right after it: "giảm 6.714 đơn vị (giảm 66,91%)", "giảm 61 đơn vị, tương đương 61%"."""
    nxt = next((q for q in here if q.start > decrease.end), None)
    if nxt is None or nxt.kind != "percent":
        return None
    gap = text[decrease.end : nxt.start]
    words = re.sub(r"^\s*(?:[^\W\d]+\s*){0,3}", "", gap)  # the unit ("đơn vị hành chính")
    return nxt if RESTATED.match(words) else None


def merged_into(text: str, q: Quantity, start: int = 0) -> bool:
    """``q`` counts what units were merged into, the units before named in the same clause: "ghép 192 Chi cục
    thuế thành 90 Chi cục thuế khu vực"."""
    return MERGED_INTO.search(text[max(start, q.start - 140) : q.start]) is not None


def merged(text: str, parts: list[Quantity], start: int = 0) -> bool:
    """A list of mergers, not of parts: "Trong đó, - ghép 192 Chi cục thuế thành 90 …; - ghép 135 … thành 64 …" gives
    each merger's units before and after."""
    return any(merged_into(text, p, start) for p in parts)
