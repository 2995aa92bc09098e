"""Extraction on a Dask cluster (dask.distributed), when a scheduler address is configured.

``SCHEDULER=tcp://host:8786`` (environment) or ``extra.generator.scheduler`` in mkdocs.yml turns it on.
The articles to extract are cut into partitions, one task each; a worker parses its partition with
``nlp.pipe`` and runs the same extractors as a local build (pipeline._extract_chunk), loading the
spaCy model once per worker process (nlp.load_model is cached per process). Records come back to the
build host in input order, where the pipeline caches them, resolves actors and writes the site, so
the records are the ones a local build makes (tests/test_distributed.py checks it on a LocalCluster
of two worker processes).

Each worker needs the same generator code, model and Python packages as the build host
(README: "Extraction on a cluster").
"""
from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Sequence

from .config import Settings
from .types import RawArticle

ENV_VAR = "SCHEDULER"
# Articles per task: large enough that nlp.pipe batches fill, small enough to spread over workers.
PARTITION = 64


def scheduler_address(settings: Settings) -> str | None:
    """The scheduler to use: $SCHEDULER, else the setting, else None (extract locally)."""
    return os.environ.get(ENV_VAR) or getattr(settings, "scheduler", None) or None


def _partitions(items: Sequence, size: int) -> list[list]:
    return [list(items[i:i + size]) for i in range(0, len(items), size)]


def extract_partition(raws: list[RawArticle], settings: Settings) -> list[dict]:
    """Runs on a worker: the records of ``raws`` (no ids), in order; the model is loaded once per process."""
    from .pipeline import _extract_chunk

    return _extract_chunk(raws, settings)


def extract_distributed(raws: Sequence[RawArticle], *, settings: Settings, address=None, client=None,
                        partition: int = PARTITION) -> list[dict]:
    """Records for ``raws`` extracted on a Dask cluster, in input order, with ids unique among them.

    Args:
        raws: articles as the readers return them.
        settings: model, batch size and extraction options (sent to every worker).
        address: the scheduler, e.g. "tcp://10.0.0.5:8786" (ignored when ``client`` is given).
        client: an existing dask.distributed Client (tests pass a LocalCluster's).
        partition: articles per task.

    Raises:
        OSError, TimeoutError: the scheduler cannot be reached (dask's own message).
    """
    from dask.distributed import Client

    from .pipeline import assign_ids

    raws = list(raws)
    own = client is None
    if own:
        client = Client(address, timeout="30s")
    try:
        parts = _partitions(raws, max(1, partition))
        futures = client.map(extract_partition, parts, settings=settings, pure=False)
        records = [record for part in client.gather(futures) for record in part]
    finally:
        if own:
            client.close()
    for record, article_id in zip(records, assign_ids(records)):
        record["id"] = article_id
    return records


def read_articles(paths: Sequence[Path]) -> list[RawArticle]:
    """The articles of ``paths`` as the readers return them, in order; files that cannot be read left out
    (the benchmark's samples: a build names each one in a warning instead)."""
    from .readers import ReadError, read_file

    raws = []
    for path in paths:
        try:
            raws.append(read_file(path))
        except ReadError:
            continue
    return raws


def compare_with_local(paths: Sequence[Path], *, workers: int = 2) -> dict:
    """Seconds for local extraction with ``workers`` processes and on a LocalCluster of as many workers.

    Returns:
        {"articles", "local_workers", "local_s", "workers", "dask_s", "same_records"}; the Dask time
        includes starting the cluster's processes and loading the model in each.
    """
    from dask.distributed import Client, LocalCluster

    from .config import load_settings
    from .pipeline import MIN_ARTICLES_PER_WORKER, extract_raw

    settings = load_settings()
    raws = read_articles(paths)
    started = time.perf_counter()
    local = extract_raw(raws, settings=settings, workers=workers)
    local_s = time.perf_counter() - started
    started = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        remote = extract_distributed(raws, settings=settings, client=client)
    dask_s = time.perf_counter() - started
    local_workers = min(workers, max(1, len(raws) // MIN_ARTICLES_PER_WORKER))   # what extract_raw starts
    return {"articles": len(raws), "local_workers": local_workers, "local_s": local_s, "workers": workers,
            "dask_s": dask_s, "same_records": local == remote}
