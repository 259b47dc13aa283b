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
