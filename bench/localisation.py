"""Detection and localisation of generated typing faults, by kind of fault.

    python bench/localisation.py [N per kind, default 150] [seed]

For each kind of slip, N consistent reports are generated from the catalogue, one fault is injected in a
cell that takes part in an exact relation, and the audit is run. Printed per kind: faults injected,
identifiable ones (those that make some relation fail), the detection rate and the rate at which the
faulty cell is among the first three suggestions — both over the identifiable faults — and the median and
95th-percentile time spent localising one failing report (the suggestions, after the checks). Then, for
each way of writing one cell wrongly (a separator too many, a decimal comma in a count, a blank, a percent
with its comma one place off; :mod:`reformaudit.testing.cell_faults`), in a cell of an exact relation:
how often a finding names the cell, how often a suggestion gives the value meant, and the time. Last, the
faults that no check can identify and why, and the cells in no exact relation (never identifiable).
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import Counter

from reformaudit.catalogue import load_catalogue
from reformaudit.localise.keystroke import KINDS
from reformaudit.testing.cell_faults import CELL_KINDS, run_cells
from reformaudit.testing.faults import run


def _rate(count: int, of: list) -> str:
    return f"{count / len(of):.1%}" if of else "—"


def _ms(seconds: list[float]) -> str:
    if not seconds:
        return f"{'—':>8} {'—':>8}"
    p95 = statistics.quantiles(seconds, n=20)[-1] if len(seconds) > 1 else seconds[0]
    return f"{statistics.median(seconds) * 1000:>8.1f} {p95 * 1000:>8.1f}"


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 150
    seed = int(argv[1]) if len(argv) > 1 else 7
    cat = load_catalogue()
    print(
        f"{'kind':<10} {'faults':>6} {'identif.':>8} {'detected':>9} {'top-3':>7} {'med. ms':>8} {'p95 ms':>8}"
    )
    totals = Counter()
    seconds: list[float] = []
    unidentifiable = Counter()
    start = time.perf_counter()
    for i, kind in enumerate(KINDS):
        outcomes = run(cat, n, seed=seed + i, kind=kind)
        ident = [o for o in outcomes if o.identifiable]
        detected = sum(o.detected for o in ident)
        top3 = sum(o.top3 for o in ident)
        totals.update(faults=len(outcomes), identifiable=len(ident), detected=detected, top3=top3)
        unidentifiable.update(o.why_not for o in outcomes if not o.identifiable)
        failing = [o.seconds for o in ident if o.detected]
        seconds += failing
        print(
            f"{kind:<10} {len(outcomes):>6} {len(ident):>8} {_rate(detected, ident):>9} {_rate(top3, ident):>7}"
            f" {_ms(failing)}"
        )
    ident = totals["identifiable"] or 1
    print(
        f"{'all':<10} {totals['faults']:>6} {totals['identifiable']:>8} {totals['detected'] / ident:>9.1%} {totals['top3'] / ident:>7.1%}"
        f" {_ms(seconds)}"
    )
    print(f"({time.perf_counter() - start:.0f} s)")
    print(f"\n{'cell':<13} {'faults':>6} {'detected':>9} {'value':>7} {'med. ms':>8} {'p95 ms':>8}")
    for i, kind in enumerate(CELL_KINDS):
        cells = run_cells(cat, n, seed=seed + 100 + i, kind=kind)
        detected = sum(o.detected for o in cells)
        right = sum(o.right for o in cells)
        print(
            f"{kind:<13} {len(cells):>6} {_rate(detected, cells):>9} {_rate(right, cells):>7}"
            f" {_ms([o.seconds for o in cells])}"
        )
    print("\nNot identifiable in principle:")
    for why, count in unidentifiable.most_common():
        print(f"  {count:>4}  {why}")
    related = {k for r in cat.rules if r.type in ("sum", "equal", "ratio") for k in r.keys}
    lonely = [i.key for i in cat.indicators() if i.has_value and i.kind != "choice" and i.key not in related]
    print(
        f"  cells in no exact relation ({len(lonely)}), where a slip changes nothing any check can see: {', '.join(lonely)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
