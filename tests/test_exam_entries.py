"""Candidates entered for the school-leaving examination: the three purposes are all of them."""

from hypothesis import given, settings
from hypothesis import strategies as st

from reformaudit.narrative.exam_entries import exam_entry_claims


def _read(text):
    return [(c.kind, c.status, c.severity, [q.raw for q in c.quantities]) for c in exam_entry_claims(text)]


def test_the_purposes_are_all_the_candidates_and_each_share_is_of_them():
    # Bộ GD&ĐT 2023: 47.769 + 34.155 + 943.340 = 1.025.264, not the 1.024.063 entered
    text = (
        "Năm nay, tổng số thí sinh đăng ký dự thi là 1.024.063, trong đó, thí sinh tự do 37.841; thí sinh chỉ xét tốt "
        "nghiệp là 47.769, chiếm 4,66% tổng số thí sinh; thí sinh chỉ xét tuyển sinh đại học là 34.155, chiếm 3,33% "
        "tổng số thí sinh; thí sinh xét tốt nghiệp và tuyển sinh là 943.340, chiếm 92,91% tổng số thí sinh."
    )
    found = _read(text)
    assert found[0] == ("breakdown", "fail", "error", ["1.024.063", "47.769", "34.155", "943.340"])
    # 34.155 of 1.024.063 is 3,335 %, written 3,33 %: rounded down, not wrong; 943.340 is 92,12 %, written 92,91 %
    assert [(k, s) for k, s, _, _ in found[1:]] == [
        ("share", "ok"),
        ("share", "truncated"),
        ("share", "fail"),
    ] + [("shares", "fail")]


def test_an_x_of_ys_rate_and_counts_of_other_cuts_are_not_shares_of_the_candidates():
    text = (
        "Tại tỉnh, trong số gần 24.000 thí sinh dự thi, tỷ lệ đỗ của khối THPT là 97,46%; còn khối GDTX có 2.164 thí "
        "sinh đỗ tốt nghiệp /3.059 thí sinh dự thi, đạt tỷ lệ 70,74%."
    )
    assert _read(text) == []


def test_an_account_over_paragraphs_is_read_as_a_warning(report_claims):
    paragraphs = [
        "Theo thống kê, có 1.014.972 thí sinh đăng ký dự thi.",
        "Số thí sinh tham dự kỳ thi với mục đích chỉ xét tốt nghiệp là 222.500, chiếm 21,92%.",
        "Số thí sinh chỉ xét tuyển sinh là 36.000, chiếm 3,55%.",
        "Số thí sinh vừa xét tốt nghiệp, vừa tham gia tuyển sinh là 763.000, chiếm 75,17%.",
    ]
    found = [c for c in report_claims(paragraphs) if "exam entries" in c.notes]
    breakdowns = [c for c in found if c.kind == "breakdown"]
    assert [(c.status, c.severity, [b for b, _ in c.places]) for c in breakdowns] == [
        ("fail", "warning", [0, 1, 2, 3])
    ]
    assert {c.status for c in found if c.kind == "share"} == {"ok"}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=100, max_value=900_000), min_size=3, max_size=3), st.integers(-3, 3))
def test_the_purposes_add_up_or_the_total_is_flagged(purposes, off):
    def dotted(n):
        return f"{n:,}".replace(",", ".")

    total = sum(purposes) + off
    text = (
        f"Toàn tỉnh có {dotted(total)} thí sinh đăng ký dự thi, trong đó {dotted(purposes[0])} thí sinh chỉ xét tốt "
        f"nghiệp; {dotted(purposes[1])} thí sinh vừa xét tốt nghiệp vừa xét tuyển sinh; {dotted(purposes[2])} thí "
        "sinh chỉ xét tuyển sinh."
    )
    assert [s for _, s, _, _ in _read(text)] == ["ok" if off == 0 else "fail"]


def test_some_of_the_candidates_entered_are_not_their_total():
    # Bộ GD&ĐT 2019: "Trong số thí sinh đăng ký dự thi thì có 214,097 thí sinh" is a part; the total is not given here
    text = (
        "Trong số thí sinh đăng ký dự thi thì có 214.097 thí sinh (39,24%) chọn bài thi Khoa học tự nhiên. Số thí sinh "
        "đăng ký cả hai bài thi là 48.064 (8,81%)."
    )
    assert _read(text) == []
    whole = "Có 545.600 thí sinh đăng ký dự thi. " + text.replace(
        "Trong số thí sinh đăng ký dự thi thì có", "Có"
    )
    assert [(kind, status) for kind, status, _, _ in _read(whole)] == [("share", "ok"), ("share", "ok")]
