"""The sectors of the economy as all of a total: the value of production, and GRDP with the taxes on products."""

from hypothesis import given, settings
from hypothesis import strategies as st

from reformaudit.narrative.sectors import sector_claims

PRODUCTION = (
    "Tổng giá trị sản xuất của huyện 6 tháng đầu năm đạt {} tỷ đồng, tăng 12% so với cùng kỳ. Giá trị sản xuất "
    "ngành nông, lâm, thủy sản đạt {} tỷ đồng, tăng 2,6%; ngành công nghiệp, xây dựng đạt {} tỷ đồng, tăng 15%; "
    "ngành thương mại, dịch vụ đạt {} tỷ đồng, tăng 7,4%."
)


def _read(text):
    return [(c.status, c.severity, [q.raw for q in c.quantities]) for c in sector_claims(text)]


def test_the_three_sectors_are_all_of_the_value_of_production():
    assert _read(PRODUCTION.format("17.164", "2.340", "12.641", "2.183")) == [
        ("ok", None, ["17.164 tỷ đồng", "2.340 tỷ đồng", "12.641 tỷ đồng", "2.183 tỷ đồng"])
    ]
    # a total the three miss is an error: the domain says they are all of it
    assert [(s, sev) for s, sev, _ in _read(PRODUCTION.format("17.264", "2.340", "12.641", "2.183"))] == [
        ("fail", "error")
    ]


def test_a_product_is_its_sectors_and_the_taxes_on_products():
    grdp = (
        "Tổng sản phẩm trên địa bàn (GRDP) đạt 46.121 tỷ đồng. Trong đó, khu vực nông, lâm nghiệp và thủy sản 9.590 "
        "tỷ đồng; khu vực công nghiệp và xây dựng 18.483 tỷ đồng; khu vực dịch vụ 16.571 tỷ đồng{}."
    )
    assert [s for s, _, _ in _read(grdp.format("; thuế sản phẩm trừ trợ cấp sản phẩm 1.477 tỷ đồng"))] == [
        "ok"
    ]
    assert [s for s, _, _ in _read(grdp.format("; thuế sản phẩm trừ trợ cấp sản phẩm 1.877 tỷ đồng"))] == [
        "fail"
    ]
    # with no taxes named, the sectors are only within the product
    assert [s for s, _, _ in _read(grdp.format(""))] == ["ok"]


def test_each_sector_at_the_prices_of_the_total():
    text = (
        "Tổng sản phẩm (GRDP) có giá hiện hành là 102.981 tỷ 107 triệu đồng, giá so sánh là 57.879 tỷ 885 triệu "
        "đồng. Khu vực nông, lâm nghiệp và thủy sản có giá hiện hành là 18.268 tỷ 888 triệu đồng, giá so sánh là "
        "10.510 tỷ 696 triệu đồng. Khu vực công nghiệp và xây dựng có giá hiện hành là 44.811 tỷ 863 triệu đồng, giá "
        "so sánh là 25.244 tỷ 784 triệu đồng. Khu vực dịch vụ có giá hiện hành là 36.722 tỷ 276 triệu đồng, giá so "
        "sánh là 20.311 tỷ 850 triệu đồng. Thuế sản phẩm trừ trợ cấp sản phẩm là 3.178 tỷ 79 triệu đồng, giá so sánh "
        "là 1.812 tỷ 554 triệu đồng."
    )
    read = {c.quantities[0].raw: (c.status, c.quantities[-1].raw) for c in sector_claims(text)}
    # current prices: one triệu off in 102.981.107, the rounding of figures this large
    assert read["102.981 tỷ 107 triệu đồng"] == ("ok", "3.178 tỷ 79 triệu đồng")
    assert read["57.879 tỷ 885 triệu đồng"] == ("ok", "1.812 tỷ 554 triệu đồng")


def test_services_of_the_public_are_no_sector():
    text = (
        "Tổng giá trị sản xuất đạt 1.000 tỷ đồng; nông, lâm nghiệp, thủy sản 300 tỷ đồng, công nghiệp - xây dựng "
        "400 tỷ đồng; đã cung cấp dịch vụ công trực tuyến 200 tỷ đồng."
    )
    assert sector_claims(text) == []


