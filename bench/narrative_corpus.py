"""The narrative checker on real passages from many issuers (tests/data/narrative_corpus).

python bench/narrative_corpus.py [dev|test|all] [--list] [--unread] [--by-finder] [--why-missed]

Each passage is written to a .txt file and audited as a user's file is (load_narrative, then every claim of the
text and of its tables).
Prints, per labelled relation kind: the slips found (a finding at error or warning level on exactly the
numbers of a relation labelled as failing, or NARR.malformed's warning on one of them: a figure written in no valid
way, which no claim is built on), the relations read at all, and the error-level findings on
arithmetic that holds (false alarms), per 50 passages. ``--list`` names every miss, false alarm and warning on arithmetic that holds;
``--unread`` names every labelled relation no claim covers (for the development part: the test part is not read).
``--by-finder`` counts the findings on slips and on arithmetic that holds by the reading that made them (claim kind
and notes): figures only, no text, so that it may be printed for the test part. ``--why-missed`` counts the missed
slips by kind and by why: read but judged to hold (or only info), or never related, with how far apart their
numbers stand (in one sentence, in sentences of one paragraph, paragraphs apart); figures only too.
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from reformaudit.narrative import load_narrative
from reformaudit.narrative.claims import collect_claims
from reformaudit.narrative.malformed import malformed_by_block
from reformaudit.narrative.sentences import sentences
from reformaudit.narrative.tables import narrative_table_claims
from reformaudit.testing.corpus import covers, load_passages, locate, relation_numbers

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests/data/narrative_corpus"


@dataclass
class Tally:
    passages: int = 0
    slips: Counter = field(default_factory=Counter)
    found: Counter = field(default_factory=Counter)
    relations: Counter = field(default_factory=Counter)
    read: Counter = field(default_factory=Counter)
    false_errors: int = 0
    false_warnings: int = 0
    misses: list = field(default_factory=list)
    alarms: list = field(default_factory=list)
    warned: list = field(default_factory=list)
    unread: list = field(default_factory=list)
    by_finder: Counter = field(default_factory=Counter)
    why_missed: Counter = field(default_factory=Counter)

    @property
    def recall(self) -> float:
        return sum(self.found.values()) / max(1, sum(self.slips.values()))

    @property
    def false_per_50(self) -> float:
        return self.false_errors * 50 / max(1, self.passages)


def _claims_with_offsets(text: str) -> tuple[str, list]:
    """The passage as loaded from a .txt file, and each claim with its numbers' offsets in that text."""
    joined, claims, _ = _audited(text)
    return joined, claims


