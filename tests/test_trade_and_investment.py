"""The retail turnover and the investment carried out, split into the groups the statistics offices report."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reformaudit.narrative.paragraph_claims import claims_in_text
from reformaudit.narrative.trade_and_investment import trade_and_investment_claims
from reformaudit.numbers import format_number

RETAIL = (
    "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt {} tỷ đồng. Xét theo ngành kinh doanh, doanh thu bán "
    "lẻ hàng hóa đạt {} tỷ đồng, tăng 8%; dịch vụ lưu trú, ăn uống đạt {} tỷ đồng, tăng 16,3%; dịch vụ lữ hành đạt {} "
    "tỷ đồng; dịch vụ khác đạt {} tỷ đồng."
)


def _read(text: str) -> list[tuple[str, str, list[str]]]:
    return [
        (c.kind, c.status, [q.raw.split()[0] for q in c.quantities])
        for c in trade_and_investment_claims(text)
    ]


def test_the_four_kinds_of_business_make_the_retail_turnover():
    # Bình Định, quý I 2024: the name of the whole holds "bán lẻ hàng hóa", which is no group's mention
    assert _read(RETAIL.format("27.361", "21.750,6", "3.419,8", "123,2", "2.067,4")) == [
        ("breakdown", "ok", ["27.361", "21.750,6", "3.419,8", "123,2", "2.067,4"])
    ]
    read = _read(RETAIL.format("27.361", "21.750,6", "3.419,8", "123,2", "2.068,3"))
    assert [(k, s) for k, s, _ in read] == [("breakdown", "fail")]


def test_some_groups_named_never_exceed_the_whole():
    text = "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 442 tỷ đồng; doanh thu bán lẻ hàng hóa {} tỷ đồng, lưu trú, ăn uống 80 tỷ đồng."
    assert [s for _, s, _ in _read(text.format("300"))] == ["ok"]
    assert [s for _, s, _ in _read(text.format("380"))] == ["fail"]


def test_each_groups_share_is_of_the_whole():
    text = (
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 4.579,0 nghìn tỷ đồng. Doanh thu bán lẻ hàng hóa "
        "đạt 3.495,8 nghìn tỷ đồng, chiếm {}% tổng mức."
    )
    assert [(k, s) for k, s, _ in _read(text.format("76,3"))] == [("share", "ok")]
    assert [(k, s) for k, s, _ in _read(text.format("78,3"))] == [("share", "fail")]


def test_the_state_the_non_state_and_the_foreign_sector_make_the_investment():
    text = (
        "Vốn đầu tư thực hiện toàn xã hội 9 tháng ước đạt 834,5 nghìn tỷ đồng, trong đó vốn khu vực Nhà nước đạt 329,7 "
        "nghìn tỷ đồng; vốn khu vực ngoài Nhà nước đạt 315,9 nghìn tỷ đồng; vốn khu vực có vốn đầu tư trực tiếp nước "
        "ngoài đạt {} nghìn tỷ đồng."
    )
    assert [s for _, s, _ in _read(text.format("188,9"))] == ["ok"]
    assert [s for _, s, _ in _read(text.format("198,9"))] == ["fail"]


@given(st.lists(st.integers(min_value=1, max_value=90_000), min_size=4, max_size=4), st.integers(3, 999))
def test_the_groups_hold_exactly_when_they_make_the_whole(groups, off):
    def vi(tenths: int) -> str:
        return format_number(tenths / 10, "vi", decimals=1)

    whole = sum(groups)
    assert [s for _, s, _ in _read(RETAIL.format(vi(whole), *(vi(g) for g in groups)))] == ["ok"]
    wrong = RETAIL.format(vi(whole + off), *(vi(g) for g in groups))
    assert [s for _, s, _ in _read(wrong)] == ["fail"]
    assert any("retail" in c.notes and c.status == "fail" for c in claims_in_text(wrong))
