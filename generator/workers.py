"""Reading and extracting articles, one at a time, in worker processes that cannot hang a build.

Each article is one task; its result (a cache entry, or a one-line reason it was skipped) goes back
to the build as soon as it is done, so the build can cache it at once and a stopped build resumes
where it stopped. Budgets, per article (``article_seconds`` and ``article_memory_mb`` in the
settings, documented in the README):

- time, in CPU seconds (so that a machine busy with other work does not cut articles short), kept
  by the worker itself: a ``SIGPROF`` timer stops the article's extraction when its time is up; the
  article then keeps what its reader found (headline, byline, date, text) with a warning, and no
  entities, quotes, numbers or topics. A worker stuck in C code beyond twice the budget plus a
  margin of CPU time, or ten times the budget in wall-clock time, is killed by the build, and the
  article is skipped with a warning.
- memory, kept by the build: a worker whose resident memory passes the budget is killed and its
  article skipped with a warning.

Workers die with the build: on Linux the kernel kills them when the build process ends (``prctl``
``PR_SET_PDEATHSIG``), elsewhere a thread in each worker watches the build's process id. Workers
ignore Ctrl-C; the build kills them when it is interrupted.

Written here rather than with ``concurrent.futures``: its pool cannot say which task a dead worker
held, loses every pending task when one worker dies, and cannot kill a worker that overruns.
"""
from __future__ import annotations

import ctypes
import dataclasses
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from multiprocessing.connection import wait
from typing import Callable, Sequence

from .config import Settings

# A worker may overrun its time budget this much before it is killed (the timer stops extraction
# first; this catches code that never returns to Python).
HARD_FACTOR, HARD_MARGIN, WALL_FACTOR = 2.0, 30.0, 10.0
POLL_SECONDS = 0.25
PR_SET_PDEATHSIG = 1


class BudgetExceeded(Exception):
    """An article used up its time budget."""


def _on_alarm(signum, frame):
    raise BudgetExceeded()


class time_budget:
    """``with time_budget(seconds):`` raises :class:`BudgetExceeded` inside the block after ``seconds``
    of this process's CPU time (``ITIMER_PROF``).

    Only in the main thread (where Python delivers signals); elsewhere, and for 0 seconds, no limit.
    """

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.active = seconds > 0 and threading.current_thread() is threading.main_thread()

    def __enter__(self):
        if self.active:
            self.previous = signal.signal(signal.SIGPROF, _on_alarm)
            signal.setitimer(signal.ITIMER_PROF, self.seconds)
        return self

    def __exit__(self, *exc):
        if self.active:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.signal(signal.SIGPROF, self.previous)
        return False


def long_text_warning(chars: int, end: int, named_end: int | None = None) -> str:
    """The warning for a text of ``chars`` characters parsed in full up to ``end`` only, read for
    named entities up to ``named_end`` (None: to its end) and for sentences after it (parse.py)."""
    named = ("the rest read for named entities and sentences only" if named_end is None else
             f"up to {named_end:,} read for named entities and sentences only, the rest for sentences "
             "and quotations only (no actors from it)")
    return (f"a long text ({chars:,} characters): the first {end:,} were parsed in full, {named} "
            "(summary, speakers, key numbers and topics come from the first part)")


