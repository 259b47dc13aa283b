"""Look inside an Office package (.xlsx, .xlsm, .docx) before any parser does.

Refused before parsing: a package larger than the limits when unzipped, a part compressed so much it
can only be a zip bomb, any XML part that declares a DOCTYPE or entities (Office never writes one;
"billion laughs" and external-entity attacks need one), and a package of the wrong kind (a Word file
renamed .xlsx).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from ..errors import AuditInputError
from ..limits import MB, current, size_text

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
MAIN_PART = {"workbook": "xl/workbook.xml", "document": "word/document.xml"}
WHAT = {"workbook": "an Excel workbook (.xlsx)", "document": "a Word document (.docx)"}
HEAD = 4096


def check_file(path: Path, what: str) -> bytes:
    """Common refusals for any input file; returns its first bytes."""
    if not path.exists():
        raise AuditInputError(f"{path}: file not found")
    if path.is_dir():
        raise AuditInputError(f"{path}: is a folder, not {what}")
    size = path.stat().st_size
    if size == 0:
        raise AuditInputError(f"{path}: the file is empty")
    limit = current().max_file_mb
    if size > limit * MB:
        raise AuditInputError(
            f"{path}: {size_text(size)} is over the {limit:g} MB limit (--max-file-mb, REFORMAUDIT_MAX_FILE_MB)"
        )
    with path.open("rb") as handle:
        return handle.read(HEAD)


def _renamed(head: bytes, names: set[str], kind: str) -> str | None:
    if head.startswith(b"%PDF"):
        return "a PDF file"
    if "word/document.xml" in names and kind != "document":
        return "a Word document (.docx)"
    if "xl/workbook.xml" in names and kind != "workbook":
        return "an Excel workbook (.xlsx)"
    if "ppt/presentation.xml" in names:
        return "a PowerPoint presentation"
    return None


def inspect_package(path: Path, kind: str) -> None:
    """Raise :class:`AuditInputError` unless ``path`` is a safe Office package of ``kind``."""
    head = check_file(path, WHAT[kind])
    if head.startswith(OLE_MAGIC):
        with path.open("rb") as handle:
            body = handle.read(256 * 1024)
        if "EncryptionInfo".encode("utf-16-le") in body:
            raise AuditInputError(
                f"{path}: the file is password-protected; open it, remove the password and save a copy"
            )
        legacy = ".xls" if kind == "workbook" else ".doc"
        modern = ".xlsx (Excel Workbook)" if kind == "workbook" else ".docx (Word Document)"
        raise AuditInputError(f"{path}: a legacy {legacy} file; open it and save it as {modern}")
    if head.startswith(b"%PDF"):
        raise AuditInputError(f"{path}: this is a PDF file renamed {path.suffix}; give {WHAT[kind]}")
    if not head.startswith(b"PK"):
        raise AuditInputError(
            f"{path}: not {WHAT[kind]} (an Office file is a zip package; this file is not one)"
        )
    try:
        with zipfile.ZipFile(path) as package:
            entries = package.infolist()
            names = {e.filename for e in entries}
            other = _renamed(head, names, kind)
            if other:
                raise AuditInputError(f"{path}: this is {other} renamed {path.suffix}; give {WHAT[kind]}")
            if MAIN_PART[kind] not in names:
                raise AuditInputError(f"{path}: not {WHAT[kind]} (the package has no {MAIN_PART[kind]})")
            _check_sizes(path, entries)
            for entry in entries:
                if entry.filename.endswith((".xml", ".rels", ".vml")):
                    with package.open(entry) as part:
                        if DTD.search(part.read(HEAD)):
                            raise AuditInputError(
                                f"{path}: {entry.filename} declares XML entities (a billion-laughs or external-entity "
                                "attack); the file was not opened"
                            )
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, ValueError) as exc:
        raise AuditInputError(
            f"{path}: the file is damaged or truncated ({exc}); save {WHAT[kind]} again"
        ) from None

    except (OSError, EOFError, zipfile.LargeZipFile) as exc:
        raise AuditInputError(f"{path}: cannot read the package: {exc}".splitlines()[0]) from None


def _check_sizes(path: Path, entries: list[zipfile.ZipInfo]) -> None:
    limits = current()
    total = sum(e.file_size for e in entries)
    if total > limits.max_unzipped_mb * MB:
        raise AuditInputError(
            f"{path}: unzips to {size_text(total)}, over the {limits.max_unzipped_mb:g} MB limit "
            "(a zip bomb, or a file too large to audit; --max-unzipped-mb, REFORMAUDIT_MAX_UNZIPPED_MB)"
        )
    for entry in entries:
        if entry.file_size > MB and entry.file_size > limits.max_ratio * max(entry.compress_size, 1):
            ratio = entry.file_size / max(entry.compress_size, 1)
            raise AuditInputError(
                f"{path}: {entry.filename} is compressed {ratio:.0f} times, over the {limits.max_ratio:g} limit "
                "(a zip bomb; --max-ratio, REFORMAUDIT_MAX_RATIO)"
            )
