"""The installed ``reformaudit`` command, run as a user runs it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import BINH_PHUOC, CONSISTENT, digest


def _command() -> list[str]:
    script = Path(sys.executable).with_name("reformaudit")
    if script.exists():
        return [str(script)]
    found = shutil.which("reformaudit")
    return [found] if found else [sys.executable, "-m", "reformaudit"]


def run(*args, cwd=None, env=None) -> subprocess.CompletedProcess:
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("REFORMAUDIT_")}, **(env or {})}
    return subprocess.run(
        [*_command(), *map(str, args)], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


def assert_check_refuses(workbook: Path, *options) -> None:
    """``check`` with these options would write over its own input: exit 2, "không ghi", input unchanged."""
    before = digest(workbook)
    done = run("check", workbook, *options)
    assert done.returncode == 2 and "không ghi" in done.stderr
    assert digest(workbook) == before


def test_sample_fails_with_vietnamese_table(tmp_path):
    before = digest(BINH_PHUOC / "bieu-mau.xlsx")
    done = run("check", BINH_PHUOC / "bieu-mau.xlsx", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert "Liên biểu" in done.stdout and "528" in done.stdout and "537" in done.stdout
    assert "20.925" in done.stdout and "3 lỗi" in done.stdout
    assert digest(BINH_PHUOC / "bieu-mau.xlsx") == before


def test_consistent_sample_passes():
    done = run("check", CONSISTENT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Không phát hiện sai lệch nào" in done.stdout


def test_json_output_shape_and_english():
    done = run("check", BINH_PHUOC, "--format", "json", "--lang", "en")
    assert done.returncode == 1
    data = json.loads(done.stdout)
    assert {"error", "warning", "info"} <= data["summary"].keys()
    assert data["summary"]["error"] == 13
    assert data["summary"]["sources"][0].endswith("bao-cao.docx")
    keys = {"rule", "severity", "title", "message", "evidence", "expected", "actual", "difference"}
    for finding in data["findings"]:
        assert keys <= finding.keys()
        for evidence in finding["evidence"]:
            if "text" in evidence:
                assert {"source", "text", "raw", "value"} <= evidence.keys()
                assert {"paragraph", "footnote", "page"} & evidence.keys()
            else:
                assert {"source", "form", "code", "sheet", "cell", "label", "raw", "value"} <= evidence.keys()
    units = next(f for f in data["findings"] if f["rule"] == "XF.eq.dvsncl")
    assert units["difference"] == 9 and "Form 4 item 1.5 says 528" in units["message"]
    disbursement = next(f for f in data["findings"] if f["rule"] == "NF.6.1")
    narrative, form = disbursement["evidence"]
    assert narrative["paragraph"] == 90 and narrative["raw"] == "34%" and "giải ngân" in narrative["text"]
    assert form["cell"] == "D6" and form["raw"] == "24,41%"


def test_fail_on_levels():
    assert run("check", CONSISTENT, "--fail-on", "info").returncode == 0
    with_warning_only = ["--rules", Path(__file__).parent / "data" / "downgrade-errors"]
    workbook = BINH_PHUOC / "bieu-mau.xlsx"
    assert run("check", workbook, *with_warning_only).returncode == 0
    assert run("check", workbook, *with_warning_only, "--fail-on", "warning").returncode == 1


def test_output_file_is_written_and_inputs_are_protected(tmp_path):
    out = tmp_path / "result.json"
    done = run("check", BINH_PHUOC / "bieu-mau.xlsx", "--format", "json", "--output", out)
    assert done.returncode == 1 and done.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["error"] == 3
    short = tmp_path / "short.json"  # "-o", as most command-line tools spell it
    assert run("check", BINH_PHUOC / "bieu-mau.xlsx", "--format", "json", "-o", short).returncode == 1
    assert short.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")
    workbook = tmp_path / "copy.xlsx"
    shutil.copy(BINH_PHUOC / "bieu-mau.xlsx", workbook)
    assert_check_refuses(workbook, "--output", workbook)


@pytest.mark.parametrize(
    "name, content, says_vi, says_en",
    [
        ("empty.xlsx", b"", "tệp rỗng", "empty"),
        ("random.xlsx", os.urandom(256), "không phải bảng tính Excel", "not an Excel workbook"),
        ("report.txt", "Grüße aus München".encode("latin-1"), "không ở bảng mã UTF-8", "not UTF-8"),
        ("report.docx", b"PK\x03\x04 not really", "văn bản Word", "Word"),
        ("report.pdf", b"%PDF-1.4 broken", "PDF", "PDF"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, ".xls", ".xls"),
    ],
)
def test_unauditable_input_exits_2_with_one_line(tmp_path, name, content, says_vi, says_en):
    path = tmp_path / name
    path.write_bytes(content)
    for lang, says in (("vi", says_vi), ("en", says_en)):
        done = run("check", path, "--lang", lang)
        assert done.returncode == 2
        assert says in done.stderr, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert path.read_bytes() == content


def test_a_workbook_without_forms_is_not_silently_clean(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active["A1"] = "Danh sách cán bộ"
    wb.save(tmp_path / "other.xlsx")
    done = run("check", tmp_path / "other.xlsx")
    assert done.returncode == 2 and "không tìm thấy bảng Biểu mẫu nào" in done.stderr


def test_missing_file_and_broken_rules(tmp_path):
    assert run("check", tmp_path / "nope.xlsx").returncode == 2
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "bad.yaml").write_text("relations: [", encoding="utf-8")
    done = run("check", CONSISTENT, "--rules", tmp_path / "rules")
    assert done.returncode == 2 and "bad.yaml" in done.stderr


def test_limits_doc_matches_the_help_of_both_commands():
    import re

    doc = (Path(__file__).resolve().parent.parent / "docs" / "limits.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`(--max-[a-z-]+)`", doc))
    for command in ("check", "batch"):
        for lang, value in (("vi", "SỐ"), ("en", "N")):
            offered = set(
                re.findall(rf"(--max-[a-z-]+) {value}", run(command, "--help", "--lang", lang).stdout)
            )
            assert offered == documented, (command, lang)
