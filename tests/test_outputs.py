"""Outputs as people take them away: the HTML page in a real browser, Markdown, JUnit, marked copies,
the notebook object — all from the installed command or the public API, inputs left untouched."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reformaudit import audit

from .conftest import BINH_PHUOC, CONSISTENT, digest
from .test_cli import assert_check_refuses, run

BROWSER_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _browser() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    reason = "no Chromium on this machine (apt-get install chromium); the page cannot be rendered"
    if os.environ.get("CI"):
        pytest.fail(reason)  # CI installs it: a browser test must not pass by skipping there
    pytest.skip(reason)


def rendered_text(page: Path, tmp_path: Path) -> str:
    """What a person sees: the page printed to PDF by headless Chromium, its text read back."""
    from pypdf import PdfReader

    pdf = tmp_path / "page.pdf"
    subprocess.run(
        [
            _browser(),
            *BROWSER_FLAGS,
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--print-to-pdf={pdf}",
            "--no-pdf-header-footer",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert pdf.exists(), "Chromium printed nothing"
    text = "".join((p.extract_text() or "") for p in PdfReader(str(pdf)).pages)
    return "".join(text.split())  # PDF text extraction spaces some composed Vietnamese letters apart


def shown(text: str, seen: str) -> bool:
    return "".join(text.split()) in seen


def test_html_page_in_a_browser(tmp_path):
    page = tmp_path / "report.html"
    done = run("check", BINH_PHUOC, "--format", "html", "--output", page)
    assert done.returncode == 1 and done.stdout == ""
    html = page.read_text(encoding="utf-8")
    assert "http://" not in html and "https://" not in html and "<script" not in html  # self-contained
    seen = rendered_text(page, tmp_path)
    for text in (
        "ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC",
        "6 tháng đầu năm 2023",
        "13 lỗi",
        "Biểu mẫu 1",
        "Liên biểu",
        "Thuyết minh đối chiếu với biểu số liệu",
        "Trích dẫn văn bản",
        "528",
        "537",
        "Biểu 6!D6",
        "24,41%",
        "đoạn 90",
        "20.925",
    ):
        assert shown(text, seen), text


def test_html_in_english(tmp_path):
    page = tmp_path / "en.html"
    run("check", BINH_PHUOC, "--format", "html", "--lang", "en", "--output", page)
    seen = rendered_text(page, tmp_path)
    assert shown("13 error", seen) and shown("Across forms", seen) and shown("paragraph 90", seen)


def test_a_hostile_narrative_is_shown_as_text(tmp_path):
    hostile = tmp_path / "bao-cao.txt"
    hostile.write_text(
        "Kết quả: <script>document.body.innerHTML='PWNED'</script> cho 41 cơ quan (cấp tỉnh 31, cấp huyện 11).\n"
        "<img src=x onerror=\"document.title='PWNED'\"> Tiếp nhận 10 hồ sơ. Kết quả: 5 hồ sơ đã giải quyết, 4 hồ sơ đang giải quyết.\n",
        encoding="utf-8",
    )
    page = tmp_path / "hostile.html"
    done = run("check", hostile, "--format", "html", "--output", page)
    assert done.returncode == 1
    html = page.read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html and "<img" not in html
    seen = rendered_text(page, tmp_path)
    assert shown("<script>document.body.innerHTML='PWNED'</script>", seen)
    assert shown("31 + 11 = 42", seen)


def test_markdown_and_junit():
    md = run("check", BINH_PHUOC / "bieu-mau.xlsx", "--format", "markdown").stdout
    assert md.startswith("# Báo cáo bieu-mau: 3 lỗi") and "## Liên biểu" in md and "`XF.eq.dvsncl`" in md
    done = run("check", BINH_PHUOC / "bieu-mau.xlsx", "--format", "junit", "--fail-on", "warning")
    suite = ET.fromstring(done.stdout).find("testsuite")
    assert suite.get("tests") == "8" and suite.get("failures") == "7"
    names = [case.get("name") for case in suite.iter("testcase")]
    assert any(n.startswith("XF.eq.dvsncl") for n in names)
    clean = ET.fromstring(run("check", CONSISTENT, "--format", "junit").stdout)
    assert clean.find("testsuite").get("failures") == "0"


def test_marked_copies(tmp_path):
    workbook, document = tmp_path / "bieu-mau.xlsx", tmp_path / "bao-cao.docx"
    shutil.copy(BINH_PHUOC / "bieu-mau.xlsx", workbook)
    shutil.copy(BINH_PHUOC / "bao-cao.docx", document)
    before = (digest(workbook), digest(document))
    marked = tmp_path / "marked"
    done = run("check", workbook, document, "--annotate", marked)
    assert done.returncode == 1
    assert (digest(workbook), digest(document)) == before
    assert sorted(p.name for p in marked.iterdir()) == ["bao-cao.docx", "bieu-mau.xlsx"]

    from openpyxl import load_workbook

    sheet = load_workbook(marked / "bieu-mau.xlsx")["Biểu 4"]
    assert "XF.eq.dvsncl" in sheet["D11"].comment.text and sheet["D11"].fill.start_color.rgb.endswith(
        "FFC7CE"
    )
    assert sheet["D12"].comment is None

    import docx

    comments = list(docx.Document(str(marked / "bao-cao.docx")).comments)
    texts = [c.text for c in comments]
    assert any("NF.6.1" in t and "24,41%" in t for t in texts)
    assert any("REF.date-conflict" in t and "2398" in t for t in texts)


def test_marked_copies_never_overwrite_inputs(tmp_path):
    workbook = tmp_path / "bieu-mau.xlsx"
    shutil.copy(BINH_PHUOC / "bieu-mau.xlsx", workbook)
    assert_check_refuses(workbook, "--annotate", tmp_path)


def test_the_notebook_object():
    result = audit(BINH_PHUOC)
    frame = result.to_frame()
    assert {"rule", "severity", "message", "source", "cell", "paragraph", "text"} <= set(frame.columns)
    assert len(result.forms) == 125 and len(result.claims) >= 25
    html = result._repr_html_()
    assert html.startswith('<div class="reformaudit">') and "XF.eq.dvsncl" in html and "<html" not in html
    assert json.dumps(result.to_dict("en"))  # plain data all the way down


def test_check_fits_an_80_column_terminal():
    done = run("check", BINH_PHUOC, env={"COLUMNS": "80"})
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80, max(lines, key=len)
    assert "LỖI · XF.eq.dvsncl · Biểu 4!D11, Biểu 6!D10" in lines  # one block per finding
    assert "│" not in done.stdout


def test_a_wide_terminal_gets_tables_within_its_width():
    done = run("check", BINH_PHUOC, "--lang", "en", env={"COLUMNS": "140"})
    lines = done.stdout.splitlines()
    assert max(len(line) for line in lines) <= 140 and any(line.startswith("│ Error") for line in lines)
