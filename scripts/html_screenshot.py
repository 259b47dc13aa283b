"""Regenerate docs/html-report.png: the HTML report of the bundled sample, as headless Chromium shows it.

python scripts/html_screenshot.py [--lang vi|en] [--output docs/html-report.png]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = "samples/binh-phuoc-2023-6t"  # relative, so the page names the files as a user would see them
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip


def browser() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if found := shutil.which(name):
            return found
    sys.exit("no Chromium on this machine (apt-get install chromium)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="vi", choices=["vi", "en"])
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "html-report.png")
    parser.add_argument("--size", default="1100,1500", help="window width,height in pixels")
    args = parser.parse_args()

    from reformaudit import audit
    from reformaudit.reporting import render_html

    os.chdir(ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(render_html(audit(SAMPLE), lang=args.lang), encoding="utf-8")
        shot = Path(tmp) / "shot.png"
        subprocess.run(
            [browser(), *FLAGS, f"--user-data-dir={tmp}/profile", f"--window-size={args.size}",
             f"--screenshot={shot}", page.as_uri()],
            capture_output=True, timeout=120, check=False,
        )  # fmt: skip
        if not shot.exists():
            sys.exit("Chromium took no screenshot")
        shutil.copyfile(shot, args.output)
    print(args.output)


if __name__ == "__main__":
    main()
