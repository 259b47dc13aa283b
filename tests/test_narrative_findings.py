"""The narrative audited with the forms: every contradiction a careful reader finds, and silence elsewhere."""

from __future__ import annotations

import pytest
import yaml

from reformaudit import audit
from reformaudit.checks.narrative_forms import mentions

from .conftest import BINH_PHUOC, DATA_DIR


@pytest.fixture(scope="module", params=["bao-cao.docx", "bao-cao.txt"])
def result(request):
    return audit([BINH_PHUOC / request.param, BINH_PHUOC / "bieu-mau.xlsx"])


def _rules(result):
    return [f.rule for f in result.findings]


def test_disbursement_34_percent_against_24_41(result):
    rate = next(f for f in result.findings if f.rule == "NF.6.1")
    assert rate.severity == "error" and (rate.actual, rate.expected) == (34, pytest.approx(24.41))
    assert "34%" in rate.message("vi") and "24,41%" in rate.message("vi")
    narrative, form = rate.evidence
    assert narrative.paragraph == 90 and narrative.raw == "34%" and "giải ngân" in narrative.text
    assert (form.form, form.code, form.cell) == (6, "1", "D6")
    amount = next(f for f in result.findings if f.rule == "NF.6.1.2")
    assert (amount.actual, amount.expected) == (1954484, 1405230)
    assert "1.954.484" in amount.message("vi") and "1.405.230" in amount.message("vi")


def test_contradictions_within_the_text(result):
    found = {
        (f.rule, f.evidence[0].paragraph, f.evidence[0].raw) for f in result.findings if f.area == "narrative"
    }
    assert ("NARR.breakdown", 63, "41") in found  # 41 cơ quan (cấp tỉnh 31, cấp huyện 11)
    assert ("NARR.ratio", 51, "3.809/4.041") in found  # đạt 95,20% but 94,26%
    assert ("NARR.split", 54, "161.308") in found  # 128.559 + 32.716 + 417 = 161.692
    assert all(f.severity == "error" for f in result.findings if f.area == "narrative")
    assert len(found) == 3


def test_contradictory_citations(result):
    references = [f for f in result.findings if f.area == "references"]
    messages = {f.message("vi") for f in references}
    assert any("2398/QĐ-UBND" in m and "26/12/2022 (2×)" in m and "07/03/2023" in m for m in messages)
    assert any("117/2013/NĐ-CP" in m and "07/10/2019" in m and "07/10/2013" in m for m in messages)
    assert any("04-NQ/TU" in m for m in messages)
    years = {f.fields["doc"] for f in references if f.rule == "REF.year-mismatch"}
    assert years == {"Nghị định số 117/2013/NĐ-CP", "Nghị định số 16/2015/NĐ-CP"}
    conflict = next(f for f in references if "2398" in f.fields["doc"])
    assert {(e.paragraph, e.footnote) for e in conflict.evidence} == {(130, None), (None, 1), (None, 14)}
    assert not any("173" in m for m in messages)  # a Báo cáo 173 and a Quyết định 173 are two documents


def test_blank_report_number(result):
    blank = next(f for f in result.findings if f.rule == "DOC.blank-field")
    assert blank.evidence[0].cell == "A5" and "/BC-UBND" in blank.message("vi")


def test_the_forms_findings_do_not_change_with_the_narrative(result):
    alone = audit(BINH_PHUOC / "bieu-mau.xlsx")
    with_text = [
        (f.rule, f.expected, f.actual) for f in result.findings if f.area in ("forms", "cross", "document")
    ]
    assert sorted(with_text) == sorted((f.rule, f.expected, f.actual) for f in alone.findings)


def test_either_file_alone(tmp_path):
    narrative = audit(BINH_PHUOC / "bao-cao.docx")
    assert not any(f.rule.startswith(("FORM.", "NF.")) for f in narrative.findings)
    assert {"NARR.ratio", "NARR.breakdown", "NARR.split", "REF.date-conflict"} <= set(_rules(narrative))


@pytest.fixture(scope="module")
def labelled():
    return yaml.safe_load((DATA_DIR / "seed_claims.yaml").read_text(encoding="utf-8"))["claims"]


def test_silence_on_every_hand_checked_relation_that_holds(result, labelled):
    """No finding is about a relation that holds: none cites all of its numbers in its paragraph."""
    cited = [
        {(e.paragraph, e.raw) for e in f.evidence if e.in_narrative}
        for f in result.findings
        if f.area == "narrative"
    ]
    holding = [c for c in labelled if c["holds"]]
    assert len(holding) >= 25
    for claim in holding:
        numbers = {(claim["paragraph"], raw) for raw in claim["numbers"]}
        assert not any(numbers <= finding for finding in cited), claim


AGREEING = {
    "1:5.1": "94",
    "1:5.2": "33",
    "1:5.3": "01",
    "2:1.1": "37",
    "2:1.2": "19",
    "2:3.1": "09",
    "3:1.2": "21",
    "3:1.4": "1.746",
    "3:1.4.1": "1.405",
    "3:1.4.2": "235",
    "3:1.4.3": "106",
    "3:3.1.1": "41.045",
    "3:3.2.1": "128.559",
    "3:3.3.1": "78.916",
    "3:3.4.1": "198",
    "3:3.4.2": "148",
    "4:1.5": "528",
    "4:2.1": "1.797",
    "4:2.2": "1.769/1.797",
    "4:3.1": "18.593",
    "4:3.2": "18.081/18.593",
    "4:2.4": "02",
    "4:3.3": "49",
    "5:1.1": "05/31",
    "5:1.2": "04",
    "5:2.4": "115",
    "6:1.1": "5.755 tỷ 631 triệu đồng",
    "6:2.2": "16",
    "6:2.3": "22",
    "6:2.4": "35",
    "6:2.5": "464",
}


