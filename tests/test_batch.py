"""`reformaudit batch`: every report under a folder, the same findings as checking each alone."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from reformaudit.inventory import REPORT_LIKE, discover_reports

from .conftest import BINH_PHUOC, CONSISTENT
from .test_cli import run


def _folder(tmp_path):
    root = tmp_path / "reports"
    root.mkdir()
    shutil.copytree(BINH_PHUOC, root / "binh-phuoc")
    shutil.copytree(CONSISTENT, root / "an-hoa")
    shutil.copy(BINH_PHUOC / "bieu-mau.xlsx", root / "chi-bieu-mau.xlsx")
    (root / "hong.xlsx").write_bytes(b"not a workbook")
    return root


def test_batch_findings_equal_check_on_each_report(tmp_path):
    root = _folder(tmp_path)
    done = run("batch", root, "--format", "json", "--jobs", "2")
    assert done.returncode == 1, done.stderr
    data = json.loads(done.stdout)
    assert (
        data["summary"]["reports"] == 4
        and data["summary"]["unreadable"] == 1
        and data["summary"]["failing"] == 2
    )
    by_name = {r["report"]: r for r in data["reports"]}
    assert "không phải bảng tính Excel" in by_name["hong"]["error"]
    for name, path in (
        ("binh-phuoc", root / "binh-phuoc"),
        ("an-hoa", root / "an-hoa"),
        ("chi-bieu-mau", root / "chi-bieu-mau.xlsx"),
    ):
        alone = json.loads(run("check", path, "--format", "json").stdout)
        assert by_name[name]["findings"] == alone["findings"], name
        assert by_name[name]["summary"] == alone["summary"], name


def test_jsonl_streams_one_line_per_report_then_the_summary(tmp_path):
    root = _folder(tmp_path)
    lines = run("batch", root, "--format", "jsonl", "--jobs", "1").stdout.strip().splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 5 and "summary" in records[-1]
    assert {r["report"] for r in records[:-1]} == {"binh-phuoc", "an-hoa", "chi-bieu-mau", "hong"}


def test_text_summary_and_exit_status(tmp_path):
    root = tmp_path / "clean"
    root.mkdir()
    shutil.copytree(CONSISTENT, root / "an-hoa")
    done = run("batch", root)
    assert done.returncode == 0 and "Đã kiểm tra 1 báo cáo" in done.stdout
    assert run("batch", tmp_path / "nowhere").returncode == 2
    (tmp_path / "empty").mkdir()
    empty = run("batch", tmp_path / "empty")
    assert empty.returncode == 2 and "không có báo cáo nào" in empty.stderr


def test_the_same_batch_on_a_local_dask_cluster(tmp_path):
    distributed = __import__("pytest").importorskip("distributed")
    root = _folder(tmp_path)
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        done = run(
            "batch", root, "--format", "json", "--executor", "dask", "--scheduler", cluster.scheduler_address
        )
    assert done.returncode == 1, done.stderr
    on_dask = {r["report"]: r for r in json.loads(done.stdout)["reports"]}
    local = {
        r["report"]: r
        for r in json.loads(run("batch", root, "--format", "json", "--jobs", "1").stdout)["reports"]
    }
    assert on_dask.keys() == local.keys()
    for name in local:
        assert on_dask[name].get("findings") == local[name].get("findings"), name


def test_dask_needs_a_scheduler(tmp_path):
    root = _folder(tmp_path)
    done = run("batch", root, "--executor", "dask")
    assert done.returncode == 2 and "--scheduler" in done.stderr
    done = run("batch", root, "--executor", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert done.returncode == 2 and "máy điều phối Dask" in done.stderr


def test_chunks_shrink_as_the_batch_goes_on_and_keep_a_units_periods_together():
    from reformaudit.batch import LARGEST_CHUNK, SMALLEST_CHUNK, chunk_size, chunked

    reports = [(f"don-vi-{i:04d}", []) for i in range(1000)]
    sizes = [len(c) for c in chunked(reports, lambda left: chunk_size(left, 2))]
    assert sum(sizes) == 1000 and sizes == sorted(sizes, reverse=True)
    assert (
        sizes[0] <= LARGEST_CHUNK and sizes[-2] == SMALLEST_CHUNK
    )  # the last ones short: the workers end together
    series = [(f"huyen-{u}/{p}", []) for u in range(40) for p in ("2024-q1", "2024-q2", "2024-q3")]
    for chunk in chunked(series, lambda left: chunk_size(left, 2)):
        units = {name.split("/")[0] for name, _ in chunk}
        assert all(sum(1 for other in chunk if other[0].startswith(unit + "/")) == 3 for unit in units)


def _reports_through_pathlib(root: Path) -> list[tuple[str, list[Path]]]:
    """How reports were found before os.scandir: the reference the listing must match."""

    def is_report_file(path: Path) -> bool:
        return path.is_file() and path.suffix.lower() in REPORT_LIKE and not path.name.startswith(("~$", "."))

    reports = [(p.stem, [p]) for p in sorted(root.iterdir()) if is_report_file(p)]
    for folder in sorted(p for p in root.rglob("*") if p.is_dir()):
        if any(is_report_file(p) for p in folder.iterdir()):
            reports.append((str(folder.relative_to(root)), [folder]))
    return reports


def test_reports_are_found_as_through_pathlib(tmp_path):
    """Nested folders, names that sort differently as text and as paths ('a-x' and 'a/b'), hidden folders,
    lock files, a folder of an unreadable format, a linked folder, lone files at the top."""
    for name in ["a/b", "a-x", "a/b/c", "a/.an", ".git/x", "cu", "rong", "B/lồng nhau", "khoa"]:
        (tmp_path / name).mkdir(parents=True, exist_ok=True)
    for name in ["a/b/bieu-mau.xlsx", "a-x/bao-cao.docx", "a/b/c/bao-cao.TXT", "a/.an/bieu-mau.xlsx"]:
        (tmp_path / name).write_bytes(b"x")
    for name in [
        ".git/x/bieu-mau.xlsx",
        "cu/bieu-mau.xls",
        "B/lồng nhau/bao-cao.pdf",
        "le.xlsx",
        "ghi-chu.yaml",
    ]:
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "khoa" / "~$bieu-mau.xlsx").write_bytes(b"x")
    (tmp_path / "khoa" / ".bieu-mau.xlsx").write_bytes(b"x")
    (tmp_path / "lien-ket").symlink_to(tmp_path / "a" / "b", target_is_directory=True)
    found = discover_reports(tmp_path)
    assert found == _reports_through_pathlib(tmp_path)
    names = ["le", ".git/x", "B/lồng nhau", "a/.an", "a/b", "a/b/c", "a-x", "cu", "lien-ket"]
    assert [name for name, _ in found] == names  # a linked folder is looked into, not below it
