"""What one cell or header of a table says: its number, decimals and span; a header's role."""

from __future__ import annotations

import re

from ...numbers import parse_number
from ..quantities import Quantity, find_quantities
from ..roles import STATES, first_state

SEPARATOR = " | "
PERCENT_WORDS = re.compile(r"%|\b(?:tỷ|tỉ)\s+(?:lệ|trọng)\b", re.IGNORECASE)
TOTAL_WORDS = re.compile(
    r"^\s*(?:tổng\s+số|tổng\s+cộng|tổng(?!\s+(?:cục|công\s+ty|đài|kết|liên\s+đoàn|hợp))|cộng"
    r"|toàn\s+(?:tỉnh|thành\s+phố|quốc|huyện|thị\s+xã)\s*$|cả\s+(?:tỉnh|nước)\s*$)\b",
    re.IGNORECASE,
)
COUNT_WORDS = re.compile(
    r"^\s*(?:tổng|tổng\s+số|số|số\s+lượng|sl|số\s+hồ\s+sơ|hồ\s+sơ|giá\s+trị|số\s+liệu)\s*$", re.IGNORECASE
)
# header words the dossier vocabulary of roles.py reads otherwise: "chưa xử lý" is not done ("xử lý")
NOT_YET = re.compile(
    r"chưa\s+(?:được\s+)?(?:xử\s+lý|giải\s+quyết|hoàn\s+thành|trả\s+kết\s+quả|có\s+kết\s+quả)"
)
STT = re.compile(r"^\s*(?:stt|tt|số\s+tt|số\s+thứ\s+tự)\s*$", re.IGNORECASE)
SUBSET = re.compile(r"\btrong\s+đó\b", re.IGNORECASE)
TOTAL_ROW = re.compile(
    r"^\s*[*]?\s*(?:tổng\s+cộng|tổng\s+số|tổng(?!\s+(?:cục|công\s+ty|đài|kết|liên\s+đoàn|hợp))|cộng"
    r"|toàn\s+(?:tỉnh|thành\s+phố|quốc|ngành|huyện|thị\s+xã)|chung\s+toàn)\b",
    re.IGNORECASE,
)
CHANGE = re.compile(r"\b(?:tăng|giảm|so\s+với|so\s+sánh|chênh)", re.IGNORECASE)  # a growth rate, not a share
BARE_TOTAL = re.compile(
    r"^\W*(?:tổng|tổng\s+cộng|tổng\s+số|tổng\s+chung|cộng|toàn\s+(?:tỉnh|thành\s+phố|quốc|ngành|huyện|thị\s+xã)"
    r"|chung\s+toàn\s+\w+)\W*(?:\([^()]*\))?\W*$",
    re.IGNORECASE,
)
PERCENT_ROW = re.compile(r"^\s*(?:(?:tỷ|tỉ)\s+(?:lệ|trọng)|%)", re.IGNORECASE)
SUB_ROW = re.compile(r"^\s*(?:[-+•–*]|trong\s+đó\b|[a-zđ]\)\s)", re.IGNORECASE)
GROUP_NUMBER = re.compile(r"^\s*(?:[IVX]{1,5}|[A-D])\.?\s*$")  # "I", "II.", "A": a group of the rows below
GROUP_LABEL = re.compile(r"^\s*(?:[IVX]{1,5}|[A-D])\.\s+\S")
YEAR = re.compile(r"(?:19|20)\d\d")
CHANGE_CELL = re.compile(r"^(?:tăng|giảm)\s+(\d[\d.,]*)\s*(%?)$", re.IGNORECASE)  # "Tăng 6,9%", "Giảm 12"
COLUMN_NUMBER = re.compile(r"^\s*\(?(?:\d{1,2}|[A-Z])\)?(?:\s*=\s*[\d()+\-*/ ]+)?\s*$")
DASH = re.compile(r"^\s*[-–—x]?\s*$")
NUMBER_CELL = re.compile(r"^\s*[-+]?\d[\d.,\s]*%?\s*$")


