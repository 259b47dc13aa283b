"""Numbers as Vietnamese official text writes them, and back.

In Vietnamese style "." groups thousands and "," is the decimal mark (1.746 = 1746; 99,44 = 99.44);
real documents mix in English style ("98.39%"). :func:`parse_number` reads one written number the
way a Vietnamese reader means it and says when the writing is ambiguous or malformed;
:func:`format_number` writes a number for the reader's language.

>>> parse_number("1.746").value
1746.0
>>> parse_number("99,44%").value, parse_number("99,44%").decimals
(99.44, 2)
>>> parse_number("98.39%").style
'en'
>>> parse_number("1.7.46").problem
'malformed'
>>> format_number(5755631, "vi"), format_number(99.44, "en", 2)
('5.755.631', '99.44')
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass, field

VI, EN, NEUTRAL = "vi", "en", "neutral"

MALFORMED = "malformed"
AMBIGUOUS = "ambiguous"
FRACTION_IN_COUNT = "fraction_in_count"
NOT_A_NUMBER = "not_a_number"
EMPTY = "empty"

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_NUMERIC = re.compile(r"^[+-]?\d[\d.,]*$")
_GROUPED_BY_SPACE = re.compile(r"^\d{1,3}( \d{3})+$")
_MISSING_WORDS = {"", "-", "--", "—", "x", "n/a", "na", "không", "không có", "chưa có"}


@dataclass(frozen=True)
class ParsedNumber:
    """One written number: its value as meant, and how it was written."""

    raw: str
    value: float | None
    decimals: int = 0
    style: str = NEUTRAL
    percent: bool = False
    problem: str | None = None
    alternatives: tuple[float, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return self.value is not None and self.problem is None


# Digits grouped by thousands: a head of one to three digits not starting with 0, then groups of three.
_GROUPED = {sep: re.compile(rf"(?!0)\d{{1,3}}(?:{re.escape(sep)}\d{{3}})+") for sep in ".,"}


def _grouped(text: str, sep: str) -> bool:
    return _GROUPED[sep].fullmatch(text) is not None


def _decimal(int_part: str, frac: str) -> tuple[float, int]:
    return float(f"{int_part or '0'}.{frac}"), len(frac)


def _read(body: str, whole: bool, prefer: str | None) -> tuple[float, int, str, str | None, tuple]:
    """Return value, decimals, style, problem, alternatives for digits with separators only."""
    dots, commas = body.count("."), body.count(",")
    if not dots and not commas:
        return float(body), 0, NEUTRAL, None, ()
    if dots and commas:
        last_dot, last_comma = body.rfind("."), body.rfind(",")
        if last_comma > last_dot and commas == 1 and _grouped(body[:last_comma], "."):
            value, dec = _decimal(body[:last_comma].replace(".", ""), body[last_comma + 1 :])
            return value, dec, VI, None, ()
        if last_dot > last_comma and dots == 1 and _grouped(body[:last_dot], ","):
            value, dec = _decimal(body[:last_dot].replace(",", ""), body[last_dot + 1 :])
            return value, dec, EN, None, ()
        return math.nan, 0, NEUTRAL, MALFORMED, ()
    sep = "." if dots else ","
    if dots + commas > 1:
        if _grouped(body, sep):
            return float(body.replace(sep, "")), 0, VI if sep == "." else EN, None, ()
        return math.nan, 0, NEUTRAL, MALFORMED, ()
    head, _, frac = body.partition(sep)
    if not frac or not head:
        return math.nan, 0, NEUTRAL, MALFORMED, ()
    decimal = float(f"{head}.{frac}")
    if not _grouped(body, sep):
        # Only a decimal reading exists: "98.39" (English) or "99,44" (Vietnamese).
        style = EN if sep == "." else VI
        return decimal, len(frac), style, (FRACTION_IN_COUNT if whole else None), ()
    thousands = float(head + frac)
    # Three digits after one separator: thousands or decimals, decided by the reader's convention.
    if sep == ".":
        if prefer == EN and not whole:
            return decimal, 3, EN, None, ()
        return thousands, 0, VI, None, ()
    if whole and prefer != VI:
        return thousands, 0, EN, None, ()
    if whole:
        return thousands, 0, EN, AMBIGUOUS, (decimal,)
    if prefer == EN:
        return thousands, 0, EN, None, ()
    return decimal, 3, VI, None, ()


def parse_number(text: object, *, whole: bool = False, prefer: str | None = None) -> ParsedNumber:
    """Read one written number.

    ``whole`` says a count is expected (a fraction is then a problem, and "1.746" is thousands);
    ``prefer`` is the separator style of the rest of the document ("vi" or "en"), used only to
    settle writings that both styles allow.

    >>> parse_number("05").value
    5.0
    >>> parse_number("5.755.631").value
    5755631.0
    >>> parse_number("209.25", whole=True).problem
    'fraction_in_count'
    >>> parse_number("N/A").problem
    'not_a_number'
    """
    return _parse("" if text is None else str(text), whole, prefer)


@functools.lru_cache(maxsize=65536)
def _parse(raw: str, whole: bool, prefer: str | None) -> ParsedNumber:
    """Cached: reports repeat the same writings ("0", "100", "05") thousands of times."""
    if raw.isascii() and raw.isdigit():
        return ParsedNumber(raw, float(raw))  # digits alone (most numbers below a thousand): what the rest says
    t = unicodedata.normalize("NFC", raw).strip()
    t = _SPACES.sub(" ", t)
    percent = t.endswith("%")
    if percent:
        t = t[:-1].rstrip()
    if t.lower() in _MISSING_WORDS:
        return ParsedNumber(raw, None, percent=percent, problem=EMPTY if not t else NOT_A_NUMBER)
    if _GROUPED_BY_SPACE.match(t):
        t = t.replace(" ", "")
    if not _NUMERIC.match(t) or t[-1] in ".,":
        return ParsedNumber(raw, None, percent=percent, problem=NOT_A_NUMBER)
    sign = -1.0 if t[0] == "-" else 1.0
    body = t.lstrip("+-")
    value, decimals, style, problem, alternatives = _read(body, whole, prefer)
    if problem == MALFORMED:
        return ParsedNumber(raw, None, percent=percent, problem=MALFORMED)
    return ParsedNumber(
        raw,
        sign * value,
        decimals=decimals,
        style=style,
        percent=percent,
        problem=problem,
        alternatives=tuple(sign * a for a in alternatives) if alternatives else (),
    )


def style_without_preference(parsed: ParsedNumber) -> str:
    """The style ``parse_number(parsed.raw).style`` gives (no count expected, no preference), from ``parsed``, a
    reading that preferred Vietnamese, as a count or not: the same, but for a count's "1,234", ambiguous
    (English thousands or Vietnamese decimals), which read as no count is Vietnamese.

    >>> style_without_preference(parse_number("1,234", whole=True, prefer="vi"))
    'vi'
    >>> style_without_preference(parse_number("98.39", whole=True, prefer="vi"))
    'en'
    """
    return VI if parsed.problem == AMBIGUOUS else parsed.style


def decimals_of(value: float, limit: int = 6) -> int:
    """Digits after the decimal point needed to write ``value`` (at most ``limit``).

    >>> decimals_of(99.44000000000001), decimals_of(100.0)
    (2, 0)
    """
    text = f"{round(value, limit):.{limit}f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def format_number(value: float | None, lang: str = VI, decimals: int | None = None) -> str:
    """Write a number for a reader: Vietnamese 1.746 and 99,44; English 1,746 and 99.44.

    >>> format_number(1746, "vi"), format_number(1746, "en"), format_number(0.6, "vi")
    ('1.746', '1,746', '0,6')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if decimals is None:
        decimals = decimals_of(value, 2)
    text = f"{value:,.{decimals}f}"
    if lang == VI:
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def format_percent(value: float | None, lang: str = VI, decimals: int | None = None) -> str:
    """Write a percent for a reader.

    >>> format_percent(99.44, "vi")
    '99,44%'
    """
    return format_number(value, lang, decimals) + ("%" if value is not None else "")
