"""What importing reformaudit costs: the public names are all there, and the modules an audit of workbooks
goes through do not import pandas or the narrative's modules at their top (only where a report needs a data
frame or has a narrative)."""

from __future__ import annotations

import ast
import types
from pathlib import Path

import pytest

import reformaudit

PACKAGE = Path(reformaudit.__file__).parent
WORKBOOK_PATH = [
    "audit.py",
    "report.py",
    "frames.py",
    "inventory.py",
    "messages.py",
    *(
        f"{folder}/{p.name}"
        for folder in ("checks", "relations", "loading", "localise")
        for p in (PACKAGE / folder).glob("*.py")
    ),
]


def test_every_public_name_is_importable_and_audit_is_the_function():
    import reformaudit.audit  # noqa: F401  (the submodule of the same name does not replace the function)

    assert all(getattr(reformaudit, name) is not None for name in reformaudit.__all__)
    assert isinstance(reformaudit.audit, types.FunctionType)
    assert reformaudit.load_narrative.__module__ == "reformaudit.narrative.load"


def _imported_at_top(module: str) -> set[str]:
    """The modules a file of the package imports when it is imported (not inside functions, nor for type
    checking alone), by their full names."""
    package = ["reformaudit", *module.split("/")[:-1]]
    out = set()
    for node in ast.parse((PACKAGE / module).read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            out.add(".".join([*base, node.module] if node.module else base))
    return out


@pytest.mark.parametrize("module", WORKBOOK_PATH)
def test_workbook_modules_leave_pandas_and_the_narrative_to_those_that_need_them(module):
    imported = _imported_at_top(module)
    assert not {m for m in imported if m.split(".")[0] == "pandas"}, module
    narrative = {m for m in imported if m.startswith("reformaudit.narrative")}
    assert narrative <= {"reformaudit.narrative.blanks"}, (
        module,
        narrative,
    )  # blanks are looked for in workbooks too


def test_the_command_knows_every_format_without_importing_the_renderers():
    from reformaudit.cli import CHECK_FORMATS
    from reformaudit.reporting import RENDERERS

    assert CHECK_FORMATS == sorted(RENDERERS)


def test_a_batch_of_workbooks_imports_neither_pandas_nor_the_claims_readers(tmp_path):
    import shutil
    import subprocess
    import sys

    from .conftest import CONSISTENT

    for name in ("don-vi-a", "don-vi-b"):
        shutil.copytree(CONSISTENT, tmp_path / "bao-cao" / name)
    script = (
        "import sys\n"
        "from reformaudit.cli import main\n"
        f"main(['batch', {str(tmp_path / 'bao-cao')!r}, '--jobs', '1', '--format', 'json', '--output', "
        f"{str(tmp_path / 'kq.json')!r}])\n"
        "print(sorted(m for m in sys.modules if m == 'pandas' or m.startswith('reformaudit.narrative.claim')))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout + done.stderr
    assert (tmp_path / "kq.json").read_text(encoding="utf-8").strip()