def _spans(text: str) -> list[tuple[int, int]]:
    """The character span of each cell of a row joined by " | "."""
    spans, start = [], 0
    while True:
        cut = text.find(SEPARATOR, start)
        if cut < 0:
            spans.append((start, len(text)))
            return spans
        spans.append((start, cut))
        start = cut + len(SEPARATOR)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def parse_cell(text: str) -> dict:
    """What one cell holds: a number (``value``, ``decimals``, ``percent``), perhaps with a percent beside it
    (``share``), or text. The number's span within the cell is ``at``."""
    out: dict[str, object] = {
        "value": float("nan"),
        "decimals": 0,
        "percent": False,
        "share": None,
        "raw": text.strip(),
        "at": None,
    }
    stripped = text.strip()
    if not stripped or DASH.match(stripped):
        out["kind"] = "empty"
        return out
    if NUMBER_CELL.match(stripped):
        parsed = parse_number(stripped, prefer="vi")
        if parsed.value is not None:
            start = text.index(stripped)
            return out | {
                "kind": "number",
                "value": float(parsed.value),
                "decimals": parsed.decimals,
                "percent": parsed.percent,
                "at": (start, start + len(stripped)),
            }
    found = [q for q in find_quantities(stripped) if q.kind in ("count", "percent", "money")]
    offset = text.index(stripped)
    letters = re.sub(r"[\d\s.,%()/:;+\-–]|hồ\s+sơ|HS", "", stripped, flags=re.IGNORECASE)
    if found and len(letters) <= 3:  # "1.234 hồ sơ", "124.907 (48,6%)", "40 %"
        first = found[0]
        out |= {
            "kind": "number",
            "value": first.value,
            "decimals": first.decimals,
            "percent": first.kind == "percent",
            "raw": first.raw,
            "at": (offset + first.start, offset + first.end),
        }
        if first.kind != "percent" and len(found) == 2 and found[1].kind == "percent":
            p = found[1]
            out["share"] = Quantity(offset + p.start, offset + p.end, p.raw, "percent", p.value, p.decimals)
        return out
    out["kind"] = "text"
    return out


def header_role(text: str) -> tuple[str | None, str | None, bool]:
    """(role, state, subset) of a column from its header words: role is a dossier state, "total",
    "percent" (``state`` is then the state its words name, if any) or None."""
    words = " ".join(text.split()).lower()
    subset = bool(SUBSET.search(words))
    words = SUBSET.sub(" ", words).strip(" :")
    if PERCENT_WORDS.search(words):
        rest = PERCENT_WORDS.sub(" ", words)
        return "percent", _state(rest), subset
    return _state(words, whole=True), None, subset


def _state(words: str, whole: bool = False) -> str | None:
    if NOT_YET.search(words):
        return "pending"
    if whole and TOTAL_WORDS.match(words) and first_state(TOTAL_WORDS.sub(" ", words, count=1)) is None:
        return "total"
    return first_state(words)


_SEGMENT_PATTERNS = [
    *STATES,
    ("pending", NOT_YET),
    ("total", re.compile(r"tổng\s+số|tổng\s+cộng|\btổng\b|\bcộng\b")),
    ("percent", re.compile(r"(?:tỷ|tỉ)\s+lệ(?:\s*\(%\))?|%")),
]


def segment_header(text: str) -> list[str]:
    """A header flattened into one line, cut into its columns at the words of the dossier vocabulary:
    ``[label words, column, column …]``.

    >>> segment_header("Mức độ Tổng Đã xử lý Chưa xử lý Trước hạn Đúng hạn Trễ hạn")
    ['Mức độ', 'Tổng', 'Đã xử lý', 'Chưa xử lý', 'Trước hạn', 'Đúng hạn', 'Trễ hạn']
    """
    lower = text.lower()
    found: list[tuple[int, int]] = []
    position, last = 0, None
    while True:
        hits = [
            (m.start(), m.end(), state)
            for state, p in _SEGMENT_PATTERNS
            for m in [p.search(lower, position)]
            if m and m.end() > m.start()
        ]
        if not hits:
            break
        start, end, state = min(hits, key=lambda s: (s[0], -s[1]))
        if found and state == last and not lower[found[-1][1] : start].strip():
            found[-1] = (found[-1][0], end)  # "kỳ trước" + "chuyển sang": one column's words
        else:
            found.append((start, end))
        position, last = end, state
    if not found:
        return [text.strip()]
    out = [text[: found[0][0]].strip()]
    for (start, end), following in zip(found, [*found[1:], None]):
        stop = following[0] if following else len(text)
        tail = text[end:stop]
        # words after a column's own words belong to it when they are not the next column's lead-in
        lead = re.match(r"[^\S\n]*(?:\(%\)|\(\w+\))?", tail)  # matches always, "" at least
        keep = tail if following is None or lead is None else lead.group(0)
        out.append((text[start:end] + keep).strip())
    return out
