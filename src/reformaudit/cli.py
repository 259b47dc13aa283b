"""The ``reformaudit`` command.

Exit status: 0 when no finding reaches ``--fail-on``, 1 when one does, 2 when the input cannot be
audited (one line on stderr says why).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__
from .audit import audit
from .errors import AuditInputError, RulesError
from .fileio import write_atomically, write_text_atomically
from .guard import Inputs, check_distinct, guard_marked_copies, guard_output
from .inventory import not_found
from .limits import configure, export
from .messages import LANGUAGES, argparse_speaks, language, message, refusal, say

EXIT_OK, EXIT_FINDINGS, EXIT_UNAUDITABLE = 0, 1, 2
# check's formats, the keys of reporting.RENDERERS: the renderers (tabulate, …) are imported when one writes
CHECK_FORMATS = ["html", "json", "junit", "markdown", "text"]
LIMIT_OPTIONS = ("max_file_mb", "max_unzipped_mb", "max_ratio", "max_cells", "max_text_mb")
SEVERITIES = ["error", "warning", "info"]


def _parser(lang: str) -> argparse.ArgumentParser:
    """The command line, its help in ``lang``. Each option's help is ``help.<name>`` of messages.yaml."""

    def h(key: str) -> str:
        return message(f"help.{key}", lang)

    class Parser(argparse.ArgumentParser):
        def error(self, text: str):
            """A usage error: one line that says what is wrong and where the help is (no usage block)."""
            line = argparse._("%(prog)s: error: %(message)s\n")  # type: ignore[attr-defined]  # not in its stubs  # argparse's words, in ``lang`` while parsing
            hint = message("note.see-help", lang, prog=self.prog)
            self.exit(2, line % {"prog": self.prog, "message": f"{text} ({hint})"})

    parser = Parser(prog="reformaudit", description=h("description"), epilog=h("epilog"))
    parser.add_argument(
        "--version", action="version", version=f"reformaudit {__version__}", help=h("version")
    )
    parser.add_argument("--lang", choices=LANGUAGES, default=lang, help=h("lang"))
    sub = parser.add_subparsers(dest="command", required=True, metavar=h("command"), title=h("commands"))

    check = sub.add_parser("check", help=h("check"), description=h("check"))
    check.add_argument("paths", nargs="+", metavar=h("PATH"), help=h("paths"))
    check.add_argument("--format", choices=CHECK_FORMATS, default="text", help=h("format"))
    check.add_argument("--annotate", metavar=h("DIR"), help=h("annotate"))
    check.add_argument("--period", metavar=h("PERIOD"), help=h("period"))
    check.add_argument("--unit", metavar=h("NAME"), help=h("unit"))
    check.add_argument(
        "--previous", nargs="+", action="extend", default=[], metavar=h("EARLIER"), help=h("previous")
    )
    check.add_argument("--units", metavar=h("DIR"), help=h("units"))
    _common_options(check, h, lang)

    batch = sub.add_parser("batch", help=h("batch"), description=h("batch"))
    batch.add_argument("root", metavar=h("ROOT"), help=h("root"))
    batch.add_argument("--format", choices=["text", "json", "jsonl"], default="text", help=h("format"))
    batch.add_argument("--jobs", type=_count(lang), default=0, metavar=h("N"), help=h("jobs"))
    batch.add_argument("--no-suggestions", action="store_true", help=h("no-suggestions"))
    batch.add_argument("--executor", choices=["local", "dask"], default="local", help=h("executor"))
    batch.add_argument("--scheduler", metavar=h("ADDRESS"), help=h("scheduler"))
    _common_options(batch, h, lang)
    return parser


def _common_options(command: argparse.ArgumentParser, h, lang: str) -> None:
    """The options of both commands: severity, language, rules, output, and the limits."""
    command.add_argument("--fail-on", choices=SEVERITIES, default="error", help=h("fail-on"))
    # default SUPPRESS: a --lang given before the command (reformaudit --lang en check …) is kept
    command.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=h("lang"))
    command.add_argument("--rules", action="append", default=[], metavar=h("DIR"), help=h("rules"))
    command.add_argument("-o", "--output", metavar=h("FILE"), help=h("output"))
    limits = command.add_argument_group(h("limits"))
    for name in LIMIT_OPTIONS:
        flag = f"--{name.replace('_', '-')}"
        limits.add_argument(flag, type=_positive(lang), metavar=h("N"), help=h(name))