def test_a_total_and_its_sectors_over_paragraphs_are_a_warning(report_claims):
    paragraphs = PRODUCTION.format("17.264", "2.340", "12.641", "2.183").split(". ", 1)
    found = [c for c in report_claims(paragraphs) if c.kind == "breakdown"]
    assert [(c.status, c.severity, [b for b, _ in c.places]) for c in found] == [
        ("fail", "warning", [0, 1, 1, 1])
    ]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(min_value=100, max_value=90_000), min_size=3, max_size=3),
    st.integers(min_value=-50, max_value=50),
)
def test_the_sectors_add_up_or_the_total_is_flagged(values, off):
    total = sum(values) + off
    text = PRODUCTION.format(*(f"{v:,}".replace(",", ".") for v in (total, *values)))
    # each figure written to the tỷ may be half a tỷ off: four of them, two tỷ
    assert [s for s, _, _ in _read(text)] == ["ok" if abs(off) <= 2 else "fail"]


def test_the_sectors_shares_of_a_structure_are_at_most_all_of_it():
    from reformaudit.narrative.sector_shares import sector_share_claims

    def read(text):
        return [(c.status, c.severity, [q.raw for q in c.quantities]) for c in sector_share_claims(text)]

    # Gio Linh 2017: industry named without construction; 122,3 % of one structure
    gio_linh = (
        "Năm 2017, cơ cấu kinh tế nông - lâm - ngư nghiệp chiếm {}%, công nghiệp, tiểu thủ công nghiệp chiếm 27,0% "
        "và thương mại, dịch vụ chiếm 36,7%."
    )
    assert read(gio_linh.format("58,6")) == [("fail", "error", ["58,6%", "27,0%", "36,7%"])]
    assert read(gio_linh.format("36,3")) == [("ok", None, ["36,3%", "27,0%", "36,7%"])]
    # Ba Tơ 2023: the shares with no "chiếm", in the order the sentence gives them
    ba_to = "Cơ cấu kinh tế: nông, lâm, thuỷ sản 51%; thương mại - dịch vụ 15%; công nghiệp - xây dựng 36%."
    assert read(ba_to) == [("fail", "error", ["51%", "15%", "36%"])]
    # a product's structure may leave its taxes unsaid: shares short of 100 % are not read
    assert read("Cơ cấu GRDP: nông, lâm, thủy sản 20,1%; công nghiệp - xây dựng 40,2%; dịch vụ 33,5%.") == []
    # with the taxes named, they are all of it
    assert read(
        "Cơ cấu GRDP: nông, lâm, thủy sản 20,1%; công nghiệp - xây dựng 40,2%; dịch vụ 33,5%; thuế sản phẩm 6,2%."
    ) == [("ok", None, ["20,1%", "40,2%", "33,5%", "6,2%"])]
    # the sectors' growth is not their share
    assert (
        read(
            "Cơ cấu chuyển dịch: nông nghiệp tăng 3,9%, công nghiệp - xây dựng tăng 13,1%, dịch vụ tăng 7,5%."
        )
        == []
    )


def test_the_sectors_shares_of_the_value_of_production_are_all_of_it():
    from reformaudit.narrative.sector_shares import sector_share_claims

    # Ứng Hòa 2023: agriculture named "nông nghiệp" alone, after an earlier mention with no share; 99,6 % of the
    # value of production, which has no taxes on products, is short of it (a warning)
    text = (
        "Tổng giá trị sản xuất đạt 12.399 tỉ đồng. Cơ cấu các ngành kinh tế tiếp tục chuyển dịch theo hướng giảm "
        "dần tỷ trọng ngành nông nghiệp, tăng công nghiệp và dịch vụ; năm 2023, cơ cấu kinh tế là: nông nghiệp "
        "{}% (giảm 9,3% so với năm 2015); công nghiệp - xây dựng 29,6%; thương mại - dịch vụ 38,5%."
    )
    assert [(c.status, c.severity) for c in sector_share_claims(text.format("31,5"))] == [("fail", "warning")]
    assert [(c.status, c.severity) for c in sector_share_claims(text.format("31,9"))] == [("ok", None)]
