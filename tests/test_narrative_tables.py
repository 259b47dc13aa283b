"""Tables in the narrative: Word tables and tables flattened into text become rows and columns with roles,
and are checked like the forms (TABLE.total-row, TABLE.total-column, TABLE.rate)."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest
import yaml
from docx import Document
from hypothesis import given, settings
from hypothesis import strategies as st

from reformaudit import audit
from reformaudit.catalogue import load_catalogue
from reformaudit.checks.narrative_tables import check_narrative_tables
from reformaudit.narrative import layout_text, load_narrative
from reformaudit.narrative.blocks import Block
from reformaudit.narrative.cell_lines import unit_cells
from reformaudit.narrative.claims import collect_claims
from reformaudit.narrative.load import blocks_frame
from reformaudit.narrative.tables import find_tables, narrative_table_claims, segment_header
from reformaudit.report import Report

from .conftest import BINH_PHUOC, DATA_DIR

CATALOGUE = load_catalogue()

# dichvucong.gov.vn's "Tình hình xử lý hồ sơ" as a portal page prints it, flattened into text
PORTAL = (
    "Mức độ Tổng Đã xử lý Chưa xử lý Trước hạn Đúng hạn Trễ hạn\n"
    "Tổng % Tổng % Tổng %\n"
    "Mức 1, 2 268763 257141 11622 124907 48,6% 102770 40% 19852 7,7%\n"
    "Mức 3 68544 61827 6717 43434 70,3% 11795 19,1% 4331 7%\n"
)
PORTAL_HEADER = ["Mức độ", "Tổng", "Đã xử lý", "Chưa xử lý", "Trước hạn", "Đúng hạn", "Trễ hạn"]
PORTAL_ROWS = [
    ["Mức 1, 2", "268763", "257141", "11622", "124907", "48,6%", "102770", "40%", "19852", "7,7%"],
    ["Mức 3", "68544", "61827", "6717", "43434", "70,3%", "11795", "19,1%", "4331", "7%"],
    ["Tổng", "337307", "318968", "18339", "168341", "52,8%", "114565", "35,9%", "24183", "7,6%"],
]


def _narrative_findings(result):
    """The findings about the narrative's numbers: a text alone also gets one saying no form was read."""
    return [f for f in result.findings if f.rule != "REPORT.no-forms"]


def _write_txt(tmp_path: Path, body: str, name: str = "bao-cao.txt") -> Path:
    path = tmp_path / name
    path.write_text(
        "Tình hình giải quyết hồ sơ năm 2023 như sau:\n\n" + body + "\nTrên đây là báo cáo.\n", "utf-8"
    )
    return path


def _write_docx(tmp_path: Path, rows: list[list[str]], merged_header: bool = False) -> Path:
    """A Word document with one table: ``rows`` as they are, or (``merged_header``) the portal's two-row header
    with cells merged down and across above ``rows``."""
    document = Document()
    document.add_paragraph("II. KẾT QUẢ THỰC HIỆN")
    document.add_paragraph("Kết quả giải quyết hồ sơ theo mức độ dịch vụ công như sau:")
    width = max(len(r) for r in rows)
    top = 2 if merged_header else 0
    table = document.add_table(rows=top + len(rows), cols=width)
    if merged_header:
        for i, text in enumerate(PORTAL_HEADER[:4]):
            table.cell(0, i).merge(table.cell(1, i)).text = text
        for k, text in enumerate(PORTAL_HEADER[4:]):
            table.cell(0, 4 + 2 * k).merge(table.cell(0, 5 + 2 * k)).text = text
            table.cell(1, 4 + 2 * k).text = "Tổng"
            table.cell(1, 5 + 2 * k).text = "%"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(top + r, c).text = text
    document.add_paragraph("Trên đây là báo cáo kết quả.")
    path = tmp_path / "bao-cao.docx"
    document.save(str(path))
    return path


def _table_findings(result):
    return [f for f in result.findings if f.rule.startswith("TABLE.")]


# ------------------------------------------------------------------------------------------- reading


def test_the_portal_figures_are_what_the_tests_say():
    """The portal's arithmetic, computed here on its own: received = done + pending; each percent is its count
    over done; early + on time + late fall short of done by what the percents leave out (3,7 %)."""
    assert 257141 + 11622 == 268763 and 61827 + 6717 == 68544
    assert [round(x / 257141 * 100, 1) for x in (124907, 102770, 19852)] == [48.6, 40.0, 7.7]
    assert [round(x / 61827 * 100, 1) for x in (43434, 11795, 4331)] == [70.3, 19.1, 7.0]
    assert 257141 - (124907 + 102770 + 19852) == 9612  # 3,74 % of done; 100 - 48,6 - 40 - 7,7 = 3,7
    assert [sum(int(r[c]) for r in PORTAL_ROWS[:2]) for c in (1, 2, 3, 4, 6, 8)] == [
        int(PORTAL_ROWS[2][c]) for c in (1, 2, 3, 4, 6, 8)
    ]
    assert [round(x / 318968 * 100, 1) for x in (168341, 114565, 24183)] == [52.8, 35.9, 7.6]


def test_a_flattened_table_is_read_as_rows(tmp_path):
    frame = load_narrative(_write_txt(tmp_path, PORTAL))
    assert frame["kind"].tolist() == ["paragraph", "table", "table", "table", "table", "paragraph"]
    assert (
        frame["text"].iloc[3]
        == "Mức 1, 2 | 268763 | 257141 | 11622 | 124907 | 48,6% | 102770 | 40% | 19852 | 7,7%"
    )
    assert frame["paragraph"].tolist() == [1, 2, 3, 4, 5, 6]
    (table,) = find_tables(frame)
    assert table.columns["role"].tolist() == [
        "label", "total", "done", "pending", "early", "percent", "ontime", "percent", "late", "percent",
    ]  # fmt: skip
    assert table.columns["state"].tolist()[5::2] == ["early", "ontime", "late"]
    assert table.columns["of"].tolist()[5::2] == [4, 6, 8]
    assert table.rows["label"].tolist() == ["Mức 1, 2", "Mức 3"]
    cell = table.cell(1, 8)  # Mức 3, late
    assert (cell["block"], cell["raw"], cell["value"]) == (4, "4331", 4331)
    assert frame["text"].iloc[4][cell["start"] : cell["end"]] == "4331"
    assert table.grid().loc["Mức 3", "Trễ hạn › %"] == 7


