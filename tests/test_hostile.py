"""Broken, odd and hostile inputs, each run through the installed command as a user would.

Every case ends in findings (exit 1) that say what is wrong, exit 0 with the finding that explains an
oddity, or exit 2 with one line on stderr — never a traceback, never a changed input, always in bounded
time and memory. The files are in tests/data/bad (made by make_bad_files.py there).
"""

from __future__ import annotations

import json
import os
import resource
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reformaudit import load_forms, load_narrative
from reformaudit.errors import AuditInputError

from .conftest import BINH_PHUOC, CONSISTENT, digest
from .test_cli import run

BAD = Path(__file__).parent / "data" / "bad"
GIB = 1024**3

CASES = [
    # file, extra arguments, exit status, what stderr (exit 2) or the findings (exit 0/1) must say
    ("empty.xlsx", [], 2, "the file is empty"),
    ("truncated.xlsx", [], 2, "damaged or truncated"),
    ("not-a-zip.xlsx", [], 2, "not an Excel workbook"),
    ("random.xlsx", [], 2, "not an Excel workbook"),
    ("word-renamed.xlsx", [], 2, "Word document (.docx) renamed .xlsx"),
    ("pdf-renamed.xlsx", [], 2, "PDF file renamed .xlsx"),
    ("legacy.xls", [], 2, "save it as .xlsx"),
    ("encrypted.xlsx", [], 2, "password-protected"),
    ("billion-laughs.xlsx", [], 2, "declares XML entities"),
    ("external-entity.xlsx", [], 2, "declares XML entities"),
    ("zip-bomb.xlsx", [], 2, "zip bomb"),
    ("macro.xlsm", [], 0, []),
    ("formula-no-cache.xlsx", [], 1, ["CELL.formula-no-value"]),
    ("excel-errors.xlsx", [], 1, ["CELL.excel-error"]),
    ("text-numbers.xlsx", [], 1, ["CELL.not-a-number"]),
    ("duplicate-codes.xlsx", [], 1, ["FORM.conflicting-value"]),  # 1.4.1 given twice, two values
    ("missing-forms.xlsx", ["--fail-on", "warning"], 1, ["FORM.missing-form"]),
    ("unknown-rows.xlsx", ["--fail-on", "info"], 1, ["FORM.unknown-row"]),
    ("hidden-sheet.xlsx", ["--fail-on", "info"], 1, ["FORM.hidden-sheet"]),
    ("forms-reversed.xlsx", [], 0, []),
    ("utf16.txt", [], 0, []),
    ("latin1.txt", [], 2, "not UTF-8, UTF-16 or Windows-1258"),
    ("empty.txt", [], 2, "the file is empty"),
    ("binary.txt", [], 2, "binary data"),
    ("nested-brackets.txt", [], 0, []),  # "Tổng số 5 ((…(1)…))": read in time; a lone count in brackets is a part, not all of 5
    ("scan.pdf", [], 2, "no text layer"),
    ("billion-laughs.docx", [], 2, "declares XML entities"),
    ("truncated.docx", [], 2, "damaged or truncated"),
]


def _peak_memory_of_children() -> int:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024


@pytest.mark.parametrize("name, args, status, says", CASES, ids=[c[0] for c in CASES])
def test_each_bad_file(tmp_path, name, args, status, says):
    path = tmp_path / name
    shutil.copy(BAD / name, path)
    before = digest(path)
    done = run("check", path, "--format", "json", "--lang", "en", *args, cwd=tmp_path)
    assert done.returncode == status, done.stderr
    assert "Traceback" not in done.stderr
    if status == 2:
        assert len(done.stderr.strip().splitlines()) == 1
        assert says in done.stderr
        assert done.stdout == ""
    else:
        rules = {f["rule"] for f in json.loads(done.stdout)["findings"]}
        assert set(says) <= rules and (says or status == 0)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # nothing left behind
    assert _peak_memory_of_children() < GIB


def test_limits_can_be_lowered(tmp_path):
    shutil.copy(CONSISTENT / "bieu-mau.xlsx", tmp_path / "f.xlsx")
    env = {"REFORMAUDIT_MAX_CELLS": "100"}
    done = run("check", tmp_path / "f.xlsx", env=env)
    assert done.returncode == 2 and "REFORMAUDIT_MAX_CELLS" in done.stderr
    done = run("check", tmp_path / "f.xlsx", "--max-file-mb", "0.001", "--lang", "en")
    assert done.returncode == 2 and "limit" in done.stderr


