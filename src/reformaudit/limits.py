"""Documented limits on what an audit reads, so that no file can exhaust time or memory.

Each limit can be changed with an environment variable (``REFORMAUDIT_MAX_UNZIPPED_MB=800``) or, for
one run, with the command's options (``reformaudit check --max-unzipped-mb 800 ...``).

| limit | default | what it bounds |
| --- | --- | --- |
| ``max_file_mb`` | 100 | size of any input file |
| ``max_unzipped_mb`` | 500 | declared uncompressed size of a .xlsx/.xlsm/.docx package |
| ``max_ratio`` | 200 | compression ratio of any part larger than 1 MB (a zip bomb compresses far more) |
| ``max_cells`` | 2 000 000 | non-empty cells read from one workbook |
| ``max_text_mb`` | 20 | text of a narrative after decoding |
| ``max_numbers_per_sentence`` | 400 | numbers in one sentence for claims to be sought in it |
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace

from .catalogue.model import Text

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_file_mb: float = 100.0  # floats, not 100: configure() keeps each limit's type (0.5 MB stays 0.5)
    max_unzipped_mb: float = 500.0
    max_ratio: float = 200.0
    max_cells: int = 2_000_000
    max_text_mb: float = 20.0
    max_numbers_per_sentence: int = 400


def _from_environment() -> Limits:
    limits = Limits()
    changes = {}
    for f in fields(Limits):
        raw = os.environ.get(f"REFORMAUDIT_{f.name.upper()}")
        if raw:
            try:
                changes[f.name] = type(getattr(limits, f.name))(float(raw))
            except ValueError:
                pass
    return replace(limits, **changes)


_current = _from_environment()


def current() -> Limits:
    return _current


def size_text(size: int) -> str:
    """A file size a user can compare with a limit in MB: "512 bytes", "3.4 KB", "120 MB".

    >>> size_text(512), size_text(3500), size_text(150 * MB)
    ('512 bytes', '3.4 KB', '150 MB')
    """
    if size < 1024:
        return f"{size} bytes"
    if size < MB:
        return f"{size / 1024:.2g} KB" if size < 10 * 1024 else f"{size / 1024:.0f} KB"
    return f"{size / MB:.2g} MB" if size < 10 * MB else f"{size / MB:.0f} MB"


def size_words(size: int) -> Text:
    """A file size in both languages: "3,4 KB" and "3.4 KB".

    >>> size_words(3500)
    Text(vi='3,4 KB', en='3.4 KB')
    """
    en = size_text(size)
    return Text(en.replace(".", ",").replace("bytes", "byte"), en)


def export(limits: Limits) -> None:
    """Set the environment variables of ``limits`` so that worker processes read the same limits."""
    for f in fields(Limits):
        os.environ[f"REFORMAUDIT_{f.name.upper()}"] = repr(getattr(limits, f.name))


def configure(**changes) -> Limits:
    """Change limits for the rest of this process (the command line does this for its options)."""
    global _current
    typed = {k: type(getattr(_current, k))(v) for k, v in changes.items() if v is not None}
    _current = replace(_current, **typed)
    return _current
