"""Extraction on dask.distributed gives the records a local build gives (LocalCluster, two worker processes)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from generator.config import load_settings
from generator.distributed import extract_distributed, scheduler_address
from generator.pipeline import build, extract_raw
from generator.readers import read_file

STORIES = {
    "flood.txt": ("Mayor pledges flood defences for Riverton\n\nRIVERTON, Oregon (AP) — Mayor Elena Marquez "
                  "promised on Tuesday to build new flood defences after the Willow River burst its banks.\n\n"
                  "\u201cWe will not let this town drown again,\u201d Marquez told residents.\n"),
    "rates.txt": ("Central bank holds rates\n\nLONDON (Reuters) - The Bank of England kept its main rate at "
                  "5.25 percent on Thursday, Governor Andrew Bailey said, as inflation fell to 3.2 percent.\n"),
    "trade.txt": ("Ministers meet on trade\n\nGENEVA - Trade ministers from 12 countries met on Monday. "
                  "\u201cWe are close,\u201d said Ngozi Okonjo-Iweala of the World Trade Organization.\n"),
    "match.txt": ("United win derby\n\nMANCHESTER - Manchester United beat Manchester City 2-1 on Sunday, "
                  "with two goals from Marcus Rashford.\n"),
}


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        yield cluster


@pytest.fixture()
def seeds(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_cluster_records_equal_local_records(cluster, seeds):
    from dask.distributed import Client

    settings = replace(load_settings(), workers=1)
    raws = [read_file(p) for p in sorted(seeds.iterdir())]
    with Client(cluster) as client:
        # partitions of one article: every worker gets some, records still come back in input order
        remote = extract_distributed(raws, settings=settings, client=client, partition=1)
        assert len(client.scheduler_info()["workers"]) == 2
    assert remote == extract_raw(raws, settings=settings, workers=1)


def test_scheduler_setting_sends_the_build_to_the_cluster(cluster, seeds, tmp_path, monkeypatch):
    settings = replace(load_settings(), workers=1, cache_dir=str(tmp_path / "cache-local"))
    monkeypatch.delenv("SCHEDULER", raising=False)
    assert scheduler_address(settings) is None
    local = build(settings, seeds=seeds, docs=tmp_path / "docs-local", progress=False)
    monkeypatch.setenv("SCHEDULER", cluster.scheduler_address)
    remote_settings = replace(settings, cache_dir=str(tmp_path / "cache-remote"))
    assert scheduler_address(remote_settings) == cluster.scheduler_address
    remote = build(remote_settings, seeds=seeds, docs=tmp_path / "docs-remote", progress=False)
    assert remote.extracted == local.extracted == len(STORIES)
    data = Path("data") / "articles.jsonl"
    assert (tmp_path / "docs-remote" / data).read_bytes() == (tmp_path / "docs-local" / data).read_bytes()