def test_narrative_statements_that_agree_with_the_forms(result):
    found = mentions(result.report)
    for indicator, raw in AGREEING.items():
        assert raw in [m.quantity.raw for m in found.get(indicator, [])], indicator
    statement_findings = {f.rule for f in result.findings if f.area == "narrative_forms"}
    assert statement_findings == {"NF.6.1", "NF.6.1.2", "NF.5.2.2", "NF.7.6.1.2"}
    assert not any(f"NF.{k.replace(':', '.')}" in statement_findings for k in AGREEING)


CONSISTENT = BINH_PHUOC.parent / "consistent-2024-6t" / "bieu-mau.xlsx"


@pytest.mark.parametrize(
    "text, rules",
    [
        # the form: district 101.200 done, 100.000 on time; commune 60.300 done, 60.000 on time
        ("Cấp huyện đã giải quyết 101.200 hồ sơ, trong đó đúng hạn 100.000 hồ sơ.", set()),
        (
            "UBND cấp huyện: có 101.200 hồ sơ đã được giải quyết xong; giải quyết đúng hạn 100.000 hồ sơ.",
            set(),
        ),
        ("Cấp huyện đã giải quyết 101.300 hồ sơ, trong đó đúng hạn 100.000 hồ sơ.", {"NF.3.3.2.1"}),
        (
            "- Cấp xã: tiếp nhận 61.000 hồ sơ; giải quyết xong 60.300 hồ sơ, trong đó trước và đúng hạn 60.100 hồ sơ.",
            {"NF.3.3.3.2"},
        ),
        ("Trong tháng 5, cấp huyện đã giải quyết 17.000 hồ sơ.", set()),  # a month is not the report's period
    ],
)
def test_narrative_against_forms_by_role(tmp_path, text, rules):
    path = tmp_path / "bao-cao.txt"
    path.write_text(text + "\n", encoding="utf-8")
    found = {f.rule for f in audit([path, CONSISTENT]).findings if f.area == "narrative_forms"}
    assert found == rules


def test_a_change_of_an_amount_is_shown_with_its_unit(tmp_path):
    path = tmp_path / "bao-cao.txt"
    path.write_text(
        "Năm 2022, kế hoạch vốn được giao là 1.000 tỷ đồng; đã giải ngân 800 tỷ đồng, thấp hơn kế hoạch 300 tỷ đồng.\n",
        encoding="utf-8",
    )
    (finding,) = [f for f in audit(path).findings if f.rule == "NARR.change"]
    assert "thay đổi 200.000 triệu đồng, không phải 300.000 triệu đồng" in finding.message("vi")
    assert "a change of 200,000 million VND, not 300,000 million VND" in finding.message("en")


def test_an_item_whose_share_disagrees_with_the_rest_of_its_list(tmp_path):
    items = [("Quy hoạch", 96, "80"), ("Giao thông", 54, "45"), ("Thủy lợi", 90, "75"), ("Điện", 108, "90")]
    items += [("Trường học", 66, "60"), ("Chợ", 42, "35")]  # 66 of 120 is 55 %
    lines = [f"Tiêu chí {i}: {name} có {n} xã đạt, chiếm {p}%." for i, (name, n, p) in enumerate(items, 1)]
    path = tmp_path / "bao-cao.txt"
    path.write_text("Kết quả thực hiện các tiêu chí nông thôn mới:\n\n" + "\n\n".join(lines) + "\n", "utf-8")
    (finding,) = [f for f in audit(path).findings if f.rule == "NARR.implied-share"]
    assert finding.severity == "warning"
    assert "66 ghi chiếm 60%, nhưng các mục khác cùng danh sách đều là tỷ lệ trên cùng một tổng, 120" in (
        finding.message("vi")
    )
    assert "66 / 120 = 55,00%" in finding.message("vi")
    assert "66 is given as 60%, but the other items of the list are all shares of one total, 120" in (
        finding.message("en")
    )


def test_a_bracketed_part_above_its_whole_with_no_mistyped_figure_is_an_unsure_warning(tmp_path):
    path = tmp_path / "bao-cao.txt"
    path.write_text(
        "Thanh tra huyện tiếp nhận 40 đơn (trong đó có 57 đơn khiếu nại).\n\n"
        "Thanh tra tỉnh tiếp nhận 25 đơn (trong đó có 52 đơn khiếu nại).\n",
        encoding="utf-8",
    )
    findings = {f.rule: f for f in audit(path).findings if f.rule.startswith("NARR.subset")}
    unsure, sure = findings["NARR.subset-unsure"], findings["NARR.subset"]
    # 57 within 40: no one keystroke makes it, the bracket may name the parts of another whole
    assert unsure.severity == "warning" and "57" in unsure.message("vi")
    assert "Có thể các số này thuộc một tổng khác trong câu" in unsure.message("vi")
    assert "may belong to another total of the sentence" in unsure.message("en")
    # 52 within 25: two digits swapped, a slip of the report
    assert sure.severity == "error" and "52" in sure.message("vi")
