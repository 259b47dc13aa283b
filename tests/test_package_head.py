"""The package inspection reads the start of each XML part straight from the file: it must see the same bytes
zipfile does, or hand the part to zipfile (which then refuses a damaged one as before)."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest

from reformaudit.loading.package import HEAD, _head_of

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "binh-phuoc-2023-6t" / "bieu-mau.xlsx"


def _zipfile_head(path: Path, entry: zipfile.ZipInfo) -> bytes | None:
    try:
        with zipfile.ZipFile(path) as package, package.open(entry) as part:
            return part.read(HEAD)
    except Exception:
        return None


def _heads_agree(path: Path) -> int:
    """Parts whose start was read straight from the file (each equal to zipfile's reading)."""
    direct = 0
    with zipfile.ZipFile(path) as package, path.open("rb") as raw:
        for entry in package.infolist():
            head = _head_of(raw, entry)
            if head is not None:
                assert head == _zipfile_head(path, entry), entry.filename
                direct += 1
    return direct


def test_a_real_workbook_is_read_straight_from_the_file():
    with zipfile.ZipFile(SAMPLE) as package:
        parts = len(package.infolist())
    assert _heads_agree(SAMPLE) == parts


def test_stored_and_large_parts(tmp_path):
    path = tmp_path / "parts.xlsx"
    big = ("<row>" + "x" * 50 + "</row>") * 2000
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("stored.xml", "<a/>", compress_type=zipfile.ZIP_STORED)
        package.writestr("big-stored.xml", big, compress_type=zipfile.ZIP_STORED)
        package.writestr("big.xml", big, compress_type=zipfile.ZIP_DEFLATED)
        package.writestr("empty.xml", "", compress_type=zipfile.ZIP_DEFLATED)
        package.writestr("other.xml", big, compress_type=zipfile.ZIP_BZIP2)
    assert _heads_agree(path) == 4  # bzip2 is left to zipfile


@pytest.mark.parametrize("seed", range(40))
def test_damaged_bytes_never_give_a_different_reading(tmp_path, seed):
    rng = random.Random(seed)
    data = bytearray(SAMPLE.read_bytes())
    with zipfile.ZipFile(SAMPLE) as package:
        entry = rng.choice(package.infolist())
    # Damage inside one part's header or data, so that the central directory still opens.
    start = entry.header_offset
    end = start + 30 + len(entry.filename) + entry.compress_size
    for _ in range(rng.randint(1, 4)):
        data[rng.randrange(start, end)] = rng.randrange(256)
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(bytes(data))
    _heads_agree(path)
