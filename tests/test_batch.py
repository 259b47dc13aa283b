"""`reformaudit batch`: every report under a folder, the same findings as checking each alone."""

from __future__ import annotations

import json
import shutil

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
