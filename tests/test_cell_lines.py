"""Tables copied from a web page one cell a line (each cell its own line or paragraph, sometimes ending in " |") are
read as table rows and checked by the table engine; text without such runs loads as before."""

from __future__ import annotations

import pandas as pd
import pytest
import yaml
from docx import Document
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reformaudit import audit
from reformaudit.narrative import cell_blocks, load_narrative
from reformaudit.narrative.blocks import Block
from reformaudit.narrative.cell_blocks import paragraph_tables, text_blocks
from reformaudit.narrative.cell_lines import find_cell_tables
from reformaudit.narrative.tables import find_tables, narrative_table_claims

from .conftest import BINH_PHUOC, DATA_DIR

# dev.yaml's an-giang-2023-5-bo-chi-so: the portal printed its table one cell a paragraph
AN_GIANG = [
    *["Stt", "Cấp hành chính", "Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu", "Tổng"],
    *["1", "Sở, ban, ngành cấp tỉnh", "0", "0", "10", "7", "0", "17"],
    *["2", "UBND huyện, thị xã, thành phố", "0", "0", "3", "8", "0", "11"],
    *["3", "UBND xã, phường, thị trấn", "0", "7", "118", "29", "2", "156"],
    *["TỔNG", "0", "7", "131", "44", "2", "184"],
    *["Tỷ lệ", "0", "4%", "71%", "24%", "1%"],
]
AN_GIANG_ROWS = [
    "Stt | Cấp hành chính | Xuất sắc | Tốt | Khá | Trung bình | Yếu | Tổng",
    "1 | Sở, ban, ngành cấp tỉnh | 0 | 0 | 10 | 7 | 0 | 17",
    "2 | UBND huyện, thị xã, thành phố | 0 | 0 | 3 | 8 | 0 | 11",
    "3 | UBND xã, phường, thị trấn | 0 | 7 | 118 | 29 | 2 | 156",
    " | TỔNG | 0 | 7 | 131 | 44 | 2 | 184",
    " | Tỷ lệ | 0 | 4% | 71% | 24% | 1% | ",
]
# dev.yaml's ninh-thuan-2011-tdtnn-laodong-nongnghiep, shortened: a line a cell, each ending in "|", a header of two
# rows ("Chia ra" over the urban and rural columns), and its "24.48" (24.480 with a zero dropped)
NINH_THUAN = """|
Đơn vị tính |
Tổng số |
Chia ra | |
|
Khu vực thành thị |
Khu vực nông thôn | ||
Lao động nông nghiệp trong độ tuổi lao động có khả năng lao động |
Người |
128.522 |
17.633 |
110.889 |
Chia theo giới tính |
|
|
| |
- Nam |
Người |
66.469 |
9.652 |
56.817 |
- Nữ |
Người |
62.053 |
7.981 |
54.072 |
Chia theo hoạt động sản xuất trong 12 tháng qua |
|
|
| |
- Lao động nông nghiệp kiêm các ngành nghề khác |
Người |
24.48 |
3.969 |
20.511 |
Cơ cấu lao động nông nghiệp trong độ tuổi lao động có khả năng lao động |
% |
100,0 |
100,0 |
100,0 |
- Nam |
% |
51,7 |
54,7 |
51,2 |"""
# dev.yaml's bac-kan-2021-chuan-tiep-can-phap-luat-bang-diem: header cells wrapped ("Tổng điểm" / "các tiêu chí"),
# one merged across five ("Điểm của từng tiêu chí"), a row numbering the columns, group and heading rows
BAC_KAN = [
    "DANH SÁCH CẤP XÃ ĐẠT CHUẨN TIẾP CẬN PHÁP LUẬT NĂM 2021",
    *["STT", "Tên xã, phường,", "thị trấn", "Tổng điểm", "các tiêu chí", "Điểm của từng tiêu chí"],
    *[
        "Kết quả đánh giá sự hài lòng (%)",
        "Tiêu chí 1",
        "Tiêu chí 2",
        "Tiêu chí 3",
        "Tiêu chí 4",
        "Tiêu chí 5",
    ],
    *[f"({k})" for k in range(1, 10)],
    *["I", "HUYỆN NA RÌ", "Xã, thị trấn loại I"],
    *["1", "TT Yến Lạc", "90", "12,75", "28,99", "20,75", "9,25", "18,5", "100"],
    *["2", "Xã Kim Lư", "91", "12,75", "29,75", "21,25", "10", "17,5", "100"],
    "Xã, thị trấn loại II",
    *["3", "Xã Côn Minh", "88", "14", "29,5", "19", "8", "17,5", "100"],
]


