"""The documentation that is generated stays in step with what generates it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_rule_reference_is_up_to_date():
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "rule_reference.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


def test_every_rule_and_check_is_documented():
    reference = (ROOT / "docs" / "rule-reference.md").read_text(encoding="utf-8")
    from reformaudit.catalogue import load_catalogue

    cat = load_catalogue()
    for rule_id in [r.id for r in cat.rules] + list(cat.checks) + [s.id for s in cat.statements]:
        assert f"`{rule_id}`" in reference, rule_id
