"""The Vietnamese number grammar: every written form the forms use, and round trips."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reformaudit.numbers import (
    AMBIGUOUS,
    EN,
    FRACTION_IN_COUNT,
    MALFORMED,
    NOT_A_NUMBER,
    VI,
    format_number,
    format_percent,
    parse_number,
)


@pytest.mark.parametrize(
    "text, value, decimals, style",
    [
        ("1.746", 1746, 0, VI),
        ("5.755.631", 5755631, 0, VI),
        ("99,44%", 99.44, 2, VI),
        ("99,44", 99.44, 2, VI),
        ("0,6", 0.6, 1, VI),
        ("1.405,5", 1405.5, 1, VI),
        ("98.39%", 98.39, 2, EN),
        ("32.58", 32.58, 2, EN),
        ("1,405.5", 1405.5, 1, EN),
        ("1,234,567", 1234567, 0, EN),
        ("05", 5, 0, "neutral"),
        ("01", 1, 0, "neutral"),
        ("100%", 100, 0, "neutral"),
        ("1 746", 1746, 0, "neutral"),
        ("0.994", 0.994, 3, EN),
        ("-12", -12, 0, "neutral"),
    ],
)
def test_reads_each_written_form(text, value, decimals, style):
    parsed = parse_number(text)
    assert parsed.ok
    assert parsed.value == pytest.approx(value)
    assert parsed.decimals == decimals
    assert parsed.style == style
    assert parsed.raw == text


@pytest.mark.parametrize("text", ["1.7.46", "1,2.3", "12..5", "1.2345.678", "1,23,45"])
def test_malformed_numbers_are_named(text):
    parsed = parse_number(text)
    assert parsed.problem in (MALFORMED, NOT_A_NUMBER)
    assert parsed.value is None


def test_a_count_with_a_fraction_is_a_problem_not_a_value_change():
    parsed = parse_number("209.25", whole=True)
    assert parsed.problem == FRACTION_IN_COUNT
    assert parsed.value == pytest.approx(209.25)


def test_comma_and_three_digits_in_a_count_is_ambiguous_in_a_vietnamese_document():
    parsed = parse_number("1,746", whole=True, prefer=VI)
    assert parsed.problem == AMBIGUOUS
    assert {parsed.value, *parsed.alternatives} == {1746.0, 1.746}


def test_dot_and_three_digits_follows_the_document_style():
    assert parse_number("1.746").value == 1746
    assert parse_number("1.746", prefer=EN).value == pytest.approx(1.746)
    assert parse_number("1.746", whole=True, prefer=EN).value == 1746


@pytest.mark.parametrize("text", ["N/A", "khoảng một nghìn", "x", "-", "abc"])
def test_text_where_a_number_belongs(text):
    parsed = parse_number(text)
    assert parsed.value is None
    assert parsed.problem == NOT_A_NUMBER


def test_empty_and_decomposed_unicode():
    assert parse_number("").problem == "empty"
    assert parse_number(None).problem == "empty"
    assert parse_number("1.746\u00a0").value == 1746


def test_formatting_for_each_language():
    assert format_number(1746, VI) == "1.746"
    assert format_number(1746, EN) == "1,746"
    assert format_number(99.44, VI, 2) == "99,44"
    assert format_percent(24.41, VI) == "24,41%"
    assert format_number(float("nan"), VI) == "—"


@given(st.integers(min_value=0, max_value=10**12))
def test_round_trip_of_whole_numbers(n):
    assert parse_number(format_number(n, VI), whole=True).value == n
    assert parse_number(format_number(n, EN), whole=True, prefer=EN).value == n


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=4))
def test_round_trip_of_decimals_in_vietnamese_style(units, decimals):
    value = units / 10**decimals
    text = format_number(value, VI, decimals)
    parsed = parse_number(text, prefer=VI)
    if "," not in text:  # a value like 1.000 with no decimal part left after formatting
        return
    assert math.isclose(parsed.value, value, abs_tol=10**-decimals / 2)
    assert parsed.decimals == decimals


@given(st.text(max_size=40))
def test_never_raises_on_any_text(text):
    parsed = parse_number(text)
    assert parsed.value is None or isinstance(parsed.value, float)


@given(st.lists(st.text("0123456789", min_size=1, max_size=5), min_size=3, max_size=5), st.sampled_from(".,"))
def test_two_or_more_separators_are_thousands_groups_or_malformed(parts, sep):
    """'1.746.000' and '1,746,000' are thousands; '1.74.600' or '01.746.000' are nothing a reader means."""
    parsed = parse_number(sep.join(parts))
    grouped = len(parts[0]) <= 3 and parts[0][0] != "0" and all(len(p) == 3 for p in parts[1:])
    assert parsed.value == (float("".join(parts)) if grouped else None)
    assert parsed.problem == (None if grouped else MALFORMED)
    assert parsed.style == ((VI if sep == "." else EN) if grouped else "neutral")


@settings(max_examples=200)
@given(st.text("0123456789", min_size=1, max_size=18), st.booleans(), st.sampled_from([VI, EN, None]))
def test_digits_alone_read_as_the_whole_reading_reads_them(digits, whole, prefer):
    """Digits alone are read straight (most numbers below a thousand): the same reading as with a space around them,
    which takes the whole way."""
    assert parse_number(digits, whole=whole, prefer=prefer) == replace(
        parse_number(f" {digits} ", whole=whole, prefer=prefer), raw=digits
    )