def _txt(tmp_path, cells: list[str] | str, lead: str = "Kết quả xếp loại như sau:") -> str:
    body = cells if isinstance(cells, str) else "\n\n".join(cells)
    path = tmp_path / "bao-cao.txt"
    path.write_text(f"{lead}\n\n{body}\n\nTrên đây là báo cáo.\n", encoding="utf-8")
    return path


def _table_rows(frame: pd.DataFrame) -> list[str]:
    return frame.loc[frame["kind"] == "table", "text"].tolist()


def test_a_table_one_cell_a_paragraph_is_read_as_rows_and_holds(tmp_path):
    frame = load_narrative(_txt(tmp_path, AN_GIANG))
    assert _table_rows(frame) == AN_GIANG_ROWS
    # each row is numbered as the paragraph of its first cell, each cell a paragraph; the text after goes on
    assert frame["paragraph"].tolist() == [1, 2, 10, 18, 26, 34, 41, 47]
    claims = narrative_table_claims(frame)
    assert len(claims) == 6 + 4 + 5 and {c.claim.status for c in claims} == {"ok"}
    assert not [f for f in audit(_txt(tmp_path, AN_GIANG)).findings if f.rule.startswith("TABLE.")]


def test_a_caption_above_the_header_is_left_out_of_it(tmp_path):
    frame = load_narrative(_txt(tmp_path, ["Bảng 2. Kết quả xếp loại từng cấp hành chính", *AN_GIANG]))
    assert frame["text"].iloc[1] == "Bảng 2. Kết quả xếp loại từng cấp hành chính"
    assert _table_rows(frame) == AN_GIANG_ROWS


def test_a_slip_in_a_table_one_cell_a_paragraph_is_found_by_row_and_column(tmp_path):
    cells = list(AN_GIANG)
    cells[cells.index("118")] = "113"
    found = [f for f in audit(_txt(tmp_path, cells)).findings if f.rule.startswith("TABLE.")]
    assert {(f.rule, f.fields["label"], f.fields["column"]) for f in found} == {
        ("TABLE.total-row", "TỔNG", "Khá"),  # 10 + 3 + 113 = 126, not 131
        ("TABLE.total-column", "UBND xã, phường, thị trấn", "Tổng"),  # 0 + 7 + 113 + 29 + 2 = 151, not 156
    }
    row = next(f for f in found if f.rule == "TABLE.total-column")
    assert {e.paragraph for e in row.evidence} == {26}  # the row's first cell, its "3"


def test_cells_ending_in_a_bar_and_a_header_of_two_rows(tmp_path):
    frame = load_narrative(_txt(tmp_path, NINH_THUAN))
    (table,) = find_tables(frame)
    assert table.columns["header"].tolist()[2:] == [
        "Tổng số",
        "Chia ra › Khu vực thành thị",
        "Chia ra › Khu vực nông thôn",
    ]
    assert table.rows["kind"].tolist() == ["item", "heading", "sub", "sub", "heading", "sub"]
    claims = narrative_table_claims(frame)
    assert [(c.label.split(" Người")[0], c.claim.status) for c in claims] == [
        *[("Lao động nông nghiệp trong độ tuổi lao động có khả năng lao động", "ok")]
        * 3,  # Nam + Nữ, by column
        ("Lao động nông nghiệp trong độ tuổi lao động có khả năng lao động", "ok"),
        ("- Nam", "ok"),
        ("- Nữ", "ok"),
        ("- Lao động nông nghiệp kiêm các ngành nghề khác", "fail"),  # 3.969 + 20.511 = 24.480, not 24.48
    ]
    assert claims[-1].claim.severity == "error"
    # the rows in percent that follow are not rows of the counts' table: 100,0 is not 100,0 + 100,0
    assert not any("100,0" in text for text in _table_rows(frame))


def test_wrapped_header_cells_a_merged_header_and_group_rows(tmp_path):
    frame = load_narrative(_txt(tmp_path, BAC_KAN))
    (table,) = find_tables(frame)
    assert table.columns["role"].tolist() == ["stt", "label", "total", *[None] * 5, "percent"]
    assert table.columns["header"].iloc[3] == "Điểm của từng tiêu chí › Tiêu chí 1"
    assert table.rows["kind"].tolist() == ["heading", "heading", "item", "item", "heading", "item"]
    claims = narrative_table_claims(frame)
    assert [(c.label, c.claim.status) for c in claims] == [
        ("TT Yến Lạc", "ok"),  # 90,24 written in whole points
        ("Xã Kim Lư", "ok"),
        ("Xã Côn Minh", "ok"),
    ]
    cells = list(BAC_KAN)
    cells[cells.index("88")] = "86"
    (claim,) = [
        c for c in narrative_table_claims(load_narrative(_txt(tmp_path, cells))) if c.claim.status != "ok"
    ]
    assert (claim.label, claim.claim.stated, claim.claim.computed) == ("Xã Côn Minh", 86, 88)