def test_a_percent_written_apart_from_its_figure_is_one_cell(tmp_path):
    # Đồng Sơn 2022, a school's grades by class: "Đạt 23,5 % 18,6% …" is a row like "Tốt 76,5% 81,4% …", and the
    # class whose shares make 110 % is found
    body = "(tỷ lệ so với tổng số)\nTốt 76,5% 81,4% 77,0% 73,8% 76,0% 73,7%\nĐạt 23,5 % 18,6% 33,0% 26,2% 24,0% 26,3%\n"
    frame = load_narrative(_write_txt(tmp_path, body))
    assert frame["kind"].tolist() == ["paragraph", "table", "table", "table", "paragraph"]
    assert frame["text"].iloc[3].startswith("Đạt | 23,5% | 18,6% | 33,0%")
    failing = [c for c in collect_claims(frame) if c.status == "fail"]
    assert [[q.raw for q in c.quantities] for c in failing] == [["77,0%", "33,0%"]]


def test_a_table_written_with_pipes_is_read_row_by_row(tmp_path):
    # Bộ GD&ĐT 2024's pupils by level, as a converter writes a Word table into text: the header lacks the label
    # column's empty cell, and a line of dashes stands under it
    body = (
        "Số học sinh như sau.\n\n| Tổng | Công lập | Ngoài công lập | |\n|---|---|---|---|\n"
        "| Nhà trẻ | 696309 | 445640 | 250669 |\n| Mẫu giáo | 4117080 | 3321428 | 795652 |\n"
        "| Tiểu học | 8850300 | 8695206 | 155094 |\n\nHết.\n"
    )
    frame = load_narrative(_write_txt(tmp_path, body))
    rows = frame.loc[frame["kind"] == "table", "text"].tolist()
    assert rows[1:] == [
        "Nhà trẻ | 696309 | 445640 | 250669",
        "Mẫu giáo | 4117080 | 3321428 | 795652",
        "Tiểu học | 8850300 | 8695206 | 155094",
    ]
    (table,) = find_tables(frame)
    assert table.columns["header"].tolist() == ["", "Tổng", "Công lập", "Ngoài công lập"]
    totals = (
        "| Đơn vị | Tiếp nhận | Đã giải quyết | Đang giải quyết |\n|---|---|---|---|\n| Cấp tỉnh | 1.200 | 1.100 | 100 |\n"
        "| Cấp huyện | 800 | 700 | 100 |\n| Tổng cộng | 2.000 | 1.800 | 210 |\n"
    )
    failing = [
        c
        for c in narrative_table_claims(load_narrative(_write_txt(tmp_path, totals)))
        if c.claim.status == "fail"
    ]
    assert sorted(c.rule for c in failing) == ["total-column", "total-row"]
    # a pipe in running text, or one line of pipes, is no table
    text = load_narrative(_write_txt(tmp_path, "| Kết quả | đạt 12 hồ sơ |\n\nHết.\n"))
    assert "table" not in text["kind"].tolist()


def test_a_column_of_changes_between_two_years_is_checked(tmp_path):
    # Bộ GD&ĐT 2018's candidates, this year against last with "Tăng/Giảm x%"
    body = (
        "| Nội dung | Năm 2018 | Năm 2017 | Tỷ lệ giữa năm 2018 với 2017 |\n"
        "| Thí sinh THPT | 855.356 | 804.152 | Tăng 6,4% |\n| Thí sinh tự do | 56.971 | 79.703 | Giảm 28,6% |\n"
        "| Thí sinh GDTX | 70.604 | 61.851 | Tăng 14% |\n| Số trường | 120 | 100 | Tăng 20 |\n"
    )
    frame = load_narrative(_write_txt(tmp_path, body))
    read = [(tc.label, tc.claim.status) for tc in narrative_table_claims(frame) if tc.rule == "change"]
    assert read == [
        ("Thí sinh THPT", "ok"),
        ("Thí sinh tự do", "fail"),  # 79.703 → 56.971 is 28,52 % less
        ("Thí sinh GDTX", "ok"),
        ("Số trường", "ok"),
    ]
    findings = [f for f in audit(_write_txt(tmp_path, body)).findings if f.rule == "TABLE.change"]
    assert [f.severity for f in findings] == ["warning"]
    assert "từ 79.703 (Năm 2017) đến 56.971 (Năm 2018) là 28,52%" in findings[0].message("vi")
    # without two years in the headers there is nothing to compare
    other = body.replace("Năm 2017", "Kế hoạch")
    assert [
        tc
        for tc in narrative_table_claims(load_narrative(_write_txt(tmp_path, other)))
        if tc.rule == "change"
    ] == []


def test_a_table_whose_rows_ran_into_one_line_is_not_read(tmp_path):
    # a thesis excerpt (Yên Bái, Nà Hẩu): two communes a line, so the rows under the total cannot be told apart
    body = (
        "TT Tên xã Số hộ Số khẩu MĐDS Số hộ nghèo\nTổng Nam Nữ ng/km2 Hộ %\n"
        "1 Nà Hẩu 230 1433 704 729 25 80 34.78 2 Đại Sơn 445 2394 1215 1179 28 88 19.77\n"
        "3 Mỏ Vàng 542 3267 1614 1653 33 99 18.26 4 Phong Dụ Thượng 649 4253 2131 2122 21 121 18.65\n"
        "Tổng số 1866 11347 5664 5683 26 388 20.79\n"
    )
    frame = load_narrative(_write_txt(tmp_path, body))
    assert "table" in frame["kind"].tolist()
    assert find_tables(frame) == []
    assert narrative_table_claims(frame) == []


