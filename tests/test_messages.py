"""One language at a time: every message of the catalogue, and the real command on bad inputs, speak
Vietnamese under --lang vi (no English word) and English under --lang en (no Vietnamese word)."""

from __future__ import annotations

import re
import shutil
from dataclasses import asdict
from pathlib import Path

import pytest

from reformaudit.cli import main
from reformaudit.limits import configure, current
from reformaudit.messages import _entries, keys, language, message, recognise, words

from .conftest import BINH_PHUOC, CONSISTENT
from .test_cli import run

BAD = Path(__file__).parent / "data" / "bad"
FIELD = re.compile(r"\{(\w+)\}")
VIETNAMESE = re.compile(
    "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE
)
WORD = re.compile(r"[A-Za-z]+")


def _ascii_words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(FIELD.sub(" ", text))}


def _english_only_words() -> set[str]:
    """Words of the English texts that no Vietnamese text uses ("refusing", "folder", "the", …)."""
    english = set().union(*(_ascii_words(t.en) for s in _entries().values() for t in s.values()))
    vietnamese = set().union(*(_ascii_words(t.vi) for s in _entries().values() for t in s.values()))
    return {w for w in english - vietnamese if len(w) > 1} | {"usage", "the", "of", "is", "not"}


ENGLISH = _english_only_words()
# What either language writes as is: options and their values, variables, quoted document text.
AS_IS = re.compile(r"--[\w-]+|\{[^}]*\}|REFORMAUDIT_\w+|“[^”]*”|'[^']*'|\[[^\]]*\]")


def english_in(line: str) -> set[str]:
    """The English words of a line meant to be Vietnamese ("error:" counts; the value error does not)."""
    found = {w.lower() for w in WORD.findall(AS_IS.sub(" ", line))} & ENGLISH
    return found | ({"error:"} if re.search(r"\berror:", line) else set())


def vietnamese_in(line: str) -> list[str]:
    """The Vietnamese letters of a line meant to be English."""
    return VIETNAMESE.findall(AS_IS.sub(" ", line))


def _sample(template: str) -> dict:
    return {
        name: 12 if name in ("limit", "count", "done", "total") else "bao-cao"
        for name in FIELD.findall(template)
    }


@pytest.mark.parametrize("key", keys())
def test_every_message_is_written_in_each_language_alone(key):
    text = words(key)
    left_out = set(FIELD.findall(text.en)) - set(FIELD.findall(text.vi))
    assert left_out <= {"reason"} and set(FIELD.findall(text.vi)) <= set(FIELD.findall(text.en)), key
    if key.startswith("refusal.") and left_out:  # a library's English words, left out in Vietnamese
        assert "--lang en" in text.vi, key
    fields = _sample(text.en)
    vi, en = message(key, "vi", **fields), message(key, "en", **fields)
    assert vi and en
    assert not english_in(vi), (key, vi, english_in(vi))
    assert not vietnamese_in(en), (key, en)


@pytest.mark.parametrize("msgid", list(_entries()["argparse"]))
def test_argparse_words_keep_their_placeholders(msgid):
    text = words(f"argparse.{msgid}")
    placeholders = re.compile(r"%\(\w+\)[sr]|%[sr]")
    assert text.en == msgid
    assert sorted(placeholders.findall(text.vi)) == sorted(
        p for p in placeholders.findall(msgid) if "type" not in p
    )
    assert not vietnamese_in(text.en)


def _folder(tmp_path: Path, *extra: tuple[Path, str]) -> Path:
    folder = tmp_path / "bao-cao"
    folder.mkdir()
    shutil.copy(CONSISTENT / "bieu-mau.xlsx", folder / "bieu-mau.xlsx")
    for source, name in extra:
        shutil.copy(source, folder / name)
    return folder


