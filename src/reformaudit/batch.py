"""``reformaudit batch``: audit every report under a folder — in chunks validated together, in parallel
processes, streamed so that memory stays flat however many reports there are.

Each worker reads a chunk of reports and validates them at once over their wide table; the
parent keeps at most two chunks per worker in flight and hands each report's result on as it arrives.
"""

from __future__ import annotations

import gc
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from pathlib import Path

from .audit import AuditResult, audit_reports, load_with_stock
from .catalogue import load_catalogue
from .catalogue.model import Severity
from .errors import AuditInputError
from .findings import SEVERITY_ORDER, Finding
from .guard import say
from .inventory import discover_reports
from .periods.series import series_findings

SMALLEST_CHUNK, LARGEST_CHUNK = 16, 250
GUIDED = 4  # a chunk takes 1/(GUIDED × workers) of the reports left: large ones first, small ones at the end
SERIES_SPAN = 16  # reports of one folder that may join a full chunk: the periods of one unit
NAMED = 20  # failing and unreadable reports named in the summary


def chunk_size(left: int, workers: int) -> int:
    """Reports in the next chunk when ``left`` remain: a share of them that shrinks as the batch goes on, so that
    the workers finish together (the last chunks are short), but never so many reports that a worker holds too
    much, nor so few that a chunk's fixed cost (~4 ms: every relation evaluated, every cell validated over the
    chunk's table at once) counts.

    >>> chunk_size(1000, 2), chunk_size(100, 2), chunk_size(10, 2), chunk_size(100_000, 2)
    (125, 16, 16, 250)
    """
    return max(SMALLEST_CHUNK, min(LARGEST_CHUNK, -(-left // (GUIDED * workers))))


def audit_chunk(
    chunk: list[tuple[str, list[str]]], rules: tuple, lang: str, suggest: bool = True
) -> list[dict]:
    """Audit a chunk of reports together; one result dictionary per report (an ``error`` when unreadable)."""
    catalogue = load_catalogue(rules)
    loaded, out = [], []
    for name, paths in chunk:
        start = time.perf_counter()
        try:
            loaded.append((*load_with_stock(paths, catalogue, name), time.perf_counter() - start))
        except AuditInputError as exc:
            out.append({"report": name, "error": say(exc, lang), "seconds": time.perf_counter() - start})
    start = time.perf_counter()
    findings = audit_reports([(report, stock) for report, stock, _ in loaded], catalogue, suggest)
    for name, found in series_findings([report for report, _, _ in loaded]).items():
        findings[name] = sorted([*findings.get(name, []), *found], key=Finding.sort_key)
    shared = (time.perf_counter() - start) / max(len(loaded), 1)
    for report, stock, seconds in loaded:
        result = AuditResult(report, findings.get(report.name, []), stock)
        out.append({"report": report.name, **result.to_dict(lang), "seconds": seconds + shared})
    return out


def chunked(reports: list[tuple[str, list[str]]], size: Callable[[int], int]) -> list[list]:
    """Chunks of ``size(reports left)`` reports each; the reports of one folder stay in one chunk (up to
    ``SERIES_SPAN`` more), so that the periods of one unit are compared with each other
    (see :func:`reformaudit.periods.series.series_findings`).

    >>> [len(c) for c in chunked([("a/1", []), ("a/2", []), ("a/3", []), ("b/1", [])], lambda left: 2)]
    [3, 1]
    """
    chunks: list[list] = []
    wanted = 0
    for i, report in enumerate(reports):
        folder = str(Path(report[0]).parent)
        last = chunks[-1] if chunks else []
        together = (
            bool(last) and len(last) < wanted + SERIES_SPAN and str(Path(last[-1][0]).parent) == folder != "."
        )
        if last and (len(last) < wanted or together):
            last.append(report)
        else:
            wanted = size(len(reports) - i)
            chunks.append([report])
    return chunks


def run_batch(
    root: str | Path,
    jobs: int = 0,
    rules: tuple = (),
    lang: str = "vi",
    suggest: bool = True,
    chunk: int = 0,
    scheduler: str | None = None,
    found: list[tuple[str, list[Path]]] | None = None,
) -> Iterator[dict]:
    """Every report's result, as it is ready (in no set order when several workers run).

    With ``scheduler`` (the address of a Dask scheduler, ``tcp://host:8786``) the chunks run on that
    cluster instead of local processes; install ``reformaudit[dask]`` for it. ``found``: the reports under
    ``root`` as :func:`reformaudit.inventory.discover_reports` gives them, when the caller has them already
    (listing a thousand folders again costs ~60 ms before any worker starts).
    """
    found = discover_reports(root) if found is None else found
    reports = [(name, [str(p) for p in paths]) for name, paths in found]
    jobs = jobs or os.cpu_count() or 1
    chunks = chunked(reports, (lambda left: chunk) if chunk else (lambda left: chunk_size(left, jobs)))
    if scheduler:
        yield from _on_dask(scheduler, chunks, rules, lang, suggest)
        return
    if jobs == 1 or len(chunks) <= 1:
        for c in chunks:
            yield from audit_chunk(c, rules, lang, suggest)
        return
    # Loaded once here rather than once in each worker, which inherits it. A worker's inherited objects
    # (modules, the catalogue) live as long as it does: frozen, the collector no longer goes through them on
    # each full collection.
    load_catalogue(rules)
    with ProcessPoolExecutor(max_workers=jobs, initializer=gc.freeze) as pool:
        pending, queue = set(), iter(chunks)
        for c in queue:
            pending.add(pool.submit(audit_chunk, c, rules, lang, suggest))
            if len(pending) >= 2 * jobs:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield from future.result()
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield from future.result()


def _on_dask(address: str, chunks: list, rules: tuple, lang: str, suggest: bool) -> Iterator[dict]:
    """Run the chunks on an existing Dask cluster, keeping a bounded number in flight."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise AuditInputError("the Dask executor needs the extra: pip install 'reformaudit[dask]'") from None
    try:
        client = Client(address, timeout="10s")
    except OSError as exc:
        raise AuditInputError(
            f"cannot reach the Dask scheduler at {address}: {exc}".splitlines()[0]
        ) from None
    with client:
        in_flight = 2 * max(len(client.scheduler_info().get("workers", {})), 1)
        queue = iter(chunks)
        running = as_completed(
            [client.submit(audit_chunk, c, rules, lang, suggest, pure=False) for c in _take(queue, in_flight)]
        )
        for future in running:
            yield from future.result()
            for c in _take(queue, 1):
                running.add(client.submit(audit_chunk, c, rules, lang, suggest, pure=False))


def _take(iterator, n: int) -> list:
    out = []
    for item in iterator:
        out.append(item)
        if len(out) == n:
            break
    return out


class Summary:
    """What the whole batch came to: counts, the most frequent rules, the slowest reports."""

    def __init__(self, fail_on: Severity):
        self.fail_on = fail_on
        self.reports = self.failing = self.unreadable = 0
        self.named: dict[str, list[str]] = {"failing": [], "unreadable": []}  # the first NAMED of each
        self.rules: Counter = Counter()
        self.slowest: list[tuple[float, str]] = []

    def add(self, result: dict) -> None:
        self.reports += 1
        if "error" in result:
            self.unreadable += 1
            self._name("unreadable", result["report"])
            return
        limit = SEVERITY_ORDER[self.fail_on]
        if any(SEVERITY_ORDER[f["severity"]] <= limit for f in result["findings"]):
            self.failing += 1
            self._name("failing", result["report"])
        self.rules.update(f["rule"] for f in result["findings"])
        self.slowest = sorted([*self.slowest, (result["seconds"], result["report"])], reverse=True)[:5]

    def _name(self, kind: str, report: str) -> None:
        if len(self.named[kind]) < NAMED:
            self.named[kind].append(report)

    def to_dict(self) -> dict:
        return {
            "reports": self.reports,
            "failing": self.failing,
            "unreadable": self.unreadable,
            "fail_on": self.fail_on,
            "frequent_rules": dict(self.rules.most_common(10)),
            "slowest": [{"report": name, "seconds": round(s, 3)} for s, name in self.slowest],
        }

    def text(self, lang: str) -> str:
        from .reporting.batch_summary import summary_text

        return summary_text(self, lang)