def entry_for(raw, nlp, settings: Settings) -> dict:
    """The cache entry of one article read: its record (no id yet) and its dedupe fingerprints.

    The article's extraction keeps to ``settings.article_seconds``; past it, the record holds what
    the reader found and a warning says why the rest is missing.
    """
    from .dedupe import prints
    from .extract import extract, nlp_text, to_record
    from .parse import parse, prefix, reading_ends
    from .types import Extraction

    started = time.monotonic()
    try:
        with time_budget(settings.article_seconds):
            text, body_start = nlp_text(raw)
            doc = parse(nlp, text)
            end, named_end = reading_ends(text, nlp.max_length)
            parts = {} if end is None else {
                "head": prefix(doc, end), "named": doc if named_end is None else prefix(doc, named_end)}
            found = extract(raw, doc, body_start=body_start, summary_sentences=settings.summary_sentences,
                            numbers=settings.numbers, **parts)
            del doc, parts
            if end is not None:
                warning = long_text_warning(len(text), end, named_end)
                found = dataclasses.replace(found, warnings=(*found.warnings, warning))
    except BudgetExceeded:
        found = Extraction(warnings=(
            f"extraction stopped after {time.monotonic() - started:.0f} s, the time budget per article "
            f"(article_seconds); no entities, quotes, numbers or topics were kept",))
    record = to_record(raw, found, article_id="")
    record.pop("id", None)
    return {"record": record, **prints(raw.body)}


# A small article in each format, read and extracted once before workers are forked (warm_up).
WARM_UP = (
    ("bytes", b"Council meets\n\nPARIS (AP) \xe2\x80\x94 Maria Lopez told the United Nations on Tuesday that "
              b"40 people had left. \xe2\x80\x9cWe are working on it,\xe2\x80\x9d Lopez said.\n", "warm-up.txt", ".txt"),
    ("bytes", b"<html><head><title>Council meets</title></head><body><article><h1>Council meets</h1>"
              b"<p>The council met on Monday in Paris and approved the budget of the city.</p>"
              b"</article></body></html>", "warm-up.html", ".html"),
)


def warm_up(nlp, settings: Settings, payloads: Sequence | None = None) -> None:
    """Load, in this process, what readers and extractors load on their first article (language
    identifier, gazetteers, name lists, inflect: about 3 s of CPU time), so that workers forked
    after it share it instead of each loading it again; results are not kept.

    With ``payloads`` (the tasks to come), the HTML reader (trafilatura, htmldate: about 1.2 s of
    CPU time) is warmed up only when one of them is a saved web page to read.
    """
    from .readers import FORMATS

    html = payloads is None or any(p[0] == "bytes" and FORMATS.get(p[3].lower()) == "html" for p in payloads)
    for payload in WARM_UP:
        if html or FORMATS.get(payload[3]) != "html":
            run_task(payload, nlp, settings)


def source_of(payload) -> str:
    """The file name a task is about."""
    return payload[1].source if payload[0] == "raw" else payload[2]


def run_task(payload, nlp, settings: Settings) -> tuple[str, object]:
    """One task: ``("raw", RawArticle)`` or ``("bytes", data, source, suffix)``.

    Returns:
        ``("done", entry)`` or ``("skip", one-line reason naming the file)``; never raises, except
        KeyboardInterrupt and SystemExit.
    """
    from .readers import ReadError, read_data

    source = source_of(payload)
    try:
        with time_budget(settings.article_seconds):
            raw = payload[1] if payload[0] == "raw" else read_data(payload[1], source=source, suffix=payload[3])
    except ReadError as exc:
        return "skip", str(exc)
    except BudgetExceeded:
        return "skip", f"{source}: reading stopped at the time budget per article (article_seconds)"
    except RecursionError:
        return "skip", f"{source}: cannot be read (nested too deeply)"
    except Exception as exc:  # noqa: BLE001 - any reader fault is one warning, the build goes on
        return "skip", f"{source}: cannot be read ({type(exc).__name__}: {str(exc)[:200]})"
    try:
        return "done", entry_for(raw, nlp, settings)
    except MemoryError:
        return "skip", f"{source}: skipped, out of memory while extracting"
    except Exception as exc:  # noqa: BLE001 - an extractor fault loses this article only
        return "skip", f"{source}: extraction failed ({type(exc).__name__}: {str(exc)[:200]}); skipped"


