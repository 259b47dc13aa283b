"""Batch audit speed against the fastest bare reader, and memory as the number of reports grows.

    python bench/batch.py [N ...]          # default: 100 1000

Two corpora are timed for each N: *consistent* (N reports generated from the catalogue, 500 distinct ones
with realistic variation copied round-robin beyond that) and *mixed* (the same, but every other report
carries one to three typing slips — two digits swapped, a digit dropped or doubled, … — in cells that take
part in exact relations, as real collections do, so that localisation runs). For each, in the same run, it
times
  (a) `reformaudit batch ROOT --format jsonl` (all cores; suggestions on, as users run it), and
  (b) merely reading every sheet of the same files with python-calamine in one process,
and prints a/b, reports per second, the batch's peak memory (its largest process) and its processor time per
report (all its processes, import included: a shared machine inflates it far less than a/b), and the load average
before and after (how busy the machine was). For scale it also times
  (c) the floor of any batch built this way: a process that imports what reformaudit imports, then reads
      the same sheets with python-calamine in the same number of worker processes, checking nothing,
and prints c/b. The timed commands run as from an installed package, their modules compiled to bytecode
beforehand (see :func:`installed_environment`). It ends with the end-to-end time of one `reformaudit check` on the sample (import
included) and the narrative extraction speed.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from python_calamine import CalamineWorkbook

ROOT = Path(__file__).resolve().parent.parent
DISTINCT = 500
COMMAND = [str(Path(sys.executable).with_name("reformaudit"))]


CORPORA = ("consistent", "mixed")


def _with_slips(cat, values: dict, rng: random.Random) -> dict:
    """``values`` with one to three typing slips, each in a different cell."""
    from reformaudit.testing.faults import inject

    faulty, slipped = dict(values), set()
    for _ in range(rng.randint(1, 3)):
        fault = inject(cat, faulty, rng)
        if fault is not None and fault.key not in slipped:
            faulty[fault.key] = fault.written
            slipped.add(fault.key)
    return faulty


def generate(folder: Path, n: int, cache: list[Path], corpus: str) -> None:
    # Imported here, not at the top: the timed runs start this file and must import only what they time.
    from reformaudit.catalogue import load_catalogue
    from reformaudit.testing import SHEETS, SINGLE_SHEET, consistent_values, workbook_source, write_workbook

    cat = load_catalogue()
    while len(cache) < min(n, DISTINCT):
        i = len(cache)
        rng = random.Random(i)
        values = consistent_values(cat, rng.randint, rng.choice)
        if corpus == "mixed" and i % 2:
            values = _with_slips(cat, values, rng)
        source = workbook_source(values, cat, f"UBND HUYỆN MẪU {i}")
        path = Path(tempfile.gettempdir()) / f"reformaudit-bench-{corpus}" / f"r{i:05d}.xlsx"
        path.parent.mkdir(exist_ok=True)
        write_workbook(source, path, SINGLE_SHEET if i % 2 else SHEETS)
        cache.append(path)
    for i in range(n):
        target = folder / f"don-vi-{i:05d}"
        target.mkdir()
        shutil.copy(cache[i % len(cache)], target / "bieu-mau.xlsx")


def bare_read(folder: Path) -> float:
    start = time.perf_counter()
    for path in sorted(folder.glob("*/*.xlsx")):
        book = CalamineWorkbook.from_path(str(path))
        for name in book.sheet_names:
            book.get_sheet_by_name(name).to_python()
    return time.perf_counter() - start


def _read_all(paths: list[str]) -> int:
    for path in paths:
        book = CalamineWorkbook.from_path(path)
        for name in book.sheet_names:
            book.get_sheet_by_name(name).to_python()
    return len(paths)


def floor_run(folder: str) -> None:
    """(c): import what the command imports, then only read, in as many processes as the batch uses."""
    from concurrent.futures import ProcessPoolExecutor

    import reformaudit.cli  # noqa: F401

    paths = [str(p) for p in sorted(Path(folder).glob("*/*.xlsx"))]
    jobs = os.cpu_count() or 1
    size = -(-len(paths) // (2 * jobs))
    with ProcessPoolExecutor(jobs) as pool:
        sum(pool.map(_read_all, [paths[i : i + size] for i in range(0, len(paths), size)]))


def floor(folder: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--floor", str(folder)], check=True, env=INSTALLED)
    return time.perf_counter() - start


def installed_environment() -> dict[str, str]:
    """The environment of the timed runs: that of an installed package, whose modules are compiled to bytecode
    when pip installs it. This working tree holds no bytecode (and PYTHONDONTWRITEBYTECODE may forbid writing
    it), so each run would first compile every module of the package (~0.15 s before any worker starts). The
    bytecode goes to a cache of its own (PYTHONPYCACHEPREFIX), compiled once here: the package's modules, then
    what a small batch imports besides (the libraries' bytecode is read from that cache too)."""
    env = {
        **os.environ,
        "PYTHONPYCACHEPREFIX": str(Path(tempfile.gettempdir()) / "reformaudit-bench-bytecode"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    package = ROOT / "src" / "reformaudit"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], env=env, check=True)
    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp), 8, [], "mixed")
        subprocess.run([*COMMAND, "batch", tmp, "--format", "jsonl"], env=env, stdout=subprocess.DEVNULL)
    return env