# dev.yaml's tong-cuc-thong-ke-2020-giam-402-don-vi: rows numbered within groups "I", "II", the group's number a
# line of its own before its label, the columns numbered "A", "B", "1", "2", "3=2-1"
GROUPED = [
    *["Số đơn vị tại 31/12/2019", "Số đơn vị theo QĐ số 10/2020/QĐ-TTg", "Số đơn vị giảm"],
    *["A", "B", "1", "2", "3=2-1"],
    *["Tổng số", "1220", "818", "-402"],
    *["I", "Cơ quan thống kê ở Trung ương", "24", "20", "-4"],
    *["1", "Đơn vị hành chính", "15", "15", "0"],
    *["2", "Đơn vị sự nghiệp", "9", "5", "-4"],
    *["II", "Cơ quan thống kê ở địa phương", "1196", "798", "-398"],
    *["1", "Cục Thống kê", "63", "63", "0"],
    *["2", "Các phòng thuộc Cục", "425", "315", "-110"],
    *["3", "Chi cục Thống kê", "708", "420", "-288"],
]


def test_rows_numbered_within_groups_add_up_by_group(tmp_path):
    frame = load_narrative(_txt(tmp_path, "\n".join(GROUPED)))
    (table,) = find_tables(frame)
    assert table.columns["role"].tolist()[:2] == ["stt", "label"]  # "I", 1, 2, "II", 1, 2, 3 number the rows
    assert table.rows["group"].tolist() == [False, True, False, False, True, False, False, False]
    claims = narrative_table_claims(frame)
    sums = {(c.label, tuple(q.raw for q in c.claim.quantities)) for c in claims}
    assert ("Tổng số", ("1220", "24", "1196")) in sums  # the groups, not every row, add up to the total
    assert ("Cơ quan thống kê ở địa phương", ("1196", "63", "425", "708")) in sums
    assert {c.claim.status for c in claims} == {"ok"}
    cells = list(GROUPED)
    cells[cells.index("425")] = "452"
    (slip,) = [
        c
        for c in narrative_table_claims(load_narrative(_txt(tmp_path, "\n".join(cells))))
        if c.claim.status != "ok"
    ]
    assert (slip.label, slip.claim.stated, slip.claim.computed) == (
        "Cơ quan thống kê ở địa phương",
        1196,
        1223,
    )
    # the summary counts the table's relations among those checked, as REPORT.no-forms does
    audited = audit(_txt(tmp_path, "\n".join(GROUPED)))
    assert audited.summary()["claims_checked"] >= len(claims) > 0
    assert f"({audited.summary()['claims_checked']} số liệu)" in next(
        f.message("vi") for f in audited.findings if f.rule == "REPORT.no-forms"
    )
    # the header did not fit the columns: the finding names the column by its place from the left
    (finding,) = [f for f in audit(_txt(tmp_path, "\n".join(cells))).findings if f.rule.startswith("TABLE.")]
    assert (finding.rule, finding.fields["label"], finding.fields["column"]) == (
        "TABLE.total-row",
        "Cơ quan thống kê ở địa phương",
        "3",
    )


def test_empty_cells_a_column_of_text_after_the_figures_and_a_header_that_does_not_fit(tmp_path):
    """dev.yaml's thanh-hoa-2023-chuan-tiep-can-phap-luat-bang: an empty cell is a line of one space, each row
    ends with its decision, and the header lacks a column (it is kept as one cell)."""
    header = ["STT", "Tên huyện", "Số xã, phường, thị trấn", "Thị trấn", "Phường", "Quyết định"]
    rows = [
        ["1", "Mường Lát", "8/8", "1", " ", "7", "Số 174/QĐ-UBND ngày 25/01/2024"],
        ["2", "Ngọc Lặc", "21/21", "1", " ", "20", "Số 381/QĐ-UBND ngày 25/01/2024"],
        ["6", "Thị xã Bỉm Sơn", "7/7", "0", "6", "1", "Số 452/QĐ-UBND ngày 31/01/2024"],
    ]
    frame = load_narrative(_txt(tmp_path, header + [c for r in rows for c in r]))
    assert _table_rows(frame) == [" ".join(header)] + [" | ".join(c.strip() for c in r) for r in rows]
    assert narrative_table_claims(frame) == []


