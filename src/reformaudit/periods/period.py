"""A reporting period and its data cut-off (Công văn 581/BNV-CCHC, 21/02/2022).

Quarter I runs from 15/12 of the previous year to 14/3, six months from 15/12 to 14/6, quarter III from
15/6 to 14/9 and the year from 15/12 to 14/12. Quarters II and IV, the second half and nine months follow
the same cut-off days (our reading: 581 does not name them, but provinces report them).

>>> p = parse_period("6 tháng đầu năm 2026")
>>> p.code, p.start.isoformat(), p.end.isoformat()
('2026-H1', '2025-12-15', '2026-06-14')
>>> parse_period("2026-Q1").contains(p), p.contains(parse_period("quý I/2026"))
(False, True)
>>> p.label("vi"), p.label("en")
('6 tháng đầu năm 2026', 'first half of 2026')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..errors import AuditInputError
from ..guard import refuse

# kind: ((month, day) of the first day — December is the previous year's —, (month, day) of the last day)
SPANS = {
    "Q1": ((12, 15), (3, 14)),
    "Q2": ((3, 15), (6, 14)),
    "H1": ((12, 15), (6, 14)),
    "Q3": ((6, 15), (9, 14)),
    "9M": ((12, 15), (9, 14)),
    "Q4": ((9, 15), (12, 14)),
    "H2": ((6, 15), (12, 14)),
    "Y": ((12, 15), (12, 14)),
}
LABELS = {
    "Q1": ("quý I năm {y}", "Q1 {y}"),
    "Q2": ("quý II năm {y}", "Q2 {y}"),
    "H1": ("6 tháng đầu năm {y}", "first half of {y}"),
    "Q3": ("quý III năm {y}", "Q3 {y}"),
    "9M": ("9 tháng năm {y}", "nine months of {y}"),
    "Q4": ("quý IV năm {y}", "Q4 {y}"),
    "H2": ("6 tháng cuối năm {y}", "second half of {y}"),
    "Y": ("năm {y}", "year {y}"),
}
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
CODE = re.compile(r"^(\d{4})(?:-(Q[1-4]|H[12]|9M|Y))?$", re.IGNORECASE)
YEAR = r"(?:năm\s+|/\s*)?((?:19|20)\d\d)\b"
WORDED = [  # Vietnamese phrases, most specific first
    (re.compile(r"\bquý\s+(iv|iii|ii|i|[1-4])\b\W*" + YEAR, re.IGNORECASE), "Q"),
    (re.compile(r"\b(?:06|6|sáu)\s+tháng\s+đầu\s+năm\s+((?:19|20)\d\d)\b", re.IGNORECASE), "H1"),
    (re.compile(r"\b(?:06|6|sáu)\s+tháng\s+cuối\s+năm\s+((?:19|20)\d\d)\b", re.IGNORECASE), "H2"),
    (re.compile(r"\b(?:06|6|sáu)\s+tháng\s+(?:năm\s+)?((?:19|20)\d\d)\b", re.IGNORECASE), "H1"),
    (re.compile(r"\b(?:09|9|chín)\s+tháng\s+(?:đầu\s+)?(?:năm\s+)?((?:19|20)\d\d)\b", re.IGNORECASE), "9M"),
    (re.compile(r"^\s*(?:báo cáo\s+)?năm\s+((?:19|20)\d\d)\s*$", re.IGNORECASE), "Y"),
]
# "công tác cải cách hành chính năm 2025" names a year report, "Kế hoạch cải cách hành chính năm 2025" does not
YEAR_REPORT = re.compile(
    r"(?<!kế hoạch )(?:cải cách hành chính|cchc)(?:\s+nhà\s+nước)?\s+năm\s+((?:19|20)\d\d)\b", re.IGNORECASE
)


@dataclass(frozen=True, order=True)
class Period:
    """One reporting period of a year: ``kind`` is Q1, Q2, H1, Q3, 9M, Q4, H2 or Y."""

    year: int
    kind: str

    @property
    def code(self) -> str:
        return f"{self.year}-{self.kind}"

    @property
    def start(self) -> date:
        (month, day), _ = SPANS[self.kind]
        return date(self.year - 1, 12, day) if month == 12 else date(self.year, month, day)

    @property
    def end(self) -> date:
        _, (month, day) = SPANS[self.kind]
        return date(self.year, month, day)

    def label(self, lang: str = "vi") -> str:
        vi, en = LABELS[self.kind]
        return (en if lang == "en" else vi).format(y=self.year)

    def span(self) -> str:
        """The cut-off dates, as an official text writes them: "15/12/2025–14/6/2026"."""
        return "–".join(f"{d.day}/{d.month}/{d.year}" for d in (self.start, self.end))

    def contains(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def crosses(self, day: date) -> bool:
        """Whether ``day`` falls inside the period after its first day (a change on that day splits it)."""
        return self.start < day <= self.end

    def to_dict(self, lang: str = "vi") -> dict:
        return {
            "code": self.code,
            "label": self.label(lang),
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
        }


def find_period(text: str) -> Period | None:
    """The period a title or sentence names ("6 THÁNG ĐẦU NĂM 2024", "quý III/2025"), or None."""
    for pattern, kind in WORDED:
        match = pattern.search(text)
        if match is None:
            continue
        if kind == "Q":
            return Period(int(match.group(2)), f"Q{ROMAN[match.group(1).lower()]}")
        return Period(int(match.group(1)), kind)
    match = YEAR_REPORT.search(text)
    return Period(int(match.group(1)), "Y") if match else None


NAMED = re.compile(
    r"(?<![0-9])((?:19|20)\d\d)(?:[-_ .]?(q[1-4]|h[12]|6t|9t|9m|nam|năm|y))?(?![0-9a-z])", re.IGNORECASE
)
NAME_KINDS = {"6t": "H1", "9t": "9M", "nam": "Y", "năm": "Y"}


def period_in_name(name: str) -> Period | None:
    """The period a folder or file name gives, the way offices name them: "an-hoa-2026-q1", "2026-6t".

    >>> period_in_name("binh-phuoc-2023-6t").code, period_in_name("2026").code, period_in_name("bao-cao")
    ('2023-H1', '2026-Y', None)
    """
    match = NAMED.search(name)
    if match is None:
        return None
    kind = (match.group(2) or "y").lower()
    return Period(int(match.group(1)), NAME_KINDS.get(kind, kind.upper()))


def parse_period(text: str) -> Period:
    """A period given by a user: ``2026-Q1``, ``2026-H1``, ``2026-Q3``, ``2026-9M``, ``2026`` (the year),
    or in words ("quý I năm 2026", "6 tháng đầu năm 2026", "năm 2026")."""
    text = " ".join(str(text).split())
    match = CODE.match(text)
    if match:
        return Period(int(match.group(1)), (match.group(2) or "Y").upper())
    found = find_period(text)
    if found is None:
        raise refuse(
            f"“{text}”: không hiểu kỳ báo cáo; hãy viết 2026-Q1, 2026-H1, 2026-Q3, 2026-9M, 2026 (cả năm) "
            "hoặc “6 tháng đầu năm 2026”",
            f"'{text}': not a reporting period; write 2026-Q1, 2026-H1, 2026-Q3, 2026-9M, 2026 (the year) "
            "or '6 tháng đầu năm 2026'",
            AuditInputError,
        )
    return found