def _cases(tmp_path: Path) -> list[tuple[list[str], int]]:
    """Bad inputs, each with the arguments of the command and its exit status."""
    legacy = tmp_path / "co-xls"
    legacy.mkdir()
    shutil.copy(BINH_PHUOC / "bao-cao.txt", legacy / "bao-cao.txt")
    shutil.copy(BAD / "legacy.xls", legacy / "bieu-mau.xls")
    (tmp_path / "rong.xlsx").write_bytes(b"")
    folder = _folder(tmp_path, (CONSISTENT / "bieu-mau.xlsx", "~$bieu-mau.xlsx"))
    renamed = {  # file names without English words, so that only the messages are judged
        "scan.pdf": "ban-quet.pdf",
        "latin1.txt": "ma-khac.txt",
        "zip-bomb.xlsx": "bom-zip.xlsx",
        "word-renamed.xlsx": "doi-duoi.xlsx",
        "encrypted.xlsx": "mat-khau.xlsx",
        "billion-laughs.docx": "bom-xml.docx",
        "truncated.xlsx": "cat-cuoi.xlsx",
        "truncated.docx": "cat-cuoi.docx",
    }
    for name, new in renamed.items():
        shutil.copy(BAD / name, tmp_path / new)
    return [
        (["check", "co-xls"], 2),
        (["check", "rong.xlsx"], 2),
        (["check", "khong-co.xlsx"], 2),
        (["check", "bao-cao", "--output", "bao-cao/ket-qua.txt"], 2),
        (["check", "bao-cao", "--output", "bao-cao"], 2),
        (["check", str(folder), "--annotate", "bao-cao/danh-dau"], 2),
        (["check", "bao-cao", "--output", "ket-qua.txt"], 0),  # "không đọc ~$bieu-mau.xlsx: …"
        *((["check", name], 2) for name in renamed.values()),
        (["check", "bao-cao/bieu-mau.xlsx", "--max-file-mb", "0.001"], 2),
        (["batch", "khong-co"], 2),
        (["batch", "rong.xlsx"], 2),
        (["batch", "bao-cao", "--executor", "dask"], 2),
        (["check", "bao-cao", "--khong-co"], 2),  # usage errors: argparse's own words
        (["check"], 2),
        (["check", "bao-cao", "--format", "pdf"], 2),
        (["check", "bao-cao", "--max-cells", "0"], 2),
        (["batch", "bao-cao", "--jobs", "hai"], 2),
        (["kiem-tra"], 2),
        (["--help"], 0),
        (["check", "--help"], 0),
        (["batch", "--help"], 0),
    ]


