"""Percents that name what they count ("97,71% về số vụ và 96,14% về số bị cáo"): each is of its own measure."""

from hypothesis import given, settings
from hypothesis import strategies as st

from reformaudit.narrative.measure_rates import measure_rate_claims
from reformaudit.numbers import format_number


def _read(text):
    return [(c.status, c.severity, [q.raw for q in c.quantities]) for c in measure_rate_claims(text)]


def test_cases_and_defendants_each_have_their_rate():
    # TANDTC 2023: 94.161 of 96.084 cases, 176.040 of 182.717 defendants
    text = (
        "Về các vụ án hình sự, các Tòa án đã thụ lý 96.084 vụ với 182.717 bị cáo; đã giải quyết, xét xử được 94.161 "
        "vụ với 176.040 bị cáo, đạt tỷ lệ 98% về số vụ và 96,35% về số bị cáo (cao hơn năm trước 0,29% về số vụ và "
        "0,21% về số bị cáo)."
    )
    assert _read(text) == [
        ("ok", None, ["94.161", "96.084", "98%"]),
        ("ok", None, ["176.040", "182.717", "96,35%"]),
    ]  # the changes in brackets are no rates


def test_a_rate_off_its_measure_is_an_error_in_its_sentence():
    text = (
        "Các Tòa án đã thụ lý 93.452 vụ với 178.830 bị cáo; đã giải quyết được 91.312 vụ với 172.924 bị cáo; đạt tỷ "
        "lệ 97,71% về số vụ và 96,14% về số bị cáo."
    )
    assert _read(text)[1] == ("fail", "error", ["172.924", "178.830", "96,14%"])


def test_a_base_in_an_earlier_sentence_gives_a_warning():
    # Cục CSGT, Tết 2023: the shares are of the road accidents only (147 vụ), a base the text does not give
    text = (
        "Trong 7 ngày nghỉ Tết, toàn quốc xảy ra 152 vụ tai nạn giao thông, làm chết 89 người, bị thương 111 người. "
        "So với cùng kỳ, giảm 12 vụ, giảm 3 người chết, tăng 8 người bị thương. Riêng 8 giờ trong khung giờ này "
        "xảy ra 83 vụ (chiếm 56,46% về số vụ), làm chết 55 người (chiếm 64,71% về số người chết), bị thương 60 người "
        "(chiếm 55,05% về số người bị thương)."
    )
    assert _read(text) == [
        ("fail", "warning", ["83", "152", "56,46%"]),
        ("fail", "warning", ["55", "89", "64,71%"]),
        ("fail", "warning", ["60", "111", "55,05%"]),
    ]


def test_a_narrower_measure_another_part_or_a_change_is_not_read():
    assert (
        _read(
            "Đã ban hành 385 kết luận; 169 kết luận đã thực hiện xong (chiếm 80% tổng số kết luận được đôn đốc)."
        )
        == []
    )
    # the sibling part has its share: the total of both is not written
    assert (
        _read(
            "Trực tiếp tiếp 19.903 lượt (chiếm 83,7% tổng số lượt), ủy quyền tiếp 3.878 lượt (chiếm 16,3% tổng số lượt)."
        )
        == []
    )
    assert _read("Thụ lý 500 vụ, giải quyết 400 vụ, tăng 5% về số vụ.") == []


@settings(max_examples=60, deadline=None)
@given(
    base=st.integers(min_value=200, max_value=900_000),
    part_share=st.floats(min_value=0.05, max_value=0.95),
    off=st.sampled_from([0.0, 3.0]),
)
def test_the_rate_holds_exactly_when_the_percent_is_the_part_of_the_base(base, part_share, off):
    part = int(base * part_share)
    stated = round(part / base * 100 + off, 2)
    text = (
        f"Đã thụ lý {format_number(base)} vụ; đã giải quyết {format_number(part)} vụ, "
        f"đạt tỷ lệ {format_number(stated, decimals=2)}% về số vụ."
    )
    ((status, severity, _),) = _read(text)
    assert (status == "ok") == (off == 0.0)
    assert severity == (None if off == 0.0 else "error")
