"""MkDocs hook: incremental builds that give the same site/ as a clean build, search index included.

Why our own code: `mkdocs build --dirty` keeps stale pages in site/, leaves Material's search index
with only the rebuilt pages (mkdocs-material#7638) and skips link and anchor checks for the pages it
does not rebuild; no maintained plugin does better for MkDocs 1.6. This hook (``hooks:`` in
mkdocs.yml) keeps a manifest of every page it wrote and, on the next build, reuses a page that is not
in the nav instead of rendering it, when nothing its HTML depends on has changed:

* its source file's bytes (front matter included) and its path (so a plugin that rewrites Markdown
  from anything else than the page itself would need that input in the environment below);
* the environment: mkdocs.yml's bytes and resolved settings, the nav (titles and paths; the sources
  of nav pages without a title in mkdocs.yml), the versions of MkDocs, the theme, every plugin and
  Markdown extension, the theme's custom_dir files and this file;
* every page or file its content links to: whether each exists and at which URL (a link to a page
  that appears or disappears renders differently).

A reused page is taken out of MkDocs' page loop (marked excluded, which MkDocs documents as "not
built"; links to it still resolve to its URL) and its HTML is moved back into site/ from the previous
build (only if its size and modification time are still those of the file this hook wrote, so a
site written meanwhile by another builder or edited by hand is not reused). What a clean build would
take from it is put back: its search entries, in the page's place
(search_index.json is a clean build's), its anchors (so other pages' links to them validate), its
own links to anchors (validated again), and its entry in sitemap.xml. Pages that logged a warning are
never reused, so ``--strict`` fails again on an unchanged faulty page. Pages no longer in docs/ are
not moved back, so they disappear from site/. Nav pages are always rendered.

The manifest lives in ``.cache/mkdocs/`` beside mkdocs.yml (one per site folder); it is deleted at
the start of each build and written only after a complete one, so an interrupted build is followed
by a clean one. The hook is off for ``mkdocs serve`` and ``--dirty`` builds. It imports nothing from
the generator (MkDocs loads hooks as standalone modules).
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import posixpath
import re
import shutil
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

from mkdocs.plugins import event_priority
from mkdocs.structure.files import InclusionLevel
from mkdocs.structure.pages import Page

# MkDocs puts the hook's folder on sys.path while it loads the hook
from incremental_env import environment, in_nav  # noqa: E402

FORMAT = 5                               # bump when the manifest's meaning changes
STASH_SUFFIX = ".incremental-previous"
_LINK = re.compile(r'\s(?:href|src)="([^"]*)"')
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_EXCLUDED_LINK = "which is excluded from the built site."
log = logging.getLogger("mkdocs.hooks.incremental")


class _Build:
    """What one build knows: the old manifest, the new one, and which pages are reused."""

    def __init__(self, config):
        self.site_dir = Path(config.site_dir).resolve()
        base = Path(config.config_file_path or ".").resolve().parent
        name = hashlib.sha256(str(self.site_dir).encode("utf-8", "surrogatepass")).hexdigest()[:16]
        self.manifest_path = base / ".cache" / "mkdocs" / f"{name}.json"
        self.stash = self.site_dir.with_name(f".{self.site_dir.name}{STASH_SUFFIX}")
        self.old_pages: dict = {}
        self.old_paths: list[str] = []
        self.old_states: list[str] = []
        self.pages: dict = {}             # src_uri -> new manifest entry
        self.paths: dict[str, int] = {}   # linked path -> index in the new path table
        self.reused: dict[str, Page] = {}
        self.warned: set[str] = set()
        self.keys: dict[str, str] = {}
        self.entries: dict[str, list] = {}
        self.links: dict[str, list[int]] = {}
        self.url_map: dict[str, str] = {}
        self.src_set: set[str] = set()
        self.files = self.env = self.nav = self.search = None


_build: _Build | None = None
_written: Path | None = None        # the manifest this build wrote
_enabled = True


def on_startup(command, dirty):
    global _enabled
    _enabled = command != "serve" and not dirty


class _WarningSpy(logging.Handler):
    """Notes the page being read or built whenever MkDocs or a plugin logs a warning."""

    def __init__(self, config):
        super().__init__(logging.WARNING)
        self.config = config

    def emit(self, record):
        page = getattr(self.config, "_current_page", None)
        if _build is not None and page is not None:
            _build.warned.add(page.file.src_uri)


class _ExcludedNotice(logging.Filter):
    """Hides MkDocs' notice that a page links to an excluded page, when that page is one reused here."""

    def filter(self, record):
        if _build is None or not _build.reused or record.levelno > logging.INFO:
            return True
        message = record.getMessage()
        if not message.endswith(_EXCLUDED_LINK):
            return True
        target = message[:-len(_EXCLUDED_LINK)].rstrip().rsplit("'", 2)
        return not (len(target) == 3 and target[1] in _build.reused)


