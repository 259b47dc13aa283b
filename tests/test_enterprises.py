"""Business registration: firms entered = newly established + returned; capital added = new + added by firms."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reformaudit.narrative.claims import collect_claims
from reformaudit.narrative.enterprises import registration_across, registration_claims

MONTHLY = (
    "Trong tháng 7, cả nước có 16,5 nghìn doanh nghiệp thành lập mới với số vốn đăng ký 117,4 nghìn tỉ đồng. Cùng "
    "thời điểm, cả nước có 14,6 nghìn doanh nghiệp quay trở lại hoạt động, tăng 1,6% so với tháng trước. Tính chung "
    "7 tháng năm 2025, cả nước có 107,7 nghìn doanh nghiệp đăng ký thành lập mới với tổng số vốn đăng ký 928,4 nghìn "
    "tỉ đồng, tăng 10,6% so với cùng kỳ năm 2024. Tổng vốn đăng ký bổ sung vào nền kinh tế trong 7 tháng đạt {total} "
    "nghìn tỉ đồng, tăng 93,7% so với cùng kỳ năm 2024. Riêng vốn tăng thêm của các doanh nghiệp đang hoạt động đạt "
    "hơn 2.400 nghìn tỉ đồng. Bình quân mỗi tháng có 17,4 nghìn doanh nghiệp thành lập mới và quay trở lại hoạt động."
)


def _read(text):
    return [(c.status, c.severity, [q.raw for q in c.quantities]) for c in registration_claims(text)]


def test_capital_added_is_new_and_added_capital_of_the_same_period():
    assert _read(MONTHLY.format(total="3.328,4")) == [
        ("ok", None, ["3.328,4 nghìn tỉ đồng", "928,4 nghìn tỉ đồng", "2.400 nghìn tỉ đồng"])
    ]
    # Cục Thống kê 2025: "hơn 3,3 nghìn tỉ" for 3,3 triệu tỉ cannot hold its parts
    assert _read(MONTHLY.format(total="3,3")) == [
        ("fail", "warning", ["3,3 nghìn tỉ đồng", "928,4 nghìn tỉ đồng", "2.400 nghìn tỉ đồng"])
    ]


def test_a_month_is_not_the_months_to_date_and_an_average_is_no_total():
    # the month's 16,5 + 14,6 thousand firms are never added to the seven months' figures, nor is the average
    assert all(
        len(c.quantities) == 3 and "17,4 nghìn" not in [q.raw for q in c.quantities]
        for c in registration_claims(MONTHLY.format(total="3.328,4"))
    )


def test_firms_entered_over_paragraphs_and_a_scale_slip():
    texts = [
        "Trong năm 2022 tổng số doanh nghiệp gia nhập và tái gia nhập thị trường đạt 208.300 doanh nghiệp, tăng "
        "30,3% so với năm 2021.",
        "Trong đó, có {new} doanh nghiệp đăng ký thành lập mới với tổng số vốn đăng ký là 1.590,9 nghìn tỷ đồng.",
        "Bên cạnh đó, còn có 59.800 doanh nghiệp quay trở lại hoạt động, tăng 38,8% so với năm 2021.",
    ]

    def read(new):
        paragraphs = [t.format(new=new) for t in texts]
        return [
            (c.status, [q.raw for q in c.quantities], [b for b, _ in c.places])
            for c in registration_across(paragraphs, ["paragraph"] * 3)
        ]

    assert read("148.500") == [("ok", ["208.300", "148.500", "59.800"], [0, 1, 2])]
    # Tổng cục Thống kê 2022: "148.500 nghìn doanh nghiệp"
    assert read("148.500 nghìn") == [("fail", ["208.300", "148.500 nghìn", "59.800"], [0, 1, 2])]


def test_labour_of_new_firms_is_no_count_of_firms():
    text = (
        "Tính chung 3 tháng đầu năm 2018, có tổng số 35.234 doanh nghiệp thành lập mới và doanh nghiệp quay trở lại "
        "hoạt động. Số lao động đăng ký của các doanh nghiệp thành lập mới là 68.979 lao động. Số doanh nghiệp quay "
        "trở lại hoạt động là 8.449."
    )
    assert registration_claims(text) == []


def test_the_account_is_read_with_the_other_claims_of_a_narrative(tmp_path):
    from reformaudit.narrative import load_narrative

    path = tmp_path / "bao-cao.txt"
    path.write_text(MONTHLY.format(total="3,3") + "\n", encoding="utf-8")
    found = [c for c in collect_claims(load_narrative(path)) if "business registration" in c.notes]
    assert [(c.status, c.severity) for c in found] == [("fail", "warning")]


def test_the_ministry_s_wording_of_the_capital():
    # Bộ Kế hoạch và Đầu tư 2019: "thành lập" without "mới", "vào nền kinh tế" without "bổ sung"
    text = (
        "Tính trong 02 tháng năm 2019, cả nước có 15.979 doanh nghiệp thành lập mới. Số vốn đăng ký của doanh "
        "nghiệp thành lập là 247.384 tỷ đồng. Số vốn đăng ký tăng thêm của các doanh nghiệp thay đổi tăng vốn là "
        "621.542 tỷ đồng. Tổng số vốn đăng ký vào nền kinh tế là {} tỷ đồng."
    )
    assert _read(text.format("868.926")) == [
        ("ok", None, ["868.926 tỷ đồng", "247.384 tỷ đồng", "621.542 tỷ đồng"])
    ]
    assert [status for status, *_ in _read(text.format("886.926"))] == ["fail"]


WORDS = [
    "Trong tháng 7,",
    "Tính chung 7 tháng năm 2025,",
    "quý I/2025,",
    "cả nước có",
    "12,5 nghìn doanh nghiệp thành lập mới",
    "3.400 doanh nghiệp quay trở lại hoạt động",
    "15,9 nghìn doanh nghiệp thành lập mới và quay trở lại hoạt động",
    "với tổng số vốn đăng ký là 120,4 nghìn tỷ đồng",
    "tổng số vốn đăng ký bổ sung vào nền kinh tế là 300 nghìn tỷ đồng",
    "vốn đăng ký tăng thêm đạt 179,6 nghìn tỷ đồng",
    "so với cùng kỳ năm 2024",
    "Bình quân mỗi tháng có 2,1 nghìn doanh nghiệp thành lập mới và quay trở lại hoạt động",
    ", tăng 5,2%",
    ".",
    "\n",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30))
def test_any_account_reads_without_error_and_each_claim_adds_up_its_own_figures(words):
    text = " ".join(words)
    for claim in registration_claims(text):
        whole, *parts = claim.quantities
        assert len(parts) == 2 and whole.kind == parts[0].kind == parts[1].kind
        assert all(text[q.start : q.end] == q.raw for q in claim.quantities)
        assert claim.status in ("ok", "fail") and claim.severity in (None, "warning")
        gap = abs(whole.value - sum(p.value for p in parts))
        within = whole.slack + sum(p.slack for p in parts) + 1e-6 * whole.value
        assert (claim.status == "ok") == (gap <= within)
