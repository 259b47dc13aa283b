"""Findings as JUnit XML, for CI servers: one test case per finding, failed when it reaches ``--fail-on``."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from ..catalogue.model import Severity
from ..findings import SEVERITY_ORDER
from .words import places


def render_junit(result, lang: str = "vi", fail_on: Severity = "error", **_) -> str:
    limit = SEVERITY_ORDER[fail_on]
    failing = [f for f in result.findings if SEVERITY_ORDER[f.severity] <= limit]
    suites = ET.Element("testsuites")
    suite = ET.SubElement(
        suites,
        "testsuite",
        name=f"reformaudit: {result.report.name}",
        tests=str(max(len(result.findings), 1)),
        failures=str(len(failing)),
        errors="0",
        skipped="0",
    )
    if not result.findings:
        ET.SubElement(suite, "testcase", classname="reformaudit", name="no discrepancies")
    for f in result.findings:
        where = ", ".join(places(f, lang)[:4])
        case = ET.SubElement(
            suite, "testcase", classname=f"reformaudit.{f.area}", name=f"{f.rule} {where}".strip()
        )
        message = f.message(lang)
        if SEVERITY_ORDER[f.severity] <= limit:
            failure = ET.SubElement(case, "failure", message=f.title(lang), type=f.severity)
            failure.text = message
        else:
            ET.SubElement(case, "system-out").text = f"[{f.severity}] {message}"
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
