"""The public-investment money frame: plans, allocation and disbursement by fund (narrative/money.py)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reformaudit.narrative.claims import claims_in_text
from reformaudit.narrative.money import amounts, money_claims
from reformaudit.narrative.quantities import find_quantities
from reformaudit.numbers import format_number

# Hà Tĩnh, first half of 2020 (dev corpus), as published
HA_TINH = (
    "Tại Hà Tĩnh, tổng kế hoạch vốn đầu tư công được giao theo các Quyết định của Thủ tướng Chính phủ và Nghị quyết "
    "của Hội đồng nhân dân tỉnh 6 tháng đầu năm 2020 là 6.546,199 tỷ đồng. Trong đó, vốn do địa phương quản lý "
    "5.786,668 tỷ đồng; vốn trung ương đầu tư trên địa bàn 759,531 tỷ đồng. Tổng giá trị giải ngân kế hoạch vốn đầu "
    "tư công 6 tháng đầu năm 2020 đạt 2.753,723 tỷ đồng; bằng 42% kế hoạch, tăng 1,13% so với cùng kỳ năm 2019. "
    "Nguồn vốn do địa phương quản lý giải ngân 6 tháng đầu năm đạt 2.628,673 tỷ đồng, bằng 45% kế hoạch. Nguồn vốn "
    "trung ương đầu tư trên địa bàn đang có tỷ lệ giải ngân 6 tháng đầu năm tương đối chậm, đạt 125,050 tỷ đồng "
    "(bằng 16% kế hoạch)."
)
# Đắk Lắk, October 2025 (dev corpus): the rate of disbursement is of the plan allocated in detail
DAK_LAK = (
    "Theo Sở Tài chính tỉnh Đắk Lắk, năm 2025 tổng vốn đầu tư công của tỉnh được giao hơn 15.640 tỷ đồng; trong đó "
    "vốn thực hiện dự án là 13.804 tỷ đồng. Theo kế hoạch, tỉnh đã phân bổ chi tiết đến từng danh mục dự án hơn "
    "13.092 tỷ đồng, đạt 94,8%; còn lại hơn 712 tỷ đồng chưa giao chi tiết. Tuy nhiên, đến hết ngày 15/10 toàn tỉnh "
    "mới giải ngân được hơn 5.583 tỷ đồng, đạt 42,6% kế hoạch; trong đó nguồn ngân sách Trung ương giải ngân được "
    "2.942 tỷ đồng, đạt 35,8% kế hoạch; nguồn vốn ngân sách địa phương đã giải ngân 2.640 tỷ đồng, đạt hơn 54% kế "
    "hoạch."
)


def _summary(claims):
    return [(c.kind, c.status, [q.raw.split()[0] for q in c.quantities]) for c in claims]


def test_roles_and_funds_are_read_from_each_amounts_clause():
    found = {a.q.raw.split()[0]: (a.role, a.fund) for a in amounts(HA_TINH, find_quantities(HA_TINH))}
    assert found["6.546,199"] == ("plan", None)
    assert found["5.786,668"] == ("plan", "local")  # a "trong đó" part takes the role of its whole
    assert found["759,531"] == ("plan", "central")
    assert found["2.753,723"] == ("disbursed", None)  # "giải ngân kế hoạch vốn" is a disbursement
    assert found["125,050"] == ("disbursed", "central")


def test_every_relation_of_a_consistent_passage_holds():
    claims = money_claims(HA_TINH)
    assert ("breakdown", "ok", ["2.753,723", "2.628,673", "125,050"]) in _summary(claims)
    assert ("ratio", "ok", ["2.628,673", "5.786,668", "45%"]) in _summary(claims)
    assert all(c.status == "ok" for c in claims)
    assert all(c.severity is None for c in money_claims(DAK_LAK))
    assert ("ratio", "ok", ["5.583", "13.092", "42,6%"]) in _summary(money_claims(DAK_LAK))


def test_a_wrong_rate_of_disbursement_is_a_warning_naming_the_nearest_plan():
    slip = HA_TINH.replace("(bằng 16% kế hoạch)", "(bằng 19% kế hoạch)")
    wrong = [c for c in money_claims(slip) if c.status == "fail"]
    assert _summary(wrong) == [("ratio", "fail", ["125,050", "759,531", "19%"])]
    assert wrong[0].severity == "warning"  # the plan meant may be one the text does not give
    assert round(wrong[0].computed, 2) == 16.46


def test_disbursed_parts_that_do_not_add_up_are_found():
    slip = HA_TINH.replace("2.628,673 tỷ đồng, bằng 45%", "2.682,673 tỷ đồng, bằng 45%")
    failing = [c for c in claims_in_text(slip) if c.status == "fail" and c.kind == "breakdown"]
    assert failing and failing[0].severity == "error"


def test_allocated_and_not_yet_allocated_make_the_plan():
    assert ("breakdown", "ok", ["13.804", "13.092", "712"]) in _summary(money_claims(DAK_LAK))
    slip = DAK_LAK.replace("còn lại hơn 712 tỷ", "còn lại 7.120 tỷ")
    assert any(c.status == "fail" and c.kind == "breakdown" for c in money_claims(slip))


def test_words_that_name_no_fund_or_plan_are_not_read_as_one():
    text = (
        "Huyện Bảo Thắng đứng đầu các địa phương về giải ngân, đạt 360 tỷ đồng, bằng 70% kế hoạch; huyện Bắc Hà "
        "giải ngân đạt 267 tỷ đồng, bằng 53% kế hoạch; thị xã Sa Pa đạt 207 tỷ đồng, bằng 45% kế hoạch."
    )
    assert money_claims(text) == []  # no plan is given: no rate can be checked


def test_ti_is_read_as_ty():
    text = "Tổng nguồn kế hoạch là 12.836,445 tỉ đồng. Tổng số vốn đã được giải ngân là 4.093,002 tỉ đồng, bằng 31,9% kế hoạch."
    assert _summary(money_claims(text)) == [("ratio", "ok", ["4.093,002", "12.836,445", "31,9%"])]


@given(
    plan=st.integers(min_value=100_000, max_value=20_000_000),
    share=st.floats(min_value=0.05, max_value=0.95),
    off=st.sampled_from([0, 0, 3, -4, 11]),
)
def test_a_rate_holds_exactly_when_it_is_the_disbursed_share_of_the_plan(plan, share, off):
    disbursed = round(plan * share)
    percent = round(disbursed / plan * 100, 1) + off
    text = (
        f"Kế hoạch vốn đầu tư công năm 2024 là {format_number(plan / 1000, 'vi', 3)} tỷ đồng. Đến nay đã giải ngân "
        f"{format_number(disbursed / 1000, 'vi', 3)} tỷ đồng, đạt {format_number(percent, 'vi', 1)}% kế hoạch."
    )
    claims = money_claims(text)
    assert len(claims) == 1
    assert claims[0].status == ("ok" if off == 0 else "fail")


# --- inspection results (narrative/inspection.py) ----------------------------------------------------------

QUANG_TRI = (
    "Kết thúc 33 cuộc thanh tra trực tiếp, ban hành kết luận 29 cuộc; phát hiện 32 đơn vị có sai phạm với tổng số "
    "tiền hơn 4,1 tỷ đồng và 39,74ha đất; kiến nghị thu hồi hơn 2,9 tỷ đồng và 39,74ha đất; kiến nghị khác hơn "
    "1,1 tỷ đồng."
)


def test_what_was_found_is_what_is_recovered_and_otherwise_handled():
    from reformaudit.narrative.inspection import inspection_claims

    claims = inspection_claims(QUANG_TRI)
    assert _summary(claims) == [("breakdown", "ok", ["4,1", "2,9", "1,1"])]
    slip = inspection_claims(QUANG_TRI.replace("kiến nghị khác hơn 1,1", "kiến nghị khác hơn 2,1"))
    assert [(c.status, c.severity) for c in slip] == [("fail", "warning")]  # a report may leave a use out


def test_fines_beside_the_findings_are_not_a_part_of_them():
    from reformaudit.narrative.inspection import inspection_claims

    text = (
        "Thanh tra chuyên ngành phát hiện 314 tổ chức có vi phạm, số tiền sai phạm trên 16,21 tỷ đồng, kiến nghị "
        "thu hồi hơn 6,79 tỷ đồng; ra quyết định xử phạt vi phạm hành chính với số tiền xử phạt hơn 1,1 tỷ đồng."
    )
    assert inspection_claims(text) == []


def test_collected_is_within_what_was_to_be_recovered_and_its_percent_is_of_that():
    from reformaudit.narrative.inspection import inspection_claims

    text = (
        "Phát hiện vi phạm về kinh tế phải xử lý hơn 11,92 tỷ đồng, kiến nghị thu hồi hơn 6,51 tỷ đồng, kiến nghị "
        "khác hơn 5,4 tỷ đồng; đã thu được hơn 3,26 tỷ đồng (đạt 50%)."
    )
    assert [c.status for c in inspection_claims(text)] == ["ok", "ok", "ok"]
    wrong = inspection_claims(text.replace("(đạt 50%)", "(đạt 60%)"))
    assert [c.kind for c in wrong if c.status == "fail"] == ["ratio"]


@pytest.mark.parametrize(
    "text, rate",
    [
        (
            "Qua thanh tra, đã phát hiện và quyết định thu hồi sai phạm hơn 12,2 tỷ đồng; đã thu hồi hơn 10,1 tỷ đồng, đạt {}%.",
            "83",
        ),
        (
            "Các vụ án tham nhũng gây thiệt hại trên 950 tỷ đồng; đã thu hồi được trên 505 tỉ đồng (đạt trên {}%).",
            "53",
        ),
    ],
)
def test_with_nothing_named_to_be_recovered_the_rate_collected_is_of_what_was_found(text, rate):
    from reformaudit.narrative.inspection import inspection_claims

    assert [(c.kind, c.status) for c in inspection_claims(text.format(rate))] == [
        ("breakdown", "ok"),
        ("ratio", "ok"),
    ]
    wrong = inspection_claims(text.format(int(rate) + 3))
    assert [(c.kind, c.severity) for c in wrong if c.status == "fail"] == [("ratio", "warning")]


def test_rounded_parts_agree_with_their_total_within_their_last_digit():
    from reformaudit.narrative.claim import breakdown

    total, a, b = (find_quantities(f"{x} triệu đồng")[0] for x in ("42,5", "35,8", "6,6"))
    assert breakdown(0, (0, 1), total, [a, b], True).status == "ok"  # 42,4 against 42,5: three roundings
    c = find_quantities("6,3 triệu đồng")[0]
    assert breakdown(0, (0, 1), total, [a, c], True).status == "fail"


def test_an_inspection_account_over_two_sentences_and_what_remains_to_be_recovered():
    from reformaudit.narrative.inspection import inspection_claims

    found = (
        "Qua thanh tra phát hiện vi phạm 452 ha đất. Thanh tra Chính phủ đã kiến nghị thu hồi 40,3 tỷ đồng, {} ha "
        "đất, kiến nghị xử lý khác 11 tỷ đồng; 44,6 ha đất."
    )
    assert [c.status for c in inspection_claims(found.format("407,4"))] == ["ok"]
    assert [(c.status, c.severity) for c in inspection_claims(found.format("401"))] == [("fail", "warning")]
    remaining = (
        "Qua thanh tra kiến nghị thu hồi 38.585 tỷ đồng và 1.007 ha đất. Hiện tại đã thu hồi được 24.234 tỷ đồng "
        "và 345 ha đất; còn 14.351 tỷ đồng và {} ha đất chưa được thu hồi."
    )
    assert [c.status for c in inspection_claims(remaining.format(662))] == ["ok", "ok"]
    assert [c.status for c in inspection_claims(remaining.format(672))] == ["ok", "fail"]
    alone = "Kiến nghị thu hồi hơn 64,2 triệu đồng; xử phạt 1,7 tỷ đồng. Đã thu về ngân sách Nhà nước hơn 2 tỷ đồng."
    assert inspection_claims(alone) == []  # what was collected may count the fines and earlier periods


def test_the_figure_of_the_earlier_year_is_the_one_changed_from():
    from reformaudit.narrative.comparisons import comparison_claims

    text = (
        "Năm 2015, tổng số người làm việc là 26,129 nghìn người, đến năm 2021 còn 23,288 nghìn người, giảm 2.841 "
        "người (giảm {}% so với năm 2015). Năm 2022, toàn tỉnh sẽ tiếp tục giảm còn 22,822 nghìn người."
    )
    assert [c.status for c in comparison_claims(text.format("10,87"))] == ["ok", "ok"]
    assert [c.status for c in comparison_claims(text.format("12,2"))] == ["ok", "fail"]


def test_an_inspection_rate_of_collection_given_a_sentence_later_and_fines_beside_the_findings():
    from reformaudit.narrative.inspection import inspection_claims

    collected = (
        "Qua thanh tra kiến nghị thu hồi cho ngân sách Nhà nước 383,6 triệu đồng; kiến nghị kiểm điểm 25 cá nhân. "
        "Đến nay, đã thu hồi 342 triệu đồng (đạt {}%)."
    )
    assert [c.status for c in inspection_claims(collected.format("89,2")) if c.kind == "ratio"] == ["ok"]
    assert [c.status for c in inspection_claims(collected.format("89,3")) if c.kind == "ratio"] == ["fail"]
    fines = (
        "Qua thanh tra đã phát hiện 76 tổ chức có vi phạm, trong đó vi phạm về kinh tế {} triệu đồng; xử lý thu hồi "
        "226 triệu đồng, kiến nghị xử lý khác về kinh tế 47 triệu đồng; ban hành 289 quyết định xử phạt vi phạm "
        "hành chính với số tiền 1.711 triệu đồng."
    )
    assert [(c.status, c.quantities[0].raw) for c in inspection_claims(fines.format(273))] == [
        ("ok", "273 triệu đồng")
    ]
    slipped = [
        (c.status, [q.raw.split()[0] for q in c.quantities]) for c in inspection_claims(fines.format(279))
    ]
    assert slipped == [("fail", ["279", "226", "47"])]


def test_an_amount_over_a_named_target_past_another_percent():
    from reformaudit.narrative.claims import claims_in_text

    text = "Toàn ngành thu ngân sách đạt 330.474 tỷ đồng, vượt hơn 9,97% chỉ tiêu pháp lệnh, đạt {}% so với chỉ tiêu phấn đấu (340.000 tỷ đồng)."
    assert [c.status for c in claims_in_text(text.format("97,20")) if c.kind == "ratio"] == ["ok"]
    assert [c.status for c in claims_in_text(text.format("98,74")) if c.kind == "ratio"] == ["fail"]


def test_land_glued_to_its_unit_and_an_aside_between_a_role_and_its_figure():
    from reformaudit.narrative.inspection import inspection_claims

    text = (
        "Đã phát hiện 25 đơn vị có sai phạm, với tổng số tiền 30,7 tỷ đồng và {}ha đất; kiến nghị thu hồi 1,4 tỷ đồng "
        "(đã thu 1,36 tỷ đồng, đạt tỷ lệ 97%) và 8,3ha đất; kiến nghị xử lý khác 29,3 tỷ đồng và 40ha đất."
    )
    land = [(c.status, [q.raw for q in c.quantities]) for c in inspection_claims(text.format("48,3"))]
    assert ("ok", ["48,3", "8,3", "40"]) in land
    slipped = [(c.status, [q.raw for q in c.quantities]) for c in inspection_claims(text.format(49))]
    assert ("fail", ["49", "8,3", "40"]) in slipped


def test_a_sanction_decision_for_each_organisation_and_individual():
    from reformaudit.narrative.inspection import sanction_claims

    text = "Thanh tra tỉnh đã ban hành {} quyết định xử phạt vi phạm hành chính đối với 15 tổ chức và 72 cá nhân."
    assert [(c.status, [q.raw for q in c.quantities]) for c in sanction_claims(text.format(87))] == [
        ("ok", ["87", "15", "72"])
    ]
    assert [(c.status, c.severity) for c in sanction_claims(text.format(97))] == [("fail", "warning")]


def test_the_parts_of_a_fine_in_the_sentence_after_trong_so_nay():
    text = (
        "Thanh tra đã xử phạt với tổng số tiền hơn 6,6 tỉ đồng. Trong số này, các tổ chức bị xử phạt hơn {} tỉ đồng, "
        "cá nhân bị xử phạt gần 884 triệu đồng."
    )
    assert [c.status for c in claims_in_text(text.format("5,7")) if c.kind == "breakdown"] == ["ok"]
    assert [c.status for c in claims_in_text(text.format("4,7")) if c.kind == "breakdown"] == ["fail"]
