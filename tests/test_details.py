"""A summary paragraph and the paragraphs that detail it ("Cụ thể: …")."""

from __future__ import annotations

import pytest

from reformaudit.narrative.details import detail_claims

SUMMARY = [
    "Toàn tỉnh tiến hành {total} cuộc thanh tra, đã kết thúc 40 cuộc.",
    "Qua thanh tra phát hiện 115 đơn vị sai phạm, kiến nghị xử lý hành chính đối với 64 cá nhân.",
]
DETAILS = [
    "Cụ thể: 29 cuộc thanh tra tài chính phát hiện {units} đơn vị sai phạm.",
    "30 cuộc thanh tra đất đai, kiến nghị xử lý hành chính đối với {people} cá nhân.",
]


def _found(total="59", units="100", people="60"):
    texts = [
        SUMMARY[0].format(total=total),
        SUMMARY[1],
        DETAILS[0].format(units=units),
        DETAILS[1].format(people=people),
    ]
    return [
        (
            c.status,
            c.severity,
            [q.raw for q in c.quantities],
            [c.where(i)[0] for i in range(len(c.quantities))],
        )
        for c in detail_claims(texts, ["paragraph"] * 4)
    ]


def test_details_within_their_summary_say_nothing():
    assert [status for status, *_ in _found()] == ["ok"]


@pytest.mark.parametrize(
    "numbers, expected",
    [
        ({"total": "53"}, ("fail", "warning", ["53", "29", "30"], [0, 2, 3])),
        ({"units": "117"}, ("fail", "warning", ["115", "117"], [1, 2])),
        ({"people": "69"}, ("fail", "warning", ["64", "69"], [1, 3])),
    ],
)
def test_details_that_exceed_their_summary(numbers, expected):
    assert expected in _found(**numbers)


def test_a_naming_the_summary_gives_twice_is_no_whole():
    texts = [
        "Kiến nghị xử lý hành chính 38 cá nhân. Đã xử lý hành chính 12 cá nhân.",
        "Cụ thể, Thanh tra tỉnh kiến nghị kiểm điểm đối với 28 cá nhân.",
    ]
    assert detail_claims(texts, ["paragraph"] * 2) == []


def test_an_aside_is_no_summary_nor_another_grade_a_part():
    texts = [
        "Tỉnh có 32 học sinh đoạt giải.",
        "Đáng chú ý, 3 học sinh lớp 10 dự thi đều có giải (1 giải Ba và 2 giải Khuyến khích).",
        "Cụ thể, 34 học sinh lớp 12 dự thi có 9 giải Nhì, 14 giải Khuyến khích.",
    ]
    assert detail_claims(texts, ["paragraph"] * 3) == []
    plain = [texts[0], texts[1].replace("Đáng chú ý, ", ""), texts[2]]
    assert [[q.raw for q in c.quantities] for c in detail_claims(plain, ["paragraph"] * 3)] == [["2", "14"]]
