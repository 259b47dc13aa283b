"""Every file of a report folder is accounted for, and a report is never called clean unless something was
checked. Folders are built in tmp_path from the samples and tests/data/bad; each case runs the installed
command and checks the exit status, the message and that every input is byte-for-byte unchanged."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import yaml

from reformaudit.testing import SINGLE_SHEET, write_workbook

from .conftest import BINH_PHUOC, CONSISTENT
from .test_cli import run
from .test_file_safety import _hashes, assert_refused

BAD = Path(__file__).parent / "data" / "bad"


def _report(tmp_path: Path, *files: tuple[Path, str]) -> Path:
    folder = tmp_path / "bao-cao"
    folder.mkdir()
    for source, name in files:
        shutil.copy(source, folder / name)
    return folder


def _json(tmp_path: Path, *args) -> tuple[int, dict, str]:
    before = _hashes(tmp_path)
    done = run("check", *args, "--format", "json", cwd=tmp_path)
    assert done.returncode in (0, 1), done.stderr
    assert _hashes(tmp_path) == before
    return done.returncode, json.loads(done.stdout), done.stderr


def test_a_legacy_workbook_beside_a_narrative_is_refused_not_skipped(tmp_path):
    _report(tmp_path, (BINH_PHUOC / "bao-cao.txt", "bao-cao.txt"), (BAD / "legacy.xls", "bieu-mau.xls"))
    assert_refused(tmp_path, ["check", "bao-cao"], "bảng tính Excel cũ (.xls) không đọc được")
    done = run("check", "bao-cao", "--lang", "en", cwd=tmp_path)
    assert "save it as .xlsx" in done.stderr and done.returncode == 2


def test_a_csv_or_ods_in_the_folder_is_refused(tmp_path):
    folder = _report(tmp_path, (BINH_PHUOC / "bao-cao.txt", "bao-cao.txt"))
    (folder / "bieu-mau.csv").write_text("STT;Chỉ tiêu;Số liệu\n1;Văn bản;12\n", encoding="utf-8")
    assert_refused(tmp_path, ["check", "bao-cao"], "tệp CSV")
    (folder / "bieu-mau.csv").rename(folder / "bieu-mau.ods")
    assert_refused(tmp_path, ["check", "bao-cao"], "(.ods)")


def test_a_damaged_workbook_in_a_folder_is_refused(tmp_path):
    _report(tmp_path, (BINH_PHUOC / "bao-cao.txt", "bao-cao.txt"), (BAD / "truncated.xlsx", "bieu-mau.xlsx"))
    assert_refused(tmp_path, ["check", "bao-cao"], "tệp bị hỏng hoặc thiếu phần cuối")
    assert_refused(tmp_path, ["check", "bao-cao", "--lang", "en"], "damaged or truncated")


def test_a_missing_folder_says_not_found(tmp_path):
    assert_refused(tmp_path, ["check", "khong-co"], "không tìm thấy thư mục/tệp")
    assert_refused(tmp_path, ["batch", "khong-co"], "không tìm thấy thư mục/tệp")
    done = run("check", "khong-co", "--lang", "en", cwd=tmp_path)
    assert "no such folder or file" in done.stderr and "unsupported" not in done.stderr


def test_a_folder_of_report_folders_given_to_check_points_to_batch(tmp_path):
    for name in ("2024-q1", "2024-6t"):
        (tmp_path / "tinh" / name).mkdir(parents=True)
        shutil.copy(BINH_PHUOC / "bao-cao.txt", tmp_path / "tinh" / name / "bao-cao.txt")
    (tmp_path / "tinh" / ".git").mkdir()
    shutil.copy(BINH_PHUOC / "bao-cao.txt", tmp_path / "tinh" / ".git" / "bao-cao.txt")
    assert_refused(tmp_path, ["check", "tinh"], "có 2 thư mục con chứa báo cáo (2024-6t, 2024-q1)")
    assert_refused(tmp_path, ["check", "tinh"], "reformaudit batch tinh")
    assert_refused(tmp_path, ["check", "tinh", "--lang", "en"], "2 sub-folders hold reports")
    (tmp_path / "rong").mkdir()
    assert_refused(tmp_path, ["check", "rong"], "thư mục không có bảng tính")


def test_a_narrative_alone_is_not_called_clean(tmp_path):
    _report(tmp_path, (BINH_PHUOC / "bao-cao.txt", "bao-cao.txt"))
    _, data, _ = _json(tmp_path, "bao-cao")
    no_forms = [f for f in data["findings"] if f["rule"] == "REPORT.no-forms"]
    assert len(no_forms) == 1 and "chỉ kiểm tra thuyết minh" in no_forms[0]["message"]
    assert data["summary"]["claims_checked"] > 0 and data["summary"]["indicators_read"] == 0
    done = run("check", "bao-cao", cwd=tmp_path)
    assert "Không phát hiện sai lệch nào" not in done.stdout


def test_every_file_left_aside_is_named_with_its_reason(tmp_path):
    folder = _report(
        tmp_path,
        (CONSISTENT / "bieu-mau.xlsx", "bieu-mau.xlsx"),
        (BAD / "legacy.xls", "bieu-mau.xls"),
        (CONSISTENT / "bieu-mau.source.yaml", "ghi-chu.yaml"),
    )
    (folder / "~$bieu-mau.xlsx").write_bytes(b"\0" * 162)
    (folder / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    (folder / "cu").mkdir()
    (folder / "ket-qua.txt").write_text(run("check", CONSISTENT).stdout, encoding="utf-8")
    (folder / "result.txt").write_text(run("check", CONSISTENT, "--lang", "en").stdout, encoding="utf-8")
    status, data, stderr = _json(tmp_path, "bao-cao")
    assert status == 0 and data["summary"]["sources"] == ["bao-cao/bieu-mau.xlsx"]
    reasons = {Path(f["path"]).name: f["reason"] for f in data["summary"]["files_ignored"]}
    assert reasons.keys() == {
        "bieu-mau.xls",
        "ghi-chu.yaml",
        "~$bieu-mau.xlsx",
        ".DS_Store",
        "cu",
        "ket-qua.txt",
        "result.txt",
    }
    assert "tệp khóa" in reasons["~$bieu-mau.xlsx"] and "kết quả của reformaudit" in reasons["ket-qua.txt"]
    assert "bản cũ của bieu-mau.xlsx" in reasons["bieu-mau.xls"]
    assert len(stderr.strip().splitlines()) == 7 and "không đọc bao-cao/cu: thư mục con" in stderr


def test_a_file_given_twice_is_one_finding_not_a_flood(tmp_path):
    _report(
        tmp_path,
        (CONSISTENT / "bieu-mau.xlsx", "bieu-mau.xlsx"),
        (CONSISTENT / "bieu-mau.xlsx", "bieu-mau (1).xlsx"),
    )
    _, data, _ = _json(tmp_path, "bao-cao", "--fail-on", "warning")
    rules = [f["rule"] for f in data["findings"]]
    assert rules == ["FILE.duplicate"], rules
    assert "“bieu-mau (1).xlsx” giống hệt “bieu-mau.xlsx”" in data["findings"][0]["message"]


def test_two_values_for_one_indicator_are_an_error_showing_both(tmp_path):
    source = yaml.safe_load((CONSISTENT / "bieu-mau.source.yaml").read_text(encoding="utf-8"))
    rows = source["forms"][0]["rows"]
    first = next(r for r in rows if r[0] == "1.")
    rows.append(["1.", first[1], first[2], first[3] + 1, None])
    write_workbook(source, tmp_path / "bieu-mau.xlsx", SINGLE_SHEET)
    status, data, _ = _json(tmp_path, "bieu-mau.xlsx", "--lang", "en")
    assert status == 1
    conflict = [f for f in data["findings"] if f["rule"] == "FORM.conflicting-value"]
    assert len(conflict) == 1 and conflict[0]["severity"] == "error"
    assert [e["value"] for e in conflict[0]["evidence"]] == [first[3], first[3] + 1]
    cells = [e["cell"] for e in conflict[0]["evidence"]]
    assert f"{first[3]} (" in conflict[0]["message"] and all(c in conflict[0]["message"] for c in cells)
    assert "FORM.duplicate-row" not in {f["rule"] for f in data["findings"]}


def test_batch_counts_a_folder_holding_only_a_legacy_workbook(tmp_path):
    _report(tmp_path, (CONSISTENT / "bieu-mau.xlsx", "bieu-mau.xlsx"))
    (tmp_path / "cu").mkdir()
    shutil.copy(BAD / "legacy.xls", tmp_path / "cu" / "bieu-mau.xls")
    before = _hashes(tmp_path)
    done = run("batch", ".", "--format", "json", "--jobs", "1", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    data = json.loads(done.stdout)
    assert data["summary"]["reports"] == 2 and data["summary"]["unreadable"] == 1
    refused = next(r for r in data["reports"] if r["report"] == "cu")
    assert "bảng tính Excel cũ (.xls)" in refused["error"]
    assert _hashes(tmp_path) == before


def test_copies_are_told_by_their_bytes_among_files_of_one_size(tmp_path):
    """Only files of equal size are compared: equal bytes are a copy set aside, equal sizes alone are not."""
    from reformaudit.inventory import take_stock

    folder = tmp_path / "bao-cao"
    folder.mkdir()
    original = (CONSISTENT / "bieu-mau.xlsx").read_bytes()
    (folder / "bieu-mau.xlsx").write_bytes(original)
    (folder / "bieu-mau (1).xlsx").write_bytes(original)
    (folder / "bieu-mau-2.xlsx").write_bytes(
        original[:-1] + bytes([original[-1] ^ 1])
    )  # same size, not a copy
    (folder / "bieu-mau-dai.xlsx").write_bytes(original + b"\0")  # another size
    stock = take_stock([folder])
    assert [p.name for p in stock.read] == ["bieu-mau-2.xlsx", "bieu-mau-dai.xlsx", "bieu-mau.xlsx"]
    assert [(c.name, o.name) for c, o in stock.copies] == [("bieu-mau (1).xlsx", "bieu-mau.xlsx")]


def test_a_report_sent_packed_is_refused_with_how_to_unpack_it_and_counted_by_batch(tmp_path):
    import zipfile

    folder = tmp_path / "nhan-qua-thu"
    folder.mkdir()
    with zipfile.ZipFile(folder / "bao-cao-huyen.zip", "w") as packed:
        packed.write(CONSISTENT / "bieu-mau.xlsx", "bieu-mau.xlsx")
    for given in ("nhan-qua-thu", "nhan-qua-thu/bao-cao-huyen.zip"):
        assert_refused(tmp_path, ["check", given], "là tệp nén; hãy giải nén")
    done = run("check", "nhan-qua-thu", "--lang", "en", cwd=tmp_path)
    assert "is an archive; unpack it" in done.stderr and done.returncode == 2
    # beside a report's own files it is one more file left aside, named with its reason
    shutil.copy(CONSISTENT / "bieu-mau.xlsx", folder / "bieu-mau.xlsx")
    code, data, _ = _json(tmp_path, "nhan-qua-thu")
    assert code == 0 and any(
        f["path"].endswith("bao-cao-huyen.zip") for f in data["summary"]["files_ignored"]
    )
    # a batch counts a packed report as unreadable, never passes over it
    (folder / "bieu-mau.xlsx").unlink()
    shutil.move(folder / "bao-cao-huyen.zip", tmp_path / "bao-cao-huyen.zip")
    before = _hashes(tmp_path)
    done = run("batch", ".", "--format", "json", "--jobs", "1", cwd=tmp_path)
    data = json.loads(done.stdout)
    assert data["summary"]["unreadable"] >= 1
    assert any("là tệp nén" in (r.get("error") or "") for r in data["reports"])
    assert _hashes(tmp_path) == before
