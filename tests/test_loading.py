"""The workbook loader on layouts the tests build themselves, not only the sample's."""

from __future__ import annotations

import unicodedata

import pytest
from openpyxl import Workbook

from reformaudit import load_forms
from reformaudit.errors import AuditInputError
from reformaudit.loading.excel import read_grids
from reformaudit.loading.matching import normalise_code
from reformaudit.testing import SHEETS, SINGLE_SHEET, Layout, write_workbook

from .conftest import BINH_PHUOC


def _values(frame):
    return {(int(f), c): v for f, c, v in zip(frame["form"], frame["code"], frame["value"]) if c}


def test_sample_sheet_per_form(catalogue):
    frame = load_forms(BINH_PHUOC / "bieu-mau.xlsx", catalogue)
    values = _values(frame)
    assert len(frame) == 125
    assert values[(3, "1.4")] == 1746
    assert values[(3, "3.1")] == pytest.approx(99.44)
    assert values[(3, "3.3")] == pytest.approx(99.36)  # a percent-formatted fraction
    assert values[(3, "3.2")] == pytest.approx(98.39)  # English-style text
    assert values[(6, "1.1")] == 5755631
    assert values[(1, "2.2")] == 5  # "05"
    row = frame[(frame["form"] == 6) & (frame["code"] == "2.1")].iloc[0]
    assert (row["sheet"], row["cell"], row["raw"]) == ("Biểu 6", "D10", "537")
    assert frame.attrs["style"] == "vi"


@pytest.mark.parametrize(
    "layout", [SINGLE_SHEET, Layout(merged_header=False), Layout(first_column=3, blank_rows_before_header=4)]
)
def test_other_layouts_read_the_same_values(tmp_path, catalogue, binh_phuoc_source, layout):
    reference = _values(load_forms(BINH_PHUOC / "bieu-mau.xlsx", catalogue))
    path = write_workbook(binh_phuoc_source, tmp_path / "other.xlsx", layout)
    values = _values(load_forms(path, catalogue))
    assert values.keys() == reference.keys()
    for key, value in reference.items():
        assert values[key] == pytest.approx(value, nan_ok=True), key


def _hand_made(path, *, heading=True, nfd=False):
    """A workbook typed differently: one-row header with other words, numeric STT, a hidden sheet."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["C3"] = "BÁO CÁO THỐNG KÊ"
    if heading:
        ws["C5"] = "BIỂU MẪU 03"
    header = ["TT", "Tên chỉ tiêu", "ĐVT", "Giá trị", "Ghi chú"]
    for i, text in enumerate(header):
        ws.cell(7, 2 + i, text)
    rows = [
        (1.4, "Tổng số TTHC thuộc thẩm quyền giải quyết tại địa phương", "Thủ tục", 1746),
        ("1.4.1", "Số TTHC cấp tỉnh", "Thủ tục", "1.405"),
        ("1.4.2.", "Số TTHC cấp huyện", "Thủ tục", 235),
        ("1.4.3", "Số TTHC cấp xã", "Thủ tục", 106),
        ("3.1", "Tỷ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng hạn", "%", 0.9944),
        ("3.1.1", "Tổng số hồ sơ TTHC đã giải quyết xong", "Hồ sơ", 41045),
        ("3.1.2", "Số hồ sơ TTHC giải quyết đúng hạn", "Hồ sơ", 40816),
        ("9.9", "Một chỉ tiêu địa phương tự thêm", "Việc", 7),
    ]
    for r, (code, label, unit, value) in enumerate(rows, start=8):
        ws.cell(r, 2, code)
        ws.cell(r, 3, unicodedata.normalize("NFD", label) if nfd else label)
        ws.cell(r, 4, unit)
        cell = ws.cell(r, 5, value)
        if code == "3.1":
            cell.number_format = "0.00%"
    hidden = wb.create_sheet("Ẩn")
    hidden.sheet_state = "hidden"
    hidden["A1"] = "ghi chú nội bộ"
    wb.save(path)
    return path


@pytest.mark.parametrize("heading, nfd", [(True, False), (False, False), (True, True)])
def test_a_hand_made_layout(tmp_path, catalogue, heading, nfd):
    frame = load_forms(_hand_made(tmp_path / "hand.xlsx", heading=heading, nfd=nfd), catalogue)
    values = _values(frame)
    assert values[(3, "1.4")] == 1746
    assert values[(3, "1.4.1")] == 1405
    assert values[(3, "3.1")] == pytest.approx(99.44)
    unknown = frame[frame["matched_by"] == ""]
    assert list(unknown["code"]) == ["9.9"]
    assert set(frame.loc[frame["matched_by"] != "", "form"]) == {3}


@pytest.mark.parametrize("heading", [True, False])
def test_both_readers_put_cells_at_the_same_addresses(tmp_path, heading):
    """A sheet whose first filled cell is not A1 (here B7 or C5): calamine's rows must not shift."""
    path = _hand_made(tmp_path / "hand.xlsx", heading=heading, nfd=False)
    fast, full = read_grids(path, "calamine"), read_grids(path, "openpyxl")
    assert [g.name for g in fast] == [g.name for g in full]
    for a, b in zip(fast, full):
        assert {(r, c): v for r in range(1, a.max_row + 1) for c, v in a.filled(r)} == {
            (r, c): v for r in range(1, b.max_row + 1) for c, v in b.filled(r)
        }
    frame = load_forms(path)
    assert frame.set_index("code").loc["1.4.1", "cell"] == "E9"


def test_codes_are_normalised():
    assert normalise_code("1.4.") == "1.4"
    assert normalise_code(1.4) == "1.4"
    assert normalise_code(3) == "3"
    assert normalise_code("VII.") is None
    assert normalise_code("a)") is None


def test_rows_matched_by_label_when_the_code_is_wrong(tmp_path, catalogue, consistent_source):
    source = {**consistent_source, "forms": [dict(f) for f in consistent_source["forms"]]}
    form6 = next(f for f in source["forms"] if f["form"] == 6)
    form6["rows"] = [list(r) if isinstance(r, list) else r for r in form6["rows"]]
    form6["rows"][4][0] = (
        "2.10."  # a typo in STT; the label still names "Tổng số ĐVSN công lập tại địa phương"
    )
    frame = load_forms(write_workbook(source, tmp_path / "typo.xlsx", SHEETS), catalogue)
    row = frame[(frame["form"] == 6) & (frame["code"] == "2.1")].iloc[0]
    assert row["matched_by"] == "label" and row["value"] == 450


@pytest.mark.parametrize(
    "content, says",
    [
        (b"", "empty"),
        (b"not a zip at all", "not an Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "legacy .xls"),
    ],
)
def test_unreadable_files_give_one_line(tmp_path, catalogue, content, says):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    with pytest.raises(AuditInputError, match=says) as info:
        load_forms(path, catalogue)
    assert "\n" not in str(info.value)