_spy: _WarningSpy | None = None
_notice = _ExcludedNotice()


def _load_manifest(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and data.get("format") == FORMAT else {}


@event_priority(-100)
def on_pre_build(config):
    """Take the previous site aside (reused pages come back from it) and hook into search."""
    global _build, _spy, _written
    _build = _written = None
    if not _enabled:
        return
    build = _Build(config)
    old = _load_manifest(build.manifest_path)
    build.manifest_path.unlink(missing_ok=True)     # written again only after a complete build
    if build.stash.exists():
        shutil.rmtree(build.stash)
    if old and build.site_dir.is_dir():
        build.site_dir.rename(build.stash)
        build.old_pages = old.get("pages") or {}
        build.old_paths = old.get("paths") or []
        build.old_states = old.get("states") or []
    _build = build
    _spy = _WarningSpy(config)
    logging.getLogger("mkdocs").addHandler(_spy)
    logging.getLogger("mkdocs.structure.pages").addFilter(_notice)
    _wrap_search(config)


def _wrap_search(config) -> None:
    """Note the search entries of each rendered page (its entries are put in order at the end)."""
    for plugin in config.plugins.values():
        index = getattr(plugin, "search_index", None)
        if index is None or not hasattr(index, "add_entry_from_context") or not hasattr(index, "entries"):
            continue
        original = type(index).add_entry_from_context

        def add_entry_from_context(page, index=index, original=original):
            before = len(index.entries)
            original(index, page)
            if _build is not None:
                _build.entries[page.file.src_uri] = index.entries[before:]

        index.add_entry_from_context = add_entry_from_context
        _build.search = index


def _link_state(build: _Build, path: str) -> str:
    """What a link to ``path`` renders as: the source page at that URL, a source file, or nothing."""
    src = build.url_map.get(path)
    if src is not None:
        return "=" + src
    return "+" if path in build.src_set else "-"


@event_priority(-100)
def on_files(files, config):
    """Fingerprint the environment, then take every unchanged page out of MkDocs' page loop."""
    build = _build
    if build is None:
        return files
    build.files = files
    build.url_map = {f.url: f.src_uri for f in files}
    build.src_set = {f.src_uri for f in files}
    env_hash = environment(config, files, FORMAT, Path(__file__).read_bytes())
    changed = [i >= len(build.old_states) or build.old_states[i] != _link_state(build, path)
               for i, path in enumerate(build.old_paths)]
    made: set[str] = set()
    nav_paths = in_nav(config.nav)
    for file in files.documentation_pages():
        if file.inclusion != InclusionLevel.NOT_IN_NAV or file.abs_src_path is None or file.src_uri in nav_paths:
            continue
        try:
            data = file.content_bytes
        except OSError:
            continue                   # MkDocs reads it again and reports the error
        key = build.keys[file.src_uri] = _page_key(env_hash, data, file)
        old = build.old_pages.get(file.src_uri)
        stashed = os.path.join(build.stash, file.dest_uri)
        if old is None or old.get("key") != key or any(changed[i] for i in old.get("links", ())):
            continue
        try:
            st = os.stat(stashed)
        except OSError:
            continue
        if [st.st_size, st.st_mtime_ns] != old.get("stat"):
            continue                   # not the file this hook wrote (another builder, a hand edit)
        build.reused[file.src_uri] = _restore(file, old, files, config)
        file.inclusion = InclusionLevel.EXCLUDED
        target = file.abs_dest_path
        folder = os.path.dirname(target)
        if folder not in made:
            os.makedirs(folder, exist_ok=True)
            made.add(folder)
        os.replace(stashed, target)
        entry = dict(old)
        entry["links"] = [_path_index(build.old_paths[i]) for i in old.get("links", ())]
        build.pages[file.src_uri] = entry
    return files


def _page_key(env_hash: str, data: bytes, file) -> str:
    digest = hashlib.sha256(env_hash.encode())
    digest.update(json.dumps([file.src_uri, file.dest_uri]).encode("utf-8", "surrogatepass") + b"\0")
    digest.update(data)
    return digest.hexdigest()


def _restore(file, old: dict, files, config) -> Page:
    """A page object for a reused file with what the last build found: title, front matter, anchors."""
    page = Page(None, file, config)
    page.markdown = ""
    page.content = ""
    page.meta = dict(old.get("meta") or {})
    page._title_from_render = old.get("title")
    page.present_anchor_ids = set(old.get("anchors") or ())
    links = {}
    for target, anchors in (old.get("anchor_links") or {}).items():
        linked = files.get_file_from_path(target)
        if linked is not None:
            links[linked] = dict(anchors)
    page.links_to_anchors = links
    return page


def on_nav(nav, config, files):
    if _build is not None:
        _build.nav = nav
    return nav


def on_env(env, config, files):
    """Keep the theme's environment (for the sitemap); compiled templates are cached between builds."""
    if _build is not None:
        import jinja2

        _build.env = env
        folder = _build.manifest_path.parent / "jinja"
        folder.mkdir(parents=True, exist_ok=True)
        env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(folder))
    return env


