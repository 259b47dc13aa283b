from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml

from reformaudit.catalogue import load_catalogue

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
BINH_PHUOC = SAMPLES / "binh-phuoc-2023-6t"
CONSISTENT = SAMPLES / "consistent-2024-6t"
DATA_DIR = Path(__file__).resolve().parent / "data"


@pytest.fixture
def report_claims(tmp_path):
    """The claims of a narrative of the given paragraphs, read from a .txt file as a user's report is."""
    from reformaudit.narrative.claims import collect_claims
    from reformaudit.narrative.load import load_narrative

    def read(paragraphs: list[str]):
        path = tmp_path / "bao-cao.txt"
        path.write_text("\n\n".join(paragraphs), encoding="utf-8")
        return collect_claims(load_narrative(path))

    return read


@pytest.fixture(scope="session")
def catalogue():
    return load_catalogue()


@pytest.fixture(scope="session")
def binh_phuoc_source() -> dict:
    return yaml.safe_load((BINH_PHUOC / "bieu-mau.source.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def consistent_source() -> dict:
    return yaml.safe_load((CONSISTENT / "bieu-mau.source.yaml").read_text(encoding="utf-8"))


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
