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
from .guard import Inputs, check_distinct, guard_marked_copies, guard_output, refuse, say
from .inventory import not_found
from .limits import configure, export
from .reporting import RENDERERS
from .reporting.annotate import annotate

EXIT_OK, EXIT_FINDINGS, EXIT_UNAUDITABLE = 0, 1, 2
LIMIT_OPTIONS = {
    "max_file_mb": "largest input file, in MB (default 100)",
    "max_unzipped_mb": "largest unzipped .xlsx/.docx, in MB (default 500)",
    "max_ratio": "highest compression ratio of a part over 1 MB (default 200)",
    "max_cells": "most filled cells read from one workbook (default 2 000 000)",
    "max_text_mb": "most text in one narrative, in MB (default 20)",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reformaudit",
        description="Kiểm tra báo cáo cải cách hành chính (Biểu mẫu 1–7) trước khi gửi Bộ Nội vụ. "
        "Audit Vietnamese administrative-reform reports before submission.",
    )
    parser.add_argument("--version", action="version", version=f"reformaudit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="audit one report (all PATHs together form one report)")
    check.add_argument("paths", nargs="+", metavar="PATH", help="workbook(s) of the report, or its folder")
    check.add_argument("--format", choices=sorted(RENDERERS), default="text")
    check.add_argument(
        "--fail-on",
        choices=["error", "warning", "info"],
        default="error",
        help="exit 1 when a finding is at least this severe (default: error)",
    )
    check.add_argument(
        "--lang", choices=["vi", "en"], default="vi", help="language of the messages (default: vi)"
    )
    check.add_argument(
        "--rules",
        action="append",
        default=[],
        metavar="DIR",
        help="a folder of your own rules, added to the built-in ones (repeatable)",
    )
    check.add_argument("--output", metavar="FILE", help="write the result to FILE instead of standard output")
    check.add_argument(
        "--annotate", metavar="DIR", help="write marked copies of the workbook and Word document into DIR"
    )
    _limit_options(check)
    batch = sub.add_parser(
        "batch", help="audit every report under a folder (each sub-folder, each lone file)"
    )
    batch.add_argument("root", metavar="ROOT")
    batch.add_argument("--format", choices=["text", "json", "jsonl"], default="text")
    batch.add_argument("--jobs", type=int, default=0, help="worker processes (default: one per core)")
    batch.add_argument("--fail-on", choices=["error", "warning", "info"], default="error")
    batch.add_argument("--lang", choices=["vi", "en"], default="vi")
    batch.add_argument("--rules", action="append", default=[], metavar="DIR")
    batch.add_argument("--no-suggestions", action="store_true", help="skip proposing fixes (faster)")
    batch.add_argument(
        "--executor",
        choices=["local", "dask"],
        default="local",
        help="local worker processes (default) or an existing Dask cluster (needs reformaudit[dask])",
    )
    batch.add_argument(
        "--scheduler", metavar="ADDRESS", help="the Dask scheduler's address, with --executor dask"
    )
    batch.add_argument("--output", metavar="FILE", help="write the result to FILE instead of standard output")
    _limit_options(batch)
    return parser


def _limit_options(command: argparse.ArgumentParser) -> None:
    limits = command.add_argument_group("limits (see docs/limits.md; also REFORMAUDIT_MAX_* variables)")
    for name, help_text in LIMIT_OPTIONS.items():
        limits.add_argument(f"--{name.replace('_', '-')}", type=_positive, metavar="N", help=help_text)


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value > 0:
        raise argparse.ArgumentTypeError(f"{text!r}: cần một số dương / needs a positive number")
    return value


def _batch(args) -> int:
    from .audit import discover_reports

    root = Path(args.root)
    if not root.exists():
        raise not_found(root)
    if not root.is_dir():
        raise refuse(
            f"{root}: không phải thư mục; batch cần một thư mục chứa các báo cáo (một tệp thì dùng check)",
            f"{root}: not a folder; batch needs a folder of reports (use check for one file)",
        )
    total = len(discover_reports(root))
    if not total:
        raise refuse(
            f"{root}: không có báo cáo nào (bảng tính hay văn bản) trong thư mục này",
            f"{root}: no report (workbook or narrative) under this folder",
        )
    export(configure(**{name: getattr(args, name) for name in LIMIT_OPTIONS}))
    if args.executor == "dask" and not args.scheduler:
        raise AuditInputError("--executor dask needs --scheduler ADDRESS (for example tcp://127.0.0.1:8786)")
    if not args.output:
        return _write_batch(args, root, total, sys.stdout)
    target = guard_output(args.output, Inputs.of([root]), "summary")
    status: list[int] = []

    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8") as out:
            status.append(_write_batch(args, root, total, out))

    write_atomically(target, write)
    return status[0]


def _write_batch(args, root: Path, total: int, out) -> int:
    """Stream the batch's results to ``out``; return the exit status."""
    import json

    from .batch import Summary, progress, run_batch

    summary, results = Summary(args.fail_on), []
    show = sys.stderr.isatty()
    scheduler = args.scheduler if args.executor == "dask" else None
    for result in run_batch(
        root, args.jobs, tuple(args.rules), args.lang, not args.no_suggestions, scheduler=scheduler
    ):
        summary.add(result)
        if show:
            progress(summary.reports, total)
        if args.format == "jsonl":
            out.write(json.dumps(_json_ready(result), ensure_ascii=False) + "\n")
        elif args.format == "json":
            results.append(_json_ready(result))
        elif "error" in result:
            out.write(f"{result['report']}: {result['error']}\n")
    if show:
        sys.stderr.write("\n")
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
    result = audit(args.paths, rules=args.rules)
    for left in result.stock.to_dicts(args.lang) if result.stock else []:
        skipped = "not read" if args.lang == "en" else "không đọc"
        print(f"reformaudit: {skipped} {left['path']}: {left['reason']}", file=sys.stderr)
    text = RENDERERS[args.format](result, lang=args.lang, fail_on=args.fail_on)
    if args.annotate:
        written = annotate(result, args.annotate, lang=args.lang)
        for path in written:
            print(f"reformaudit: marked copy {path}", file=sys.stderr)
        for source in result.report.sources:
            if Path(source).suffix.lower() not in (".xlsx", ".xlsm", ".docx"):
                print(
                    f"reformaudit: no marked copy of {source} (only .xlsx, .xlsm and .docx files can be marked)",
                    file=sys.stderr,
                )
    if output:
        write_text_atomically(output, text)
    else:
        sys.stdout.write(text)
    return EXIT_FINDINGS if result.fails(args.fail_on) else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    _ensure_utf8_output()
    args = _parser().parse_args(argv)
    try:
        return _batch(args) if args.command == "batch" else _check(args)
    except (AuditInputError, RulesError) as exc:
        print(f"reformaudit: {say(exc, args.lang)}", file=sys.stderr)
        return EXIT_UNAUDITABLE
    except KeyboardInterrupt:
        print("reformaudit: interrupted", file=sys.stderr)
        return EXIT_UNAUDITABLE
    except Exception as exc:  # never a traceback for a user; REFORMAUDIT_DEBUG=1 shows it
        if os.environ.get("REFORMAUDIT_DEBUG"):
            raise
        reason = f"{type(exc).__name__}: {exc}".splitlines()[0]
        print(
            f"reformaudit: cannot audit this input ({reason}); set REFORMAUDIT_DEBUG=1 for details",
            file=sys.stderr,
        )
        return EXIT_UNAUDITABLE


if __name__ == "__main__":
    sys.exit(main())
