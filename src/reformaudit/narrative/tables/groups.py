"""Breakdowns of a row under headings, as statistics yearbooks lay them out:

    Lao động nông nghiệp … | 128.522 | …
    Chia theo giới tính
    - Nam | 66.469 | …
    - Nữ | 62.053 | …
    Chia theo hoạt động sản xuất
    - Lao động thuần nông | 104.042 | …
    - Lao động kiêm các ngành nghề khác | 24.480 | …
    Chia ra: + Kiêm lâm nghiệp | 9.794 | …
    + Kiêm thủy sản | 1.371 | …

Each heading "Chia theo …" / "Phân theo …" opens a breakdown of the row above the first such heading: its rows
of one marker ("- ") add up to that row; rows of another marker under one of them ("+ ", "Chia ra: + ") add up to
it."""

from __future__ import annotations

import re

from .model import Table

BY = re.compile(r"^\s*(?:chia|phân)\s+(?:theo|ra)\b", re.IGNORECASE)
OPENER = re.compile(r"^\s*(?:chia\s+ra|trong\s+đó|gồm)\s*:\s*", re.IGNORECASE)
MARKER = re.compile(r"^\s*([-+•–*])")


def _marker(label: str) -> str:
    found = MARKER.match(OPENER.sub("", label))
    return found.group(1) if found else ""


def heading_groups(table: Table) -> list[tuple[int, list[int]]]:
    """(the row broken down, the rows that add up to it) for every breakdown under a "Chia theo" heading."""
    labels = [str(label) for label in table.rows["label"]]
    kinds = table.rows["kind"].tolist()
    out: list[tuple[int, list[int]]] = []
    whole: int | None = None
    r = 0
    while r < len(labels):
        if not (kinds[r] == "heading" and BY.match(labels[r])):
            if kinds[r] != "heading" and not _marker(labels[r]):
                whole = r  # a row of its own: the next "Chia theo" breaks it down
            r += 1
            continue
        end = next(
            (e for e in range(r + 1, len(labels)) if kinds[e] == "heading" or not _marker(labels[e])),
            len(labels),
        )
        rows = list(range(r + 1, end))
        if whole is not None and rows:
            first = _marker(labels[rows[0]])
            members = [m for m in rows if _marker(labels[m]) == first]
            if len(members) >= 2:  # one row under a heading is not a breakdown
                out.append((whole, members))
            for i, m in enumerate(members):
                stop = members[i + 1] if i + 1 < len(members) else end
                under = list(range(m + 1, stop))
                if len(under) >= 2:
                    out.append((m, under))
        r = end
    return out
