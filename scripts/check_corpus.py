"""Check a labelled passage file (tests/data/narrative_corpus/*.yaml): every labelled number is in its
passage, every relation's arithmetic agrees with its `holds` label, every passage is Vietnamese text.

python scripts/check_corpus.py tests/data/narrative_corpus/raw-a.yaml [--quiet]

Prints one line per problem and a summary; exit status 1 when there is a problem.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reformaudit.narrative.readers import looks_vietnamese
from reformaudit.testing.corpus import FIELDS, KINDS, label_arithmetic, load_passages, locate


def check(path: Path, quiet: bool = False) -> int:
    problems = 0
    passages = load_passages(path)
    ids = set()
    for p in passages:
        pid = p.get("id", "?")
        if pid in ids:
            print(f"{pid}: duplicate id")
            problems += 1
        ids.add(pid)
        for key in ("id", "issuer", "province", "level", "year", "source", "text", "relations"):
            if key not in p:
                print(f"{pid}: missing {key}")
                problems += 1
        if "text" in p and not looks_vietnamese(p["text"]):
            print(f"{pid}: not Vietnamese text (an English translation writes its numbers another way)")
            problems += 1
        for i, rel in enumerate(p.get("relations") or []):
            kind = rel.get("kind")
            if kind not in KINDS:
                print(f"{pid} relation {i + 1}: unknown kind {kind!r}")
                problems += 1
                continue
            if "holds" not in rel:
                print(f"{pid} relation {i + 1}: no holds")
                problems += 1
            missing = [f for f in FIELDS[kind] if f not in rel and not f.endswith("?")]
            if missing:
                print(f"{pid} relation {i + 1}: missing {missing}")
                problems += 1
                continue
            try:
                for label in _numbers(rel):
                    locate(p["text"], label)
            except ValueError as e:
                print(f"{pid} relation {i + 1}: {e}")
                problems += 1
                continue
            verdict, arithmetic = label_arithmetic(p["text"], rel)
            if verdict is not None and verdict != bool(rel.get("holds")):
                print(f"{pid} relation {i + 1} ({kind}): labelled holds={rel.get('holds')} but {arithmetic}")
                problems += 1
            elif not quiet:
                print(f"{pid} relation {i + 1} ({kind}): {arithmetic}")
    fails = sum(1 for p in passages for r in p.get("relations") or [] if r.get("holds") is False)
    relations = sum(len(p.get("relations") or []) for p in passages)
    issuers = len({p.get("issuer") for p in passages})
    print(
        f"{path.name}: {len(passages)} passages, {issuers} issuers, {relations} relations, "
        f"{fails} that fail, {problems} problems"
    )
    return 1 if problems else 0


def _numbers(rel: dict) -> list[str]:
    out = []
    for field in FIELDS[rel["kind"]]:
        value = rel.get(field.rstrip("?"))
        if value is None:
            continue
        out += value if isinstance(value, list) else [value]
    return [str(v) for v in out]


if __name__ == "__main__":
    quiet = "--quiet" in sys.argv
    files = [Path(a) for a in sys.argv[1:] if not a.startswith("--")]
    sys.exit(max((check(f, quiet) for f in files), default=0))
