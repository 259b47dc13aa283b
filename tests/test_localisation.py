"""Which cell is wrong: keystroke deduction, localisation on the sample and on generated faults."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reformaudit import audit
from reformaudit.catalogue import load_catalogue
from reformaudit.checks.relations import evaluate
from reformaudit.localise import suggest
from reformaudit.localise.keystroke import KINDS, slip, slips
from reformaudit.testing.faults import run

from .conftest import BINH_PHUOC

CATALOGUE = load_catalogue()


@pytest.mark.parametrize(
    "written, meant, kind",
    [
        (1476, 1746, "swap"),
        (1745, 1746, "digit"),
        (176, 1746, "dropped"),
        (17746, 1746, "doubled"),
        (209.25, 20925, "separator"),
        (1.746, 1746, "separator"),
        (1746000, 1746, "unit"),
        (-1746, 1746, "sign"),
        (161308, 161692, None),
        (1746, 1746, None),
    ],
)
def test_slips(written, meant, kind):
    assert slip(written, meant) == kind


@given(st.integers(1, 10**7))
def test_every_generated_slip_is_recognised(value):
    for kind, values in slips(value).items():
        for written in values:
            assert slip(written, value) is not None, (kind, written)


@pytest.fixture(scope="module")
def sample():
    return {f.rule: f for f in audit(BINH_PHUOC).findings}


def test_the_malformed_survey_count(sample):
    (suggestion,) = sample["BM1.note.6.1"].suggestions
    assert (suggestion.current, suggestion.proposed) == (209.25, 20925)
    assert "separator" in suggestion.reason("en") and suggestion.evidence.cell == "E30"
    assert "20.925" in suggestion.render("vi")


def test_public_service_units_are_a_difference_of_scope(sample):
    finding = sample["XF.eq.dvsncl"]
    assert finding.suggestions == []
    text = finding.diagnosis("vi")
    assert (
        "528 = 8 + 79 + 441" in text
        and "537 = 16 + 22 + 35 + 464" in text
        and "không phải lỗi đánh máy" in text
    )


def test_narrative_suggestions(sample):
    ratio = sample["NARR.ratio"].suggestions
    assert (ratio[0].evidence.raw, ratio[0].current, ratio[0].proposed) == ("3.809/4.041", 4041, 4001)
    assert ratio[1].proposed == pytest.approx(94.26)
    breakdown = sample["NARR.breakdown"]
    assert breakdown.ambiguous and [s.proposed for s in breakdown.suggestions] == [42, 30, 10]
    disbursement = sample["NF.6.1.2"]
    assert disbursement.suggestions[0].proposed == 1405230 and disbursement.diagnosis is not None


def test_json_suggestions(sample):
    form = sample["BM1.note.6.1"].to_dict("en")["suggestions"][0]
    assert set(form) == {"form", "code", "current", "proposed", "reason"}
    text = sample["NARR.ratio"].to_dict("vi")["suggestions"][0]
    assert {"source", "paragraph", "raw", "current", "proposed", "reason"} <= set(text) and "form" not in text


@pytest.mark.parametrize("kind", KINDS)
def test_generated_faults_are_found_and_localised(kind):
    outcomes = run(CATALOGUE, 6, seed=100 + KINDS.index(kind), kind=kind)
    identifiable = [o for o in outcomes if o.identifiable]
    assert identifiable
    assert all(o.detected for o in identifiable)
    assert sum(o.top3 for o in identifiable) / len(identifiable) >= 0.9 - 1e-9 or len(identifiable) < 3


def test_localisation_rates_over_all_kinds():
    outcomes = [o for i, kind in enumerate(KINDS) for o in run(CATALOGUE, 5, seed=500 + i, kind=kind)]
    identifiable = [o for o in outcomes if o.identifiable]
    assert sum(o.detected for o in identifiable) / len(identifiable) >= 0.99
    assert sum(o.top3 for o in identifiable) / len(identifiable) >= 0.90


@settings(max_examples=6, deadline=None)
@given(st.integers(0, 10_000))
def test_suggestions_never_break_another_relation(seed):
    (outcome,) = run(CATALOGUE, 1, seed=seed)
    if not outcome.identifiable or not outcome.ranked:
        return
    import random

    from reformaudit.testing.generate import consistent_values  # the same draw as run() made

    rng = random.Random(seed)
    values = consistent_values(CATALOGUE, rng.randint, rng.choice)
    faulty = dict(values, **{outcome.fault.key: outcome.fault.written})
    before = pd.DataFrame([values])
    held = [
        r
        for r in CATALOGUE.rules
        if r.type in ("sum", "equal", "at_most", "ratio") and evaluate(r, before)["status"].iloc[0] == "ok"
    ]
    from reformaudit.checks import confront
    from reformaudit.report import Report
    from reformaudit.testing import forms_frame

    report = Report("g", ["g"], forms_frame(faulty, CATALOGUE), CATALOGUE)
    confrontation = confront([report], CATALOGUE)
    suggest(confrontation)
    for finding in confrontation.findings.get("g", []):
        for suggestion in finding.suggestions:
            fixed = pd.DataFrame(
                [
                    dict(
                        faulty,
                        **{f"{suggestion.evidence.form}:{suggestion.evidence.code}": suggestion.proposed},
                    )
                ]
            )
            broken = [
                r.id
                for r in held
                if outcome.fault.key not in r.keys and evaluate(r, fixed)["status"].iloc[0] == "fail"
            ]
            assert broken == [], (suggestion, broken)


def _report_with(changes: dict[str, float], seed: int = 101):
    import random

    from reformaudit.report import Report
    from reformaudit.testing.generate import consistent_values, forms_frame

    rng = random.Random(seed)
    values = consistent_values(CATALOGUE, rng.randint, rng.choice)
    faulty = dict(values, **{key: values[key] + delta for key, delta in changes.items()})
    return Report("g", ["g"], forms_frame(faulty, CATALOGUE), CATALOGUE)


# 6:2.4 = 6:2.4.1 + 6:2.4.2 + 6:2.4.3 and 6:2.1 = 6:2.2 + 6:2.3 + 6:2.4 + 6:2.5: one more in 6:2.4.2 and
# one more in 6:2.3 break both sums, and no single cell mends both.
TWO_SLIPS = {"6:2.4.2": 1, "6:2.3": 1}


def test_a_failure_no_single_cell_explains_gets_the_smallest_number_of_changes():
    from reformaudit.checks import confront

    confrontation = confront([_report_with(TWO_SLIPS)], CATALOGUE)
    suggest(confrontation)
    findings = {f.rule: f for f in confrontation.findings["g"]}
    for rule in ("BM6.sum.2.4", "BM6.sum.2.1"):
        assert findings[rule].suggestions == []
        assert "at least 2 cells" in findings[rule].diagnosis("en")
        assert "ít nhất 2 ô" in findings[rule].diagnosis("vi")


def test_out_of_time_says_so_and_single_cell_fixes_need_no_solver_time():
    from reformaudit.checks import confront
    from reformaudit.localise import add_suggestions
    from reformaudit.localise.forms import localise, statuses

    report = _report_with(TWO_SLIPS)
    findings = confront([report], CATALOGUE).findings["g"]
    add_suggestions(report, findings, statuses(report), budget=0.0)
    (finding,) = [f for f in findings if f.rule == "BM6.sum.2.4"]
    assert finding.suggestions == [] and "thời gian cho phép" in finding.diagnosis("vi")
    assert "time allowed" in finding.diagnosis("en")

    one_slip = _report_with({"6:2.4.2": 10})
    localised = localise(one_slip, statuses(one_slip), budget=0.0)
    assert localised, "the slip makes a relation fail"
    for localisation in localised.values():
        assert not localisation.out_of_time and localisation.smallest_change == 1
        assert "6:2.4.2" in [c.key for c in localisation.candidates]


def test_checking_does_not_import_localisation():
    """Localisation is a step after checking (on its Confrontation), not part of it."""
    import ast
    from pathlib import Path

    import reformaudit.checks

    imported = {
        f"{path.name}: {node.module}"
        for path in Path(reformaudit.checks.__file__).parent.glob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.module and "localise" in node.module
    }
    assert imported == set()


@pytest.mark.parametrize("kind", ["malformed", "fractional", "missing", "out_of_range"])
def test_cells_written_wrongly_are_found_and_given_the_value_meant(kind):
    from reformaudit.testing.cell_faults import run_cells

    outcomes = run_cells(CATALOGUE, 4, seed=900, kind=kind)
    assert all(o.detected for o in outcomes)
    # a blank numerator or denominator is only bounded by its rate: not always one value
    assert sum(o.right for o in outcomes) >= (2 if kind == "missing" else 4)


def test_a_fix_two_findings_agree_on_comes_first_in_the_amounts_own_words(tmp_path):
    from reformaudit.reporting.words import suggestion_text

    # Nam Định (Mỹ Lộc) 2018: 2,911 tỷ is both what the 791,322 tỷ leaves for "ngân sách tỉnh" and what its own
    # 14,27 % gives, 112,911 tỷ — not one of the parts a digit short
    (tmp_path / "bao-cao.txt").write_text(
        "Tổng số vốn huy động của huyện đạt 791,322 tỷ đồng, trong đó: ngân sách trung ương: 28,830 tỷ đồng, chiếm "
        "3,64%; ngân sách tỉnh: 2,911 tỷ đồng, chiếm 14,27%; ngân sách huyện: 31,741 tỷ đồng, chiếm 4,01%; ngân sách "
        "xã: 42,429 tỷ đồng, chiếm 5,36%; vốn lồng ghép: 3,016 tỷ đồng, chiếm 0,38%; vốn nhân dân đóng góp: 237,474 "
        "tỷ đồng, chiếm 30,01%; vốn doanh nghiệp: 18,472 tỷ đồng, chiếm 2,33%; vốn vay tín dụng: 298,616 tỷ đồng, "
        "chiếm 37,74%; nguồn vốn khác: 17,833 tỷ đồng, chiếm 2,25%.",
        encoding="utf-8",
    )
    (breakdown,) = [f for f in audit(tmp_path).findings if f.rule == "NARR.breakdown"]
    first = breakdown.suggestions[0]
    assert (first.evidence.raw, first.proposed) == ("2,911 tỷ đồng", pytest.approx(112911))
    assert not breakdown.ambiguous
    assert suggestion_text(first, "vi").startswith("đoạn 1: “2,911 tỷ đồng” → 112,911 tỷ đồng (")
    assert "→ 112.911 tỷ đồng (" in suggestion_text(first, "en")


def test_a_count_in_thousands_is_proposed_in_thousands(tmp_path):
    from reformaudit.reporting.words import suggestion_text

    # "33,8 nghìn tấn" read as 33.800: a fix of it is "23,8 nghìn", not the 23.800.000 an amount's scale gave
    (tmp_path / "bao-cao.txt").write_text(
        "Tổng sản lượng thủy sản đạt 91,2 nghìn tấn. Trong đó, sản lượng thủy sản khai thác đạt 33,8 nghìn tấn. "
        "Sản lượng nuôi trồng thủy sản đạt 67,4 nghìn tấn.",
        encoding="utf-8",
    )
    (breakdown,) = [f for f in audit(tmp_path).findings if f.rule == "NARR.breakdown"]
    texts = [suggestion_text(s, "vi") for s in breakdown.suggestions]
    assert any("“33,8 nghìn” → 23,8 nghìn (" in t for t in texts)
    assert any("“91,2 nghìn” → 101,2 nghìn (" in t for t in texts)
    assert any("“33,8 nghìn” → 23.8 nghìn (" in suggestion_text(s, "en") for s in breakdown.suggestions)


def test_a_percent_a_decimal_place_off_is_proposed_first_and_slips_are_named_as_written(tmp_path):
    # xã Sơn Hải (Lào Cai): "13 khẩu = 0,04%" of 3279 is 0,40 %
    path = tmp_path / "bao-cao.txt"
    path.write_text(
        "Trên địa bàn xã có 3279 nhân khẩu, gồm 4 dân tộc: Trong đó dân tộc kinh 2760 khẩu = 84,2%; dân tộc Tày 151 "
        "khẩu = 4,6%; dân tộc Dao 355 khẩu = 10,8%; dân tộc Hoa 13 khẩu = 0,04%.\n",
        encoding="utf-8",
    )
    (share,) = [f for f in audit(path).findings if f.rule == "NARR.share"]
    first, *others = share.suggestions
    assert (first.current, first.proposed) == (0.04, 0.4) and first.reason.vi.startswith("đặt sai dấu")
    # "3279" for 33.279 is a digit left out of what was meant, not one typed twice
    assert others and all(s.current == 3279 and s.reason.vi == "sót một chữ số" for s in others)