def test_footnotes_around_a_table_one_cell_a_line():
    """Footnote markers are sought in the paragraphs, not in the table's cells (its "2" is no marker)."""
    text = "\n\n".join(["Kết quả theo Quyết định1 như sau:", *AN_GIANG, "Trên đây là báo cáo của tỉnh2."])
    notes = [" " * 25, "1 Quyết định số 12/QĐ-UBND.", "2 Báo cáo số 3/BC-UBND."]
    blocks = text_blocks([[*text.split("\n"), *notes]])
    assert [b.text for b in blocks if b.kind == "table"] == AN_GIANG_ROWS
    paragraphs = [(b.number, b.text, b.markers) for b in blocks if b.kind == "paragraph"]
    assert paragraphs == [
        (1, "Kết quả theo Quyết định như sau:", [(23, 1)]),
        (47, "Trên đây là báo cáo của tỉnh.", [(28, 2)]),
    ]
    assert [b.text for b in blocks if b.kind == "footnote"] == [
        "Quyết định số 12/QĐ-UBND.",
        "Báo cáo số 3/BC-UBND.",
    ]


def test_a_word_document_with_a_paragraph_a_cell(tmp_path):
    document = Document()
    document.add_paragraph("2. Bảng xếp loại từng cấp hành chính")
    for cell in AN_GIANG:
        document.add_paragraph(cell)
    document.add_paragraph("Trên đây là báo cáo.")
    path = tmp_path / "bao-cao.docx"
    document.save(str(path))
    frame = load_narrative(path)
    assert _table_rows(frame) == AN_GIANG_ROWS
    assert frame["paragraph"].tolist() == [1, 2, 10, 18, 26, 34, 41, 47]
    assert {c.claim.status for c in narrative_table_claims(frame)} == {"ok"}


@pytest.mark.parametrize(
    "cells",
    [
        # figures one a line under their names, no header: a list, not a table
        ["Năm 2021", "120", "130", "140", "Năm 2022", "150", "160", "170"],
        # one or two figures a row
        ["Chỉ tiêu", "Kết quả", "Hồ sơ tiếp nhận", "1.234", "Hồ sơ đã giải quyết", "1.200"],
        # sentences, each with its figures
        ["Tiếp nhận 1.234 hồ sơ.", "12", "13", "14", "Đã giải quyết 1.200 hồ sơ.", "15", "16", "17"],
    ],
)
def test_what_is_not_a_table_one_cell_a_line(tmp_path, cells):
    assert _table_rows(load_narrative(_txt(tmp_path, cells, lead="Kết quả như sau:"))) == []


@pytest.mark.parametrize("name", ["bao-cao.txt", "bao-cao.docx"])
def test_the_sample_loads_exactly_as_before(name, monkeypatch):
    now = load_narrative(BINH_PHUOC / name)
    monkeypatch.setattr(cell_blocks, "find_cell_tables", lambda units: [])
    pd.testing.assert_frame_equal(now, load_narrative(BINH_PHUOC / name))


def test_only_the_development_passages_with_such_tables_load_otherwise(tmp_path, monkeypatch):
    passages = yaml.safe_load((DATA_DIR / "narrative_corpus" / "dev.yaml").read_text(encoding="utf-8"))
    path = tmp_path / "bao-cao.txt"
    changed = []
    for passage in passages["passages"]:
        path.write_text(passage["text"] + "\n", encoding="utf-8")
        now = load_narrative(path)
        with monkeypatch.context() as patch:
            patch.setattr(cell_blocks, "find_cell_tables", lambda units: [])
            if not now.equals(load_narrative(path)):
                changed.append(passage["id"])
    # bo-gddt-2024-quy-mo-hoc-sinh and bo-gddt-2022-tot-nghiep-thpt-diem-10-5-nam, tables written with pipes, were
    # read as one-cell lines until pipe_tables read them row by row
    assert (
        changed
        == [
            "da-nang-2019-dvhc-dien-tich-dan-so",  # districts by area and population, one cell a line (round 34)
            "quang-tri-2019-dat-dai-cocau",  # land use by kind and year, one cell a line (round 35)
            "tong-cuc-thong-ke-2020-giam-402-don-vi",  # units by level, grouped "I", "II" (round 60)
            "ha-tinh-2017-xa-vung-dtts-khu-vuc",  # communes by area, cells ending in " |" (round 60)
            "binh-dinh-2022-ra-soat-ho-ngheo-thanh-thi",  # rows "A | B | … | |", no leading pipe (round 61)
            "quang-ngai-2016-y-te-theo-thanh-phan-kinh-te",  # a statistical yearbook's table, one cell a line (round 67)
            "an-giang-2023-5-bo-chi-so",
            "ninh-thuan-2011-tdtnn-laodong-nongnghiep",
            "vinh-long-2017-truong-tieuhoc-chuanqg",
            "thanh-hoa-2023-chuan-tiep-can-phap-luat-bang",
            "bac-kan-2021-chuan-tiep-can-phap-luat-bang-diem",
        ]
    )


