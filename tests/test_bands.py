"""Counts of one base split into bands (narrative/bands.py)."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reformaudit.narrative.paragraph_claims import claims_in_text

THRESHOLDS = (
    "có {}/{y} chỉ tiêu đạt 100% trở lên, {}/{y} chỉ tiêu đạt từ 70 đến dưới 100%, {}/{y} chỉ tiêu đạt từ 50 đến "
    "dưới 70%, {}/{y} chỉ tiêu đạt dưới 50%."
)


def _bands(text):
    return [
        (c.status, c.severity, [q.raw for q in c.quantities])
        for c in claims_in_text(text)
        if "bands" in c.notes
    ]


def test_threshold_bands_from_top_to_bottom_are_all_of_the_base():
    # Bắc Mê (Hà Giang) 2020: 13 + 17 + 7 + 12 = 49 of the 53 indicators, though the bands reach from 100 % and over to
    # under 50 %
    assert _bands("Kết quả 6 tháng, " + THRESHOLDS.format(13, 17, 7, 12, y=53)) == [
        ("fail", "warning", ["53", "13", "17", "7", "12"])
    ]
    assert _bands("Kết quả 6 tháng, " + THRESHOLDS.format(17, 17, 7, 12, y=53))[0][0] == "ok"


def test_outcomes_against_the_plan():
    # Nam Hồng 2022 (Hà Nội): vượt, đạt, chưa đạt
    plan = "Có {}/17 chỉ tiêu vượt kế hoạch, có 6/17 chỉ tiêu đạt và 2/17 chỉ tiêu chưa đạt so với kế hoạch."
    assert _bands(plan.format(9)) == [("ok", None, ["17", "9", "6", "2"])]
    assert _bands(plan.format(8))[0][:2] == ("fail", "warning")


def test_not_bands():
    # cuts of one base that overlap (women, minorities, the young): no split of it
    overlapping = (
        "Cơ cấu gồm: phụ nữ 25/63 người, người dân tộc thiểu số 25/63 người, trẻ (dưới 40 tuổi) 10/63 người."
    )
    assert _bands(overlapping) == []
    # the top band alone with the middle: the rest may be under it, but never more than all
    partial = "Có 30/53 chỉ tiêu đạt 100% trở lên, 17/53 chỉ tiêu đạt từ 70 đến dưới 100%."
    assert [(status, severity) for status, severity, _ in _bands(partial)] == [("incomplete", "info")]
    above = "Có 40/53 chỉ tiêu đạt 100% trở lên, 17/53 chỉ tiêu đạt từ 70 đến dưới 100%."
    assert [status for status, _, _ in _bands(above)] == ["fail"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 60), min_size=4, max_size=4), st.integers(-3, 3))
def test_bands_add_up_or_the_list_is_flagged(counts, off):
    y = sum(counts) + off
    assume(y > max(counts))
    found = _bands("Kết quả, " + THRESHOLDS.format(*counts, y=y))
    assert [status for status, _, _ in found] == ["ok" if off == 0 else "fail"]
