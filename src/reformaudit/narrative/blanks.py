"""Fields left blank to fill in later: "Báo cáo số        /BC-UBND ngày     /06/2023", "Số: …/BC-UBND".

>>> [m.group(0) for m in find_blanks("(Ban hành kèm theo Báo cáo số        /BC-UBND ngày     /06/2023 của UBND tỉnh)")]
['số        /B', 'ngày     /06/']
>>> find_blanks("Quyết định số 173/QĐ-UBND ngày 08/02/2023")
[]
"""

from __future__ import annotations

import re

BLANK = re.compile(
    r"\b[Ss]ố\s*:?[\s.…_]*/\s*[A-ZĐ]"  # a document number with no number: "số      /BC-UBND"
    r"|\bngày[\s.…_]*/\s*\d{1,2}\s*/"  # a date with no day: "ngày     /06/2023"
    r"|\bngày[\s.…_]+tháng[\s.…_]+năm"  # "ngày … tháng … năm"
    r"|\btháng[\s.…_]+năm\s+\d{4}"
)


def find_blanks(text: str) -> list[re.Match]:
    return list(BLANK.finditer(text or ""))
