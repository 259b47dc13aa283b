"""The notebook view: styles that stay inside the result's element (checked in headless Chromium), a
compact summary with the details folded, a short repr, and a findings frame with proper dtypes."""

from __future__ import annotations

import json
import re
import subprocess
from html.parser import HTMLParser

import pandas as pd
import pytest

from reformaudit import audit
from reformaudit.reporting.words import grouped

from .conftest import BINH_PHUOC
from .test_outputs import BROWSER_FLAGS, _browser

# The user's own page around the result: a heading, a pandas-like table, code; a notebook's habit of
# right-aligning table cells, which the result's evidence tables must not inherit.
HOST = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>html{{overflow-y:scroll}}.host td{{text-align:right}}</style></head>
<body><h1 id="h1">Mine</h1><h2 id="h2">Mine too</h2><table id="table"><tr><td id="td">1</td></tr></table>
<code id="code">x</code><div class="host">{fragment}</div><pre id="out"></pre><script>
const seen = {{}};
for (const id of ["h1", "h2", "table", "td", "code"]) {{
  const s = getComputedStyle(document.getElementById(id));
  seen[id] = [s.borderBottomWidth, s.borderBottomStyle, s.fontSize, s.width, s.textAlign, s.color, s.fontFamily,
              s.borderCollapse, s.paddingBottom, s.marginTop, s.lineHeight];
}}
const evidence = document.querySelector(".reformaudit table.evidence td");
seen.evidence = evidence ? getComputedStyle(evidence).textAlign : null;
document.getElementById("out").textContent = JSON.stringify(seen);
</script></body></html>"""


@pytest.fixture(scope="module")
def result():
    return audit(BINH_PHUOC)


def _computed(page, tmp_path) -> dict:
    done = subprocess.run(
        [_browser(), *BROWSER_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    found = re.search(r'<pre id="out">(.*?)</pre>', done.stdout, re.S)
    assert found and found.group(1), done.stderr[-2000:]
    return json.loads(found.group(1).replace("&quot;", '"'))


def test_the_notebook_css_does_not_leak_in_a_browser(result, tmp_path):
    without, with_result = tmp_path / "without.html", tmp_path / "with.html"
    without.write_text(HOST.format(fragment=""), encoding="utf-8")
    with_result.write_text(HOST.format(fragment=result._repr_html_()), encoding="utf-8")
    before, after = _computed(without, tmp_path), _computed(with_result, tmp_path)
    for element in ("h1", "h2", "table", "td", "code"):
        assert after[element] == before[element], element
    assert after["evidence"] == "left"


class _Rules(HTMLParser):
    def __init__(self):
        super().__init__()
        self.css, self.inside, self.tags = "", False, []

    def handle_starttag(self, tag, attrs):
        self.inside = tag == "style"
        self.tags.append(tag)

    def handle_data(self, data):
        if self.inside:
            self.css += data


def test_every_css_rule_is_scoped_to_the_result(result):
    parser = _Rules()
    parser.feed(result._repr_html_())
    selectors = [s.strip() for group in re.findall(r"([^{}]+)\{", parser.css) for s in group.split(",")]
    assert selectors and all(s.startswith(".reformaudit") for s in selectors), selectors
    groups = len(list(grouped(result.findings)))
    assert (
        parser.tags.count("details") == groups == 9 and "h1" not in parser.tags
    )  # one folded group per form or area


def test_the_summary_counts_errors_first(result):
    html = result._repr_html_()
    overview = html[html.index('<table class="overview">') : html.index("</table>")]
    assert overview.index("Lỗi") < overview.index("Cảnh báo") < overview.index("Thông tin")
    errors = [int(n or 0) for n in re.findall(r'<td class="n error">(\d*)</td>', overview)]
    assert (
        len(errors) == 9 and errors == sorted(errors, reverse=True) and errors[0] == 5
    )  # the legal references
    assert "13 lỗi" in html and "6 cảnh báo" in html
    assert len(html) < 40_000


def test_a_short_repr(result):
    text = repr(result)
    assert len(text.splitlines()) <= 4 and len(text) < 400
    assert text.startswith("<AuditResult binh-phuoc-2023-6t: 13 lỗi, 6 cảnh báo, 1 thông tin>")


def test_the_findings_frame_has_proper_dtypes(result):
    frame = result.to_frame()
    assert len(frame.columns) <= 16
    assert {"rule", "severity", "message", "source", "cell", "paragraph", "text", "proposed"} <= set(
        frame.columns
    )
    for column in ("finding", "paragraph", "footnote", "page"):
        assert frame[column].dtype == "Int64", column
    assert frame["value"].dtype == "Float64" and frame["severity"].dtype.ordered
    shown = frame.to_string()
    assert "e+0" not in shown and "63.0" not in shown
    total = frame[(frame["cell"] == "D31") & (frame["sheet"] == "Biểu 1")].iloc[0]
    assert pd.isna(total["proposed"]) and total["value"] == 53657  # a cell compared with is proposed nothing
    note = frame[(frame["cell"] == "E30") & (frame["sheet"] == "Biểu 1")].iloc[0]
    assert note["proposed"] == 20925