def _audited(text: str) -> tuple[str, list, list[tuple[int, int]]]:
    """The passage as loaded from a .txt file, each claim with its numbers' offsets in that text, and the offsets of
    the figures NARR.malformed reports (written in no valid way, so no claim is built on them)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bao-cao.txt"
        path.write_text(text + "\n", encoding="utf-8")
        frame = load_narrative(path)
    texts = frame["text"].tolist()
    starts, offset = [], 0
    for t in texts:
        starts.append(offset)
        offset += len(t) + 2
    joined = "\n\n".join(texts)
    out = []
    for claim in collect_claims(frame):
        spans = []
        for i, q in enumerate(claim.quantities):
            base = starts[claim.where(i)[0]]
            spans.append((base + q.start, base + q.end))
        out.append((claim, spans))
    # the report's tables, read as tables (narrative.tables), are what an officer's check reports too
    for found in narrative_table_claims(frame):
        spans = [
            (starts[b] + q.start, starts[b] + q.end) for q, b in zip(found.claim.quantities, found.blocks)
        ]
        out.append((found.claim, spans))
    malformed = [
        (starts[b] + m.start(), starts[b] + m.end())
        for b, found in enumerate(malformed_by_block(texts))
        for m in found
    ]
    return joined, out, malformed


def _on_malformed(spans: list[tuple[int, int]], malformed: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for a, b in spans for s, e in malformed)


def audit_passage(passage: dict, tally: Tally) -> None:
    tally.passages += 1
    joined, claims, malformed = _audited(passage["text"])
    failing_labels = []
    for rel in passage.get("relations") or []:
        try:
            spans = [locate(joined, n) for n in relation_numbers(rel)]
        except ValueError:
            continue
        kind = rel["kind"]
        tally.relations[kind] += 1
        if any(covers(spans_c, spans) for _, spans_c in claims):
            tally.read[kind] += 1
        else:
            tally.unread.append((passage["id"], kind, relation_numbers(rel)))
        if _on_malformed(spans, malformed):
            # NARR.malformed warns on one of the relation's own figures: the slip is said, the arithmetic is not read
            on_slip = rel.get("holds") is False
            tally.by_finder[("slip" if on_slip else "holds", "figure", "NARR.malformed", "warning")] += 1
            if not on_slip:
                tally.false_warnings += 1
                tally.warned.append((passage["id"], "NARR.malformed", relation_numbers(rel)))
        if rel.get("holds") is False:
            failing_labels.append(spans)
            tally.slips[kind] += 1
            said = _on_malformed(spans, malformed)
            if said or any(
                covers(spans_c, spans) and c.severity in ("error", "warning") for c, spans_c in claims
            ):
                tally.found[kind] += 1
            else:
                tally.misses.append((passage["id"], kind, relation_numbers(rel)))
                tally.why_missed[(kind, _why_missed(joined, spans, claims))] += 1
    for claim, spans_c in claims:
        if claim.severity not in ("error", "warning"):
            continue
        on_slip = any(covers(spans_c, spans) for spans in failing_labels)
        finder = "+".join(claim.notes) or "-"
        tally.by_finder[("slip" if on_slip else "holds", claim.kind, finder, claim.severity)] += 1
        if on_slip:
            continue
        numbers = [q.raw for q in claim.quantities]
        if claim.severity == "error":
            tally.false_errors += 1
            tally.alarms.append((passage["id"], claim.kind, numbers))
        else:
            tally.false_warnings += 1
            tally.warned.append((passage["id"], claim.kind, numbers))


def _why_missed(joined: str, spans: list[tuple[int, int]], claims: list) -> str:
    """Why a slip was missed: read and judged to hold (or only info), or never related, and then how far apart its
    numbers stand."""
    if any(covers(spans_c, spans) for _, spans_c in claims):
        return "read, judged to hold"
    starts = [0] + [m.end() for m in re.finditer("\n\n", joined)]
    paragraphs = {max(k for k, start in enumerate(starts) if start <= s) for s, _ in spans}
    if len(paragraphs) > 1:
        return "never related: paragraphs apart"
    (k,) = paragraphs
    end = starts[k + 1] - 2 if k + 1 < len(starts) else len(joined)
    text = joined[starts[k] : end]
    spans_of_sentences = sentences(text)
    held = {
        next((i for i, (a, b) in enumerate(spans_of_sentences) if a <= s - starts[k] < b), -1)
        for s, _ in spans
    }
    return "never related: one sentence" if len(held) == 1 else "never related: sentences apart"


def run(parts: list[str]) -> Tally:
    tally = Tally()
    for part in parts:
        for passage in load_passages(CORPUS / f"{part}.yaml"):
            audit_passage(passage, tally)
    return tally


def report(name: str, tally: Tally, listing: bool = False, unread: bool = False) -> None:
    print(f"{name}: {tally.passages} passages")
    print(f"  {'kind':<8} {'slips':>5} {'found':>5} {'relations':>9} {'read':>5}")
    for kind in sorted(tally.relations):
        print(
            f"  {kind:<8} {tally.slips[kind]:>5} {tally.found[kind]:>5} {tally.relations[kind]:>9} {tally.read[kind]:>5}"
        )
    read = sum(tally.read.values()) / max(1, sum(tally.relations.values()))
    print(
        f"  recall of slips {tally.recall:.1%} ({sum(tally.found.values())}/{sum(tally.slips.values())}); "
        f"relations read {read:.1%}; false errors {tally.false_errors} "
        f"({tally.false_per_50:.2f} per 50 passages); warnings on arithmetic that holds {tally.false_warnings}"
    )
    if listing:
        for miss in tally.misses:
            print("  missed:", *miss)
        for alarm in tally.alarms:
            print("  false error:", *alarm)
        for warned in tally.warned:
            print("  warning on holding arithmetic:", *warned)
    if unread:
        for relation in tally.unread:
            print("  unread:", *relation)


def main(argv: list[str]) -> int:
    which = next((a for a in argv if not a.startswith("--")), "test")
    parts = ["dev", "test"] if which == "all" else [which]
    tally = run(parts)
    report(which, tally, "--list" in argv, "--unread" in argv)
    if "--by-finder" in argv:
        for (on, kind, finder, severity), n in sorted(tally.by_finder.items()):
            print(
                f"  findings on {'a slip' if on == 'slip' else 'arithmetic that holds'}: {n:>3} {kind} ({finder}), {severity}"
            )
    if "--why-missed" in argv:
        for (kind, why), n in sorted(tally.why_missed.items()):
            print(f"  missed {kind}: {n:>3} {why}")
        for why, n in sorted(_by_why(tally).items()):
            print(f"  missed, all kinds: {n:>3} {why}")
    return 0


def _by_why(tally: Tally) -> Counter:
    out: Counter = Counter()
    for (_, why), n in tally.why_missed.items():
        out[why] += n
    return out


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
