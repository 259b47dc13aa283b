"""The land by use: the natural area and its groups, as the land statistics fix them, told in any words."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reformaudit.narrative import load_narrative
from reformaudit.narrative.claims import collect_claims
from reformaudit.narrative.land_use import land_use_across, land_use_claims
from reformaudit.narrative.paragraph_claims import claims_in_text
from reformaudit.numbers import format_number

GROUPS = "Tổng diện tích tự nhiên {} ha, trong đó đất nông nghiệp {} ha, đất phi nông nghiệp {} ha, đất chưa sử dụng {} ha."


def _vi(value: float) -> str:
    return format_number(value, "vi", decimals=2 if value % 1 else 0)


def _read(text: str) -> list[tuple[str, str | None, list[str]]]:
    """The breakdowns read (each group's share of the natural area is read too, where one is given)."""
    return [
        (c.status, c.severity, [q.raw for q in c.quantities])
        for c in land_use_claims(text)
        if c.kind == "breakdown"
    ]


def test_the_three_groups_make_the_natural_area():
    assert _read(GROUPS.format("7.331", "6.282", "1.013", "36")) == [
        ("ok", None, ["7.331", "6.282", "1.013", "36"])
    ]
    # in an officer's words, any order: the groups are the domain's, not the sentence's
    text = (
        "Xã có 1.013 ha là đất phi nông nghiệp. Đất chưa sử dụng còn 63 ha. "
        "Diện tích tự nhiên của xã là 7.331 ha; đất nông nghiệp chiếm phần lớn với 6.282 ha."
    )
    assert _read(text) == []  # the groups are told before the natural area: not read as its breakdown
    assert _read(GROUPS.format("7.331", "6.282", "1.013", "63"))[0][:2] == ("fail", "error")


def test_agricultural_land_named_for_farming_alone_has_the_forest_beside_it():
    # Xuân Quang: "đất nông nghiệp" for the farmland, the forest land told as a group of its own
    text = GROUPS.format("5.981", "2.459,8", "894,7", "773,7").replace(
        "ha, đất phi", "ha, đất lâm nghiệp là 1.852,8 ha, đất phi"
    )
    assert _read(text) == [("ok", None, ["5.981", "2.459,8", "1.852,8", "894,7", "773,7"])]
    # and the farmland's own groups, then, leave the forest out
    farmland = text.replace(
        "2.459,8 ha,",
        "2.459,8 ha, gồm đất sản xuất nông nghiệp 2.300,8 ha và đất nuôi trồng thủy sản 159 ha,",
    )
    assert ("ok", None, ["2.459,8", "2.300,8", "159"]) in _read(farmland)


def test_forest_land_within_the_agricultural_is_not_counted_twice():
    text = (
        "Tổng diện tích tự nhiên 5.875 ha. Đất nông nghiệp: 3.785,74 ha, trong đó đất lâm nghiệp có rừng "
        "3.582,80 ha. Đất phi nông nghiệp 1.900 ha; đất chưa sử dụng 189,26 ha."
    )
    assert _read(text) == [("ok", None, ["5.875", "3.785,74", "1.900", "189,26"])]


def test_agricultural_land_may_leave_salt_and_other_land_out_but_never_exceed():
    text = "Đất nông nghiệp 62.821 ha, gồm đất sản xuất nông nghiệp 5.775 ha, đất lâm nghiệp {} ha, đất nuôi trồng thủy sản 129 ha."
    assert [s for s, _, _ in _read(text.format("56.660"))] == ["ok"]  # 186 ha of other land not named
    assert [s for s, _, _ in _read(text.format("57.660"))] == ["fail"]


def test_a_table_of_areas_names_a_group_it_writes_as_nothing():
    # Hòa Vang's table: the salt land written 0,0 is named, so the agricultural land's groups are all of it
    table = (
        "Tổng số (Ha) Cơ cấu (%) TỔNG SỐ 73.317 100 Đất nông nghiệp 62.821 85,7 Đất sản xuất nông nghiệp 5.775 "
        "7,9 Đất lâm nghiệp có rừng 56.660 77,3 Đất nuôi trồng thuỷ sản 129 0,2 Đất làm muối 0,0 Đất nông nghiệp "
        "khác 71 0,1 Đất phi nông nghiệp 10.136 13,8 Đất chưa sử dụng 546 0,7"
    )
    read = _read(table)
    assert ("fail", "error", ["73.317", "62.821", "10.136", "546"]) in read
    assert ("fail", "error", ["62.821", "5.775", "56.660", "129", "71"]) in read


def test_a_change_of_a_group_is_not_its_area():
    text = (
        "Tổng diện tích tự nhiên 7.331 ha, trong đó đất nông nghiệp tăng 120 ha so với năm trước, đạt 6.282 ha; "
        "đất phi nông nghiệp 1.013 ha, đất chưa sử dụng 36 ha."
    )
    assert _read(text) == [("ok", None, ["7.331", "6.282", "1.013", "36"])]


def test_the_groups_shares_make_one_hundred():
    text = (
        "Tổng diện tích tự nhiên 73.317 ha, trong đó đất nông nghiệp 62.821 ha, chiếm 85,7%; đất phi nông nghiệp "
        "10.136 ha, chiếm 13,8%; đất chưa sử dụng 360 ha, chiếm 0,7%."
    )
    shares = [c for c in land_use_claims(text) if c.kind == "shares"]
    assert [(c.status, round(c.computed, 1)) for c in shares] == [("fail", 100.2)]


def test_the_groups_told_in_the_next_paragraph_are_read_with_the_natural_area(tmp_path):
    # Pác Nặm: the natural area and the agricultural land in one paragraph, the other groups in the next
    texts = [
        "Đến năm 2030, trong tổng số trên 47.539ha diện tích đất tự nhiên của huyện có hơn 44ha là đất nông nghiệp.",
        # naming the natural area, without its figure, the paragraph goes on with it
        "Diện tích đất phi nông nghiệp của huyện là trên 3.372ha, chiếm 7,09% tổng diện tích đất tự nhiên và đất "
        "chưa sử dụng là trên 83,7ha.",
    ]
    read = [
        (c.status, c.severity, [q.raw for q in c.quantities])
        for c in land_use_across(texts, ["paragraph"] * 2)
        if c.kind == "breakdown"
    ]
    assert read == [("fail", "warning", ["47.539", "44", "3.372", "83,7"])]
    (tmp_path / "bao-cao.txt").write_text("\n\n".join(texts), encoding="utf-8")
    claims = collect_claims(load_narrative(tmp_path / "bao-cao.txt"))
    assert any("land use" in c.notes and c.status == "fail" for c in claims)


@given(
    st.lists(st.integers(min_value=1, max_value=200_000), min_size=3, max_size=3),
    st.integers(min_value=1, max_value=5_000),
)
def test_the_groups_hold_exactly_when_they_make_the_whole(groups, off):
    agri, nonagri, unused = groups
    whole = agri + nonagri + unused
    text = GROUPS.format(*(_vi(v) for v in (whole, agri, nonagri, unused)))
    assert [s for s, _, _ in _read(text)] == ["ok"]
    wrong = GROUPS.format(*(_vi(v) for v in (whole + off, agri, nonagri, unused)))
    assert [s for s, _, _ in _read(wrong)] == ["fail"]
    assert any("land use" in c.notes and c.status == "fail" for c in claims_in_text(wrong))
