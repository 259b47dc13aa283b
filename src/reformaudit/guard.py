"""One guard for every file reformaudit writes: nothing is written over an input, into a report folder
being read, or over a workbook or document, and every refusal comes before anything is read.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .errors import AuditInputError

# An existing file of these kinds is someone's work: a result is never written over it.
PRECIOUS_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".docx", ".doc", ".odt", ".pdf", ".rtf"}


def refuse(vi: str, en: str, kind: type[Exception] = AuditInputError) -> Exception:
    """An exception whose message is ``en`` and which also carries the Vietnamese ``vi`` for the command."""
    error = kind(en)
    error.vi = vi
    return error


def say(error: Exception, lang: str) -> str:
    """The one line a user reads: Vietnamese then English, or English alone with ``--lang en``."""
    vi = getattr(error, "vi", None)
    if vi is None or lang == "en":
        return str(error)
    return f"{vi} — {error}"


@dataclass(frozen=True)
class Inputs:
    """What an audit reads: its files, and the folders it reads files from (all resolved)."""

    files: frozenset[Path]
    folders: frozenset[Path]

    @classmethod
    def of(cls, paths) -> Inputs:
        files, folders = set(), set()
        for raw in paths:
            path = Path(raw).resolve()
            if path.is_dir():
                folders.add(path)
                files.update(p for p in path.iterdir() if p.is_file())
            else:
                files.add(path)
        return cls(frozenset(files), frozenset(folders))

    def holds(self, target: Path) -> bool:
        """Whether ``target`` (resolved) is an input, the same file under another name, or in a folder read."""
        if target in self.files or any(target.is_relative_to(f) for f in self.folders):
            return True
        return target.exists() and any(f.exists() and os.path.samefile(f, target) for f in self.files)


def guard_output(path: str | Path, inputs: Inputs, what: str = "result") -> Path:
    """The resolved place to write ``path``, or a refusal that names the path and the fix."""
    shown = Path(path)
    target = shown.resolve()
    if target.is_dir():
        raise refuse(
            f"{shown}: là một thư mục; hãy cho tên tệp, ví dụ {shown / 'ket-qua.txt'}",
            f"{shown}: is a folder; give a file name, for example {shown / 'ket-qua.txt'}",
        )
    if not target.parent.is_dir():
        raise refuse(
            f"{shown}: không có thư mục {shown.parent}; hãy tạo thư mục trước hoặc chọn thư mục khác",
            f"{shown}: the folder {shown.parent} does not exist; create it first or choose another folder",
        )
    folder = next((f for f in inputs.folders if target.is_relative_to(f)), None)
    if folder is not None:
        suffix = ".txt" if target.suffix.lower() in PRECIOUS_SUFFIXES else target.suffix
        elsewhere = folder.parent / f"{folder.name}-ket-qua{suffix}"
        raise refuse(
            f"{shown}: không ghi {_vi(what)} vào thư mục báo cáo đang được kiểm tra ({folder}); "
            f"hãy ghi ra chỗ khác, ví dụ {elsewhere}",
            f"{shown}: refusing to write inside the report folder being read ({folder}); "
            f"write the {what} elsewhere, for example {elsewhere}",
        )
    if inputs.holds(target):
        raise refuse(
            f"{shown}: không ghi {_vi(what)} đè lên tệp đầu vào; hãy chọn tên tệp khác",
            f"{shown}: refusing to write the {what} over an input file; choose another file name",
        )
    if target.is_file() and target.suffix.lower() in PRECIOUS_SUFFIXES:
        raise refuse(
            f"{shown}: không ghi {_vi(what)} đè lên một bảng tính/văn bản có sẵn; hãy chọn tên tệp khác",
            f"{shown}: refusing to write the {what} over an existing workbook or document; choose another file name",
        )
    return target


def guard_marked_copies(directory: str | Path, sources: list[Path], inputs: Inputs) -> list[Path]:
    """Where the marked copies of ``sources`` go in ``directory``; refused as a whole if one is unsafe."""
    folder = Path(directory)
    if folder.exists() and not folder.is_dir():
        raise refuse(
            f"{folder}: đã có một tệp mang tên này; --annotate cần một thư mục",
            f"{folder}: a file of this name exists; --annotate needs a folder",
        )
    resolved = folder.resolve()
    inside = next((f for f in inputs.folders if resolved.is_relative_to(f)), None)
    if inside is not None:
        raise refuse(
            f"{folder}: không ghi bản đánh dấu vào thư mục báo cáo đang được kiểm tra ({inside}); hãy chọn thư mục khác",
            f"{folder}: refusing to write marked copies inside the report folder being read ({inside}); choose another folder",
        )
    targets = []
    for source in sources:
        target = resolved / source.name
        if inputs.holds(target):
            raise refuse(
                f"{folder / source.name}: không ghi bản đánh dấu đè lên tệp đầu vào; hãy chọn thư mục khác",
                f"{folder / source.name}: refusing to write a marked copy over an input; choose another folder",
            )
        targets.append(target)
    return targets


def check_distinct(output: Path | None, copies: list[Path]) -> None:
    """The result and a marked copy must not be the same file."""
    if output is not None and output in copies:
        raise refuse(
            f"{output}: --output trùng với một bản đánh dấu của --annotate; hãy chọn tên khác",
            f"{output}: --output is also where --annotate writes a marked copy; choose another name",
        )


def _vi(what: str) -> str:
    return {"result": "kết quả", "summary": "kết quả tổng hợp"}.get(what, what)