def die_with_parent(parent: int) -> None:
    """Make this process end when process ``parent`` does (kernel signal on Linux, else a watcher)."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass

    def watch():
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    if os.getppid() != parent:      # the parent ended before prctl took effect
        os._exit(1)
    threading.Thread(target=watch, daemon=True).start()


def _worker(conn, settings: Settings, parent: int) -> None:
    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from .nlp import load_model

    nlp = load_model(settings.model)
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        index, payload = task
        conn.send((index, *run_task(payload, nlp, settings)))


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system) process ``pid`` has used, in seconds (0 when unknown)."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def _rss_mb(pid: int) -> float:
    """Resident memory of process ``pid`` in MB (0 when unknown)."""
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError, IndexError):
        return 0.0


class _Worker:
    def __init__(self, context, settings: Settings):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker, args=(child, settings, os.getpid()), daemon=True)
        self.process.start()
        child.close()
        self.task: tuple[int, str] | None = None     # (index, source) it holds
        self.since = 0.0
        self.cpu_since = 0.0

    def give(self, index: int, payload, source: str) -> None:
        self.task, self.since, self.cpu_since = (index, source), time.monotonic(), _cpu_seconds(self.process.pid)
        self.conn.send((index, payload))

    def kill(self, grace: float = 0.0) -> None:
        self.process.join(grace)
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


def run_pool(payloads: Sequence, settings: Settings, processes: int,
             on_result: Callable[[int, str, object], None]) -> None:
    """Run every task in ``payloads`` in ``processes`` worker processes.

    ``on_result(index, kind, value)`` is called in this process as each task ends: kind "done"
    (value: cache entry) or "skip" (value: the warning). Ctrl-C kills the workers within a poll
    (a quarter second) and raises KeyboardInterrupt here; results already passed on stay passed on.
    """
    from .nlp import load_model

    if not payloads:
        return
    warm_up(load_model(settings.model), settings, payloads)      # once here; forked workers share it
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    pending = deque(enumerate(payloads))
    hard_seconds = settings.article_seconds * HARD_FACTOR + HARD_MARGIN if settings.article_seconds else 0
    workers: list[_Worker] = []

    def feed(worker: _Worker) -> None:
        if pending:
            index, payload = pending.popleft()
            worker.give(index, payload, source_of(payload))
        else:
            worker.task = None

    def replace(worker: _Worker, reason: str) -> None:
        index, source = worker.task
        worker.kill()
        workers.remove(worker)
        on_result(index, "skip", f"{source}: {reason}; skipped")
        if pending:
            fresh = _Worker(context, settings)
            workers.append(fresh)
            feed(fresh)

    try:
        for _ in range(max(1, min(processes, len(payloads)))):
            worker = _Worker(context, settings)
            workers.append(worker)
            feed(worker)
        while any(w.task for w in workers):
            busy = {w.conn: w for w in workers if w.task}
            for conn in wait(list(busy), timeout=POLL_SECONDS):
                worker = busy[conn]
                try:
                    index, kind, value = conn.recv()
                except (EOFError, OSError):
                    code = worker.process.exitcode
                    how = f"signal {-code}" if code and code < 0 else f"exit code {code}"
                    replace(worker, f"the extraction process ended ({how}; out of memory?)")
                    continue
                on_result(index, kind, value)
                feed(worker)
            now = time.monotonic()
            for worker in [w for w in workers if w.task]:
                if hard_seconds and (_cpu_seconds(worker.process.pid) - worker.cpu_since > hard_seconds
                                     or now - worker.since > settings.article_seconds * WALL_FACTOR):
                    replace(worker, f"extraction took over {hard_seconds:.0f} s (article_seconds budget)")
                elif settings.article_memory_mb and _rss_mb(worker.process.pid) > settings.article_memory_mb:
                    replace(worker, f"extraction used over {settings.article_memory_mb} MB "
                                    "(article_memory_mb budget)")
        for worker in workers:
            try:
                worker.conn.send(None)
            except OSError:
                pass
        for worker in workers:
            worker.kill(grace=1.0)
    finally:
        for worker in workers:
            worker.kill()