@event_priority(-100)
def on_page_content(html, page, config, files):
    """Note what a rendered page's content links to (the theme's own links are in the environment)."""
    if _build is not None:
        _build.links[page.file.src_uri] = _links_of(html, page)
    return html


def _links_of(html: str, page) -> list[int]:
    """Indexes (in the new path table) of every site path the page's content links to."""
    base = posixpath.dirname(page.file.url)
    found = set()
    for url in _LINK.findall(html):
        if not url or url.startswith(("#", "/", "\\")) or _SCHEME.match(url):
            continue
        path = unquote(urlsplit(url).path)
        if path:
            found.add(posixpath.normpath(posixpath.join(base, path)))
    return [_path_index(path) for path in sorted(found)]


def _path_index(path: str) -> int:
    if path not in _build.paths:
        _build.paths[path] = len(_build.paths)
    return _build.paths[path]


@event_priority(-100)
def on_post_page(output, page, config):
    """Remember a rendered page (unless it warned) for the next build."""
    build = _build
    src = page.file.src_uri
    if build is None or src in build.warned or src not in build.keys:
        return output
    anchor_links = None
    if page.links_to_anchors:
        anchor_links = {f.src_uri: dict(a) for f, a in page.links_to_anchors.items()}
    build.pages[src] = {"key": build.keys[src], "dest": page.file.dest_uri,
                        "title": page._title_from_render, "meta": page.meta,
                        "anchors": sorted(page.present_anchor_ids or ()), "anchor_links": anchor_links,
                        "links": build.links.get(src, []), "search": build.entries.get(src, [])}
    return output


@event_priority(100)
def on_post_build(config):
    """Before search writes its index: reused pages back in (a clean build's order); write the manifest."""
    global _build, _written
    build = _build
    if build is None:
        return
    _build = None
    _detach()
    for page in build.reused.values():
        page.file.inclusion = InclusionLevel.NOT_IN_NAV
        page.validate_anchor_links(files=build.files, log_level=config.validation.links.anchors)
    if build.search is not None and build.reused:
        entries = []
        for file in build.files.documentation_pages():
            if file.src_uri in build.reused:
                entries.extend(build.old_pages[file.src_uri].get("search") or ())
            else:
                entries.extend(build.entries.get(file.src_uri, ()))
        build.search.entries = entries
    if build.reused and "sitemap.xml" in config.theme.static_templates and build.env is not None:
        from mkdocs.commands.build import _build_theme_template

        _build_theme_template("sitemap.xml", build.env, build.files, config, build.nav)
    pages = {}
    for src, entry in build.pages.items():
        if src in build.warned:
            continue
        if "stat" not in entry:        # rendered in this build: the file MkDocs just wrote
            try:
                st = os.stat(os.path.join(build.site_dir, entry["dest"]))
            except OSError:
                continue
            entry["stat"] = [st.st_size, st.st_mtime_ns]
        pages[src] = entry
    paths = sorted(build.paths, key=build.paths.get)
    manifest = {"format": FORMAT, "pages": pages, "paths": paths,
                "states": [_link_state(build, path) for path in paths]}
    build.manifest_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = build.manifest_path.with_name(build.manifest_path.name + ".tmp")
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, separators=(",", ":"), default=str),
                   encoding="utf-8")
    os.replace(tmp, build.manifest_path)
    _written = build.manifest_path     # deleted again if a later plugin or --strict fails the build
    if build.stash.exists():
        shutil.rmtree(build.stash)
    log.info(f"Incremental build: {len(build.reused)} of {len(build.keys)} pages reused")


def on_build_error(error):
    """A failed build leaves no manifest; the next build is a clean one."""
    global _build, _written
    if _build is not None and _build.stash.exists():
        shutil.rmtree(_build.stash, ignore_errors=True)
    if _written is not None:
        _written.unlink(missing_ok=True)
    _detach()
    _build = _written = None


def _detach() -> None:
    if _spy is not None:
        logging.getLogger("mkdocs").removeHandler(_spy)
    logging.getLogger("mkdocs.structure.pages").removeFilter(_notice)
