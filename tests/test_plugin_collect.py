"""pytest --co with the plugin lists the reports as collected tests, not 'no tests collected'."""

from __future__ import annotations

import shutil

from .conftest import CONSISTENT

pytest_plugins = ["pytester"]


def test_collect_only_counts_the_reports(pytester):
    root = pytester.path / "reports"
    root.mkdir()
    shutil.copytree(CONSISTENT, root / "an-hoa")
    shutil.copy(CONSISTENT / "bieu-mau.xlsx", root / "lone-workbook.xlsx")
    result = pytester.runpytest("--co", f"--reformaudit={root}", "-p", "no:cacheprovider")
    out = result.stdout.str()
    assert "no tests collected" not in out
    result.stdout.fnmatch_lines(["collected 2 items", "*<ReportItem an-hoa>*", "*2 tests collected*"])


def test_an_unreadable_report_fails_with_the_reason_in_its_language(pytester):
    root = pytester.path / "reports"
    root.mkdir()
    (root / "hong.xlsx").write_bytes(b"not a workbook")
    for lang, says in (
        ("vi", "không kiểm tra được: *không phải bảng tính Excel*"),
        ("en", "cannot audit: *not an Excel workbook*"),
    ):
        result = pytester.runpytest(
            f"--reformaudit={root}", f"--reformaudit-lang={lang}", "-p", "no:cacheprovider"
        )
        result.assert_outcomes(failed=1)
        result.stdout.fnmatch_lines([f"*{says}"])
