"""The ballots of an election: the valid and the invalid ones are all of those returned."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reformaudit.narrative.paragraph_claims import claims_in_text
from reformaudit.narrative.votes import vote_claims, vote_claims_across


def _read(claims) -> list[tuple[str, str, list[str]]]:
    return [(c.kind, c.status, [q.raw for q in c.quantities]) for c in claims]


def test_a_counts_minutes_line_by_line():
    # Phù Cát 2024, a village head's election: 8 of 390 ballots written "0.2%"
    lines = [
        "+ Số phiếu phát ra: 390 + Số phiếu thu về: 390",
        "+ Số phiếu hợp lệ: 382 + Đạt tỷ lệ: 97,9 %",
        "+ Phiếu không hợp lệ: 08 + Đạt tỷ lệ: {}%",
    ]
    read = _read(vote_claims_across([*lines[:2], lines[2].format("0.2")], ["paragraph"] * 3))
    assert ("share", "fail", ["390", "08", "0.2%"]) in read
    assert ("breakdown", "ok", ["390", "382", "08"]) in read
    assert ("shares", "fail", ["97,9 %", "0.2%"]) in read
    fixed = _read(vote_claims_across([*lines[:2], lines[2].format("2,1")], ["paragraph"] * 3))
    assert all(status != "fail" for _, status, _ in fixed)


def test_ballots_named_after_their_figures():
    text = "Tổng số phiếu thu về là 486 phiếu, trong đó {} phiếu hợp lệ và 6 phiếu không hợp lệ."
    assert [(k, s) for k, s, _ in _read(vote_claims(text.format("480")))] == [("breakdown", "ok")]
    assert [(k, s) for k, s, _ in _read(vote_claims(text.format("470")))] == [("breakdown", "fail")]


def test_voters_are_not_ballots():
    text = "Số phiếu thu về 1.200 phiếu; số cử tri hợp lệ 1.250 người; phiếu hợp lệ 1.190, phiếu không hợp lệ 10."
    assert [(k, s) for k, s, _ in _read(vote_claims(text))] == [("breakdown", "ok")]


@given(
    st.integers(min_value=1, max_value=900_000), st.integers(min_value=1, max_value=5_000), st.integers(1, 99)
)
def test_valid_and_invalid_make_the_ballots_returned(valid, invalid, off):
    def vi(n: int) -> str:
        return f"{n:,}".replace(",", ".")

    text = "Số phiếu thu về: {}. Số phiếu hợp lệ: {}. Số phiếu không hợp lệ: {}."

    def breakdowns(returned: int) -> list[str]:
        return [
            s
            for k, s, _ in _read(vote_claims(text.format(vi(returned), vi(valid), vi(invalid))))
            if k == "breakdown"
        ]

    assert breakdowns(valid + invalid) == ["ok"]
    assert breakdowns(valid + invalid + off) == ["fail"]
    wrong = text.format(vi(valid + invalid + off), vi(valid), vi(invalid))
    assert any("ballots" in c.notes and c.status == "fail" for c in claims_in_text(wrong))
