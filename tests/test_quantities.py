"""The number grammar in running text: what is a quantity, what is not, and round trips."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reformaudit.narrative.quantities import find_quantities
from reformaudit.narrative.sentences import sentences
from reformaudit.numbers import format_number


def _kinds(text):
    return [(q.kind, q.raw, q.value) for q in find_quantities(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tổng số TTHC của tỉnh là 1.746.", [("count", "1.746", 1746)]),
        ("đạt 99,44%", [("percent", "99,44%", 99.44)]),
        ("là 5.755 tỷ 631 triệu đồng", [("money", "5.755 tỷ 631 triệu đồng", 5755631)]),
        ("là 1.954 tỷ 484 triệu đồng", [("money", "1.954 tỷ 484 triệu đồng", 1954484)]),
        ("là 5.449 tỷ đồng (số ước)", [("money", "5.449 tỷ đồng", 5449000)]),
        ("có nguyên giá từ 500 triệu đồng/đơn vị", [("money", "500 triệu đồng", 500)]),
        ("01 nhiệm vụ; 02/05 đơn vị", [("count", "01", 1)]),
        ("11/11 huyện", []),
        # a count glued to its unit, as an area is ("49ha"); a word with digits is not a number
        ("thụ lý 80vụ/110 bị cáo", [("count", "80", 80), ("count", "110", 110)]),
        ("chỉ còn 41hộ nghèo, mạng 3G", [("count", "41", 41)]),
        # "loại 2" is a kind; "xếp loại 400 người" graded 400 people
        ("hàng loại 2; đã xếp loại 400 người", [("count", "400", 400)]),
        # thousands grouped by a space before the unit; a row of figures stays figures
        ("thụ lý 2 350 vụ việc", [("count", "2 350", 2350)]),
        (
            "Sở Tư pháp 5 120 118 2",
            [("count", r, v) for r, v in (("5", 5), ("120", 120), ("118", 118), ("2", 2))],
        ),
        # "đồng chí", "đồng bào" are people, not money
        (
            "nâng tổng số đảng viên lên 73 đồng chí; 1.861 đồng bào",
            [("count", "73", 73), ("count", "1.861", 1861)],
        ),
        ("tổng số tiền 73 đồng", [("money", "73 đồng", 0.000073)]),
        # a note's mark is not a number
        (
            "859 bản án không có nội dung phải theo dõi[4] và 415 bản án",
            [("count", "859", 859), ("count", "415", 415)],
        ),
    ],
)
def test_quantities(text, expected):
    got = [(k, r, pytest.approx(v)) for k, r, v in _kinds(text) if k != "ratio"]
    assert got == expected


def test_ratios_with_counts_and_money():
    q = find_quantities("394.983 triệu đồng/409.589 triệu đồng, đạt 96%")[0]
    assert (q.kind, q.numerator, q.denominator, q.money) == ("ratio", 394983, 409589, True)
    q = find_quantities("cấp huyện, xã: 24.667/48.688 hồ sơ")[0]
    assert (q.kind, q.numerator, q.denominator) == ("ratio", 24667, 48688)
    assert find_quantities("PAPI đạt 39,935/80 điểm")[0].kind == "score"


@pytest.mark.parametrize(
    "text, sides, unit",
    [
        ("có 99 xã/150 xã đạt chuẩn", (99, 150), "xã"),
        ("đã thi hành được 1.650 việc/2.165 việc có điều kiện", (1650, 2165), "việc"),
        ("chỉ còn 41hộ/1021 hộ", (41, 1021), "hộ"),
        ("toàn tỉnh có 2.631.533 cử tri/6.238.256 cử tri đi bỏ phiếu", (2631533, 6238256), "cử"),
    ],
)
def test_a_ratio_with_its_unit_on_both_sides(text, sides, unit):
    q = find_quantities(text)[0]
    assert (q.kind, q.numerator, q.denominator, q.unit.split()[0]) == ("ratio", *sides, unit)


def test_a_count_in_two_measures_is_not_a_ratio():
    assert [q.kind for q in find_quantities("đã tiếp 866 lượt/964 lượt người")] == ["count", "count"]
    assert [q.kind for q in find_quantities("truy tố 441 vụ/651 bị can")] == ["count", "count"]


@pytest.mark.parametrize(
    "text",
    [
        "Quyết định số 173/QĐ-UBND ngày 08/02/2023",
        "Nghị định số 63/2010/NĐ-CP ngày 08/6/2010",
        "Công văn số 3660-CV/TU ngày 10/3/2020",
        "ngày 23 tháng 12 năm 2022",
        "trong quý III, IV/2023",
        "giai đoạn 2021-2025, tầm nhìn đến năm 2030",
        "đứng thứ 39/63 tỉnh",
        "trong 6 tháng đầu năm",
        "tại điểm a khoản 5 Điều 62",
        "phiên bản 4.0",
        "Đề án 06/CP",
        "Lưu VT, (T35BC).",
        "1. Tình hình triển khai thực hiện",
        "các xã đạt từ 16 - 18 tiêu chí",
        "theo Nghị định 178, Nghị định 67",
        "Gia Lai là 1 trong 8 địa phương",
        "đạt 10-14 tiêu chí",
        "học sinh lớp 12, lớp 11 và khối 10",
        "trong tuần 43/2022",
        "người từ 60 đến 79 tuổi",
        "nhóm trẻ từ 12 - dưới 18 tuổi",
        "Hà Nội (TTXVN 6/11)",
    ],
)
def test_not_quantities(text):
    assert find_quantities(text) == []


def test_a_count_that_looks_like_a_year_and_a_name_s_number():
    assert [q.raw for q in find_quantities("số thanh niên điều khám là 1974 công dân, đạt 86.38%")] == [
        "1974",
        "86.38%",
    ]
    assert find_quantities("năm 2023 hồ sơ được giải quyết; đến 2025 người dân") == []
    assert find_quantities("gồm Cơ sở Cai nghiện ma túy số 1 (có trụ sở …) và Cơ sở số 2 (…)") == []
    assert [q.raw for q in find_quantities("tổng số 25, trong đó")] == ["25"]
    # "thôn 5" is a village's number; "nông thôn" is rural
    assert [q.raw for q in find_quantities("thôn 5 có 16 hộ; lao động nông thôn 167.919 người")] == [
        "16",
        "167.919",
    ]
    # "điểm 3" is a clause of a law; "dân số thời điểm" is the population at a date (Ninh Phước 2017)
    assert [q.raw for q in find_quantities("theo điểm 3 khoản 2; dân số thời điểm 157.806 người")] == [
        "157.806"
    ]


def test_a_grade_is_no_count_but_a_number_of_classes_is():
    assert [q.raw for q in find_quantities("34 học sinh lớp 12 và 3 học sinh lớp 10")] == ["34", "3"]
    assert [q.raw for q in find_quantities("mở 10 lớp với 500 học viên, lớp 10 học viên")] == [
        "10",
        "500",
        "10",
    ]


def test_approximate_words():
    assert [q.approx for q in find_quantities("đạt trên 84,39%, gần 500 hồ sơ, 12 hồ sơ")] == [
        True,
        True,
        False,
    ]
    # whole words only: "nhà nước" ends in "ước" (estimated), "ngân sách nhà nước 373.156 triệu đồng" is exact
    text = "tăng thu ngân sách nhà nước 373.156 triệu đồng, ước đạt 5.000 tỷ đồng"
    assert [q.approx for q in find_quantities(text)] == [False, True]


def test_sentences_keep_numbers_whole():
    text = "Tổng số là 1.746. Trong đó: 1.405 cấp tỉnh, 235 cấp huyện. Kết quả: 99,44%."
    assert [text[s:e] for s, e in sentences(text)] == [
        "Tổng số là 1.746.",
        "Trong đó: 1.405 cấp tỉnh, 235 cấp huyện.",
        "Kết quả: 99,44%.",
    ]


@given(st.integers(0, 10**9))
def test_round_trip_of_counts(n):
    text = f"đã tiếp nhận {format_number(n, 'vi')} hồ sơ"
    (q,) = find_quantities(text)
    assert q.value == n and q.kind == "count"


@given(st.integers(1, 99_999), st.integers(0, 999))
def test_round_trip_of_amounts_in_ty_and_trieu(ty, trieu):
    text = f"Tổng kế hoạch là {format_number(ty, 'vi')} tỷ {trieu:03d} triệu đồng."
    (q,) = find_quantities(text)
    assert q.kind == "money" and q.value == ty * 1000 + trieu


@given(st.integers(0, 10_000), st.integers(0, 2))
def test_round_trip_of_percents(units, decimals):
    value = units / 10**decimals if decimals else units
    text = f"đạt {format_number(value, 'vi', decimals)}%"
    (q,) = find_quantities(text)
    assert q.kind == "percent" and q.value == pytest.approx(value) and q.decimals == decimals


@given(st.integers(1, 99_999), st.integers(1, 99_999))
def test_round_trip_of_ratios(a, b):
    (q,) = find_quantities(f"{format_number(a, 'vi')}/{format_number(b, 'vi')} hồ sơ")
    assert (q.numerator, q.denominator) == (a, b)


@given(st.text(max_size=300))
def test_never_raises(text):
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)


def test_time_is_linear_in_the_text():
    unit = "Tiếp nhận 42.100 hồ sơ (trong đó 229 hồ sơ, chiếm 0,6%), ngày 26/12/2022, số 173/QĐ-UBND. "
    small, big = unit * 200, unit * 2000
    start = time.perf_counter()
    find_quantities(small)
    t_small = time.perf_counter() - start
    start = time.perf_counter()
    find_quantities(big)
    t_big = time.perf_counter() - start
    assert t_big < 30 * max(t_small, 1e-3)  # ten times the text, far less than a hundred times the time


@pytest.mark.parametrize(
    "text, per",
    [
        ("bình quân đạt 12,8 tiêu chí/xã", True),
        ("thu nhập 24,4 triệu đồng/người/năm", True),
        ("trên 4 hồ sơ/ngày", True),
        ("đã xử lý 1.937 đơn/tổng số đơn tiếp nhận 2.063 đơn", False),
        ("44.757 đơn/yêu cầu khác", False),
        ("32 việc/6,92 tỉ đồng", False),
    ],
)
def test_an_amount_per_unit_is_marked(text, per):
    assert find_quantities(text)[0].per is per


@pytest.mark.parametrize(
    "text, values",
    [
        # a text that groups thousands with commas does so for every figure, and an x/y's sides are read alike
        ("là 823,380 giao dịch trên tổng số 1,485,486 giao dịch", [823380, 1485486]),
        ("đã có 823,380/1,485,486 hồ sơ", [55.428]),
        # Vietnamese text keeps its decimal comma
        ("đạt 12,345 điểm, 1.485.486 giao dịch", [12.345, 1485486]),
        # percents with a decimal point (Bộ GD&ĐT, Cục Quản lý đăng ký kinh doanh, Cục Đầu tư nước ngoài): the
        # commas group thousands, in amounts of money too
        ("là 407,308 (chiếm 74.65%); thí sinh tự do là 34,465 (6.32%)", [407308, 74.65, 34465, 6.32]),
        ("40,667 doanh nghiệp quay trở lại, tăng 55.6%", [40667, 55.6]),
        # a text of both: only a figure with its share so written ("nguyện vọng 2 là 319.043 (87,97%)")
        (
            "319.043 (87,97%); nguyện vọng 3 là : 257,737 (71.07%); 1,125 hồ sơ",
            [319043, 87.97, 257737, 71.07, 1.125],
        ),
        ("đạt 3,125 tỷ đồng, tăng 12,5%", [3125, 12.5]),
    ],
)
def test_figures_of_one_text_are_read_in_one_convention(text, values):
    assert [round(q.value, 3) for q in find_quantities(text)] == values


@given(st.integers(1, 999), st.integers(0, 999), st.integers(0, 99), st.integers(1, 99))
def test_a_count_with_its_share_after_a_decimal_point_groups_thousands(high, low, whole, hundredths):
    text = f"đạt 10,5%; có {high},{low:03d} hồ sơ (chiếm {whole}.{hundredths:02d}%)"
    assert [q.value for q in find_quantities(text)][1] == high * 1000 + low
    alone = f"đạt 10,5%; có {high},{low:03d} hồ sơ"
    assert [q.value for q in find_quantities(alone)][1] == pytest.approx(high + low / 1000)


@pytest.mark.parametrize(
    "text, first, kind, unit",
    [
        ("Sản lượng tăng từ 20,84 đến 27,43 triệu tấn.", 20_840_000, "count", "tấn"),
        ("Vốn tăng từ 5,2 lên 6,1 nghìn tỷ đồng.", 5_200_000, "money", ""),
        ("Khách giảm từ 1,5 xuống còn 1,2 triệu lượt.", 1_500_000, "count", "lượt"),
        ("Số hồ sơ tăng từ 120 lên 135 hồ sơ.", 120, "count", "lên"),  # nothing to share
        ("Quảng Trị tăng từ 736.095 đến 1,12 triệu tấn.", 736_095, "count", "đến"),  # written in full
    ],
)
def test_the_first_figure_of_a_range_takes_the_second_s_scale(text, first, kind, unit):
    q = find_quantities(text)[0]
    assert (round(q.value), q.kind, q.unit) == (first, kind, unit)


@pytest.mark.parametrize(
    "text, slack",
    [
        ("khoảng 40 cơ quan", 4),  # a tenth of it, not the ten its last digit stands for
        ("gần 1.300 hồ sơ", 100),  # one unit of its last non-zero digit
        ("hơn 13.000 người", 1_000),
        (
            "khoảng trên 10.000 tỷ đồng",
            1_000_000,
        ),  # Thanh tra Chính phủ, 2018: 14.351 tỷ remained, not "10.000"
        ("xấp xỉ 1.234.567 người", 12_345.67),  # 1 % of a figure written to the unit
        ("1.300 hồ sơ", 0),
        ("ước đạt 1.300 hồ sơ", 0),  # an estimate is as exact as its digits
        ("ước đạt 17.160 tỷ đồng", 500),
        ("ước khoảng 1.300 hồ sơ", 100),
    ],
)
def test_how_far_an_approximate_figure_may_be_off(text, slack):
    (q,) = find_quantities(text)
    assert q.slack == pytest.approx(slack)


def test_a_bare_numerator_over_an_amount_in_ty_is_in_dong():
    # Bình Thuận 2019: "14.714.669.968/9,5 tỷ đồng" is 14,7 tỷ raised of a 9,5 tỷ plan, not 14.714.669.968 tỷ
    (q,) = find_quantities("vận động được 14.714.669.968/9,5 tỷ đồng")
    assert q.sides == pytest.approx((14714.669968, 9500.0))
    (q,) = find_quantities("giải ngân 1.501,5/4.888,8 tỷ đồng")  # both sides in tỷ
    assert q.sides == pytest.approx((1501500.0, 4888800.0))


def test_levels_are_not_numbers_but_an_amount_at_a_level_is():
    # "mức độ 3, 4" names levels; "ở mức 3,07 tỷ USD" (Tổng cục Hải quan 2015) and "mức 5 triệu đồng" are amounts
    assert [q.raw for q in find_quantities("dịch vụ công mức độ 3, 4 đạt 95%")] == ["95%"]
    assert [q.value for q in find_quantities("thâm hụt ở mức 3,07 tỷ USD")] == [3070.0]
    assert [q.value for q in find_quantities("hỗ trợ mức 5 triệu đồng/tháng")] == [5.0]
    # levels go to 4: Hà Tĩnh 2014, "5 trường Tiểu học đạt chuẩn QG mức độ 1 và 8 trường Tiểu học …" counts 8 schools
    assert [q.raw for q in find_quantities("5 trường đạt chuẩn mức độ 1 và 8 trường đạt chuẩn mức độ 2")] == [
        "5",
        "8",
    ]


def test_a_cut_off_score_is_not_a_count():
    # Đà Nẵng 2004: "483 HSTT (Nguyện vọng 2: 307 HS, ĐC: 33; Nguyện vọng 3: 176, ĐC: 35)"
    text = "có 483 HSTT (Nguyện vọng 2: 307 HS, ĐC: 33; Nguyện vọng 3: 176, ĐC: 37,5), điểm chuẩn (ĐC): 35,5."
    assert [q.raw for q in find_quantities(text)] == ["483", "307", "176"]


def test_a_time_is_not_two_counts():
    # Quảng Bình 2019: "thành tích 24 giây 80" is a time
    assert [q.raw for q in find_quantities("giành 2 Huy chương Đồng cự ly 200m (thành tích 24 giây 80)")] == [
        "2"
    ]
    assert find_quantities("vượt chướng ngại vật (thành tích 10 phút 29)") == []