def test_a_single_line_of_megabytes(tmp_path):
    line = "+ Cấp huyện: Tiếp nhận 161.308 hồ sơ. Kết quả: 128.559 hồ sơ đã giải quyết, 32.716 hồ sơ đang giải quyết và 417 hồ sơ hủy; "
    path = tmp_path / "line.txt"
    path.write_text(line * 16000, encoding="utf-8")  # about 2 MB, no line break
    done = run("check", path, "--format", "json")
    assert done.returncode == 1
    assert {f["rule"] for f in json.loads(done.stdout)["findings"]} == {"NARR.split", "REPORT.no-forms"}
    assert _peak_memory_of_children() < GIB


def test_hundreds_of_thousands_of_numbers(tmp_path):
    path = tmp_path / "numbers.txt"
    path.write_text(" ".join(str(n % 99991) for n in range(200_000)), encoding="utf-8")
    done = run("check", path)
    assert done.returncode == 0, done.stderr
    assert _peak_memory_of_children() < GIB


def _damaged(original: Path, target: Path, data) -> Path:
    """A copy of ``original`` with up to eight bytes changed and its end cut off, as drawn."""
    body = bytearray(original.read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        body[data.draw(st.integers(0, len(body) - 1))] = data.draw(st.integers(0, 255))
    target.write_bytes(bytes(body[: data.draw(st.integers(len(body) // 4, len(body)))]))
    return target


DAMAGEABLE = [
    (
        CONSISTENT / "bieu-mau.xlsx",
        load_forms,
        lambda frame: {"form", "code", "value", "cell"} <= set(frame.columns),
    ),
    (
        BINH_PHUOC / "bao-cao.docx",
        load_narrative,
        lambda frame: frame["text"].map(lambda t: isinstance(t, str)).all(),
    ),
]


@settings(max_examples=70, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_fuzz_damaged_packages(tmp_path, data):
    original, load, well_formed = data.draw(st.sampled_from(DAMAGEABLE))
    path = _damaged(original, tmp_path / f"fuzz{original.suffix}", data)
    try:
        frame = load(path)
    except AuditInputError as error:
        assert "\n" not in str(error)
    else:
        assert well_formed(frame)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2000), st.sampled_from([".txt", ".docx", ".pdf"]))
def test_fuzz_narratives(tmp_path, content, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(content)
    try:
        frame = load_narrative(path)
    except AuditInputError as error:
        assert "\n" not in str(error)
    else:
        assert frame["text"].map(lambda t: isinstance(t, str)).all()


def test_inputs_are_never_opened_for_writing(tmp_path):
    path = tmp_path / "f.xlsx"
    shutil.copy(CONSISTENT / "bieu-mau.xlsx", path)
    os.chmod(path, 0o444)  # a read-only input is audited all the same
    assert run("check", path).returncode == 0


def test_the_text_limit_holds_for_word_and_pdf_too(tmp_path):
    shutil.copy(BINH_PHUOC / "bao-cao.docx", tmp_path / "bao-cao.docx")
    before = digest(tmp_path / "bao-cao.docx")
    done = run("check", tmp_path / "bao-cao.docx", "--max-text-mb", "0.01", "--lang", "en")
    assert done.returncode == 2 and "--max-text-mb" in done.stderr and "0.01 MB" in done.stderr
    assert digest(tmp_path / "bao-cao.docx") == before


def test_a_size_under_one_megabyte_is_not_called_zero(tmp_path):
    shutil.copy(CONSISTENT / "bieu-mau.xlsx", tmp_path / "f.xlsx")
    done = run("check", tmp_path / "f.xlsx", "--max-file-mb", "0.001", "--lang", "en")
    assert done.returncode == 2 and " KB is over the 0.001 MB limit" in done.stderr
    assert " 0 MB" not in done.stderr


def test_batch_takes_the_same_limits(tmp_path):
    (tmp_path / "a").mkdir()
    shutil.copy(CONSISTENT / "bieu-mau.xlsx", tmp_path / "a" / "bieu-mau.xlsx")
    done = run("batch", tmp_path, "--format", "json", "--max-cells", "100", "--jobs", "2")
    assert done.returncode == 1, done.stderr
    data = json.loads(done.stdout)
    assert data["summary"]["unreadable"] == 1 and "--max-cells" in data["reports"][0]["error"]
    done = run("batch", tmp_path, "--max-file-mb", "0", "--lang", "en")
    assert done.returncode == 2 and "positive number" in done.stderr
