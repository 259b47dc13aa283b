"""Make the development and frozen test parts of the real-passage corpus from the collections.

python scripts/split_corpus.py

Reads tests/data/narrative_corpus/raw-*.yaml, refuses passages of issuers kept apart (see the corpus README),
and puts every province (with its districts and communes) or ministry wholly in one part: test when a stable
hash of its name falls in the test third. Writes dev.yaml and test.yaml and prints only their sizes, so that
the test part's text is not read while tuning.
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from pathlib import Path

import yaml

from reformaudit.testing.corpus import load_passages

CORPUS = Path(__file__).resolve().parent.parent / "tests/data/narrative_corpus"
KEPT_APART = [
    "kon tum",
    "lâm đồng",
    "đà lạt",
    "đắk nông",
    "vĩnh phúc",
    "bình dương",
    "hồ chí minh",
    "quảng nam",
    "hà nam",
    "lạng sơn",
    "thừa thiên huế",
    "huế",
    "hòa bình",
    "đồng nai",
    "quảng ninh",
    "bến tre",
    "sơn la",
    "bà rịa",
    "vũng tàu",
    "cao bằng",
    "khánh hòa",
    "thái nguyên",
    "bộ thông tin và truyền thông",
    "bình phước",
]
# Provinces formed on 1/7/2025 (NQ 202/2025/QH15) that absorbed a province kept apart: their passages of 2025
# and later may speak for the kept-apart part too.
MERGED_OVER_KEPT_APART = ["phú thọ", "ninh bình", "đà nẵng", "quảng ngãi", "vĩnh long"]
REFORM_YEAR = 2025
SALT = "reformaudit-corpus-{}"
FROZEN_SALT = (
    2  # chosen by balanced_salt when the corpus was first split; fixed so the test part stays unseen
)


def _plain(text: str) -> str:
    return (
        unicodedata.normalize("NFC", str(text))
        .lower()
        .replace("hoà", "hòa")
        .replace("khánh hoà", "khánh hòa")
    )


def _names(where: str, name: str) -> bool:
    """``name`` as whole words of ``where``: "Thuế tỉnh Đồng Tháp" does not name Huế."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", where) is not None


# names that hold a kept-apart place's name and are no place: "Đoàn TNCS Hồ Chí Minh", "Học viện Chính trị quốc gia Hồ Chí
# Minh"
NOT_PLACES = re.compile(r"(?:tncs|cộng sản|chính trị quốc gia|tiền phong|tư tưởng)\s+hồ chí minh")


def kept_apart(passage: dict) -> bool:
    """Whether the passage is of a kept-apart province or ministry, read from the province (or ministry) it belongs to:
    a district or commune that shares a kept-apart province's name ("huyện Quảng Ninh" of Quảng Bình, "xã Khánh Hòa"
    of An Giang) is not one of them."""
    where = NOT_PLACES.sub(" ", _plain(passage.get("province", "")))
    if any(_names(where, name) for name in KEPT_APART):
        return True
    merged = any(_names(where, name) for name in MERGED_OVER_KEPT_APART)
    return merged and int(passage.get("year") or 0) >= REFORM_YEAR


def part_of(passage: dict, salt: int) -> str:
    digest = hashlib.sha256((SALT.format(salt) + _plain(passage["province"])).encode()).digest()
    return "test" if digest[0] % 3 == 0 else "dev"


def balanced_salt(passages: list[dict]) -> int:
    """A salt putting 30–37 % of the passages and of the failing relations in the test part (sizes only)."""
    fails = [sum(1 for r in p.get("relations") or [] if r.get("holds") is False) for p in passages]
    for salt in range(1, 1000):
        test = [part_of(p, salt) == "test" for p in passages]
        share = sum(test) / len(passages)
        fail_share = sum(f for f, t in zip(fails, test) if t) / max(1, sum(fails))
        if 0.30 <= share <= 0.37 and 0.30 <= fail_share <= 0.40:
            return salt
    return 1


def main() -> int:
    parts: dict[str, list[dict]] = {"dev": [], "test": []}
    seen_ids, seen_texts, refused, kept = set(), set(), [], []
    for path in sorted(CORPUS.glob("raw-*.yaml")):
        for passage in load_passages(path):
            if kept_apart(passage):
                refused.append(passage.get("id"))
                continue
            key = " ".join(str(passage.get("text", "")).split())
            if passage.get("id") in seen_ids or key in seen_texts:
                continue
            seen_ids.add(passage.get("id"))
            seen_texts.add(key)
            kept.append(passage)
    salt = FROZEN_SALT if "--rebalance" not in sys.argv else balanced_salt(kept)
    for passage in kept:
        parts[part_of(passage, salt)].append(passage)
    print(f"salt {salt}")
    for name, passages in parts.items():
        header = (
            f"# {name} part of the real-passage corpus, made by scripts/split_corpus.py from raw-*.yaml\n"
        )
        body = yaml.safe_dump({"passages": passages}, allow_unicode=True, sort_keys=False, width=110)
        (CORPUS / f"{name}.yaml").write_text(header + body, encoding="utf-8")
        issuers = len({p["issuer"] for p in passages})
        provinces = len({p["province"] for p in passages})
        relations = sum(len(p.get("relations") or []) for p in passages)
        fails = sum(1 for p in passages for r in p.get("relations") or [] if r.get("holds") is False)
        print(
            f"{name}: {len(passages)} passages, {issuers} issuers, {provinces} provinces or ministries, "
            f"{relations} relations, {fails} failing"
        )
    if refused:
        print(f"refused (issuers kept apart): {', '.join(map(str, refused))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
