"""Nothing a user gave is ever lost: every write is refused, before anything is read, when it would land on
an input, inside a report folder being read, or over a workbook; each case runs the installed command."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from .conftest import BINH_PHUOC, digest
from .test_cli import run


def _folder(tmp_path: Path) -> Path:
    """A report folder as a user keeps it: the sample's workbook and narratives."""
    folder = tmp_path / "bao-cao"
    folder.mkdir()
    for name in ("bieu-mau.xlsx", "bao-cao.docx", "bao-cao.txt"):
        shutil.copy(BINH_PHUOC / name, folder / name)
    return folder


def _hashes(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): digest(p) for p in sorted(root.rglob("*")) if p.is_file()}


def assert_refused(tmp_path: Path, args: list, says: str, cwd=None) -> None:
    """Exit 2, one line naming the reason, nothing written, every file in tmp_path byte-for-byte the same."""
    before = _hashes(tmp_path)
    done = run(*args, cwd=cwd or tmp_path)
    assert done.returncode == 2, done.stdout + done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert says in done.stderr, done.stderr
    assert done.stdout == ""
    assert _hashes(tmp_path) == before


@pytest.mark.parametrize("target", ["bao-cao/bieu-mau.xlsx", "bao-cao/bao-cao.txt", "bao-cao/ket-qua.txt"])
def test_output_inside_the_folder_being_read_is_refused(tmp_path, target):
    _folder(tmp_path)
    assert_refused(tmp_path, ["check", "bao-cao", "--output", target], "thư mục báo cáo đang được kiểm tra")


def test_output_over_a_named_input_is_refused_in_both_languages(tmp_path):
    folder = _folder(tmp_path)
    args = ["check", folder / "bieu-mau.xlsx", "--output", folder / "bieu-mau.xlsx"]
    assert_refused(tmp_path, args, "không ghi kết quả đè lên tệp đầu vào")
    assert_refused(tmp_path, [*args, "--lang", "en"], "refusing to write the result over an input file")


def test_a_symlink_or_hard_link_to_an_input_is_refused(tmp_path):
    folder = _folder(tmp_path)
    (tmp_path / "link.xlsx").symlink_to(folder / "bieu-mau.xlsx")
    os.link(folder / "bao-cao.txt", tmp_path / "same.txt")
    workbook = folder / "bieu-mau.xlsx"
    assert_refused(tmp_path, ["check", workbook, "--output", "link.xlsx"], "đè lên tệp đầu vào")
    narrative = folder / "bao-cao.txt"
    assert_refused(tmp_path, ["check", narrative, "--output", "same.txt"], "đè lên tệp đầu vào")


def test_an_existing_workbook_that_is_not_an_input_is_not_replaced(tmp_path):
    folder = _folder(tmp_path)
    shutil.copy(folder / "bieu-mau.xlsx", tmp_path / "khac.xlsx")
    args = ["check", folder / "bao-cao.txt", "--output", "khac.xlsx"]
    assert_refused(tmp_path, args, "bảng tính/văn bản có sẵn")


def test_output_into_a_missing_folder_says_so(tmp_path):
    _folder(tmp_path)
    assert_refused(tmp_path, ["check", "bao-cao", "--output", "ket-qua/x.txt"], "không có thư mục ket-qua")
    done = run("check", "bao-cao", "--output", "ket-qua/x.txt", "--lang", "en", cwd=tmp_path)
    assert "the folder ket-qua does not exist; create it first" in done.stderr


def test_marked_copies_are_never_written_into_the_folder_read(tmp_path):
    _folder(tmp_path)
    assert_refused(tmp_path, ["check", "bao-cao", "--annotate", "bao-cao/danh-dau"], "bản đánh dấu")
    assert_refused(tmp_path, ["check", "bao-cao/bieu-mau.xlsx", "--annotate", "bao-cao"], "bản đánh dấu")
    assert not (tmp_path / "bao-cao" / "danh-dau").exists()


def test_output_and_a_marked_copy_cannot_be_one_file(tmp_path):
    _folder(tmp_path)
    (tmp_path / "danh-dau").mkdir()
    args = ["check", "bao-cao", "--annotate", "danh-dau", "--output", "danh-dau/bieu-mau.xlsx"]
    assert_refused(tmp_path, args, "--output")


def test_batch_output_inside_its_root_is_refused(tmp_path):
    _folder(tmp_path)
    assert_refused(tmp_path, ["batch", ".", "--output", "bao-cao/tong-hop.json"], "kết quả tổng hợp")


def test_a_safe_output_is_written_atomically_and_inputs_stay_the_same(tmp_path):
    folder = _folder(tmp_path)
    before = _hashes(folder)
    done = run("check", "bao-cao", "--output", "ket-qua.txt", cwd=tmp_path)
    assert done.returncode == 1 and done.stdout == ""
    assert "Liên biểu" in (tmp_path / "ket-qua.txt").read_text(encoding="utf-8")
    assert _hashes(folder) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bao-cao", "ket-qua.txt"]
