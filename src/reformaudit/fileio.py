"""Write output files atomically: a temporary file in the target's folder, then a rename.

A reader never sees half a file, an interrupted run leaves the old file as it was, and the result gets
the permissions a new file of the user's would get (not the private ones of a temporary file).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomically(path: str | Path, write: Callable[[str], object]) -> Path:
    """Call ``write(temporary_path)``, then move the result to ``path``."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-reformaudit-", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def write_text_atomically(path: str | Path, text: str) -> Path:
    return write_atomically(path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))