def _positive(lang: str):
    def positive(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = -1.0
        if not value > 0:
            raise argparse.ArgumentTypeError(message("note.not-positive", lang, value=repr(text)))
        return value

    return positive


def _count(lang: str):
    def count(text: str) -> int:
        if not text.strip().isdigit():
            raise argparse.ArgumentTypeError(message("note.not-whole", lang, value=repr(text)))
        return int(text)

    return count


def _tell(key: str, lang: str, **fields) -> None:
    """One line on standard error, from the catalogue's ``note`` section."""
    print(f"reformaudit: {message(f'note.{key}', lang, **fields)}", file=sys.stderr)


def _batch(args) -> int:
    from .inventory import discover_reports

    root = Path(args.root)
    if not root.exists():
        raise not_found(root)
    if not root.is_dir():
        raise refusal("batch.not-a-folder", path=root)
    found = discover_reports(root)
    if not found:
        raise refusal("batch.no-report", path=root)
    export(configure(**{name: getattr(args, name) for name in LIMIT_OPTIONS}))
    if args.executor == "dask" and not args.scheduler:
        raise refusal("batch.dask-needs-scheduler")
    if not args.output:
        return _write_batch(args, root, found, sys.stdout)
    target = guard_output(args.output, Inputs.of([root]), "summary")
    status: list[int] = []

    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8") as out:
            status.append(_write_batch(args, root, found, out))

    write_atomically(target, write)
    return status[0]


def _write_batch(args, root: Path, found: list[tuple[str, list[Path]]], out) -> int:
    """Stream the batch's results to ``out``; return the exit status."""
    import json

    from .batch import SMALLEST_CHUNK, Summary, run_batch
    from .progress import Progress

    summary, results = Summary(args.fail_on), []
    scheduler = args.scheduler if args.executor == "dask" else None
    with Progress(len(found), args.lang) as progress:  # the line ends even when interrupted
        # results come a chunk at a time: on a terminal, small chunks keep the line moving (~4 % slower)
        chunk = SMALLEST_CHUNK if progress.shown else 0
        rules, suggest = tuple(args.rules), not args.no_suggestions
        results_ready = run_batch(
            root, args.jobs, rules, args.lang, suggest, chunk=chunk, scheduler=scheduler, found=found
        )
        for result in results_ready:
            summary.add(result)
            progress.advance(summary.reports)
            if args.format == "jsonl":
                out.write(json.dumps(_json_ready(result), ensure_ascii=False) + "\n")
            elif args.format == "json":
                results.append(_json_ready(result))
            elif "error" in result:
                out.write(f"{result['report']}: {result['error']}\n")
    if args.format == "json":
        out.write(
            json.dumps({"summary": summary.to_dict(), "reports": results}, ensure_ascii=False, indent=2)
            + "\n"
        )
    elif args.format == "jsonl":
        out.write(json.dumps({"summary": summary.to_dict()}, ensure_ascii=False) + "\n")
    else:
        out.write(summary.text(args.lang))
    return EXIT_FINDINGS if summary.failing or summary.unreadable else EXIT_OK


def _json_ready(result: dict) -> dict:
    from .reporting.json_output import clean

    return clean(result)


def _ensure_utf8_output() -> None:
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def _guard_check(args) -> Path | None:
    """Refuse an unsafe --output or --annotate before anything is read; the resolved output path."""
    from .audit import report_files

    inputs = Inputs.of(args.paths)
    output = guard_output(args.output, inputs) if args.output else None
    if args.annotate:
        copies = guard_marked_copies(args.annotate, report_files(args.paths), inputs)
        check_distinct(output, copies)
    return output


def _check(args) -> int:
    configure(**{name: getattr(args, name) for name in LIMIT_OPTIONS})
    output = _guard_check(args)
    result = audit(
        args.paths, args.rules, period=args.period, unit=args.unit, previous=args.previous, units=args.units
    )
    for left in result.stock.to_dicts(args.lang) if result.stock else []:
        _tell("not-read", args.lang, path=left["path"], reason=left["reason"])
    from .reporting import RENDERERS

    text = RENDERERS[args.format](result, lang=args.lang, fail_on=args.fail_on)
    if args.annotate:
        from .reporting.annotate import annotate

        written = annotate(result, args.annotate, lang=args.lang)
        for path in written:
            _tell("marked-copy", args.lang, path=path)
        for source in result.report.sources:
            if Path(source).suffix.lower() not in (".xlsx", ".xlsm", ".docx"):
                _tell("no-marked-copy", args.lang, path=source)
    if output:
        write_text_atomically(output, text)
    else:
        sys.stdout.write(text)
    return EXIT_FINDINGS if result.fails(args.fail_on) else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    _ensure_utf8_output()
    argv = sys.argv[1:] if argv is None else list(argv)
    lang = language(argv)
    with argparse_speaks(lang):
        args = _parser(lang).parse_args(argv)
    try:
        return _batch(args) if args.command == "batch" else _check(args)
    except (AuditInputError, RulesError) as exc:
        print(f"reformaudit: {say(exc, args.lang)}", file=sys.stderr)
        return EXIT_UNAUDITABLE
    except KeyboardInterrupt:
        _tell("interrupted", args.lang)
        return EXIT_UNAUDITABLE
    except Exception as exc:  # never a traceback for a user; REFORMAUDIT_DEBUG=1 shows it
        if os.environ.get("REFORMAUDIT_DEBUG"):
            raise
        _tell("crash", args.lang, kind=type(exc).__name__, reason=(str(exc).splitlines() or [""])[0])
        return EXIT_UNAUDITABLE


if __name__ == "__main__":
    sys.exit(main())