def _main(args: list[str], capsys) -> tuple[int, str]:
    """The command's exit status and what it said to the user (standard error, or the help)."""
    limits = asdict(current())
    try:
        status = main(args)
    except SystemExit as stop:  # argparse: --help, usage errors
        status = stop.code
    finally:
        configure(**limits)  # --max-* options hold for the rest of a process: one command here
    captured = capsys.readouterr()
    return status, captured.err + (captured.out if "--help" in args else "")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_command_on_bad_input_speaks_one_language(tmp_path, lang, capsys, monkeypatch):
    cases = _cases(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REFORMAUDIT_LANG", raising=False)
    for args, status in cases:
        said, text = _main([*args, "--lang", lang], capsys)
        assert said == status, (args, text)
        lines = [line for line in text.replace(str(tmp_path), "").splitlines() if line.strip()]
        assert lines and (status == 0 or len(lines) == 1), (args, lines)  # a refusal or usage error: one line
        for line in lines:
            wrong = english_in(line) if lang == "vi" else vietnamese_in(line)
            assert not wrong, (args, line, wrong)
    assert sorted(p.name for p in (tmp_path / "bao-cao").iterdir()) == ["bieu-mau.xlsx", "~$bieu-mau.xlsx"]


def test_ignored_files_are_said_in_the_chosen_language(tmp_path):
    _folder(tmp_path, (CONSISTENT / "bieu-mau.xlsx", "~$bieu-mau.xlsx"))
    vi = run("check", "bao-cao", cwd=tmp_path)
    en = run("check", "bao-cao", "--lang", "en", cwd=tmp_path)
    assert vi.returncode == en.returncode == 0
    assert vi.stderr.startswith("reformaudit: không đọc ") and "tệp khóa tạm của Office" in vi.stderr
    assert en.stderr.startswith("reformaudit: not read ") and "an Office lock file" in en.stderr
    assert not english_in(vi.stderr) and not vietnamese_in(en.stderr.replace("~$bieu-mau.xlsx", ""))


def test_the_language_is_found_before_the_command_is_parsed(tmp_path):
    assert language(["check", "x", "--lang", "en"]) == "en"
    assert language(["--lang=en", "check", "x"], {}) == "en"
    assert language(["check", "en"], {}) == "vi"  # a file named en is not a language
    assert language(["check", "x"], {"REFORMAUDIT_LANG": "en"}) == "en"
    assert language(["check", "x", "--lang", "vi"], {"REFORMAUDIT_LANG": "en"}) == "vi"
    assert language([], {"REFORMAUDIT_LANG": "fr"}) == "vi"
    english = run("check", "--help", env={"REFORMAUDIT_LANG": "en"})
    assert english.stdout.startswith("usage: reformaudit check") and not vietnamese_in(english.stdout)
    vietnamese = run("--lang", "vi", "check", "--help", env={"REFORMAUDIT_LANG": "en"})
    assert vietnamese.stdout.startswith("cách dùng: reformaudit check") and "tuỳ chọn:" in vietnamese.stdout
    missing = run("check", env={"REFORMAUDIT_LANG": "en"})
    assert missing.returncode == 2 and "the following arguments are required: PATH" in missing.stderr
    missing = run("check", tmp_path / "khong-co.xlsx", env={"REFORMAUDIT_LANG": "en"})
    assert missing.returncode == 2 and "no such folder or file" in missing.stderr


def _english_raises() -> list[tuple[str, str]]:
    """(place, text with each field as "X") of every error raised in the code with English text alone."""
    import ast

    found = []
    for path in sorted((Path(__file__).parent.parent / "src" / "reformaudit").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") in ("AuditInputError", "RulesError")
            ):
                continue
            text = next(
                (n for n in ast.walk(node.args[0]) if isinstance(n, (ast.JoinedStr, ast.Constant))), None
            )
            if isinstance(text, ast.JoinedStr):
                text = "".join(v.value if isinstance(v, ast.Constant) else "X" for v in text.values)
                found.append((f"{path.name}:{node.lineno}", text))
            elif isinstance(text, ast.Constant) and isinstance(text.value, str):
                found.append((f"{path.name}:{node.lineno}", text.value))
    return found


def test_every_english_error_of_the_code_is_in_the_catalogue():
    """An error raised with English text alone is said in Vietnamese only if the catalogue knows its text."""
    unknown = [text for _, text in _english_raises() if recognise(text) is None]
    assert len(_english_raises()) > 20
    assert set(unknown) <= KNOWN_GAPS, (
        f"add to the refusal section of messages.yaml, in both languages: {unknown}"
    )


# Written from a choice between two texts: found at run time as rules.codes or rules.code.
KNOWN_GAPS = {"X: rule X: X must be X"}  # catalogue/load.py, a relation's refs


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_installed_command_refuses_in_one_language(tmp_path, lang):
    """The four refusals a new user meets first, through the installed command: one line, exit 2."""
    # a folder with an .xls, an empty file, a missing file, the output inside the folder read
    cases = _cases(tmp_path)[:4]
    for args, status in cases:
        done = run(*args, "--lang", lang, cwd=tmp_path)
        assert done.returncode == status == 2 and done.stdout == ""
        lines = done.stderr.replace(str(tmp_path), "").splitlines()
        assert len(lines) == 1 and lines[0].startswith("reformaudit: "), done.stderr
        wrong = english_in(lines[0]) if lang == "vi" else vietnamese_in(lines[0])
        assert not wrong, (args, lines[0], wrong)


def test_the_catalogue_reads_the_same_with_the_pure_python_loader():
    """messages.yaml is read with libyaml's loader when PyYAML has it; without it, the same words."""
    import yaml

    from reformaudit.messages import CATALOGUE, SAFE_LOADER

    text = CATALOGUE.read_text(encoding="utf-8")
    assert yaml.load(text, Loader=SAFE_LOADER) == yaml.load(text, Loader=yaml.SafeLoader)
