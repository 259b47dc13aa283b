"""Figures of a narrative written in no valid way ("636.8392 người"): said, and nothing checked against them."""

from __future__ import annotations

import re

from hypothesis import assume, given
from hypothesis import strategies as st

from reformaudit import audit
from reformaudit.narrative.malformed import malformed_figures
from reformaudit.numbers import format_number


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=2))
def test_a_figure_written_in_vietnamese_style_is_never_malformed(value, decimals):
    written = format_number(value / 10**decimals, "vi", decimals)
    assert malformed_figures(f"đạt {written} hồ sơ") == []


@given(st.integers(min_value=1_000, max_value=10**12), st.data())
def test_a_digit_slipped_into_a_thousands_group_is_malformed(value, data):
    written = format_number(value, "vi")
    dots = [i for i, c in enumerate(written) if c == "."]
    at = data.draw(st.sampled_from(dots)) + 1
    digit = data.draw(st.sampled_from("0123456789"))
    slipped = written[:at] + digit + written[at:]  # one group of four digits
    assume(not re.fullmatch(r"\d{1,2}\.(?:19|20)\d\d", slipped))  # "1.2019" may be a month: "tháng 1.2019"
    assert [m.group(0) for m in malformed_figures(f"đạt {slipped} hồ sơ")] == [slipped]


def test_dates_sections_and_document_numbers_are_not_figures():
    text = (
        "Tính đến tháng 11.2019 (ngày 10.9, 7.12.2022), theo mục 3.1.5.1 và Quyết định số 1.234/QĐ-UBND, "
        "chuyển đổi số 4.0, đạt 98,5%."
    )
    assert malformed_figures(text) == []


def test_an_english_style_decimal_is_left_alone_in_an_english_style_text():
    assert malformed_figures("đạt 636.8392 điểm", vietnamese=False) == []
    assert [m.group(0) for m in malformed_figures("3.131.93 tỷ đồng", vietnamese=False)] == ["3.131.93"]


def test_a_malformed_figure_is_said_in_both_languages_and_not_added_up(tmp_path):
    (tmp_path / "bao-cao.txt").write_text(
        "UBND TỈNH AN HÒA\nBÁO CÁO\nTình hình dân số năm 2020\n\n"
        "Dân số toàn tỉnh là 1.269.090 người, trong đó nam 636.8392 người, nữ 632.698 người; tỷ lệ đô thị 16,5%.\n",
        encoding="utf-8",
    )
    result = audit([tmp_path])
    (finding,) = [f for f in result.findings if f.rule == "NARR.malformed"]
    assert finding.severity == "warning" and finding.evidence[0].paragraph == 2
    assert "“636.8392” không phải cách viết số hợp lệ" in finding.message("vi")
    assert "“636.8392” is not a valid way to write a number" in finding.message("en")
    assert not [f for f in result.findings if f.rule.startswith("NARR.breakdown")]


def test_a_malformed_figure_is_not_compared_with_the_forms(tmp_path):
    from .conftest import BINH_PHUOC

    text = (BINH_PHUOC / "bao-cao.txt").read_text(encoding="utf-8")
    assert text.count("1.076 dịch vụ") == 1
    (tmp_path / "bao-cao.txt").write_text(text.replace("1.076 dịch vụ", "1.0776 dịch vụ"), encoding="utf-8")
    (tmp_path / "bieu-mau.xlsx").write_bytes((BINH_PHUOC / "bieu-mau.xlsx").read_bytes())
    rules = [f.rule for f in audit([tmp_path]).findings]
    assert "NF.7.6.1.2" in [f.rule for f in audit(BINH_PHUOC).findings]  # 1.076 against the form's 1.468
    assert "NF.7.6.1.2" not in rules and rules.count("NARR.malformed") == 1