PLACES = [
    "Sở Tư pháp",
    "Sở Y tế",
    "UBND huyện An Phú",
    "Xã Kim Lư",
    "Phường 1",
    "Thị trấn Yến Lạc",
    "Sở Nội vụ",
]
HEADS = ["Tiếp nhận", "Đã giải quyết", "Đúng hạn", "Trễ hạn", "Đang giải quyết", "Hủy", "Khác"]


@st.composite
def tables(draw):
    """A header and k rows: perhaps a row number, a name, perhaps a unit, then n figures."""
    n = draw(st.integers(min_value=3, max_value=7))
    k = draw(st.integers(min_value=2, max_value=6))
    numbered, unit = draw(st.booleans()), draw(st.sampled_from([None, "Hồ sơ", "Người"]))
    labels = draw(st.lists(st.sampled_from(PLACES), min_size=k, max_size=k))
    figures = st.one_of(st.integers(0, 999_999).map(str), st.sampled_from(["-", "12,5", "1.234", "7%"]))
    # a row of dashes only has no figure to tell it from a heading over empty cells: each row has one
    some = st.lists(figures, min_size=n, max_size=n).filter(lambda f: f != ["-"] * n)
    lead = ["STT"] * numbered + ["Đơn vị"] + ["Đơn vị tính"] * bool(unit)
    header = lead + (HEADS + [f"Cột {c}" for c in range(n)])[:n]
    rows = [
        [str(r + 1)] * numbered + [label] + [unit] * bool(unit) + draw(some) for r, label in enumerate(labels)
    ]
    return [header, *rows]


@settings(max_examples=40, deadline=None)
@given(tables(), st.booleans())
def test_a_table_written_one_cell_a_line_is_read_back_as_its_rows(table, with_bars):
    cells = [cell for row in table for cell in row]
    units = [f"{cell} |" for cell in cells] if with_bars else cells
    lines = [
        "Bảng tổng hợp như sau:",
        "",
        *[line for unit in units for line in (unit, "")],
        "Trên đây là báo cáo.",
    ]
    blocks = text_blocks([lines])
    assert [b.text for b in blocks if b.kind == "table"] == [" | ".join(row) for row in table]
    paragraphs = [Block("paragraph", text, number) for number, text in enumerate(["Bảng:", *units], start=1)]
    assert [b.text for b in paragraph_tables(paragraphs) if b.kind == "table"] == [
        " | ".join(r) for r in table
    ]
    (found,) = find_cell_tables(["Bảng tổng hợp như sau:", *units])
    assert [unit for _, unit in found.rows] == [1 + i * len(table[0]) for i in range(len(table))]


CELLS = [
    "1",
    "2",
    "17",
    "1.234",
    "12,5",
    "4%",
    "-",
    " ",
    "|",
    "| |",
    "Người |",
    "TỔNG",
    "Tỷ lệ",
    "Stt",
    "Sở Y tế",
]
CELLS += [
    "Chia ra",
    "I",
    "(1)",
    "Tiêu chí 1",
    "Tiêu chí 2",
    "các tiêu chí",
    "Như sau:",
    "Đã giải quyết 12 hồ sơ.",
]


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(CELLS), max_size=60))
# labels between a row's number and its own label: headings of that row, kept at its place
@example(["Người |"] * 3 + ["1"] * 4 + ["Người |"] * 2 + ["1"] * 3 + ["Người |"] + ["1"] * 3)
def test_any_run_of_short_lines_loads_and_rows_keep_their_order(units):
    for table in find_cell_tables(units):
        where = [unit for _, unit in table.rows]
        assert where == sorted(where) and all(table.start <= unit < table.end for unit in where)
    text_blocks([[line for unit in units for line in (unit, "")]])
    paragraph_tables([Block("paragraph", u, i + 1) for i, u in enumerate(units) if u.strip()])
