"""The workbook's number style is the majority of its values written with a separator, however early the
count may stop."""

from __future__ import annotations

import random
from collections import Counter

from reformaudit.catalogue import load_catalogue
from reformaudit.loading.forms import _main_style, rows_read
from reformaudit.loading.layout import Table, TableRow
from reformaudit.numbers import EN, VI, parse_number

CATALOGUE = load_catalogue()
WRITINGS = ["1.746", "5.755.631", "99,44", "1.234,5", "98.39", "12.5", "1,234.5", "3,14", "1.7.46", "86", "x"]


def _tables(values: list[object]) -> list[Table]:
    rows = [
        TableRow(i, str(i), "chỉ tiêu", None, v, "General", None, f"D{i}", "") for i, v in enumerate(values)
    ]
    return [
        Table("Biểu 1", 1, 0, {}, rows=rows[: len(rows) // 2]),
        Table("Biểu 2", 2, 0, {}, rows=rows[len(rows) // 2 :]),
    ]


def _counted(values: list[object]) -> str:
    styles = Counter(parse_number(v).style for v in values if isinstance(v, str))
    return EN if styles[EN] > styles[VI] else VI


def test_main_style_is_the_majority():
    rng = random.Random(7)
    for _ in range(300):
        values = [rng.choice([*WRITINGS, 12.0, None]) for _ in range(rng.randint(0, 12))]
        assert _main_style(rows_read(_tables(values), CATALOGUE)) == _counted(values), values


def test_a_late_majority_counts():
    assert (
        _main_style(rows_read(_tables(["1.746", "2.000", "98.39", "12.5", "3.14", "7.25"]), CATALOGUE)) == EN
    )
    assert (
        _main_style(rows_read(_tables(["98.39", "12.5", "1.746", "2.000"]), CATALOGUE)) == VI
    )  # a tie stays Vietnamese


def test_a_count_written_ambiguously_counts_as_vietnamese():
    """A count's "1,234" (1234 in English, 1,234 in Vietnamese) is read as a count to be parsed once, but counts
    towards the style as any text does: as Vietnamese decimals."""
    counts = [(i, CATALOGUE.indicator(key)) for i, key in enumerate(("1:1", "1:2.1", "1:2.2"))]
    assert all(indicator.whole for _, indicator in counts)
    rows = [
        TableRow(i, indicator.code, indicator.label, None, v, "General", None, f"D{i}", "")
        for (i, indicator), v in zip(counts, ["1,234", "2,345", "98.39"])
    ]
    assert _main_style(rows_read([Table("Biểu 1", 1, 0, {}, rows=rows)], CATALOGUE)) == VI
