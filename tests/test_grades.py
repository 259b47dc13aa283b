"""Grades of one rated whole: every pupil has one grade, so the grades' shares add up to 100 % at most."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reformaudit.narrative.grades import grade_claims, grade_rows
from reformaudit.narrative.paragraph_claims import claims_in_text
from reformaudit.numbers import format_number


def _read(text: str) -> list[tuple[str, list[str]]]:
    return [(c.status, [q.raw for q in c.quantities]) for c in grade_claims(text)]


def test_shares_of_grades_named_before_or_after_them():
    # Vĩnh Linh 2023: each grade before its share
    assert _read(
        "Về xếp loại tốt nghiệp, số học sinh xếp loại giỏi đạt 29,63%, khá 44,58%, trung bình 25,79%."
    ) == [("ok", ["29,63%", "44,58%", "25,79%"])]
    # grades after their shares, and two named with one share
    text = "Năm học 2017-2018, tỉ lệ học sinh khá, giỏi đạt 51,1%, 46,3% đạt trung bình và có 2,6% học sinh học lực yếu."
    assert _read(text) == [("ok", ["51,1%", "46,3%", "2,6%"])]


def test_grades_over_one_hundred_are_a_slip():
    text = "Xếp loại học lực: học sinh giỏi chiếm 54,83%, học sinh khá chiếm 45,71%."
    assert [(c.status, c.severity) for c in grade_claims(text)] == [("fail", "warning")]


def test_grades_named_as_held_by_none_complete_the_scale():
    text = (
        "Kết thúc năm học, toàn trường có 622 học sinh giỏi (chiếm 44,5%), 713 em học lực khá (chiếm 51%), 64 em "
        "học sinh trung bình (chiếm {}%), không có học sinh yếu, kém."
    )
    assert [c.status for c in grade_claims(text.format("4,5"))] == ["ok"]
    assert [c.status for c in grade_claims(text.format("3,5"))] == ["fail"]  # 99 %: all five grades are named


def test_a_list_short_of_lower_grades_it_leaves_out_says_nothing():
    text = "Xếp loại học lực: giỏi 30,5%, khá 50,2%, trung bình 15,1%."  # yếu and kém may hold the 4,2 %
    assert _read(text) == []


def test_the_grades_below_the_lowest_named_would_not_hold_more_than_it():
    # Ninh Thuận's boarding school, 2018: 97 %, and kém alone would hold more than yếu
    text = "Năm học 2017-2018, tỉ lệ học sinh khá, giỏi của trường đạt tỉ lệ 41,1%, 53,3% đạt trung bình và chỉ có 2,6% học sinh học lực yếu."
    assert [(c.status, c.severity) for c in grade_claims(text)] == [("fail", "warning")]


def test_nested_and_cumulative_grades_are_not_side_by_side():
    nested = "Học sinh xếp loại khá trở lên đạt 95,2%, trong đó loại giỏi đạt 40,1%."
    assert _read(nested) == []
    bracketed = "Xếp loại hạnh kiểm: tốt 90,5% (trong đó 20,5% tốt toàn diện), khá 9,5%."
    assert _read(bracketed) == [("ok", ["90,5%", "9,5%"])]
    assert _read("Tăng trưởng khá 9,5%, mức trung bình 12,1%.") == []  # no rated whole


def test_a_table_with_a_row_to_each_grade_adds_up_by_column():
    # Đồng Sơn primary school, 2022: its rows as a report's text has them, one a paragraph
    rows = ["Tốt | 76,5% | 81,4% | 77,0%", "Đạt | 23,5% | 18,6% | 33,0%", "Chưa đạt (Cần cố gắng)"]
    read = [
        (c.status, [q.raw for q in c.quantities], [b for b, _ in c.places])
        for c in grade_rows(rows, ["table"] * 3)
    ]
    assert read == [
        ("ok", ["76,5%", "23,5%"], [0, 1]),
        ("ok", ["81,4%", "18,6%"], [0, 1]),
        ("fail", ["77,0%", "33,0%"], [0, 1]),
    ]
    assert (
        grade_rows(["Tốt | 76,5% | 81,4%", "Đạt | 23,5%"], ["table"] * 2) == []
    )  # columns that do not align


@given(st.lists(st.integers(min_value=1, max_value=9_000), min_size=3, max_size=3), st.integers(5, 500))
def test_grades_that_make_one_hundred_hold_and_more_than_it_fail(weights, extra):
    total = sum(weights)
    cents = [w * 10_000 // total for w in weights[:-1]]
    cents.append(10_000 - sum(cents))  # hundredths of a percent, adding up to exactly 100 %
    shares = [format_number(c / 100, "vi", decimals=2) for c in cents]
    text = "Xếp loại hạnh kiểm: tốt {}%, khá {}%, trung bình {}%.".format(*shares)
    assert [c.status for c in grade_claims(text)] == ["ok"]
    over = [format_number((cents[0] + extra) / 100, "vi", decimals=2), *shares[1:]]
    text = "Xếp loại hạnh kiểm: tốt {}%, khá {}%, trung bình {}%.".format(*over)
    assert [c.status for c in grade_claims(text)] == ["fail"]
    assert any("grades" in c.notes for c in claims_in_text(text))
