"""pytest plugin: audit every report under a folder as a test, and a fixture for one's own tests.

    pytest --reformaudit=reports/ [--reformaudit-fail-on=warning] [--reformaudit-rules=my-rules/]

Each sub-folder of ``reports/`` holding workbooks or narratives is one report; a lone workbook or
document directly in it is a report of its own. A report's test fails when a finding reaches
``--reformaudit-fail-on`` (default ``error``), and its failure lists the findings.

In your own tests::

    def test_province_report(reformaudit_audit):
        result = reformaudit_audit("data/binh-phuoc")
        assert not result.fails("error"), result.text()
"""

from __future__ import annotations

from pathlib import Path

import pytest


def pytest_addoption(parser):
    group = parser.getgroup("reformaudit", "audit administrative-reform reports")
    group.addoption("--reformaudit", metavar="DIR", help="audit every report under DIR as a test item")
    group.addoption(
        "--reformaudit-fail-on",
        default="error",
        choices=["error", "warning", "info"],
        help="fail a report when a finding is at least this severe (default: error)",
    )
    group.addoption(
        "--reformaudit-rules",
        action="append",
        default=[],
        metavar="DIR",
        help="a folder of your own rules, added to the built-in ones",
    )
    group.addoption(
        "--reformaudit-lang", default="vi", choices=["vi", "en"], help="language of failure texts"
    )


class ReportFailed(Exception):
    def __init__(self, result, text: str):
        super().__init__(text)
        self.result, self.text = result, text


class ReportItem(pytest.Item):
    def __init__(self, *, paths, **kwargs):
        super().__init__(**kwargs)
        self.paths = paths

    def runtest(self):
        from .audit import audit
        from .reporting import render_text

        config = self.config
        result = audit(self.paths, rules=config.getoption("reformaudit_rules"), name=self.name)
        if result.fails(config.getoption("reformaudit_fail_on")):
            raise ReportFailed(result, render_text(result, lang=config.getoption("reformaudit_lang")))

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, ReportFailed):
            return excinfo.value.text
        from .errors import AuditInputError, RulesError

        if isinstance(excinfo.value, (AuditInputError, RulesError)):
            from .messages import message, say

            lang = self.config.getoption("reformaudit_lang")
            return f"{message('note.cannot-audit', lang)}: {say(excinfo.value, lang)}"
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.paths[0], None, f"reformaudit: {self.name}"


class ReportsCollector(pytest.Collector):
    def collect(self):
        from .inventory import discover_reports

        for name, paths in discover_reports(self.path):
            yield ReportItem.from_parent(self, name=name, paths=paths)


def pytest_collection_modifyitems(session, config, items):
    root = config.getoption("reformaudit")
    if not root:
        return
    folder = Path(root)
    if not folder.is_dir():
        raise pytest.UsageError(f"--reformaudit: {root} is not a folder")
    collector = ReportsCollector.from_parent(session, name="reformaudit", path=folder.resolve())
    items.extend(session.genitems(collector))  # reported as collected: counted, listed by --co


@pytest.fixture
def reformaudit_audit(request):
    """``audit(paths, name=None, period=None, unit=None, previous=(), units=None)`` with the rules given by
    ``--reformaudit-rules``: a report, compared with its other periods and its units when given (see
    docs/periods.md); the result has ``.text()``."""
    from .audit import audit

    rules = request.config.getoption("reformaudit_rules")

    def run(paths, name=None, **options):
        return audit(paths, rules=rules, name=name, **options)

    return run