def test_a_table_in_a_pdf_is_read_as_rows(tmp_path):
    """A portal table drawn in a PDF (cells placed by position): read_pdf lays its lines out, and they are rows."""
    fpdf = pytest.importorskip("fpdf")
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not font.exists():
        pytest.skip("DejaVu Sans is not installed")
    pdf = fpdf.FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(font))
    pdf.set_font("DejaVu", size=9)
    pdf.add_page()
    pdf.multi_cell(0, 6, "Tình hình giải quyết hồ sơ năm 2023 như sau:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    widths = [20, 17, 17, 20, 18, 13, 18, 13, 18, 13]
    top = [*PORTAL_HEADER[:5], "", PORTAL_HEADER[5], "", PORTAL_HEADER[6], ""]
    rows = [list(r) for r in PORTAL_ROWS]
    rows[2][8] = "24813"  # the total row's late dossiers: 24183 with two digits swapped
    for line in [top, ["", "", "", "", "Tổng", "%", "Tổng", "%", "Tổng", "%"], *rows]:
        for width, text in zip(widths, line):
            pdf.cell(width, 6, text)
        pdf.ln(6)
    pdf.ln(4)
    pdf.multi_cell(0, 6, "Trên đây là báo cáo kết quả.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "bao-cao.pdf"))
    frame = load_narrative(tmp_path / "bao-cao.pdf")
    assert frame["kind"].tolist() == ["paragraph", *["table"] * 5, "paragraph"]
    assert frame["text"].iloc[5].startswith("Tổng | 337307 | 318968 | 18339")
    found = {
        (f.rule, f.fields["label"], f.fields["column"])
        for f in _table_findings(audit(tmp_path / "bao-cao.pdf"))
    }
    assert ("TABLE.total-row", "Tổng", "Trễ hạn") in found
    assert ("TABLE.rate", "Tổng", "Trễ hạn › %") in found  # 24813 / 318968 = 7,78 %, not 7,6 %


def test_the_header_is_cut_at_the_dossier_words():
    assert segment_header("Mức độ Tổng Đã xử lý Chưa xử lý Trước hạn Đúng hạn Trễ hạn") == PORTAL_HEADER
    assert segment_header("Lĩnh vực Tổng số Trực tuyến Trực tiếp và bưu chính Kỳ trước chuyển sang") == [
        "Lĩnh vực",
        "Tổng số",
        "Trực tuyến",
        "Trực tiếp và bưu chính",
        "Kỳ trước chuyển sang",
    ]


def test_a_word_table_with_merged_header_cells_gets_its_roles(tmp_path):
    frame = load_narrative(_write_docx(tmp_path, PORTAL_ROWS, merged_header=True))
    (table,) = find_tables(frame)
    assert len(table.header_blocks) == 2
    assert table.columns["header"].tolist()[4:6] == ["Trước hạn › Tổng", "Trước hạn › %"]
    assert table.columns["role"].tolist()[:5] == ["label", "total", "done", "pending", "early"]
    assert table.rows["kind"].tolist() == ["item", "item", "total"]


@pytest.mark.parametrize(
    "lines",
    [
        # running text whose lines end in numbers, without a header line of column words above them
        "Kết quả năm 2023 như sau:\nMức 1, 2 268763 257141 11622\nMức 3 68544 61827 6717\nMức 4 1 2 3\n",
        # two rows of two numbers are not enough
        "Đơn vị Tổng Đúng hạn\nSở Tư pháp 12 10\nSở Y tế 8 8\n",
        # rows with different numbers of cells
        "Đơn vị Tổng Đúng hạn Trễ hạn\nSở Tư pháp 12 10 2\nSở Y tế 8 8\nSở Xây dựng 5 4 1\n",
        # a label that is a sentence
        "Đơn vị Tổng Đúng hạn Trễ hạn\n"
        + "Trong kỳ báo cáo các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh đã tiếp nhận 12 10 2\n" * 3,
    ],
)
def test_what_is_not_a_flattened_table(tmp_path, lines):
    frame = load_narrative(_write_txt(tmp_path, lines))
    assert "table" not in set(frame["kind"])


def test_a_flattened_table_whose_percents_have_no_sign(tmp_path):
    """Without "%" the columns cannot be laid under the header: the total row is checked on the columns of
    whole numbers only, for a column with fractions may hold rates."""
    body = PORTAL.replace("%", "").replace("Tổng  Tổng  Tổng \n", "")
    body += "Tổng 337307 318968 18339 168341 52,8 114565 35,9 24183 7,6\n"
    frame = load_narrative(_write_txt(tmp_path, body))
    (table,) = find_tables(frame)
    assert table.columns["role"].tolist() == [
        "label",
        *[None] * 4,
        "unknown",
        None,
        "unknown",
        None,
        "unknown",
    ]
    claims = narrative_table_claims(frame)
    assert [(c.rule, c.claim.status) for c in claims] == [("total-row", "ok")] * 6
    assert _narrative_findings(audit(tmp_path / "bao-cao.txt")) == []


def test_footnote_markers_are_not_sought_in_a_table(tmp_path):
    body = (
        "Các sở, ngành đã tiếp nhận hồ sơ theo quy định1.\n\n"
        "Đơn vị Tổng Đúng hạn Trễ hạn\nSở Tư pháp 12 10 2\nSở Y tế 8 7 1\nSở Xây dựng 5 4 1\n"
        "\nTrên đây là kết quả.\n" + " " * 30 + "\n1 Theo Quyết định số 12/QĐ-UBND.\n"
    )
    frame = load_narrative(_write_txt(tmp_path, body))
    tables = frame[frame["kind"] == "table"]["text"].tolist()
    assert tables == [
        "Đơn vị Tổng Đúng hạn Trễ hạn",
        "Sở Tư pháp | 12 | 10 | 2",
        "Sở Y tế | 8 | 7 | 1",
        "Sở Xây dựng | 5 | 4 | 1",
    ]
    assert frame.loc[frame["kind"] == "footnote", "text"].tolist() == ["Theo Quyết định số 12/QĐ-UBND."]
    assert frame["markers"].iloc[1] == [(len("Các sở, ngành đã tiếp nhận hồ sơ theo quy định"), 1)]


@pytest.mark.parametrize(
    "path",
    [BINH_PHUOC / "bao-cao.txt", *sorted((DATA_DIR / "pdf").glob("*.pdf"))],
    ids=lambda p: p.name,
)
def test_documents_without_flattened_tables_load_exactly_as_before(path, monkeypatch):
    """The sample's .txt and the fixture PDFs (the same report exported by four producers) load the same frame
    with the table detection as without it."""
    now = load_narrative(path)
    monkeypatch.setattr(layout_text, "table_runs", lambda lines: {})
    before = load_narrative(path)
    pd.testing.assert_frame_equal(now, before)
    assert "table" not in set(now["kind"])


def test_no_prose_of_the_development_corpus_is_taken_for_a_flattened_table(tmp_path):
    """Real passages (tests/data/narrative_corpus/dev.yaml) load with no sentence read as table rows: a table row is
    a line of the passage that ends in figures, or (a table copied one cell a line) a row whose every cell is a line
    or two (some passages are statistics tables, and are read as such)."""
    passages = yaml.safe_load((DATA_DIR / "narrative_corpus" / "dev.yaml").read_text(encoding="utf-8"))
    for passage in passages["passages"]:
        path = tmp_path / "bao-cao.txt"
        path.write_text(passage["text"] + "\n", encoding="utf-8")
        narrative = load_narrative(path)
        lines = {line.strip() for line in passage["text"].splitlines()}
        units = [c for line in passage["text"].splitlines() if line.strip() for c in unit_cells(line)]
        cell_lines = {"", *units, *(f"{a} {b}" for a, b in zip(units, units[1:]))}
        for text in narrative.loc[narrative["kind"] == "table", "text"]:
            cells = text.split(" | ")
            line = next((candidate for candidate in lines if candidate.startswith(cells[0])), "")
            one_cell_a_line = all(cell.strip() in cell_lines for cell in cells)
            assert layout_text.row_cells(line) or not cells[1:] or one_cell_a_line, (passage["id"], text)


# -------------------------------------------------------------------------------------------- checks


def test_a_consistent_word_table_gives_nothing(tmp_path):
    result = audit(_write_docx(tmp_path, PORTAL_ROWS, merged_header=True))
    assert _narrative_findings(result) == []
    claims = narrative_table_claims(load_narrative(tmp_path / "bao-cao.docx"))
    kinds = {(c.rule, c.claim.status) for c in claims}
    assert kinds == {("total-row", "ok"), ("total-column", "ok"), ("rate", "ok")}
    assert len(claims) == 6 + 2 * 3 + 3 * 3  # six columns summed, two sums per row, three rates per row


def test_a_wrong_total_row_in_a_word_table(tmp_path):
    rows = [list(r) for r in PORTAL_ROWS]
    rows[2][2] = "318986"  # 318968 with two digits swapped
    result = audit(_write_docx(tmp_path, rows, merged_header=True))
    total_row = [f for f in result.findings if f.rule == "TABLE.total-row"]
    assert len(total_row) == 1
    finding = total_row[0]
    assert finding.severity == "error"  # levels (Mức 1, 2; Mức 3) are exhaustive
    assert (finding.actual, finding.expected) == (318986, 318968)
    total = finding.evidence[0]
    assert (total.paragraph, total.raw) == (7, "318986") and total.text.startswith("Tổng | 337307 | 318986")
    assert [e.paragraph for e in finding.evidence[1:]] == [5, 6]
    assert finding.message("vi") == (
        "Bảng, cột “Đã xử lý”: dòng “Tổng” ghi 318.986, nhưng cộng 2 dòng “Mức 1, 2”, “Mức 3” được 318.968 "
        "(chênh -18)."
    )
    assert "the 2 rows “Mức 1, 2”, “Mức 3” add up to 318,968" in finding.message("en")
    assert finding.suggestions and finding.suggestions[0].proposed == 318968
    # the same cell breaks its row (received = done + pending); its rates still round as written
    rules = {f.rule for f in _table_findings(result)}
    assert rules == {"TABLE.total-row", "TABLE.total-column"}


def test_a_consistent_flattened_table_gives_nothing(tmp_path):
    assert _narrative_findings(audit(_write_txt(tmp_path, PORTAL))) == []


@pytest.mark.parametrize(
    "old, new, rules, row",
    [
        # 268763 ≠ 257411 + 11622, and early 124907 / 257411 = 48,52 %, not 48,6 %
        ("257141 11622", "257411 11622", {"TABLE.total-column", "TABLE.rate"}, "Mức 1, 2"),
        # late 5331 / 61827 = 8,62 %, not 7 % (early, on time and late still fall short of done, as the
        # percents say they do)
        ("11795 19,1% 4331 7%", "11795 19,1% 5331 7%", {"TABLE.rate"}, "Mức 3"),
        ("43434 70,3%", "43434 73,0%", {"TABLE.rate"}, "Mức 3"),  # 70,25 %, not 73,0 %
    ],
)
def test_a_slip_in_a_flattened_table(tmp_path, old, new, rules, row):
    result = audit(_write_txt(tmp_path, PORTAL.replace(old, new)))
    found = _table_findings(result)
    assert {f.rule for f in found} == rules
    assert all(f.fields["label"] == row for f in found)
    assert all(e.text.startswith(row) for f in found for e in f.evidence)
    # a sum that does not hold is an error; a rate is a warning, for the row gives two wholes it may be of
    # (done and received) and it fits neither
    assert {(f.rule, f.severity) for f in found} <= {
        ("TABLE.total-column", "error"),
        ("TABLE.rate", "warning"),
    }


def test_rate_findings_say_numerator_and_denominator(tmp_path):
    result = audit(_write_txt(tmp_path, PORTAL.replace("19852 7,7%", "19852 8,7%")))
    (rate,) = [f for f in result.findings if f.rule == "TABLE.rate"]
    assert (
        rate.message("vi")
        == "Bảng, dòng “Mức 1, 2”, cột “Trễ hạn › %”: ghi 8,7%, nhưng 19852 / 257141 = 7,72%."
    )
    assert [e.raw for e in rate.evidence] == ["257141", "19852", "8,7%"]
    assert any(s.evidence.raw == "8,7%" and s.proposed == pytest.approx(7.7) for s in rate.suggestions)


def _audit_rows(tmp_path, rows):
    return _table_findings(audit(_write_docx(tmp_path, rows)))


def test_percent_columns_named_by_their_state(tmp_path):
    rows = [
        ["STT", "Đơn vị", "Đã giải quyết", "Đúng hạn", "Trễ hạn", "Tỷ lệ đúng hạn (%)", "Tỷ lệ trễ hạn (%)"],
        ["1", "Sở Tư pháp", "1.200", "1.188", "12", "99,00", "1,00"],
        ["2", "Sở Y tế", "800", "790", "10", "98,75", "1,25"],
        ["", "Tổng cộng", "2.000", "1.978", "22", "98,90", "1,10"],
    ]
    assert _audit_rows(tmp_path, rows) == []
    table = find_tables(load_narrative(tmp_path / "bao-cao.docx"))[0]
    assert table.columns["role"].tolist() == ["stt", "label", "done", "ontime", "late", "percent", "percent"]
    assert table.columns["of"].tolist()[5:] == [3, 4]
    rows[2][6] = "1,52"
    (rate,) = _audit_rows(tmp_path, rows)
    assert (rate.rule, rate.severity, rate.fields["label"], rate.actual) == (
        "TABLE.rate",
        "error",
        "Sở Y tế",
        1.52,
    )


def test_an_on_time_rate_may_count_early_dossiers(tmp_path):
    rows = [
        ["Đơn vị", "Đã giải quyết", "Trước hạn", "Đúng hạn", "Trễ hạn", "Tỷ lệ đúng hạn (%)"],
        ["Cấp tỉnh", "1.000", "600", "390", "10", "99,0"],
        ["Cấp huyện", "500", "200", "295", "5", "99,0"],
    ]
    assert _audit_rows(tmp_path, rows) == []


def test_a_percent_written_in_the_count_cell(tmp_path):
    rows = [
        ["Đơn vị", "Tổng số", "Trực tuyến"],
        ["Cấp tỉnh", "4.000", "3.000 (75%)"],
        ["Cấp huyện", "2.000", "500 (25%)"],
        ["Cấp xã", "1.000", "100 (12%)"],
    ]
    (rate,) = _audit_rows(tmp_path, rows)
    assert (rate.rule, rate.fields["label"], rate.evidence[-1].raw) == ("TABLE.rate", "Cấp xã", "12%")


def test_plan_and_done_columns(tmp_path):
    rows = [
        ["Nguồn vốn", "Kế hoạch giao (triệu đồng)", "Đã giải ngân (triệu đồng)", "Tỷ lệ (%)"],
        ["Vốn ngân sách tỉnh", "1.200.000", "540.000", "45"],
        ["Vốn ngân sách trung ương", "800.000", "200.000", "25"],
        ["Tổng cộng", "2.000.000", "740.000", "37"],
    ]
    assert _audit_rows(tmp_path, rows) == []
    rows[1][3] = "54"
    (rate,) = _audit_rows(tmp_path, rows)
    assert (rate.fields["label"], rate.fields["denominator"]) == ("Vốn ngân sách tỉnh", "1.200.000")


def test_a_growth_rate_is_not_a_share(tmp_path):
    rows = [
        ["Chỉ tiêu", "Năm 2022", "Năm 2023", "Tăng (%)"],
        ["Hồ sơ tiếp nhận", "1.000", "1.200", "20"],
        ["Hồ sơ trực tuyến", "400", "600", "50"],
        ["Hồ sơ trễ hạn", "10", "8", "-20"],
    ]
    assert _audit_rows(tmp_path, rows) == []


def test_a_header_of_years_is_a_header(tmp_path):
    rows = [
        ["Chỉ tiêu", "2022", "2023"],
        ["Cấp tỉnh", "1.000", "1.200"],
        ["Cấp huyện", "400", "600"],
        ["Tổng", "1.400", "1.800"],
    ]
    assert _audit_rows(tmp_path, rows) == []
    table = find_tables(load_narrative(tmp_path / "bao-cao.docx"))[0]
    assert table.rows["label"].tolist() == ["Cấp tỉnh", "Cấp huyện", "Tổng"]


LEVELS = [["Cấp", "Tiếp nhận", "Đã giải quyết", "Đang giải quyết"]]
UNITS = [["Đơn vị", "Tiếp nhận"]]


@pytest.mark.parametrize(
    "rows, rule, severity",
    [
        # exhaustive rows (the three levels): a total row short of them is an error, over them too
        ([["Cấp", "Tiếp nhận"], ["Cấp tỉnh", "100"], ["Cấp huyện", "50"], ["Cấp xã", "30"], ["Tổng", "190"]], "TABLE.total-row", "error"),
        ([["Cấp", "Tiếp nhận"], ["Cấp tỉnh", "100"], ["Cấp huyện", "50"], ["Cấp xã", "30"], ["Tổng", "170"]], "TABLE.total-row", "error"),
        # rows that may leave some out (a list of departments, or one ending in "…"): short is a warning
        (UNITS + [["Sở Tư pháp", "100"], ["Sở Y tế", "50"], ["Sở Xây dựng", "30"], ["Tổng", "190"]], "TABLE.total-row", "warning"),
        (UNITS + [["Sở Tư pháp", "100"], ["Sở Y tế", "50"], ["Các sở khác…", "30"], ["Tổng", "190"]], "TABLE.total-row", "warning"),
        (UNITS + [["Sở Tư pháp", "100"], ["Sở Y tế", "50"], ["Sở Xây dựng", "30"], ["Tổng", "170"]], "TABLE.total-row", "error"),
        (UNITS + [["Sở Tư pháp", "100"], ["Sở Y tế", "50"], ["Các đơn vị khác", "30"], ["Tổng", "190"]], "TABLE.total-row", "error"),
        (UNITS + [["Tổng số", "190"], ["Sở Tư pháp", "100"], ["Sở Y tế", "50"], ["Các đơn vị khác", "30"]], "TABLE.total-row", "error"),
        # received = done + in progress, no cancelled column: the whole may hold cancelled dossiers
        (LEVELS + [["Cấp tỉnh", "100", "80", "10"], ["Cấp huyện", "50", "45", "5"]], "TABLE.total-column", "warning"),
        (LEVELS + [["Cấp tỉnh", "100", "95", "10"], ["Cấp huyện", "50", "45", "5"]], "TABLE.total-column", "error"),
        ([["Cấp", "Tiếp nhận", "Đã giải quyết", "Đang giải quyết", "Hủy, trả lại"], ["Cấp tỉnh", "100", "80", "10", "5"], ["Cấp huyện", "50", "45", "5", "0"]], "TABLE.total-column", "error"),
        # done = early + on time + late is exhaustive
        ([["Cấp", "Đã giải quyết", "Trước hạn", "Đúng hạn", "Trễ hạn"], ["Cấp tỉnh", "100", "50", "40", "5"], ["Cấp huyện", "50", "20", "25", "5"]], "TABLE.total-column", "error"),
        # on time without early and late: it must not exceed the whole
        ([["Cấp", "Đã giải quyết", "Đúng hạn"], ["Cấp tỉnh", "100", "101"], ["Cấp huyện", "50", "45"]], "TABLE.total-column", "error"),
        # a "Tổng" column beside categories that are not dossier states: over is an error, short a warning
        # (a category may be left out) unless a "Khác" column is there
        ([["Cấp", "Tốt", "Khá", "Trung bình", "Tổng"], ["Cấp tỉnh", "3", "10", "4", "16"], ["Cấp huyện", "1", "5", "5", "11"]], "TABLE.total-column", "error"),
        ([["Cấp", "Tốt", "Khá", "Trung bình", "Tổng"], ["Cấp tỉnh", "3", "10", "4", "18"], ["Cấp huyện", "1", "5", "5", "11"]], "TABLE.total-column", "warning"),
        ([["Cấp", "Tốt", "Khá", "Khác", "Tổng"], ["Cấp tỉnh", "3", "10", "4", "18"], ["Cấp huyện", "1", "5", "5", "11"]], "TABLE.total-column", "error"),
    ],
)  # fmt: skip
def test_severity_follows_the_policy(tmp_path, rows, rule, severity):
    found = _audit_rows(tmp_path, rows)
    assert [(f.rule, f.severity) for f in found] == [(rule, severity)]


def test_an_average_row_and_subtotal_rows_are_not_sums(tmp_path):
    rows = [
        ["STT", "Đơn vị", "Số hồ sơ", "Điểm"],
        ["I", "Cấp tỉnh", "30", "90"],
        ["1", "Sở Tư pháp", "10", "92"],
        ["2", "Sở Y tế", "20", "88"],
        ["II", "Cấp huyện", "50", "80"],
        ["1", "Huyện A", "50", "80"],
        ["", "Tổng cộng", "80", "85"],
    ]
    assert _audit_rows(tmp_path, rows) == []
    rows[1][2] = "31"  # the subtotal of Cấp tỉnh is not its two departments
    (found,) = _audit_rows(tmp_path, rows)
    assert (found.rule, found.fields["label"], found.fields["rows"], found.actual, found.expected) == (
        "TABLE.total-row", "Cấp tỉnh", "“Sở Tư pháp”, “Sở Y tế”", 31, 30,
    )  # fmt: skip
    rows[1][2], rows[6][2] = "30", "81"
    (found,) = _audit_rows(tmp_path, rows)
    assert (found.fields["label"], found.fields["rows"]) == ("Tổng cộng", "“Cấp tỉnh”, “Cấp huyện”")


def test_a_total_indicator_over_other_indicators_sums_only_its_sub_rows(tmp_path):
    rows = [
        ["Nội dung", "Số lượng"],
        ["Tổng số TTHC thuộc thẩm quyền", "1.800"],
        ["Số TTHC cấp tỉnh", "1.200"],
        ["Số TTHC cấp huyện", "400"],
        ["Số TTHC cấp xã", "200"],
        ["Số TTHC công bố mới", "50"],
    ]
    assert _findings(rows) == []  # a list of indicators, not a breakdown of the first
    rows[2:5] = [["- Cấp tỉnh", "1.200"], ["- Cấp huyện", "400"], ["- Cấp xã", "250"]]
    (found,) = _findings(rows)
    assert (found.rule, found.fields["rows"], found.expected) == (
        "TABLE.total-row", "“- Cấp tỉnh”, “- Cấp huyện”, “- Cấp xã”", 1850,
    )  # fmt: skip


def test_overlapping_attributes_under_trong_do_are_each_a_part(tmp_path):
    document = Document()
    document.add_paragraph("Số lượng công chức:")
    table = document.add_table(rows=5, cols=5)
    for i, text in enumerate(["Đơn vị", "Tổng số"]):
        table.cell(0, i).merge(table.cell(1, i)).text = text
    table.cell(0, 2).merge(table.cell(0, 4)).text = "Trong đó"
    for k, text in enumerate(["Nữ", "Đảng viên", "Dân tộc thiểu số"]):
        table.cell(1, 2 + k).text = text
    body = [
        ["Cấp tỉnh", "100", "60", "70", "20"],
        ["Cấp huyện", "50", "20", "45", "10"],
        ["Tổng", "150", "80", "115", "30"],
    ]
    for r, row in enumerate(body):
        for c, text in enumerate(row):
            table.cell(2 + r, c).text = text
    document.save(str(tmp_path / "bao-cao.docx"))
    assert (
        _narrative_findings(audit(tmp_path / "bao-cao.docx")) == []
    )  # 60 + 70 + 20 > 100: they overlap, and may
    table.cell(3, 3).text = "55"  # Cấp huyện: 55 party members of 50 civil servants
    table.cell(4, 3).text = "125"
    document.save(str(tmp_path / "bao-cao.docx"))
    (found,) = _table_findings(audit(tmp_path / "bao-cao.docx"))
    assert (found.rule, found.severity, found.fields["label"]) == ("TABLE.total-column", "error", "Cấp huyện")


def test_a_rate_of_the_column_before(tmp_path):
    rows = [
        ["Đơn vị", "Số TTHC", "Số TTHC có phát sinh hồ sơ", "Tỷ lệ (%)"],
        ["Sở Tư pháp", "120", "60", "50"],
        ["Sở Y tế", "80", "20", "25"],
        ["Tổng", "200", "80", "40"],
    ]
    assert _findings(rows) == []
    rows[2][3] = "35"
    (found,) = _findings(rows)
    # of the column before (20 / 80 = 25 %) or a share of the total row (20 / 80 = 25 %): the same whole here
    assert (found.rule, found.fields["label"], found.expected) == ("TABLE.rate", "Sở Y tế", 25)


# ---------------------------------------------------------------------------- a real passage's table


def _an_giang_rows() -> list[list[str]]:
    """The table of tests/data/narrative_corpus/dev.yaml's an-giang-2023-5-bo-chi-so (the portal printed one
    cell per line), as the Word table it is on the issuer's page."""
    text = _passage("an-giang-2023-5-bo-chi-so")
    cells = [
        c.strip() for c in text.split("2. Bảng xếp loại từng cấp hành chính", 1)[1].split("\n\n") if c.strip()
    ]
    header, body = cells[:8], cells[8:]
    rows = [header, body[0:8], body[8:16], body[16:24], ["", *body[24:31]], ["", *body[31:37], ""]]
    assert rows[4][1] == "TỔNG" and rows[5][1] == "Tỷ lệ"
    return rows


def test_the_an_giang_table_is_read_and_holds(tmp_path):
    rows = _an_giang_rows()
    path = _write_docx(tmp_path, rows)
    claims = narrative_table_claims(load_narrative(path))
    read = {(c.rule, c.label, c.header) for c in claims if c.claim.status == "ok"}
    assert len(claims) == len(read) == 6 + 4 + 5  # the labelled sums and rates, each read and holding
    assert ("total-row", "TỔNG", "Khá") in read and ("total-column", "TỔNG", "Tổng") in read
    assert ("rate", "Tỷ lệ", "Tốt") in read  # 7 / 184 = 3,80 % → 4 %
    assert _narrative_findings(audit(path)) == []


def test_a_slip_in_the_an_giang_table(tmp_path):
    rows = _an_giang_rows()
    rows[3][4] = "113"  # UBND xã, Khá: 118 typed as 113
    found = {
        (f.rule, f.fields["label"], f.fields["column"])
        for f in _table_findings(audit(_write_docx(tmp_path, rows)))
    }
    assert found == {
        ("TABLE.total-row", "TỔNG", "Khá"),  # 10 + 3 + 113 = 126, not 131
        ("TABLE.total-column", "UBND xã, phường, thị trấn", "Tổng"),  # 0 + 7 + 113 + 29 + 2 = 151, not 156
    }


def _passage(passage_id: str) -> str:
    passages = yaml.safe_load((DATA_DIR / "narrative_corpus" / "dev.yaml").read_text(encoding="utf-8"))
    return next(p["text"] for p in passages["passages"] if p["id"] == passage_id)


BAC_KAN = [
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"],
    ["I", "HUYỆN NA RÌ", "", "", "", "", "", "", ""],
    ["", "Xã, thị trấn loại I", "", "", "", "", "", "", ""],
    ["1", "TT Yến Lạc", "90", "12,75", "28,99", "20,75", "9,25", "18,5", "100"],
    ["2", "Xã Kim Lư", "91", "12,75", "29,75", "21,25", "10", "17,5", "100"],
    ["", "Xã, thị trấn loại II", "", "", "", "", "", "", ""],
    ["3", "Xã Côn Minh", "88", "14", "29,5", "19", "8", "17,5", "100"],
    ["4", "Xã Cường Lợi", "93", "15", "29,25", "22", "9", "17,5", "100"],
]


def _write_bac_kan(tmp_path: Path, rows: list[list[str]]) -> Path:
    """dev.yaml's bac-kan-2021-chuan-tiep-can-phap-luat-bang-diem: its table (the page printed one cell per
    line) as the Word table it is, with its two-row header merged as on the page."""
    document = Document()
    document.add_paragraph("DANH SÁCH CẤP XÃ ĐẠT CHUẨN TIẾP CẬN PHÁP LUẬT NĂM 2021")
    table = document.add_table(rows=2 + len(rows), cols=9)
    for i, text in enumerate(["STT", "Tên xã, phường, thị trấn", "Tổng điểm các tiêu chí"]):
        table.cell(0, i).merge(table.cell(1, i)).text = text
    table.cell(0, 3).merge(table.cell(0, 7)).text = "Điểm của từng tiêu chí"
    for k in range(5):
        table.cell(1, 3 + k).text = f"Tiêu chí {k + 1}"
    table.cell(0, 8).merge(table.cell(1, 8)).text = "Kết quả đánh giá sự hài lòng (%)"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(2 + r, c).text = text
    path = tmp_path / "bao-cao.docx"
    document.save(str(path))
    return path


def test_the_bac_kan_scores_are_read_and_hold_at_the_rounding_of_their_totals(tmp_path):
    text = _passage("bac-kan-2021-chuan-tiep-can-phap-luat-bang-diem")
    for row in BAC_KAN:
        assert "\n\n".join(c for c in row if c) in text  # the corpus's cells, in its order
    path = _write_bac_kan(tmp_path, BAC_KAN)
    (table,) = find_tables(load_narrative(path))
    assert table.columns["role"].tolist() == [
        "stt",
        "label",
        "total",
        None,
        None,
        None,
        None,
        None,
        "percent",
    ]
    assert table.columns["of"].iloc[8] is None  # satisfaction (%) is a measure, not a rate of Tiêu chí 5
    assert table.rows["kind"].tolist() == ["heading", "heading", "item", "item", "heading", "item", "item"]
    claims = narrative_table_claims(load_narrative(path))
    # the four labelled sums: 90,24 → 90; 91,25 → 91; 88; 92,75 → 93 (totals written in whole points)
    assert [(c.rule, c.label, c.claim.status) for c in claims] == [
        ("total-column", label, "ok") for label in ("TT Yến Lạc", "Xã Kim Lư", "Xã Côn Minh", "Xã Cường Lợi")
    ]
    assert _narrative_findings(audit(path)) == []
    rows = [list(r) for r in BAC_KAN]
    rows[6][2] = "86"  # Côn Minh's 88 typed as 86
    (finding,) = _table_findings(audit(_write_bac_kan(tmp_path, rows)))
    assert finding.message("vi") == (
        "Bảng, dòng “Xã Côn Minh”: cột “Tổng điểm các tiêu chí” ghi 86, nhưng 14 (Tiêu chí 1) + 29,5 (Tiêu chí 2)"
        " + 19 (Tiêu chí 3) + 8 (Tiêu chí 4) + 17,5 (Tiêu chí 5) = 88 (chênh 2)."
    )
    assert finding.severity == "error"  # parts above the whole


# ---------------------------------------------------------------------------------------- properties


def _frame(rows: list[list[str]]) -> pd.DataFrame:
    blocks = [Block("paragraph", "Kết quả giải quyết hồ sơ như sau:", 1)]
    blocks += [Block("table", " | ".join(r), i + 2) for i, r in enumerate(rows)]
    return blocks_frame(blocks, "bao-cao.docx")


def _findings(rows: list[list[str]]):
    report = Report("bao-cao", ["bao-cao.docx"], [], CATALOGUE, narrative=_frame(rows), has_forms=False)
    return list(check_narrative_tables(report))


def _pct(part: int, whole: int) -> str:
    return f"{round(part / whole * 100 + 1e-9, 1):.1f}".replace(".", ",")


@st.composite
def consistent_tables(draw):
    """Rows of dossiers done, on time and late with their rates at one decimal, and a total row."""
    n = draw(st.integers(2, 6))
    body = []
    for i in range(n):
        done = draw(st.integers(1, 10**6))
        late = draw(st.integers(0, done))
        body.append((f"Đơn vị {chr(65 + i)}", done, done - late, late))
    total = ("Tổng cộng", *(sum(r[k] for r in body) for k in (1, 2, 3)))
    rows = [["Đơn vị", "Đã giải quyết", "Đúng hạn", "Tỷ lệ (%)", "Trễ hạn", "Tỷ lệ (%)"]]
    for label, done, ontime, late in [*body, total]:
        rows.append([label, str(done), str(ontime), _pct(ontime, done), str(late), _pct(late, done)])
    return rows


@settings(max_examples=80, deadline=None)
@given(consistent_tables())
def test_consistent_tables_give_no_finding(rows):
    assert _findings(rows) == []


@settings(max_examples=150, deadline=None)
@given(consistent_tables(), st.data())
def test_one_cell_changed_by_any_amount_is_found_in_its_row(rows, data):
    r = data.draw(st.integers(1, len(rows) - 1))
    c = data.draw(st.integers(1, 5))
    written = rows[r][c]
    if c in (3, 5):  # a rate, changed by any multiple of its last written digit
        value = round(float(written.replace(",", ".")) + data.draw(st.integers(-50, 50).filter(bool)) / 10, 1)
        rows[r][c] = f"{value:.1f}".replace(".", ",")
    else:
        rows[r][c] = str(int(written) + data.draw(st.integers(-(10**6), 10**6).filter(bool)))
    found = _findings(rows)
    assert found
    paragraph = r + 2
    assert any(paragraph in {e.paragraph for e in f.evidence} for f in found)
    label = rows[r][0]
    assert any(label in f.message("vi") for f in found)
    assert not any(math.isnan(f.actual) for f in found)


ROWS_WITHOUT_HEADER = (
    "1. Tổng giá trị gia tăng (Giá 2010) Tỷ đồng 29315.30 32239.90 34850.40 {last} 0.00\n"
    "Nông, lâm nghiệp và thuỷ sản Tỷ đồng 13589.90 14630.50 15052.80 15480.80\n"
    "Công nghiệp-Xây dựng Tỷ đồng 6901.20 8220.40 9926.60 11227.50\n"
    "Dịch vụ Tỷ đồng 8824.20 9389.00 9871.00 10564.00\n"
    "3. Cơ cấu tổng giá trị gia tăng theo ngành kinh tế % % 100.00 100.00 100.02 100.00\n"
    "Nông, lâm nghiệp và thuỷ sản % 28.27 31.56 29.80 26.00\n"
    "Công nghiệp-Xây dựng % 31.48 31.97 33.90 39.31\n"
    "Dịch vụ % 40.25 36.47 36.32 34.69\n"
)


def test_a_statistics_table_pasted_without_its_header(tmp_path):
    """Rows of a label, a unit and one figure a year: a total row is the sum of the rows under it, column by column,
    where every row has a figure; a structure's shares make 100 %."""
    from reformaudit.narrative.claims import collect_claims

    def findings(last):
        path = tmp_path / "bao-cao.txt"
        path.write_text(ROWS_WITHOUT_HEADER.format(last=last), encoding="utf-8")
        return [
            (c.kind, c.severity, [q.raw for q in c.quantities])
            for c in collect_claims(load_narrative(path))
            if c.status != "ok"
        ]

    assert findings("37272.30") == [("shares", "warning", ["29.80", "33.90", "36.32"])]
    assert ("breakdown", "warning", ["37372.30", "15480.80", "11227.50", "10564.00"]) in findings("37372.30")


def test_a_headerless_table_rate_row_over_its_count_and_total_rows():
    from reformaudit.narrative.row_tables import row_table_claims

    text = (
        "Tổng số hộ hộ 412204.00 421820.00 423400.00 432487.00 "
        "Số hộ nghèo theo chuẩn mới hộ 63379.00 51085.00 44541.00 38386.00 "
        "Số hộ thoát nghèo hộ 13558.00 12370.00 6644.00 6150.00 "
        "Tỷ lệ hộ nghèo % 15.38 12.11 {} 8.88"
    )
    assert row_table_claims(text.format("10.52")) == []  # the rows under the total are not its parts
    assert [(c.kind, [q.raw for q in c.quantities]) for c in row_table_claims(text.format("10.44"))] == [
        ("ratio", ["44541.00", "423400.00", "10.44"])
    ]


def test_a_percent_row_under_two_rows_of_counts_and_no_total_column():
    rows = [
        "Chỉ tiêu | Long Hồ | Mang Thít | Vũng Liêm",
        "Trường tiểu học | 31 | 25 | 30",
        "Trường đạt chuẩn quốc gia | 22 | 16 | 14",
        "Tỉ lệ % | 70.97 | {} | 46.67",
    ]

    def rates(middle):
        frame = pd.DataFrame({"kind": ["table"] * 4, "text": [*rows[:3], rows[3].format(middle)]})
        return [(c.claim.status, [q.raw for q in c.claim.quantities]) for c in narrative_table_claims(frame)]

    assert rates("64.00") == [
        ("ok", ["31", "22", "70.97"]),
        ("ok", ["25", "16", "64.00"]),
        ("ok", ["30", "14", "46.67"]),
    ]
    assert [s for s, _ in rates("46.00")] == ["ok", "fail", "ok"]


def test_a_percent_row_names_the_rows_it_is_of():
    """A statistics export ("1200.00" for 1.200) with a row between: "Tỷ lệ hộ cận nghèo %" is "Số hộ cận nghèo"
    over "Tổng số hộ", wherever they stand."""
    rows = [
        "Chỉ tiêu | 2020 | 2021 | 2022",
        "Tổng số hộ hộ | 25000.00 | 25400.00 | 25800.00",
        "Số hộ cận nghèo hộ | 1250.00 | 1143.00 | 1032.00",
        "Số hộ thoát cận nghèo hộ | 210.00 | 180.00 | 160.00",
        "Tỷ lệ hộ cận nghèo % | 5.00 | {} | 4.00",
    ]

    def rates(middle):
        frame = pd.DataFrame({"kind": ["table"] * 5, "text": [*rows[:4], rows[4].format(middle)]})
        return [(c.claim.status, [q.raw for q in c.claim.quantities]) for c in narrative_table_claims(frame)]

    assert rates("4.50") == [
        ("ok", ["25000.00", "1250.00", "5.00"]),
        ("ok", ["25400.00", "1143.00", "4.50"]),
        ("ok", ["25800.00", "1032.00", "4.00"]),
    ]
    assert [s for s, _ in rates("4.05")] == ["ok", "fail", "ok"]
    # not named, and the row above over the one above that (210 of 1.250 …) false in every column: not read so
    unnamed = [*rows[:4], "Tỷ lệ % | 5.00 | 4.50 | 4.00"]
    assert narrative_table_claims(pd.DataFrame({"kind": ["table"] * 5, "text": unnamed})) == []


def _yearbook(whole: int, by_sex: list[int], by_work: list[int], under: list[int]) -> pd.DataFrame:
    """A yearbook table: a row, then its breakdowns under "Chia theo" headings, the last item broken down again."""
    fmt = lambda n: f"{n:,}".replace(",", ".")  # noqa: E731
    rows = ["Chỉ tiêu | Đơn vị tính | Tổng số", f"Cán bộ, công chức cấp xã | Người | {fmt(whole)}"]
    rows += ["Chia theo giới tính |  | "] + [
        f"- {n} | Người | {fmt(v)}" for n, v in zip(("Nam", "Nữ"), by_sex)
    ]
    rows += ["Phân theo vị trí |  | "]
    rows += [f"- Vị trí {i + 1} | Người | {fmt(v)}" for i, v in enumerate(by_work)]
    rows += [f"{'Chia ra: ' if i == 0 else ''}+ Nhóm {i + 1} | Người | {fmt(v)}" for i, v in enumerate(under)]
    return pd.DataFrame({"kind": ["table"] * len(rows), "text": rows})


@settings(max_examples=30, deadline=None)
@given(
    st.lists(st.integers(100, 5000), min_size=2, max_size=2),
    st.lists(st.integers(100, 5000), min_size=2, max_size=4),
    st.lists(st.integers(50, 900), min_size=2, max_size=4),
    st.integers(1, 9),
)
def test_breakdowns_under_chia_theo_headings_add_up_to_the_row_above(by_sex, by_work, under, slip):
    whole = sum(by_sex)
    by_work = [*by_work[:-1], sum(under)]
    if sum(by_work) > whole:
        by_sex = [by_sex[0] + sum(by_work) - whole, by_sex[1]]
        whole = sum(by_sex)
    by_work[0] += whole - sum(by_work)

    def failing(frame):
        return [
            [q.raw for q in c.claim.quantities]
            for c in narrative_table_claims(frame)
            if c.claim.status == "fail"
        ]

    assert failing(_yearbook(whole, by_sex, by_work, under)) == []
    slipped = [under[0] + slip, *under[1:]]  # a part of the last item mistyped: that item's breakdown fails
    assert [f[0] for f in failing(_yearbook(whole, by_sex, by_work, slipped))] == [
        f"{by_work[-1]:,}".replace(",", ".")
    ]


def test_a_column_headed_toan_tinh_is_the_total_of_the_others():
    rows = ["Chỉ tiêu | Huyện A | Huyện B | Toàn tỉnh", "Trường tiểu học | 31 | 25 | {}"]

    def totals(whole):
        frame = pd.DataFrame({"kind": ["table"] * 2, "text": [rows[0], rows[1].format(whole)]})
        return [(c.rule, c.claim.status) for c in narrative_table_claims(frame)]

    assert totals("56") == [("total-column", "ok")]
    assert totals("65") == [("total-column", "fail")]
