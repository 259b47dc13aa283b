"""The pytest plugin, run by pytester as a pipeline engineer would run it."""

from __future__ import annotations

import shutil

from .conftest import BINH_PHUOC, CONSISTENT

pytest_plugins = ["pytester"]


def _reports(pytester):
    root = pytester.path / "reports"
    root.mkdir()
    shutil.copytree(BINH_PHUOC, root / "binh-phuoc")
    shutil.copytree(CONSISTENT, root / "an-hoa")
    shutil.copy(CONSISTENT / "bieu-mau.xlsx", root / "lone-workbook.xlsx")
    return root


def test_one_test_per_report_failing_on_errors(pytester):
    root = _reports(pytester)
    result = pytester.runpytest(f"--reformaudit={root}", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=1)
    out = result.stdout.str()
    assert "FAILED ::reformaudit::binh-phuoc" in out and "XF.eq.dvsncl" in out and "528" in out


def test_fail_on_and_rules_options(pytester):
    root = _reports(pytester)
    shutil.rmtree(root / "binh-phuoc")
    result = pytester.runpytest(
        f"--reformaudit={root}", "--reformaudit-fail-on=info", "-p", "no:cacheprovider"
    )
    result.assert_outcomes(passed=2)


def test_the_fixture_in_ones_own_tests(pytester):
    pytester.makepyfile(
        f"""
        def test_consistent(reformaudit_audit):
            result = reformaudit_audit({str(CONSISTENT)!r})
            assert not result.fails("error"), result.text()

        def test_binh_phuoc(reformaudit_audit):
            result = reformaudit_audit({str(BINH_PHUOC / "bieu-mau.xlsx")!r})
            assert result.fails("error")
            assert "528" in result.text("en")
        """
    )
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=2)


def test_a_missing_folder_is_a_usage_error(pytester):
    result = pytester.runpytest("--reformaudit=no-such-folder", "-p", "no:cacheprovider")
    assert result.ret != 0
    result.stderr.fnmatch_lines(["*no-such-folder is not a folder*"])
