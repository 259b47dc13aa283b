"""Figures of a narrative written in no valid way: digit groups of the wrong length.

In Vietnamese style "." groups thousands in threes, so a group of four digits or more after a dot ("636.8392 người",
"33.0557 thí sinh", "1.0001,6 tỷ đồng", "6.0256 km2", "1.5868.747 triệu đồng") is a typing slip: a digit too many,
or a dot in the wrong place. Seen in reports of Bộ GD&ĐT, Kiên Giang, Hưng Yên, Bình Định, Bắc Kạn and An Giang. Such a figure cannot be read as any number, so nothing built on it is
checked, and it is said instead. Only a text that writes its decimals with a comma is read this way: in English
style "636.8392" is a decimal. Thousands grouped in threes and then a group of one or two digits ("3.131.93 tỷ
đồng", Bắc Giang; "5.387.8 ha", Chính phủ) is a slip in either style. Dates written with dots ("tháng 11.2019") are
not figures. Shorter shapes ("438.30") are a decimal in English style and are left alone.

>>> [m.group(0) for m in malformed_figures("nam 636.8392 người, nữ 632.698 người; đạt 1.0001,6 tỷ đồng")]
['636.8392', '1.0001,6']
>>> malformed_figures("Quyết định số 1.234/QĐ-UBND; đạt 98,5%; tháng 11.2019; ngày 10.9; mức 4.0; mục 3.1.5.1")
[]
>>> [m.group(0) for m in malformed_figures("tổng 3.131.93 tỷ đồng; 1.5868.747 triệu đồng")]
['3.131.93', '1.5868.747']
"""

from __future__ import annotations

import re

from .quantities import COMMA_DECIMAL_PERCENT, DOT_DECIMAL_PERCENT

# a figure written with dots between its digits: "636.8392", "1.5868.747", "3.131.93", "1.0001,6"
DOTTED = re.compile(r"(?<![\d.,/])\d{1,3}(?:\.\d+)+(?:,\d+)?(?![\d/]|\.\d)")
# dates written with dots, not figures: "tháng 11.2019", "ngày 10.9", "7.12.2022"
DATE = re.compile(r"\d{1,2}\.(?:\d{1,2}\.)?(?:19|20)\d\d|\d{1,2}\.\d{1,2}")


def writes_vietnamese_decimals(texts: list[str]) -> bool:
    """The text writes its percents' decimals with a comma, as Vietnamese style does ("99,44%"), at least as often
    as with a dot ("98.39%")."""
    joined = "\n".join(texts)
    return len(COMMA_DECIMAL_PERCENT.findall(joined)) >= len(DOT_DECIMAL_PERCENT.findall(joined))


def malformed_figures(text: str, vietnamese: bool = True) -> list[re.Match]:
    """The figures of ``text`` written with digit groups no style allows, left to right."""
    found = []
    for match in DOTTED.finditer(text):
        written = match.group(0).split(",")[0]
        if DATE.fullmatch(written):
            continue
        groups = written.split(".")[1:]
        long_group = any(len(g) > 3 for g in groups)
        short_last = len(groups) >= 2 and all(len(g) == 3 for g in groups[:-1]) and len(groups[-1]) < 3
        if short_last or (vietnamese and long_group):
            found.append(match)
    return found


def malformed_by_block(texts: list[str]) -> list[list[re.Match]]:
    """Each paragraph's malformed figures, the decimal style read from the whole narrative."""
    vietnamese = writes_vietnamese_decimals(texts)
    return [malformed_figures(text, vietnamese) for text in texts]


def inside(found: list[re.Match], position: int) -> bool:
    """``position`` (a number's start) lies in one of the malformed figures ``found``."""
    return any(m.start() <= position < m.end() for m in found)