INSTALLED: dict[str, str] = {}


# A bare parent for each timed run, so that the peak memory and the processor time are that run's (and the
# parent imports nothing).
PEAK = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL);"
    "used = resource.getrusage(resource.RUSAGE_CHILDREN);"
    "print(used.ru_maxrss * 1024, used.ru_utime + used.ru_stime)"
)


def batch(folder: Path) -> tuple[float, int, float]:
    """(a), the peak memory of its largest process, and the processor time of all its processes (which
    other work on the machine inflates far less than the elapsed time)."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", PEAK, *COMMAND, "batch", str(folder), "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=True,
        env=INSTALLED,
    )
    peak, cpu = done.stdout.strip().splitlines()[-1].split()
    return time.perf_counter() - start, int(peak), float(cpu)


def load_average() -> float:
    """The machine's load average over the last minute: the same run on a shared machine is slower when
    another process keeps a core busy, so every row says how busy the machine was."""
    return os.getloadavg()[0]


def main(argv: list[str]) -> int:
    if argv[:1] == ["--floor"]:
        floor_run(argv[1])
        return 0
    sizes = [int(a) for a in argv] or [100, 1000]
    INSTALLED.update(installed_environment())
    caches: dict[str, list[Path]] = {corpus: [] for corpus in CORPORA}
    print(
        f"{'corpus':<11} {'N':>6} {'batch s':>9} {'bare s':>8} {'ratio':>7} {'reports/s':>10} {'peak MB':>8}"
        f" {'floor s':>8} {'floor ratio':>12} {'cpu ms/report':>14} {'load (1 min) before -> after':>28}"
    )
    for n in sizes:
        for corpus in CORPORA:
            with tempfile.TemporaryDirectory() as tmp:
                folder = Path(tmp)
                generate(folder, n, caches[corpus], corpus)
                before = load_average()
                bare = bare_read(folder)
                elapsed, peak, cpu = batch(folder)
                least = floor(folder)
                print(
                    f"{corpus:<11} {n:>6} {elapsed:>9.2f} {bare:>8.2f} {elapsed / bare:>7.2f} {n / elapsed:>10.1f}"
                    f" {peak / 2**20:>8.0f} {least:>8.2f} {least / bare:>12.2f} {cpu / n * 1000:>14.2f}"
                    f" {before:>6.2f} -> {load_average():.2f}"
                )
    start = time.perf_counter()
    subprocess.run(
        [*COMMAND, "check", str(ROOT / "samples/binh-phuoc-2023-6t")],
        stdout=subprocess.DEVNULL,
        check=False,
        env=INSTALLED,
    )
    print(
        f"\nreformaudit check on the Bình Phước sample (narrative + forms), end to end: {time.perf_counter() - start:.2f} s"
    )
    from reformaudit.narrative import extract_claims, load_narrative

    text = ROOT / "samples/binh-phuoc-2023-6t/bao-cao.txt"
    start = time.perf_counter()
    rounds = 5
    for _ in range(rounds):
        extract_claims(load_narrative(text))
    speed = text.stat().st_size * rounds / (time.perf_counter() - start) / 2**20
    print(f"narrative loading and claim extraction: {speed:.2f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
