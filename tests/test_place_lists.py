"""A whole split by the places it is in (narrative.place_lists): places do not overlap, so their figures cannot add up
to more than the whole."""

from hypothesis import given, settings
from hypothesis import strategies as st

from reformaudit.narrative.claims import claims_in_text
from reformaudit.narrative.place_lists import place_list_claims
from reformaudit.narrative.quantities import find_quantities


def _read(text):
    found = place_list_claims(text, 0, (0, len(text)), find_quantities(text))
    return [(c.status, c.severity, [q.raw for q in c.quantities]) for c in found]


def test_cases_by_commune_above_the_districts_count():
    # BCĐ Bình Định, 14/12/2021: the communes of Phù Cát add up to 17 of its 16 cases
    text = (
        "- Huyện Phù Cát có 16 ca: 3 ca ở xã Cát Thành, 2 ca ở xã Cát Hanh, 5 ca ở xã Cát Trinh, 4 ca ở xã Cát Tân, "
        "1 ca ở xã Cát Lâm, 2 ca ở xã Cát Tường."
    )
    assert _read(text) == [("fail", "warning", ["16", "3", "2", "5", "4", "1", "2"])]
    assert any(c.status == "fail" and "place list" in c.notes for c in claims_in_text(text))


def test_households_by_district_named_before_their_figures():
    # Ban Dân tộc An Giang 2022: 42 + 99 + 110 = 251 of 250 households
    text = (
        "Tỉnh đã hỗ trợ 250 hộ có nhu cầu về đất ở của các huyện An Phú 42 hộ, Tri Tôn 99 hộ, Tịnh Biên 110 hộ với "
        "tổng kinh phí hỗ trợ 7,5 tỷ đồng."
    )
    assert _read(text) == [("fail", "warning", ["250", "42", "99", "110"])]


def test_lists_that_are_not_of_the_whole_before_them_are_not_read():
    # a place with its own figure, then a list of other places: not its parts (BCĐ PCTT 2020)
    text = (
        "Điện Biên là địa phương chịu thiệt hại lớn nhất với 142 nhà, tiếp đến là Hà Giang 97 nhà, sau đó là các "
        "tỉnh: Sơn La 48 nhà, Thái Nguyên 33 nhà, Cao Bằng 5 nhà, Lào Cai 30 nhà."
    )
    assert _read(text) == []
    # names that are no places: subjects (Đắk Lắk 2015)
    text = "Đoạt 10 HC Vàng thuộc về các bộ môn: Sinh học 3 HC, Toán học 2 HC, Vật lý 1 HC và Lịch sử 1 HC."
    assert _read(text) == []


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(1, 40), min_size=2, max_size=6), st.integers(-3, 3))
def test_places_may_fall_short_of_the_whole_never_exceed_it(parts, off):
    whole = sum(parts) + off
    listed = ", ".join(f"{n} ca ở xã Số {chr(65 + i)}" for i, n in enumerate(parts))
    text = f"Huyện Đông có {whole} ca: {listed}."
    (found,) = _read(text) or [None]
    if whole <= 0:
        return
    assert found is not None
    assert found[0] == ("fail" if off < 0 else "ok")
