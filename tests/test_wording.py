"""The small words around the findings: counts with their plural, numbers in the reader's style, values
shown as written, the blanks of a form kept, quotes that do not cut words."""

from __future__ import annotations

import re

import pytest

from reformaudit import audit
from reformaudit.report import excerpt
from reformaudit.reporting import render_html, render_markdown, render_text
from reformaudit.reporting.words import plural, suggestion_text

from .conftest import BINH_PHUOC


@pytest.fixture(scope="module")
def result():
    return audit(BINH_PHUOC)


def _finding(result, rule):
    return next(f for f in result.findings if f.rule == rule)


@pytest.mark.parametrize(
    ("n", "noun", "lang", "said"),
    [
        (13, "error", "en", "13 errors"),
        (1, "warning", "en", "1 warning"),
        (0, "error", "en", "0 errors"),
        (1, "info", "en", "1 info"),
        (13, "error", "vi", "13 lỗi"),
        (1746, "indicator", "vi", "1.746 chỉ tiêu"),
        (1746, "indicator", "en", "1,746 indicators"),
    ],
)
def test_counts_with_their_plural(n, noun, lang, said):
    assert plural(n, noun, lang) == said


def test_badges_and_summaries_in_both_languages(result):
    assert '<li class="error">13 errors</li>' in render_html(result, "en")
    assert '<li class="warning">6 warnings</li>' in render_html(result, "en")
    assert '<li class="error">13 lỗi</li>' in render_html(result, "vi")
    assert render_text(result, "en", width=200).startswith(
        "Report binh-phuoc-2023-6t: 13 errors, 6 warnings, 1 info"
    )
    assert "error(s)" not in render_markdown(result, "en")


def test_a_value_not_read_as_a_number_is_shown_as_written(result):
    note = _finding(result, "BM1.note.6.1")
    assert suggestion_text(note.suggestions[0], "vi").startswith("Biểu 1!E30: “209.25” → 20.925")
    assert "“209.25” → 20,925" in suggestion_text(note.suggestions[0], "en")


def test_a_rate_fix_has_the_decimals_of_its_message(result):
    rate = _finding(result, "BM1.rate.2")
    assert "12,20%" in rate.message("vi") and "100% → 12,20%" in suggestion_text(rate.suggestions[0], "vi")
    assert "12.20%" in rate.message("en") and "100% → 12.20%" in suggestion_text(rate.suggestions[0], "en")


def test_the_blanks_of_a_form_are_kept_in_the_page(result):
    html = render_html(result, "vi")
    assert "Báo cáo số        /BC-UBND" in html  # eight blanks, as in the form
    assert re.search(r"p\.message\{white-space:pre-wrap\}", html)
    assert re.search(r"table\.evidence td\{white-space:pre-wrap\}", html)


def test_quotes_do_not_cut_words():
    text = "Tiếp tục thực hiện theo Nghị định số 117/2013/NĐ-CP ngày 07/10/2013 của Chính phủ về sửa đổi"
    start = text.index("Nghị định")
    quoted = excerpt(text, start - 12, text.index("sửa") + 1)  # both ends inside a word
    assert quoted.startswith("…") and quoted.endswith("…")
    assert all(word in text.split() for word in quoted.strip("…").split())
    assert excerpt(text, 0, len(text)) == text  # the whole text, untouched


def test_citation_evidence_starts_and_ends_on_whole_words(result):
    for finding in result.findings:
        if finding.rule.startswith("REF."):
            for e in finding.evidence:
                words = e.text.strip("…").split()
                assert words[0] in e.text and all(
                    w in result.report.narrative["text"].str.cat(sep=" ").split()
                    for w in (words[0], words[-1])
                ), e.text


def test_the_batch_summary_names_the_reports_to_fix():
    from reformaudit.batch import NAMED, Summary

    summary = Summary("error")
    for i in range(NAMED + 5):
        finding = {"severity": "error", "rule": "XF.eq.dvsncl"}
        summary.add({"report": f"tinh-{i:02d}", "findings": [finding], "seconds": 1.5})
    summary.add(
        {"report": "an-hoa", "findings": [{"severity": "warning", "rule": "UNIT.missing"}], "seconds": 0.2}
    )
    summary.add({"report": "hong", "error": "hong.xlsx: tệp rỗng"})
    vi, en = summary.text("vi"), summary.text("en")
    assert vi.splitlines()[0] == "Đã kiểm tra 27 báo cáo: 25 có lỗi, 1 không đọc được"
    assert "Báo cáo cần sửa: tinh-00, tinh-01," in vi and "tinh-19, và 5 báo cáo khác" in vi
    assert "an-hoa" not in vi.splitlines()[1] and "Báo cáo không đọc được: hong" in vi
    assert "mức" not in vi and "'error'" not in vi and "tinh-24 (1,5 giây)" in vi
    assert en.splitlines()[0] == "27 reports audited: 25 with errors, 1 unreadable"
    assert "Reports to fix: tinh-00" in en and "and 5 more" in en and "tinh-24 (1.5 s)" in en
    assert Summary("warning").text("en").startswith("0 reports audited: 0 with errors or warnings")


def test_a_relation_of_one_part_reads_as_the_part_itself(tmp_path):
    import random

    from reformaudit.catalogue import load_catalogue
    from reformaudit.testing import workbook_source, write_workbook
    from reformaudit.testing.generate import consistent_values

    catalogue = load_catalogue()
    rng = random.Random(5)
    values = consistent_values(catalogue, rng.randint, rng.choice)
    values["1:2.2"] = values["1:2.1"] + 7  # BM1.le.2.2: item 2.2 at most item 2.1
    path = write_workbook(workbook_source(values, catalogue), tmp_path / "bieu-mau.xlsx")
    (finding,) = [f for f in audit(path).findings if f.rule == "BM1.le.2.2"]
    vi, en = finding.message("vi"), finding.message("en")
    assert " vượt " in vi and " = " not in vi.split(" vượt ")[0], vi  # "Mục 2.2 (…) vượt Mục 2.1 (…)."
    assert " exceeds " in en and " = " not in en.split(" exceeds ")[0], en
