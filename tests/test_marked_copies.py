"""Marked copies say each cell's and sentence's role: only the place likely wrong is proposed a value."""

from __future__ import annotations

import zipfile

import pytest
from lxml import etree

from reformaudit import audit
from reformaudit.reporting.annotate import FILLS, annotate
from reformaudit.reporting.roles import COMPARED

from .conftest import BINH_PHUOC

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def result():
    return audit(BINH_PHUOC)


@pytest.fixture(scope="module")
def marked(result, tmp_path_factory):
    folder = tmp_path_factory.mktemp("marked")
    annotate(result, folder, "vi")
    return folder


def _comments(folder) -> dict[tuple[str, str], tuple[str, str]]:
    from openpyxl import load_workbook

    book = load_workbook(folder / "bieu-mau.xlsx")
    return {
        (sheet.title, cell.coordinate): (cell.comment.text, cell.fill.start_color.rgb[-6:])
        for sheet in book
        for row in sheet.iter_rows()
        for cell in row
        if cell.comment
    }


def test_only_the_cell_likely_wrong_is_proposed_a_value(result, marked):
    comments = _comments(marked)
    proposed = {(s.evidence.sheet, s.evidence.cell) for f in result.findings for s in f.suggestions}
    for where, (text, _) in comments.items():
        if where not in proposed:
            assert "→" not in text, (where, text)
    note, fill = comments[("Biểu 1", "E30")]
    assert "có lẽ sai" in note and "“209.25” → 20.925" in note and fill == FILLS["error"]
    rate, fill = comments[("Biểu 1", "D13")]
    assert "100% → 12,20%" in rate and fill == FILLS["warning"]


def test_the_cells_compared_with_say_so_in_grey(marked):
    comments = _comments(marked)
    for cell, wrong in (("D31", "Biểu 1!E30"), ("D14", "Biểu 1!D13"), ("D15", "Biểu 1!D13")):
        text, fill = comments[("Biểu 1", cell)]
        assert f"đối chiếu với {wrong}" in text and "không cần sửa" in text and fill == FILLS[COMPARED]
    text, fill = comments[("Biểu 6", "D6")]
    assert "đối chiếu với đoạn 90" in text and fill == FILLS[COMPARED]
    assert "24,41" not in text.split("\n", 1)[0].split(":")[0]


def test_a_disagreement_keeps_its_diagnosis_and_proposes_nothing(marked):
    comments = _comments(marked)
    for where in (("Biểu 4", "D11"), ("Biểu 6", "D10")):
        text, fill = comments[where]
        assert "không phải lỗi đánh máy" in text and "→" not in text and fill == FILLS["error"]


def test_marked_copy_in_english(result, tmp_path):
    annotate(result, tmp_path, "en")
    text, _ = _comments(tmp_path)[("Biểu 1", "D31")]
    assert "compared with Biểu 1!E30" in text and "leave it as it is" in text


def _anchored(folder, part: str) -> dict[str, str]:
    """The text each Word comment covers in one part of the document, by comment id."""
    root = etree.fromstring(zipfile.ZipFile(folder / "bao-cao.docx").read(part))
    covered, open_ = {}, {}
    for el in root.iter():
        if el.tag == f"{W}commentRangeStart":
            open_[el.get(f"{W}id")] = []
        elif el.tag == f"{W}commentRangeEnd":
            covered[el.get(f"{W}id")] = "".join(open_.pop(el.get(f"{W}id")))
        elif el.tag == f"{W}t":
            for texts in open_.values():
                texts.append(el.text or "")
    return covered


def _word_comments(folder) -> dict[str, str]:
    import docx

    return {str(c.comment_id): c.text for c in docx.Document(str(folder / "bao-cao.docx")).comments}


def test_word_comments_cover_the_cited_sentence_or_citation(marked):
    body, texts = _anchored(marked, "word/document.xml"), _word_comments(marked)
    assert body and max(len(t) for t in body.values()) < 400  # a sentence, never a 1.343-character paragraph
    citations = [covered for i, covered in body.items() if "REF." in texts[i]]
    assert "Nghị định số 117/2013/NĐ-CP ngày 07/10/2019" in citations
    assert all(len(c) < 50 for c in citations)
    sentence = next(covered for i, covered in body.items() if "NF.5.2.2" in texts[i])
    assert (
        sentence
        == "Đồng thời, phê duyệt kết quả kiểm tra, sát hạch tiếp nhận vào làm công chức đối với 16 trường hợp."
    )


def test_footnote_citations_are_marked_in_the_footnote(marked):
    notes, texts = _anchored(marked, "word/footnotes.xml"), _word_comments(marked)
    assert any("chú thích 14" in texts[i] and "REF.date-conflict" in texts[i] for i in notes)
    assert "Quyết định số 2398/QĐ-UBND ngày 07/3/2023" in notes.values()


def test_equally_plausible_fixes_are_all_given(marked):
    text = next(t for t in _word_comments(marked).values() if "NARR.breakdown" in t)
    assert "Có nhiều cách sửa hợp lý như nhau" in text
    assert "“41” → 42" in text and "“31” → 30" in text and "“11” → 10" in text
    split = next(t for t in _word_comments(marked).values() if "NARR.split" in t)
    assert "theo thứ tự khả năng" in split
