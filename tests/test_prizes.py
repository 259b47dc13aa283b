"""Competitions' prize lists: the prizes by grade are the winners, each winner holding one."""

from hypothesis import given, settings
from hypothesis import strategies as st

from reformaudit.narrative.prizes import prize_claims


def _read(text):
    return [(c.kind, c.status, c.severity, [q.raw for q in c.quantities]) for c in prize_claims(text)]


def test_the_grades_are_the_winners_and_each_grade_a_share_of_them():
    # Bộ GD&ĐT 2023: the grades add up to 2.283, and each share is of 2.283, not of the 2.238 winners written
    text = (
        "Trong số 4.589 thí sinh dự thi học sinh giỏi quốc gia năm học 2022-2023, có 2.238 thí sinh đoạt giải. "
        "Trong đó, cả nước có 97 giải Nhất (chiếm 4,25%), 520 giải Nhì (chiếm 22,78%), 732 giải Ba (chiếm 32,06%), "
        "934 giải Khuyến khích (chiếm 40,91%)."
    )
    found = _read(text)
    assert found[0] == ("breakdown", "fail", "error", ["2.238", "97", "520", "732", "934"])
    assert [(kind, status, severity) for kind, status, severity, _ in found[1:]] == [
        ("share", "fail", "warning")
    ] * 4 + [("shares", "ok", None)]


def test_the_winners_of_an_x_of_y_and_the_projects_of_a_fair():
    assert _read(
        "Thanh Hóa có 86/90 học sinh đoạt giải (chiếm tỉ lệ 96,63%) gồm: 8 giải Nhất, 26 giải Nhì, "
        "32 giải Ba và 20 giải Khuyến khích."
    )[0][:3] == ("breakdown", "ok", None)
    # "15 dự án/28 HS đoạt giải": the prizes are the projects'
    fair = "Kết quả, cấp THPT có 15 dự án/28 HS đoạt giải, bao gồm: 1 giải Nhất, 1 giải Nhì, {} giải Ba và 6 giải KK."
    assert _read(fair.format(7)) == [("breakdown", "ok", None, ["15", "1", "1", "7", "6"])]
    assert _read(fair.format(8))[0][1:3] == ("fail", "error")


def test_grades_named_in_part_are_bounded_by_their_whole():
    # no "khuyến khích": the rest may be of the grade left out
    assert _read(
        "Hà Nội dẫn đầu cả nước với 146 giải, trong đó 14 giải nhất, 53 giải nhì và 48 giải ba."
    ) == [("breakdown", "ok", None, ["146", "14", "53", "48"])]
    assert _read(
        "Toàn tỉnh có 41 giải, gồm 3 giải Nhất, 9 giải Nhì, còn lại là giải Ba và Khuyến khích."
    ) == [("breakdown", "ok", None, ["41", "3", "9"])]


def test_an_aside_a_unit_and_a_body_are_no_whole_of_the_list():
    # the nationwide count in brackets; the two forms' lists together are the school's 15 winners
    text = (
        "Trường có 24 học sinh dự thi; kết quả có 15 học sinh đoạt giải. Trong đó, khối lớp 8 đoạt 2 Huy chương "
        "Vàng, 3 Huy chương Bạc và 3 giải Khuyến khích (cả nước có 750 giải dành cho khối 8); khối lớp 9 đoạt 2 "
        "Huy chương Vàng, 3 Huy chương Bạc và 2 giải Khuyến khích (cả nước có 750 giải dành cho khối 9)."
    )
    assert [(k, s, q[0]) for k, s, _, q in _read(text)] == [("breakdown", "ok", "15")]
    # the sentence before lists a school's prizes, not winners: no whole for the next
    school = (
        "Cụ thể, các trường có học sinh đoạt giải gồm: Trường THPT Chuyên có 28 giải; các trường còn lại mỗi đơn vị "
        "có 1 giải. Trong đó có 9 giải Nhì, 9 giải Ba và 14 giải Khuyến khích."
    )
    assert _read(school) == []


def test_a_list_goes_on_from_the_paragraph_before_as_a_warning(report_claims):
    paragraphs = [
        "Kỳ thi học sinh giỏi quốc gia, Hà Tĩnh có 76/100 thí sinh tham dự đoạt giải (đạt tỷ lệ 76%).",
        "Trong đó có 5 giải nhất (1 Sinh học, 1 Tin học, 3 Địa lí); 20 giải nhì; 30 giải ba; 23 giải khuyến khích.",
    ]
    found = [c for c in report_claims(paragraphs) if "prize list" in c.notes]
    assert [(c.status, c.severity, [b for b, _ in c.places]) for c in found] == [
        ("fail", "warning", [0, 1, 1, 1, 1])
    ]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=400), min_size=4, max_size=4), st.integers(-20, 20))
def test_the_grades_add_up_or_the_winners_are_flagged(grades, off):
    winners = sum(grades) + off
    if winners < max(grades):
        return
    text = (
        f"Năm nay tỉnh có {winners} học sinh đạt giải, gồm {grades[0]} giải Nhất, {grades[1]} giải Nhì, "
        f"{grades[2]} giải Ba và {grades[3]} giải Khuyến khích."
    )
    assert [s for _, s, _, _ in _read(text)] == ["ok" if off == 0 else "fail"]
