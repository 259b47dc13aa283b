"""An index score and its components' scores over several paragraphs."""

from __future__ import annotations

from reformaudit.narrative import load_narrative
from reformaudit.narrative.claims import collect_claims
from reformaudit.narrative.scores import index_scores

PARAGRAPHS = [
    "Điểm số của tỉnh tháng 7/2024 đạt {}/100 điểm, xếp thứ 8/63 tỉnh, thành phố.",
    "Trong đó, điểm đánh giá nhóm chỉ số về công khai, minh bạch đạt 14,1/18 điểm.",
    "Đối với nhóm chỉ số về tiến độ giải quyết hồ sơ đạt 19,5/20 điểm, với 18/18 cơ quan xử lý đúng hạn.",
    "Nhóm chỉ số về dịch vụ trực tuyến đạt 7,9/12 điểm; thanh toán trực tuyến đạt 8,2/10 điểm; số hóa hồ sơ đạt "
    "14,4/22 điểm; mức độ hài lòng đạt 18/18 điểm.",
]


def _scores(tmp_path, total):
    path = tmp_path / "bao-cao.txt"
    path.write_text("\n\n".join(PARAGRAPHS).format(total), encoding="utf-8")
    return [
        (c.status, c.severity, c.quantities[0].raw, sorted({c.where(i)[0] for i in range(len(c.quantities))}))
        for c in collect_claims(load_narrative(path))
        if c.kind == "breakdown" and len(c.quantities) == 7
    ]


def test_components_whose_maxima_make_the_index_maximum_make_its_score(tmp_path):
    assert _scores(tmp_path, "82,1") == [("ok", None, "82,1", [0, 1, 2, 3])]
    assert _scores(tmp_path, "82,88") == [("fail", "warning", "82,88", [0, 1, 2, 3])]


def test_components_that_do_not_reach_the_maximum_say_nothing():
    texts = ["Chỉ số đạt 80,5/100 điểm.", "Nhóm A đạt 40/50 điểm.", "Nhóm B đạt 30/40 điểm."]
    assert index_scores(texts, ["paragraph"] * 3) == []
