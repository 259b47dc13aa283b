"""Citations of legal documents: "Quyết định số 173/QĐ-UBND ngày 08/02/2023", "Nghị định số 63/2010/NĐ-CP".

A document is identified by its type and its number with the issuer's code; a Báo cáo and a Quyết
định that share a number are different documents. The same document cited with two dates, and a
number whose year ("63/2010/NĐ-CP") differs from its date's year, are reported.

>>> [(c.doc_type, c.number, c.date) for c in find_citations("theo Nghị định số 117/2013/NĐ-CP ngày 07/10/2019 của Chính phủ")]
[('nghị định', '117/2013/NĐ-CP', '07/10/2019')]
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from .blocks import BLOCK_COLUMNS

if TYPE_CHECKING:
    import pandas as pd

TYPES = [
    "Thông tư liên tịch",
    "Nghị định",
    "Nghị quyết",
    "Quyết định",
    "Kế hoạch",
    "Công văn",
    "Báo cáo",
    "Thông tư",
    "Chỉ thị",
    "Kết luận",
    "Hướng dẫn",
    "Thông báo",
    "Tờ trình",
    "Văn bản",
    "Đề án",
    "Chương trình",
]
NUMBER = r"\d{1,5}(?:/\d{4})?[/-][A-ZĐ][\wĐđ&.]*(?:[/-][\wĐđ&.]+)*"
DATE = r"ngày\s+(?P<d>\d{1,2})\s*(?:/|\s+tháng\s+)(?P<m>\d{1,2})\s*(?:/|\s+năm\s+)(?P<y>\d{4})"
CITATION = re.compile(
    rf"(?P<type>{'|'.join(TYPES)})\s*(?:số\s*)*(?P<number>{NUMBER})(?:\s*,?\s*{DATE})?",
    re.IGNORECASE,
)
NUMBER_YEAR = re.compile(r"^\d+/(\d{4})/")


@dataclass(frozen=True)
class Citation:
    doc_type: str
    number: str
    date: str | None
    start: int
    end: int
    raw: str

    @property
    def key(self) -> tuple[str, str]:
        """Type and number without punctuation: "QĐ-UBND" and "QĐUBND" are the same code."""
        return self.doc_type, re.sub(r"[^\wĐđ]", "", self.number).upper()

    @property
    def number_year(self) -> int | None:
        match = NUMBER_YEAR.match(self.number)
        return int(match.group(1)) if match else None

    @property
    def parsed_date(self) -> datetime.date | None:  # ``date`` here is the field
        if not self.date:
            return None
        d, m, y = (int(x) for x in self.date.split("/"))
        try:
            return date(y, m, d)
        except ValueError:
            return None


def find_citations(text: str) -> list[Citation]:
    out = []
    for match in CITATION.finditer(text):
        when = None
        if match.group("d"):
            when = f"{int(match.group('d')):02d}/{int(match.group('m')):02d}/{match.group('y')}"
        number = match.group("number").rstrip(".,;")
        out.append(
            Citation(match.group("type").lower(), number, when, match.start(), match.end(), match.group(0))
        )
    return out


CITATION_COLUMNS = [*BLOCK_COLUMNS, "doc_type", "number", "date", "raw", "start", "end", "block"]


def extract_citations(narrative: pd.DataFrame) -> pd.DataFrame:
    """Every citation of a narrative, one row per mention."""
    import pandas as pd  # here: the period checks read citations from workbooks' reports with no data frame

    rows = []
    for block, row in enumerate(narrative.itertuples(index=False)):
        for c in find_citations(str(row.text)):
            rows.append(
                {
                    "source": row.source,
                    "kind": row.kind,
                    "paragraph": row.paragraph,
                    "footnote": row.footnote,
                    "page": row.page,
                    "section": row.section,
                    "doc_type": c.doc_type,
                    "number": c.number,
                    "date": c.date,
                    "raw": c.raw,
                    "start": c.start,
                    "end": c.end,
                    "block": block,
                }
            )
    return pd.DataFrame(rows, columns=CITATION_COLUMNS)
