"""Units arranged: the area and population of a unit made from others, in one paragraph or the next."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reformaudit.narrative import load_narrative
from reformaudit.narrative.arrangements import arrangement_claims
from reformaudit.narrative.claims import collect_claims

MADE = (
    "Thành lập xã Liên An Đô trên cơ sở nhập toàn bộ diện tích tự nhiên là {a1} km2, quy mô dân số là {p1} người "
    "của xã Đô Lương và toàn bộ diện tích tự nhiên là {a2} km2, quy mô dân số là {p2} người của xã An Châu."
)
RESULT = "Sau khi thành lập, xã Liên An Đô có diện tích tự nhiên là {a} km2 và quy mô dân số là {p} người."


def _vi(x: float, decimals: int = 0) -> str:
    text = f"{x:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def _findings(tmp_path, paragraphs: list[str]):
    path = tmp_path / "bao-cao.txt"
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")
    return [
        (c.severity, [q.raw for q in c.quantities], sorted({c.where(i)[0] for i in range(len(c.quantities))}))
        for c in collect_claims(load_narrative(path))
        if c.severity in ("error", "warning")
    ]


@settings(max_examples=25, deadline=None)
@given(
    st.integers(100, 9_999), st.integers(100, 9_999), st.integers(1_000, 30_000), st.integers(1_000, 30_000)
)
def test_a_unit_made_of_whole_units_has_their_area_and_population(a1, a2, p1, p2):
    numbers = dict(a1=_vi(a1 / 100, 2), a2=_vi(a2 / 100, 2), p1=_vi(p1), p2=_vi(p2))
    text = MADE.format(**numbers) + " " + RESULT.format(a=_vi((a1 + a2) / 100, 2), p=_vi(p1 + p2))
    assert [c.status for c in arrangement_claims([text], ["paragraph"])] == ["ok", "ok"]
    slipped = MADE.format(**numbers) + " " + RESULT.format(a=_vi((a1 + a2) / 100, 2), p=_vi(p1 + p2 + 10))
    assert [c.status for c in arrangement_claims([slipped], ["paragraph"])] == ["ok", "fail"]


def test_the_result_in_the_next_paragraph_is_an_error_pointing_at_both(tmp_path):
    made = MADE.format(a1="4,02", a2="3,81", p1="4.477", p2="5.779")
    assert _findings(tmp_path, [made, RESULT.format(a="7,83", p="10.256")]) == []
    assert _findings(tmp_path, [made, RESULT.format(a="7,38", p="10.256")]) == [
        ("error", ["7,38", "4,02", "3,81"], [0, 1])
    ]


@pytest.mark.parametrize(
    "text",
    [
        # merged into a unit that keeps its own area: at least the part
        "Các đơn vị được sắp xếp như sau: Nhập toàn bộ 16,85 km2 diện tích tự nhiên, 4.012 người dân của xã Ngán "
        "Chiên vào xã Trung Thịnh. Sau khi nhập, xã Trung Thịnh có 29,95 km2 diện tích tự nhiên và quy mô dân số "
        "6.366 người.",
        # parts of units moved
        "Điều chỉnh một phần diện tích tự nhiên 2,99 km2, quy mô dân số 4.916 người của xã Nghĩa Mỹ và một phần "
        "diện tích tự nhiên 0,78 km2, quy mô dân số 1.745 người của xã Nghĩa Phương để nhập vào thị trấn Sông Vệ. "
        "Sau khi điều chỉnh, thị trấn Sông Vệ có diện tích tự nhiên 6,42 km2 và quy mô dân số 15.044 người.",
    ],
)
def test_units_merged_into_one_that_keeps_its_own_are_at_most_its_whole(text):
    claims = arrangement_claims([text], ["paragraph"])
    assert [(c.status, c.notes) for c in claims] == [("ok", ["subset"]), ("ok", ["subset"])]
    shrunk = text.replace("29,95", "9,95").replace("6,42", "2,42")
    assert [c.status for c in arrangement_claims([shrunk], ["paragraph"])] == ["fail", "ok"]
