"""``reformaudit batch`` draws its progress on a terminal (a real pseudo-terminal here) and never into a pipe."""

from __future__ import annotations

import os
import pty
import shutil
import subprocess

from reformaudit.progress import progress_line, time_left

from .conftest import CONSISTENT
from .test_cli import _command, run


def _reports(tmp_path, n: int):
    root = tmp_path / "bao-cao"
    root.mkdir()
    for i in range(n):
        shutil.copy(CONSISTENT / "bieu-mau.xlsx", root / f"tinh-{i}.xlsx")
    return root


def _on_a_terminal(*args) -> tuple[int, str, str]:
    """Run the command with its standard error on a pseudo-terminal; its status, stdout and what the terminal showed."""
    controller, terminal = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("REFORMAUDIT_")}
    process = subprocess.Popen(
        [*_command(), *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=terminal,
        stdin=subprocess.DEVNULL,
        env={**env, "COLUMNS": "100"},
    )
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:  # the terminal is closed: the command has ended
            break
        if not chunk:
            break
        shown += chunk
    stdout = process.stdout.read().decode("utf-8")
    process.wait(timeout=120)
    os.close(controller)
    return process.returncode, stdout, shown.decode("utf-8", errors="replace")


def test_progress_on_a_terminal_counts_every_report(tmp_path):
    root = _reports(tmp_path, 4)
    status, stdout, shown = _on_a_terminal("batch", root, "--jobs", "1")
    assert status == 0, shown
    assert "\r[" in shown and "0/4 báo cáo" in shown and "[####################] 4/4 báo cáo" in shown
    assert "báo cáo/giây" in shown and "còn khoảng" in shown
    assert shown.endswith("\n") and "Đã kiểm tra 4 báo cáo" in stdout
    status, _, shown = _on_a_terminal("batch", root, "--jobs", "1", "--lang", "en")
    assert "4/4 reports" in shown and "reports/s" in shown


def test_no_progress_into_a_pipe(tmp_path):
    root = _reports(tmp_path, 2)
    done = run("batch", root, "--jobs", "1")
    assert done.returncode == 0 and done.stderr == ""


def test_the_progress_line_and_time_left():
    assert progress_line(0, 300, 0.0, "vi") == "[....................] 0/300 báo cáo"
    line = progress_line(150, 300, 43.0, "vi")
    assert line.startswith("[##########..........] 150/300 báo cáo · 3,5 báo cáo/giây · còn khoảng 43 giây")
    assert progress_line(1, 100, 10.0, "en").endswith("0.1 reports/s · about 16 min 30 s left")
    assert time_left(3600, "vi") == "1 giờ 00 phút" and time_left(59, "en") == "59 s"
