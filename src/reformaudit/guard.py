"""One guard for every file reformaudit writes: nothing is written over an input, into a report folder
being read, or over a workbook or document, and every refusal comes before anything is read.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .errors import AuditInputError
from .messages import refusal, say, words

__all__ = ["Inputs", "check_distinct", "guard_marked_copies", "guard_output", "refuse", "say"]

# An existing file of these kinds is someone's work: a result is never written over it.
PRECIOUS_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".docx", ".doc", ".odt", ".pdf", ".rtf"}


def refuse(vi: str, en: str, kind: type[Exception] = AuditInputError) -> Exception:
    """An exception whose message is ``en`` and which also carries the Vietnamese ``vi`` (for messages
    not in the catalogue yet; prefer :func:`reformaudit.messages.refusal`)."""
    error = kind(en)
    setattr(error, "vi", vi)  # noqa: B010  (read back by messages.say)
    return error


@dataclass(frozen=True)
class Inputs:
    """What an audit reads: its files, and the folders it reads files from (all resolved)."""

    files: frozenset[Path]
    folders: frozenset[Path]

    @classmethod
    def of(cls, paths) -> Inputs:
        files: set[Path] = set()
        folders: set[Path] = set()
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
        raise refusal("output.is-folder", path=shown, example=shown / "ket-qua.txt")
    if not target.parent.is_dir():
        raise refusal("output.no-folder", path=shown, folder=shown.parent)
    folder = next((f for f in inputs.folders if target.is_relative_to(f)), None)
    if folder is not None:
        suffix = ".txt" if target.suffix.lower() in PRECIOUS_SUFFIXES else target.suffix
        elsewhere = folder.parent / f"{folder.name}-ket-qua{suffix}"
        raise refusal(
            "output.inside-report-folder", path=shown, what=_what(what), folder=folder, example=elsewhere
        )
    if inputs.holds(target):
        raise refusal("output.over-input", path=shown, what=_what(what))
    if target.is_file() and target.suffix.lower() in PRECIOUS_SUFFIXES:
        raise refusal("output.over-document", path=shown, what=_what(what))
    return target


def guard_marked_copies(directory: str | Path, sources: list[Path], inputs: Inputs) -> list[Path]:
    """Where the marked copies of ``sources`` go in ``directory``; refused as a whole if one is unsafe."""
    folder = Path(directory)
    if folder.exists() and not folder.is_dir():
        raise refusal("annotate.is-file", path=folder)
    resolved = folder.resolve()
    inside = next((f for f in inputs.folders if resolved.is_relative_to(f)), None)
    if inside is not None:
        raise refusal("annotate.inside-report-folder", path=folder, folder=inside)
    targets = []
    for source in sources:
        target = resolved / source.name
        if inputs.holds(target):
            raise refusal("annotate.over-input", path=folder / source.name)
        targets.append(target)
    return targets


def check_distinct(output: Path | None, copies: list[Path]) -> None:
    """The result and a marked copy must not be the same file."""
    if output is not None and output in copies:
        raise refusal("output.is-marked-copy", path=output)


def _what(what: str):
    """ "result" or "summary", in both languages."""
    return words(f"word.{what}")
