"""Percents that name their base ("chiếm 31,7% tổng số hội viên"), read against the total the report gives of that
name, wherever in it."""

from hypothesis import given, settings
from hypothesis import strategies as st

from reformaudit.narrative import load_narrative
from reformaudit.narrative.base_names import base_named_percents
from reformaudit.narrative.claims import collect_claims


def _vn(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _read(texts):
    return [(c.status, str(c.severity), [q.raw for q in c.quantities]) for c in base_named_percents(texts)]


def test_a_share_of_members_against_the_total_the_next_paragraph_gives():
    # Vĩnh Long 2022 (Hội CCB khối cơ quan): 78 / 251 = 31,08 %, not 31,7 %
    texts = [
        "Hội Cựu chiến binh (CCB) Khối Cơ quan và Doanh nghiệp tỉnh có 78 hội viên tham gia công tác chính quyền, "
        "đoàn thể trong khối hành chính sự nghiệp, doanh nghiệp, chiếm 31,7% tổng số hội viên.",
        "Toàn hội có 251 hội viên, trong đó có 179 đảng viên, chiếm 69,3%.",
    ]
    assert _read(texts) == [("fail", "warning", ["251", "78", "31,7%"])]
    (claim,) = base_named_percents(texts)
    assert [block for block, _ in claim.places] == [1, 0, 0]


def test_a_total_that_is_itself_a_share_of_something_else_is_still_the_whole():
    # Thanh Hóa 2022: 371.333 / 498.502 = 74,49 %, not 63 %; the 498.502 are 13,06 % of the population
    texts = [
        "Toàn tỉnh hiện có 498.502 người cao tuổi, chiếm 13,06% dân số của tỉnh.",
        "Số người cao tuổi có lương hưu, trợ cấp hàng tháng là 371.333 người, chiếm 63% tổng số người cao tuổi.",
    ]
    assert _read(texts) == [("fail", "warning", ["498.502", "371.333", "63%"])]


def test_shares_that_hold_are_read_and_say_nothing():
    # Trà Vinh 2022: each part's share of the total of its own name, a paragraph apart
    texts = [
        "Toàn tỉnh Trà Vinh có 5.404 hộ nghèo, chiếm 1,88% tổng số hộ dân cư toàn tỉnh. Trong đó, hộ nghèo không "
        "có khả năng lao động 2.580 hộ, chiếm 47,74% so với tổng số hộ nghèo.",
        "Tổng số hộ cận nghèo toàn tỉnh là 10.905 hộ (chiếm 3,80%). Trong đó, hộ cận nghèo không có khả năng lao "
        "động 1.765 hộ, chiếm 16,19% so với tổng số hộ cận nghèo; hộ cận nghèo có đối tượng người có công với cách "
        "mạng 68 hộ, chiếm 0,62% so với tổng số hộ cận nghèo.",
    ]
    assert _read(texts) == [
        ("ok", "None", ["5.404", "2.580", "47,74%"]),
        ("ok", "None", ["10.905", "1.765", "16,19%"]),
        ("ok", "None", ["10.905", "68", "0,62%"]),
    ]


def test_the_part_named_with_the_same_words_is_no_whole():
    # Cục Đầu tư nước ngoài 2024: Singapore's "tổng vốn đầu tư hơn 2,55 tỷ USD" is a part of the whole
    texts = [
        "Tổng vốn đầu tư nước ngoài đăng ký vào Việt Nam trong 3 tháng đạt 6,17 tỷ USD.",
        "Trong đó, Singapore dẫn đầu với tổng vốn đầu tư hơn 2,55 tỷ USD, chiếm 41,3% tổng vốn đầu tư; Hồng Công "
        "đứng thứ 2 với hơn 1,05 tỷ USD, chiếm 17,1% tổng vốn đầu tư.",
    ]
    assert [(s, raws[0]) for s, _, raws in _read(texts)] == [("ok", "6,17 tỷ"), ("ok", "6,17 tỷ")]


def test_no_whole_is_taken_from_words_that_belong_to_another_figure():
    # the 924 follow the name of the percent before them; the 202 are the schools planned, of the part's kind
    assert (
        _read(
            [
                "Huyện có 398 hộ nghèo, chiếm tỷ lệ 0,92% so với tổng số hộ dân cư trên địa bàn huyện, có 924 hộ cận "
                "nghèo, chiếm tỷ lệ 2,13% so với tổng số hộ dân cư."
            ]
        )
        == []
    )
    assert (
        _read(
            [
                "Hiện toàn tỉnh có 190 trường đạt chuẩn quốc gia, chiếm 43,58% tổng số trường trên địa bàn.",
                "Đến hết năm học, toàn tỉnh sẽ có 202 trường đạt chuẩn quốc gia.",
            ]
        )
        == []
    )


def test_a_total_of_another_year_or_a_cell_of_a_table_is_no_whole():
    assert (
        _read(
            [
                "Năm 2010 số hộ nghèo là 34.144 hộ, chiếm tỷ lệ 12,14% so với tổng số hộ của toàn tỉnh.",
                "Tại thời điểm năm 2014 với tổng số hộ của toàn tỉnh là 297.770 hộ.",
            ]
        )
        == []
    )
    assert _read(["Tổng cộng 297.770 14.600 4,90", "Có 34.144 hộ nghèo, chiếm 12,14% tổng số hộ."]) == []


def test_a_whole_only_near_the_name_fits_or_says_nothing():
    # the name's words are all there, but not as what the figure counts nor after "tổng số"
    called = "Tổng số được gọi lên trạm khám là 12.565 thanh niên."
    part = "Có {} thanh niên đủ tiêu chuẩn nhập ngũ, đạt 33,5% trên tổng số thanh niên lên trạm khám."
    assert _read([called, part.format("4.209")]) == [("ok", "None", ["12.565", "4.209", "33,5%"])]
    assert _read([called, part.format("4.183")]) == []


def test_in_a_report_the_claim_stands_where_its_figures_do(tmp_path):
    path = tmp_path / "bao-cao.txt"
    path.write_text(
        "Có 78 hội viên tham gia công tác chính quyền, chiếm 31,7% tổng số hội viên.\n\n"
        "Toàn hội có 251 hội viên, trong đó có 179 đảng viên.\n",
        encoding="utf-8",
    )
    claims = [c for c in collect_claims(load_narrative(path)) if "base named" in c.notes]
    assert [(c.status, [b for b, _ in c.places]) for c in claims] == [("fail", [1, 0, 0])]


@settings(max_examples=60, deadline=None)
@given(
    whole=st.integers(min_value=200, max_value=900_000),
    share=st.floats(min_value=0.05, max_value=0.95),
    off=st.sampled_from([0.0, 0.6, 3.0]),
)
def test_a_share_holds_exactly_when_its_figures_give_it(whole, share, off):
    part = max(1, int(whole * share))
    percent = round(part / whole * 100, 2) + off
    written = f"{percent:.2f}".replace(".", ",")
    texts = [
        f"Toàn tỉnh có {_vn(whole)} hộ nghèo.",
        f"Trong đó, {_vn(part)} hộ có người có công, chiếm {written}% tổng số hộ nghèo.",
    ]
    (claim,) = base_named_percents(texts)
    assert claim.status == ("ok" if off == 0 else "fail")
    assert claim.severity == (None if off == 0 else "warning")


def test_the_part_is_found_past_the_percents_of_other_bases_it_is_given_with():
    # Kiên Giang 2023: "đạt 72,03% dự toán, tăng 23,11%" stand between the revenue and its share of the total
    texts = [
        "Tổng thu ngân sách nhà nước trên địa bàn 7 tháng ước đạt 8.784,84 tỷ đồng.",
        "Trong đó, thu nội địa 8.713,58 tỷ đồng, đạt 72,03% dự toán, tăng 23,11% và chiếm 99,19% tổng thu.",
    ]
    assert _read(texts) == [("ok", "None", ["8.784,84 tỷ đồng", "8.713,58 tỷ đồng", "99,19%"])]
    # the change is no part: "tăng 15.410 tỷ đồng, chiếm 15,5% tổng nguồn vốn"
    assert (
        _read(
            [
                "Tổng nguồn vốn đạt 426.262 tỷ đồng.",
                "Vốn ủy thác tăng 15.410 tỷ đồng, chiếm 15,5% tổng nguồn vốn.",
            ]
        )
        == []
    )


def test_a_figure_with_a_share_of_that_name_among_its_shares_is_a_part():
    # Chính phủ 2018: the farmland's second share is of "tổng diện tích đất đã sử dụng", so it is no such whole
    texts = [
        "Nhóm đất nông nghiệp có 27.284.906 ha (chiếm 82,37% tổng diện tích tự nhiên và chiếm 87,99% tổng diện tích "
        "đất đã sử dụng). Còn nhóm đất phi nông nghiệp có 3.725.374 ha, (chiếm 11,25% tổng diện tích tự nhiên và "
        "chiếm 12,01% tổng diện tích đất đã sử dụng)."
    ]
    assert [raws[0] for _, _, raws in _read(texts)] == []


def test_a_name_of_one_word_reads_what_holds_and_says_nothing_else():
    whole = "Tổng số hộ nghèo các dân tộc thiểu số là 23.292 hộ."
    assert _read([whole, "Số hộ cận nghèo là 8.409 hộ, chiếm tỷ lệ 13,91% tổng số hộ trong khu vực."]) == []
    assert _read([whole, "Số hộ cận nghèo là 8.409 hộ, chiếm tỷ lệ 36,1% tổng số hộ trong khu vực."]) == [
        ("ok", "None", ["23.292", "8.409", "36,1%"])
    ]
