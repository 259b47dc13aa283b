"""Look inside an Office package (.xlsx, .xlsm, .docx) before any parser does.

Refused before parsing: a package larger than the limits when unzipped, a part compressed so much it
can only be a zip bomb, any XML part that declares a DOCTYPE or entities (Office never writes one;
"billion laughs" and external-entity attacks need one), and a package of the wrong kind (a Word file
renamed .xlsx).
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO

from ..limits import MB, current, size_words
from ..messages import english_words, refusal, words

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
MAIN_PART = {"workbook": "xl/workbook.xml", "document": "word/document.xml"}
HEAD = 4096
CHUNK = 8192
PLAIN_ONLY = 0x61  # flags of an encrypted (0x01, 0x40) or patched (0x20) entry
# A zip entry's local header; its last two fields are the lengths of its name and of its extra field.
LOCAL_HEADER = struct.Struct("<4s5H3L2H")


def check_file(path: Path, what) -> bytes:
    """Common refusals for any input file (``what`` it should be, in both languages); returns its first bytes."""
    if not path.exists():
        raise refusal("file.not-found", path=path)
    if path.is_dir():
        raise refusal(
            "file.is-folder", path=path, what=english_words(what) if isinstance(what, str) else what
        )
    size = path.stat().st_size
    if size == 0:
        raise refusal("file.empty", path=path)
    limit = current().max_file_mb
    if size > limit * MB:
        raise refusal("file.too-large", path=path, size=size_words(size), limit=limit)
    with path.open("rb") as handle:
        return handle.read(HEAD)


def _renamed(head: bytes, names: set[str], kind: str) -> str | None:
    """What the file really is, when it is not a package of ``kind``: a key of the catalogue's words."""
    if head.startswith(b"%PDF"):
        return "pdf"
    if "word/document.xml" in names and kind != "document":
        return "document"
    if "xl/workbook.xml" in names and kind != "workbook":
        return "workbook"
    if "ppt/presentation.xml" in names:
        return "presentation"
    return None


def inspect_package(path: Path, kind: str) -> None:
    """Raise :class:`AuditInputError` unless ``path`` is a safe Office package of ``kind``."""
    what = words(f"word.{kind}")
    head = check_file(path, what)
    if head.startswith(OLE_MAGIC):
        with path.open("rb") as handle:
            body = handle.read(256 * 1024)
        if "EncryptionInfo".encode("utf-16-le") in body:
            raise refusal("package.password", path=path)
        legacy = ".xls" if kind == "workbook" else ".doc"
        raise refusal("package.legacy", path=path, legacy=legacy, modern=words(f"word.{kind}-modern"))
    if head.startswith(b"%PDF"):
        raise refusal("package.renamed", path=path, other=words("word.pdf"), suffix=path.suffix, what=what)
    if not head.startswith(b"PK"):
        raise refusal("package.not-zip", path=path, what=what)
    try:
        with zipfile.ZipFile(path) as package:
            entries = package.infolist()
            names = {e.filename for e in entries}
            other = _renamed(head, names, kind)
            if other:
                other_what = words(f"word.{other}")
                raise refusal("package.renamed", path=path, other=other_what, suffix=path.suffix, what=what)
            if MAIN_PART[kind] not in names:
                raise refusal("package.no-main-part", path=path, what=what, part=MAIN_PART[kind])
            _check_sizes(path, entries)
            with path.open("rb") as raw:
                for entry in entries:
                    if entry.filename.endswith((".xml", ".rels", ".vml")):
                        if DTD.search(_head_of(raw, entry) or _head_through_zipfile(package, entry)):
                            raise refusal("package.entities", path=path, part=entry.filename)
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, ValueError) as exc:
        raise refusal("package.damaged", path=path, reason=exc, what=what) from None
    except (OSError, EOFError, zipfile.LargeZipFile) as exc:
        raise refusal("package.unreadable", path=path, reason=str(exc).splitlines()[0]) from None


def _head_through_zipfile(package: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bytes:
    with package.open(entry) as part:
        return part.read(HEAD)


def _head_of(raw: BinaryIO, entry: zipfile.ZipInfo) -> bytes | None:
    """The first ``HEAD`` bytes of a plain stored or deflated part, read straight from the file (zipfile's
    machinery costs ~20 µs a part); None for anything else (encrypted, another method, a header or data that
    does not check out), which :mod:`zipfile` then reads and refuses as it does."""
    if entry.flag_bits & PLAIN_ONLY or entry.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return None
    raw.seek(entry.header_offset)
    header = raw.read(LOCAL_HEADER.size)
    if len(header) < LOCAL_HEADER.size or not header.startswith(b"PK\x03\x04"):
        return None
    name_length, extra_length = LOCAL_HEADER.unpack(header)[-2:]
    name = raw.read(name_length).decode("utf-8" if entry.flag_bits & 0x800 else "cp437", errors="replace")
    if name != entry.orig_filename:
        return None
    raw.seek(extra_length, 1)
    wanted = min(HEAD, entry.file_size)
    if entry.compress_type == zipfile.ZIP_STORED:
        head = raw.read(min(wanted, entry.compress_size))
    else:
        inflate, head, left = zlib.decompressobj(-15), b"", entry.compress_size
        try:
            while len(head) < wanted and left > 0:
                chunk = raw.read(min(CHUNK, left))
                if not chunk:
                    break
                left -= len(chunk)
                head += inflate.decompress(chunk, wanted - len(head))
        except zlib.error:
            return None
    if len(head) < wanted or (wanted == entry.file_size and zlib.crc32(head) != entry.CRC):
        return None  # short or damaged: zipfile says how
    return head


def _check_sizes(path: Path, entries: list[zipfile.ZipInfo]) -> None:
    limits = current()
    total = sum(e.file_size for e in entries)
    if total > limits.max_unzipped_mb * MB:
        size, limit = size_words(total), limits.max_unzipped_mb
        raise refusal("package.unzipped-too-large", path=path, size=size, limit=limit)
    for entry in entries:
        if entry.file_size > MB and entry.file_size > limits.max_ratio * max(entry.compress_size, 1):
            ratio = entry.file_size / max(entry.compress_size, 1)
            raise refusal(
                "package.ratio", path=path, part=entry.filename, ratio=round(ratio), limit=limits.max_ratio
            )
