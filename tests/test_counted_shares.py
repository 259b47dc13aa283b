"""Parts given with their figure and their share of a whole stated before them: figures, shares and whole check one
another (narrative.counted_shares)."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reformaudit.narrative.claims import claims_in_text
from reformaudit.narrative.counted_shares import counted_share_claims
from reformaudit.narrative.quantities import find_quantities
from reformaudit.narrative.sentences import sentences
from reformaudit.numbers import format_number


def _read(text):
    """The counted-share claims of the text's last sentence, with the sentence before it as its lead."""
    spans = sentences(text)
    lead = spans[-2] if len(spans) > 1 else None
    found = counted_share_claims(text, 0, spans[-1], lead, find_quantities(text))
    return [(c.kind, c.status, c.severity, [q.raw for q in c.quantities]) for c in found]


def test_parts_that_make_the_whole_must_have_shares_that_make_100():
    # An Giang, THADS 6 tháng 2023: 8009 + 5078 = 13.087, but 61,2% + 34,14% = 95,34%
    text = (
        "An Giang thi hành 13.087 việc, tăng 822 việc, với tỷ lệ tăng 15,85% so cùng kỳ. Trong đó, số có điều kiện "
        "THA là 8009 việc (chiếm 61,2%), số chưa có điều kiện là 5078 việc (chiếm 34,14%)."
    )
    assert _read(text) == [("shares", "fail", "warning", ["61,2%", "34,14%"])]
    # in the paragraph's claims too
    assert any("counted shares" in c.notes and c.status == "fail" for c in claims_in_text(text))


def test_the_first_parts_that_make_the_whole_end_the_list():
    # Ban Tổ chức Trung ương 2020: re-elected and new make the 13; women and minorities split them another way
    text = (
        "Tổng số Bí thư cấp ủy bầu được là 13 người. Trong đó, số tái cử 10 (chiếm 73%); tham gia lần đầu 3 (23%); "
        "cán bộ nữ 4 (30,76%); cán bộ người dân tộc thiểu số 1 (7,69%)."
    )
    assert _read(text) == [("shares", "fail", "warning", ["73%", "23%"])]


def test_shares_of_their_own_sum_say_a_different_whole_is_a_slip():
    # Hà Nội 2026: the shares are of 53, the list's own sum, not of the 54 stated
    text = (
        "Trong đó, danh sách 54 người đủ tiêu chuẩn ứng cử đại biểu Quốc hội, sau hiệp thương vòng 3, có 33 người "
        "trình độ giáo sư, phó giáo sư, tiến sĩ, thạc sĩ (62,3%); 20 người có trình độ đại học (37,7%); nữ có 23 "
        "người (43,4%)."
    )
    assert _read(text) == [("breakdown", "fail", "warning", ["54", "33", "20"])]


def test_rates_of_a_plan_and_lists_that_hold_raise_nothing():
    # the percents are of each part's plan, not shares of the whole
    text = (
        "Tổng vốn giải ngân 1.200 tỷ đồng, trong đó vốn trong nước 800 tỷ đồng, đạt 32,7% kế hoạch; vốn nước ngoài "
        "400 tỷ đồng, đạt 59,8% kế hoạch."
    )
    assert _read(text) == []
    text = "Tiếp nhận 1.904 đơn. Trong đó, đủ điều kiện 1.884 đơn (chiếm 98,95%), không đủ điều kiện 20 đơn (chiếm 1,05%)."
    assert _read(text) == [("shares", "ok", None, ["98,95%", "1,05%"])]


@settings(max_examples=60, deadline=None)
@given(
    parts=st.lists(st.integers(min_value=5, max_value=50_000), min_size=2, max_size=4),
    off=st.sampled_from([0, 0, 3, 10]),
)
@example(parts=[24998, 24998, 5], off=0)  # the first two shares make 100,00 %: the whole list still adds up
def test_shares_written_from_the_figures_hold_and_a_mistyped_one_fails(parts, off):
    whole = sum(parts)
    shares = [round(p / whole * 100, 2) for p in parts]
    shares[-1] = round(shares[-1] + off, 2)
    items = "; ".join(
        f"nhóm {i + 1} có {format_number(p, 'vi')} hồ sơ (chiếm {format_number(s, 'vi', 2)}%)"
        for i, (p, s) in enumerate(zip(parts, shares))
    )
    text = f"Tiếp nhận {format_number(whole, 'vi')} hồ sơ. Trong đó, {items}."
    found = [c for c in _read(text) if c[0] == "shares"]
    assert found, text
    assert found[0][1] == ("ok" if off == 0 else "fail"), text
