"""Statistics tables pasted as text with no header line, one row a line — a label, perhaps its unit, then one figure
per year — as provincial statistics portals print them:

    1. Tổng giá trị gia tăng (Giá 2010) Tỷ đồng 29315.30 32239.90 34850.40 …
    Nông, lâm nghiệp và thuỷ sản Tỷ đồng 13589.90 14630.50 15052.80 …
    Công nghiệp-Xây dựng Tỷ đồng 6901.20 8220.40 9926.60 …
    Dịch vụ Tỷ đồng 8824.20 9389.00 9871.00 …

A row named a total ("Tổng …", "Cơ cấu …") is, column by column, the sum of the rows under it up to the next total;
a column counts only where every row has a figure (rows end early when their last years are missing, and a figure
of 0 is an empty cell). Read from the layout, a column that does not add up is a warning.

>>> text = ("1. Tổng số (Giá 2010) Tỷ đồng 3000.50 4000.50 5000.50 6000.50 Nông nghiệp Tỷ đồng 1000.25 1500.25 "
...         "2000.25 2500.25 Dịch vụ Tỷ đồng 2000.25 2500.25 3001.25 3500.25")
>>> [(c.status, c.stated, c.computed) for c in row_table_claims(text)]
[('fail', 5000.5, 5001.5)]
"""

from __future__ import annotations

import re
from dataclasses import replace

from .claim import Claim, breakdown, rate_claim, shares_claim
from .quantities import Quantity, find_quantities

MIN_FIGURES = 4  # figures a row needs to be taken for a table row, not a sentence
FIGURE = r"-?\d(?:[\d.,]*\d)?"  # a figure ends in a digit: "2. Tổng …" opens the next row
ROW = re.compile(
    r"(?P<label>(?:\d{1,2}\.\s*)?[^\W\d](?:[^\d(]|\([^()]*\)){0,120}?)"
    rf"\s+(?P<figures>(?:{FIGURE}\s+){{{MIN_FIGURES - 1},}}{FIGURE})"
    r"(?=\s+(?:\d{1,2}\.\s*)?[^\W\d]|\s*$)"
)
STRUCTURE = re.compile(r"^(?:\d{1,2}\.\s*)?cơ\s+cấu\b", re.IGNORECASE)
TOTAL = re.compile(r"^(?:\d{1,2}\.\s*)?(?:tổng|cơ\s+cấu)\b", re.IGNORECASE)


def row_table_claims(text: str, block: int = 0) -> list[Claim]:
    rows = [row for m in ROW.finditer(text) if (row := _row(text, m)) is not None]
    if len(rows) < 3:
        return []
    claims = []
    for i, (label, figures) in enumerate(rows):
        if not TOTAL.match(label):
            continue
        parts: list[list[Quantity]] = []
        for other_label, other in rows[i + 1 :]:
            if TOTAL.match(other_label) or re.match(r"^\d{1,2}\.", other_label):
                break
            if _unit(other_label) != _unit(label):
                parts = []  # "Tổng số hộ hộ …" / "Tỷ lệ hộ nghèo % …": rows of another unit are not its parts
                break
            parts.append(other)
        if len(parts) < 2:
            continue
        for c, whole in enumerate(figures):
            column = [p[c] for p in parts if c < len(p)]
            if not whole.value or len(column) < len(parts) or any(not q.value for q in column):
                continue
            claim = breakdown(block, (0, len(text)), whole, column, True, uncertain=True)
            if not 0.5 <= claim.computed / whole.value <= 2:
                continue  # rows below a total that are not its parts ("Số hộ nghèo", "Số hộ thoát nghèo")
            if claim.status != "ok":
                claims.append(claim)
            elif STRUCTURE.match(label) and shares_claim(block, (0, len(text)), column).status != "ok":
                # "Cơ cấu …": the shares make 100 %, whatever the total row says ("100.02")
                claims.append(shares_claim(block, (0, len(text)), column))
    claims += _rate_rows(text, block, rows)
    for claim in claims:
        claim.uncertain = True
    return claims


RATE_ROW = re.compile(
    r"^(?:\d{1,2}\.\s*)?(?:tỷ|tỉ)\s+lệ\s+(?P<name>(?:[^\W\d]+\s*){1,3}?)\s*%", re.IGNORECASE
)


def _rate_rows(text: str, block: int, rows: list[tuple[str, list[Quantity]]]) -> list[Claim]:
    """ "Tỷ lệ hộ nghèo % 15.40 …" over "Số hộ nghèo … 63379.00 …" and "Tổng số hộ … 412204.00 …", column by column."""
    claims = []
    labels = [label for label, _ in rows]
    for label, figures in rows:
        counted_rows, base_rows = rows_a_rate_names(labels, label)
        if not counted_rows or not base_rows:
            continue
        counted, base = rows[counted_rows[0]][1], rows[base_rows[0]][1]
        for percent, part, whole in zip(figures, counted, base):
            if not whole.value or not part.value:
                continue
            claim = rate_claim(
                "ratio",
                block,
                (0, len(text)),
                [part, whole, percent],
                ["numerator", "denominator", "percent"],
                replace(percent, kind="percent"),
                part.value / whole.value * 100,
            )
            if claim.status == "fail":
                claims.append(claim)
    return claims


def rows_a_rate_names(labels: list[str], label: str) -> tuple[list[int], list[int]]:
    """For a rate row's ``label`` ("Tỷ lệ hộ nghèo %"): the rows among ``labels`` counting what it names ("Số hộ
    nghèo …") and those of the total it is of ("Tổng số hộ …"), by index; none when the label names no rate."""
    named = RATE_ROW.match(label)
    if named is None:
        return [], []
    name = " ".join(named.group("name").lower().split())
    head = name.split()[0]
    counted = [i for i, other in enumerate(labels) if name in other.lower() and not RATE_ROW.match(other)]
    bases = [
        i
        for i, other in enumerate(labels)
        if re.match(rf"(?i)^(?:\d{{1,2}}\.\s*)?tổng\s+số\s+{head}\b", other)
    ]
    return counted, bases


def _unit(label: str) -> str:
    """A row's unit, the last word of its label ("Tỷ đồng", "%", "hộ")."""
    words = label.lower().split()
    return words[-1] if words else ""


def _row(text: str, match: re.Match) -> tuple[str, list[Quantity]] | None:
    start, end = match.span("figures")
    figures = [q for q in find_quantities(text) if start <= q.start < end]
    if len(figures) < MIN_FIGURES or any(q.kind != "count" for q in figures):
        return None
    return match.group("label").strip().rsplit("\n", 1)[-1].strip(), figures  # not a heading line above it
