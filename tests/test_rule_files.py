"""A user's rules folder is checked when it is loaded: a misspelt key, an unknown check, a YAML error or a
message naming an unknown field is an error with the file and line, through the installed command."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import CONSISTENT
from .test_cli import run
from .test_file_safety import assert_refused

CASES = [
    # file's text, what stderr must say
    (
        "relations:\n  - id: XF.mine\n    type: equal\n    left: '4:1.5'\n    right: '6:2.1'\n    severty: info\n",
        ["rules/mine.yaml:6", "severty", "severity"],
    ),
    (
        "checks:\n  - id: FORM.missing-forms\n    severity: info\n",
        ["rules/mine.yaml:2", "FORM.missing-forms", "FORM.missing-form"],
    ),
    ("relations: [\n  {id: a, type: sum\n", ["rules/mine.yaml:3:1", "YAML"]),
    (
        "relations:\n  - id: XF.mine\n    type: equal\n    left: '4:1.5'\n    right: '6:2.1'\n"
        "    message: {vi: 'sai {foo}', en: 'wrong {foo}'}\n",
        ["rules/mine.yaml:6", "rule XF.mine", "{foo}"],
    ),
    (
        "checks:\n  - id: DOMAIN.negative\n    message: {vi: '{ref} âm {bar}', en: '{ref} negative {bar}'}\n",
        ["rules/mine.yaml:3", "check DOMAIN.negative", "{bar}"],
    ),
    ("form: 4\nindicator:\n  - {code: '9', kind: count}\n", ["rules/mine.yaml:2", "indicator", "indicators"]),
    ("checks:\n  - FORM.missing-form\n", ["rules/mine.yaml", "checks"]),
    (
        "relations:\n  - id: XF.mine\n    type: summ\n    total: '4:1.5'\n    parts: ['6:2.1']\n",
        ["rules/mine.yaml:3", "'summ'", "did you mean 'sum'"],
    ),
    (
        "relations:\n  - id: XF.mine\n    type: sum\n    total: '4:1.5'\n    parts: '6:2.1'\n",
        ["rules/mine.yaml:5", "rule XF.mine", "'parts' must be a list of codes"],
    ),
    (
        "relations:\n  - id: XF.mine\n    type: equal\n    left: '4:1.5'\n",
        ["rules/mine.yaml:3", "'right' must be a code (missing)"],
    ),
]


@pytest.mark.parametrize("text, says", CASES, ids=[str(i) for i in range(len(CASES))])
def test_a_broken_rules_file_is_an_error_with_its_place(tmp_path, text, says):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "mine.yaml").write_text(text, encoding="utf-8")
    for part in says:
        assert_refused(tmp_path, ["check", CONSISTENT, "--rules", "rules", "--lang", "en"], part)


def test_rules_given_a_file_names_the_folder_to_give(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "mine.yaml").write_text("checks:\n  - {id: DOMAIN.negative, severity: info}\n")
    assert_refused(tmp_path, ["check", CONSISTENT, "--rules", "rules/mine.yaml"], "--rules cần thư mục")
    done = run("check", CONSISTENT, "--rules", tmp_path / "rules")
    assert done.returncode == 0, done.stderr


def test_a_valid_override_still_loads(tmp_path):
    rules = Path(__file__).parent / "data" / "downgrade-errors"
    assert run("check", CONSISTENT, "--rules", rules).returncode == 0
