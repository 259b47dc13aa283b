"""Every file of a report accounted for: read, ignored for a stated reason, or refused — never skipped
without a word.

Read: workbooks (.xlsx, .xlsm) and narratives (.docx, .pdf, .txt; of narratives sharing a name, the Word
file). Ignored, each with its reason: Office lock files (``~$…``), hidden files, sub-folders, this tool's
own results, a byte-for-byte copy of a file already read, an older format of a file read under the same
name, and files of other kinds. Refused (the report cannot be audited): a workbook or document in a format
that cannot be read (.xls, .xlsb, .ods, .csv, .doc, .odt, .rtf), and an archive (.zip, .rar, …) given as the
report or as all a folder holds: its files are to be unpacked first.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .catalogue import Text
from .limits import MB, current
from .loading.excel import WORKBOOK_SUFFIXES
from .messages import message, refusal, words

NARRATIVE_SUFFIXES = (".docx", ".pdf", ".txt")  # in order of preference between files of one name
READABLE = {*WORKBOOK_SUFFIXES, *NARRATIVE_SUFFIXES}
SAVE_AS_XLSX, SAVE_AS_DOCX = words("kind.save-as-xlsx"), words("kind.save-as-docx")
UNREADABLE = {
    suffix: (
        words(f"kind.{suffix}"),
        SAVE_AS_XLSX if suffix in (".xls", ".xlsb", ".ods", ".csv") else SAVE_AS_DOCX,
    )
    for suffix in (".xls", ".xlsb", ".ods", ".csv", ".doc", ".odt", ".rtf")
}
REPORT_LIKE = READABLE | set(UNREADABLE)
ARCHIVES = (".zip", ".rar", ".7z", ".tar", ".gz", ".tgz")  # reports sent by e-mail often come packed
# The first line of a text result ("Báo cáo X: 1.203 lỗi, …" / "Report X: 1 error, …", "13 errors", older "3 error(s)").
OWN_RESULT = re.compile(r"^\ufeff?#? ?(Báo cáo .*: [\d.]+ lỗi|Report .*: [\d,]+ error(?:s|\(s\))?\b)")

LOCK, HIDDEN, SUBFOLDER, OWN, OTHER = (
    words(f"ignored.{why}") for why in ("lock", "hidden", "subfolder", "own", "other")
)


@dataclass
class Inventory:
    """The files of one report: those read, those left aside with why, and exact copies of files read."""

    read: list[Path] = field(default_factory=list)
    ignored: list[tuple[Path, Text]] = field(default_factory=list)
    copies: list[tuple[Path, Path]] = field(default_factory=list)  # (copy, the file read instead)

    def to_dicts(self, lang: str) -> list[dict]:
        left = [{"path": str(p), "reason": reason(lang)} for p, reason in self.ignored]
        same = [message("ignored.copy", lang, original=o.name) for _, o in self.copies]
        return left + [{"path": str(c), "reason": why} for (c, _), why in zip(self.copies, same)]


def not_found(path: Path) -> Exception:
    return refusal("path.not-found", path=path)


def unreadable(path: Path) -> Exception:
    what, fix = UNREADABLE[path.suffix.lower()]
    return refusal("path.unreadable-kind", path=path, what=what, fix=fix)


def packed(path: Path) -> Exception:
    return refusal("path.archive", path=path, folder=path.parent / path.name.split(".")[0])


def take_stock(paths: Sequence[str | Path]) -> Inventory:
    """Sort every file of one report (files and folders as the user named them) into read and ignored."""
    stock = Inventory()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise not_found(path)
        if path.is_dir():
            _folder(path, stock)
        elif path.suffix.lower() in UNREADABLE:
            raise unreadable(path)
        elif path.suffix.lower() in ARCHIVES:
            raise packed(path)
        else:
            stock.read.append(
                path
            )  # a file named explicitly is read whatever its kind (and refused if it cannot be)
    _set_copies_aside(stock)
    return stock


def _folder(folder: Path, stock: Inventory) -> None:
    files = sorted(folder.iterdir())
    kept: dict[tuple[str, str], Path] = {}  # (name without suffix, workbook|narrative) -> the file read
    later: list[Path] = []
    for path in files:
        why = _ignored(path)
        if why is not None:
            stock.ignored.append((path, why))
        elif path.suffix.lower() in READABLE:
            _keep(path, kept, stock)
        else:
            later.append(path)
    for path in later:
        if path.suffix.lower() not in UNREADABLE:
            stock.ignored.append((path, OTHER))
        elif (path.stem, _family(path)) in kept:
            read = kept[(path.stem, _family(path))].name
            stock.ignored.append((path, _filled("ignored.older", read=read)))
        else:
            raise unreadable(path)
    stock.read.extend(sorted(kept.values(), key=lambda p: _family(p) == "workbook"))  # narratives first
    if not kept:
        inner = _report_subfolders(folder)
        if inner:
            names = ", ".join(str(p.relative_to(folder)) for p in inner[:3]) + (
                ", …" if len(inner) > 3 else ""
            )
            raise refusal(
                "folder.reports-in-subfolders",
                path=folder,
                count=len(inner),
                names=names,
                example=inner[0],
                folder=folder,
            )
        archive = next((p for p in files if p.suffix.lower() in ARCHIVES and _ignored(p) is None), None)
        if archive is not None:
            raise packed(archive)  # the report is inside it
        raise refusal("folder.no-report-file", path=folder)


def _report_subfolders(folder: Path) -> list[Path]:
    """The visible sub-folders of ``folder`` (at any depth) that hold a report: those a batch of it audits."""
    return [
        paths[0]
        for name, paths in discover_reports(folder)
        if paths[0].is_dir() and not any(part.startswith(".") for part in Path(name).parts)
    ]


def _is_report_file(entry: os.DirEntry) -> bool:
    """A file that makes its folder a report: one that is read, or one refused for its format (an archive too: it
    is counted, as unreadable, and not passed over)."""
    name = entry.name
    suffix = Path(name).suffix.lower()
    return (
        entry.is_file() and (suffix in REPORT_LIKE or suffix in ARCHIVES) and not name.startswith(("~$", "."))
    )


def discover_reports(root: str | Path) -> list[tuple[str, list[Path]]]:
    """(name, paths) of every report under ``root``: each folder holding report files is one report,
    and a lone file directly in ``root`` is a report of its own. A folder holding only a file that
    cannot be read (a legacy .xls) is a report too: it is counted, as unreadable. Folders in the order of
    their paths; a folder linked to is looked into, not what it holds below."""
    root = Path(root)
    with os.scandir(root) as listed:
        entries = sorted(listed, key=lambda e: e.name)
    reports = [(Path(e.name).stem, [root / e.name]) for e in entries if _is_report_file(e)]
    folders: list[tuple[tuple[str, ...], bool]] = []
    _folders_below(entries, (), folders)
    for parts, holds_report in sorted(folders):
        if holds_report:
            reports.append((str(Path(*parts)), [root.joinpath(*parts)]))
    return reports


def _folders_below(entries: list[os.DirEntry], parts: tuple[str, ...], out: list) -> None:
    """Each folder among ``entries`` (``parts``: their folder below the root) and those below it, with whether
    it holds a report file: every folder is listed once (a thousand report folders: ~20 ms, ~60 ms through
    pathlib)."""
    for entry in entries:
        if not entry.is_dir():
            continue
        with os.scandir(entry.path) as listed:
            inner = list(listed)
        out.append(((*parts, entry.name), any(_is_report_file(e) for e in inner)))
        if not entry.is_symlink():
            _folders_below(inner, (*parts, entry.name), out)


def _ignored(path: Path) -> Text | None:
    if path.name.startswith("~$"):
        return LOCK
    if path.name.startswith("."):
        return HIDDEN
    if path.is_dir():
        return SUBFOLDER
    if path.suffix.lower() == ".txt" and _own_result(path):
        return OWN
    return None


def _own_result(path: Path) -> bool:
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            return bool(OWN_RESULT.match(handle.readline(2000)))
    except OSError:
        return False


def _family(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in WORKBOOK_SUFFIXES or UNREADABLE.get(suffix, (None, None))[1] is SAVE_AS_XLSX:
        return "workbook"
    return "narrative"


def _keep(path: Path, kept: dict, stock: Inventory) -> None:
    """Keep ``path`` unless a narrative of the same name is preferred to it (and set aside the other)."""
    key = (path.stem, _family(path))
    other = kept.get(key)
    if other is None or key[1] == "workbook":
        kept[key if other is None else (path.name, key[1])] = path
        return
    first, second = sorted([other, path], key=lambda p: NARRATIVE_SUFFIXES.index(p.suffix.lower()))
    kept[key] = first
    stock.ignored.append((second, _filled("ignored.same-name", read=first.name)))


def _filled(key: str, **fields) -> Text:
    return Text(message(key, "vi", **fields), message(key, "en", **fields))


def _set_copies_aside(stock: Inventory) -> None:
    """Of files with the same bytes ("bieu-mau.xlsx", "bieu-mau (1).xlsx"), read the one with the shortest name.
    Only files of the same size are compared (hashed): a report of one file, or of files of different sizes,
    reads none of them twice."""
    sizes = {path: _size(path) for path in stock.read}
    alike = Counter(size for size in sizes.values() if size is not None)
    seen: dict[tuple[int, str], Path] = {}
    read = []
    for path in sorted(stock.read, key=lambda p: (len(p.name), p.name)):
        size = sizes[path]
        fingerprint = _fingerprint(path, size) if size is not None and alike[size] > 1 else None
        if fingerprint is not None and fingerprint in seen:
            stock.copies.append((path, seen[fingerprint]))
            continue
        if fingerprint is not None:
            seen[fingerprint] = path
        read.append(path)
    order = {p: i for i, p in enumerate(stock.read)}
    stock.read = sorted(read, key=order.__getitem__)


def _size(path: Path) -> int | None:
    """The file's size, None when it cannot be a copy worth setting aside (empty or too large: refused when
    it is read) or cannot be looked at."""
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return None if size == 0 or size > current().max_file_mb * MB else size


def _fingerprint(path: Path, size: int) -> tuple[int, str] | None:
    try:
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        return size, digest.hexdigest()
    except OSError:
        return None
