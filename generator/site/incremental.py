"""MkDocs hook: incremental builds that give the same site/ as a clean build, search index included.

Why our own code: `mkdocs build --dirty` keeps stale pages in site/, leaves Material's search index
with only the rebuilt pages (mkdocs-material#7638) and skips link and anchor checks for the pages it
does not rebuild; no maintained plugin does better for MkDocs 1.6. This hook (``hooks:`` in
mkdocs.yml) keeps a manifest of every page it wrote and, on the next build, reuses a page instead of
rendering it when nothing its HTML depends on has changed:

* its source file's bytes (front matter included) and its path (so a plugin that rewrites Markdown
  from anything else than the page itself would need that input in the environment below);
* the environment: mkdocs.yml's bytes and resolved settings, the nav (every title and URL), the
  versions of MkDocs, the theme and every plugin and Markdown extension, the theme's custom_dir
  files and this file;
* every page or file it links to: whether each exists and at which URL (a link to a page that
  appears or disappears renders differently).

A reused page is neither parsed, converted from Markdown nor put through the theme's template: MkDocs
is given an empty source and an empty template (it writes nothing for an empty page), its old HTML is moved back into site/ from the
previous build, and the search index gets the page's cached entries in the page's place, so
search_index.json is the same as a clean build's. Title, anchors and links to other pages' anchors
are restored too, so MkDocs' anchor validation sees what a clean build sees. Pages that logged a
warning are never reused, so ``--strict`` fails again on an unchanged faulty page. Pages no longer in
docs/ are not moved back, so they disappear from site/.

The manifest lives in ``.cache/mkdocs/`` beside mkdocs.yml (one per site folder) and is deleted at
the start of each build and written only after a complete one: an interrupted build is followed by a
clean one. The hook is off for ``mkdocs serve`` and ``--dirty`` builds. It imports nothing from the
generator (MkDocs loads hooks as standalone modules).
"""
from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import posixpath
import re
import shutil
import sys
from importlib import metadata
from pathlib import Path
from urllib.parse import unquote, urlsplit

from mkdocs.plugins import event_priority

FORMAT = 3                               # bump when the manifest's meaning changes
EMPTY_TEMPLATE = "incremental-reused-page.html"
STASH_SUFFIX = ".incremental-previous"
_LINK = re.compile(r'\s(?:href|src)="([^"]*)"')
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
log = logging.getLogger("mkdocs.hooks.incremental")


class _Build:
    """What one build knows: the old manifest, the new one, and which pages are reused."""

    def __init__(self, config):
        self.site_dir = Path(config.site_dir).resolve()
        base = Path(config.config_file_path or ".").resolve().parent
        name = hashlib.sha256(str(self.site_dir).encode("utf-8", "surrogatepass")).hexdigest()[:16]
        self.manifest_path = base / ".cache" / "mkdocs" / f"{name}.json"
        self.stash = self.site_dir.with_name(f".{self.site_dir.name}{STASH_SUFFIX}")
        self.stash_str = str(self.stash)
        self.site_str = str(self.site_dir)
        self.made_dirs: set[str] = set()
        self.old_pages: dict = {}
        self.old_paths: list[str] = []
        self.old_states: list[str] = []
        self.changed_paths: list[bool] = []
        self.pages: dict = {}             # src_uri -> new manifest entry
        self.paths: dict[str, int] = {}   # linked path -> index in the new path table
        self.reused: set[str] = set()
        self.warned: set[str] = set()
        self.keys: dict[str, str] = {}
        self.entries: dict[str, list] = {}
        self.links: dict[str, list[int]] = {}
        self.env_hash = ""
        self.url_map: dict[str, str] = {}
        self.src_set: set[str] = set()
        self.files = None


_build: _Build | None = None
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


class _SkipNotice(logging.Filter):
    """Hides MkDocs' "Page skipped ... empty output" notice for pages this hook reused."""

    def filter(self, record):
        return not (_build is not None and record.getMessage().startswith("Page skipped: '")
                    and record.getMessage()[len("Page skipped: '"):].split("'", 1)[0] in _build.reused)


_spy: _WarningSpy | None = None
_skip_notice = _SkipNotice()


def _load_manifest(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and data.get("format") == FORMAT else {}


@event_priority(-100)
def on_pre_build(config):
    """Take the previous site aside (reused pages come back from it) and hook into search."""
    global _build, _spy
    _build = None
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
    logging.getLogger("mkdocs.commands.build").addFilter(_skip_notice)
    _wrap_search(config)


def _wrap_search(config) -> None:
    """Make the search plugin take a reused page's cached entries, and note a rendered page's."""
    for plugin in config.plugins.values():
        index = getattr(plugin, "search_index", None)
        if index is None or not hasattr(index, "add_entry_from_context") or not hasattr(index, "entries"):
            continue
        original = type(index).add_entry_from_context

        def add_entry_from_context(page, index=index, original=original):
            src = page.file.src_uri
            if _build is not None and src in _build.reused:
                index.entries.extend(_build.old_pages[src]["search"])
                return
            before = len(index.entries)
            original(index, page)
            if _build is not None:
                _build.entries[src] = index.entries[before:]

        index.add_entry_from_context = add_entry_from_context


def _versions(config) -> dict:
    """Versions of MkDocs, the theme, the plugins and the Markdown extensions (module file stat as fallback).

    Not importlib.metadata.packages_distributions(): it reads every installed distribution (seconds)."""
    modules = {"mkdocs", "markdown", "jinja2", "pymdownx", "pygments", "material"}
    for plugin in config.plugins.values():
        modules.add(type(plugin).__module__.split(".")[0])
    for ext in config.markdown_extensions:
        modules.add((ext if isinstance(ext, str) else type(ext).__module__).split(".")[0])
    found = {}
    for name in sorted(modules):
        module = sys.modules.get(name)
        if module is None:
            continue
        version = getattr(module, "__version__", None)
        if not isinstance(version, str):
            try:
                st = os.stat(getattr(module, "__file__", None) or "")
                version = f"{st.st_size}:{st.st_mtime_ns}"
            except OSError:
                version = "built-in"
        found[name] = version
    return found


def _nav_shape(items) -> list:
    """The nav as plain data: kinds, titles given in mkdocs.yml (else the page's source hash), URLs."""
    shape = []
    for item in items or ():
        kind = type(item).__name__
        if getattr(item, "file", None) is not None:
            given = item.__dict__.get("title")
            title = given if given is not None else hashlib.sha256(item.file.content_bytes).hexdigest()
            shape.append([kind, title, item.file.src_uri, item.file.url])
        elif getattr(item, "children", None) is not None:
            shape.append([kind, item.title, _nav_shape(item.children)])
        else:
            shape.append([kind, getattr(item, "title", None), getattr(item, "url", None)])
    return shape


def _environment(config, nav) -> str:
    digest = hashlib.sha256(f"format {FORMAT}\n".encode())
    digest.update(Path(__file__).read_bytes())
    if config.config_file_path and os.path.isfile(config.config_file_path):
        digest.update(Path(config.config_file_path).read_bytes())
    settings = {key: config.get(key) for key in (
        "site_name", "site_url", "site_description", "site_author", "repo_url", "repo_name", "edit_uri",
        "edit_uri_template", "copyright", "use_directory_urls", "extra", "markdown_extensions",
        "mdx_configs", "extra_css", "extra_javascript", "extra_templates", "not_in_nav", "draft_docs",
        "validation", "docs_dir")}
    settings["theme"] = {key: config.theme[key] for key in config.theme}
    settings["theme_name"] = config.theme.name
    settings["plugins"] = list(config.plugins)
    settings["versions"] = _versions(config)
    settings["python"] = sys.version_info[:2]
    settings["nav"] = _nav_shape(nav.items)
    digest.update(json.dumps(settings, sort_keys=True, default=_plain).encode("utf-8", "surrogatepass"))
    custom = config.theme.custom_dir
    if custom and os.path.isdir(custom):
        for path in sorted(Path(custom).rglob("*")):
            if path.is_file():
                digest.update(str(path.relative_to(custom)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _plain(value):
    """JSON for config values: their fields, never an address that changes between runs."""
    if isinstance(value, (set, frozenset)):
        return sorted(map(str, value))
    if hasattr(value, "items"):
        return dict(value.items())
    if hasattr(value, "__dict__"):
        return {k: v for k, v in vars(value).items() if not k.startswith("_")}
    text = str(value)
    return re.sub(r" at 0x[0-9a-f]+", "", text)


def on_nav(nav, config, files):
    """Fingerprint the environment and index the files by URL: a page is reused only after this."""
    if _build is None:
        return nav
    _build.env_hash = _environment(config, nav)
    _build.files = files
    _build.url_map = {f.url: f.src_uri for f in files}
    _build.src_set = {f.src_uri for f in files}
    old_states = _build.old_states
    _build.changed_paths = [old_states[i] != _link_state(path) if i < len(old_states) else True
                            for i, path in enumerate(_build.old_paths)]
    return nav


def _link_state(path: str) -> str:
    """What a link to ``path`` renders as: the source page at that URL, a source file, or nothing."""
    assert _build is not None
    src = _build.url_map.get(path)
    if src is not None:
        return "=" + src
    return "+" if path in _build.src_set else "-"


def _page_key(data: bytes, page) -> str:
    digest = hashlib.sha256(_build.env_hash.encode())
    head = json.dumps([page.file.src_uri, page.file.dest_uri, str(page.file.inclusion)])
    digest.update(head.encode("utf-8", "surrogatepass") + b"\0")
    digest.update(data)
    return digest.hexdigest()


def on_page_read_source(page, config):
    """Decide whether the page is reused: a reused page gets an empty source and no Markdown pass."""
    if _build is None or page.file.abs_src_path is None:
        return None
    try:
        data = page.file.content_bytes
    except OSError:
        return None            # MkDocs reads it again and reports the error
    src = page.file.src_uri
    key = _build.keys[src] = _page_key(data, page)
    old = _build.old_pages.get(src)
    if (old is not None and old.get("key") == key
            and not any(_build.changed_paths[i] for i in old.get("links", ()))
            and os.path.isfile(os.path.join(_build.stash_str, page.file.dest_uri))):
        _build.reused.add(src)
        # Markdown is neither parsed nor converted: render() restores what the last build found
        page.render = functools.partial(_render_reused, page, old)
        return ""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None            # MkDocs reads it again and reports the error


def _render_reused(page, old: dict, config, files) -> None:
    """Stands in for Page.render on a reused page: its title, front matter and anchors, no HTML."""
    page.meta = dict(old.get("meta") or {})
    page.meta["template"] = EMPTY_TEMPLATE
    page.content = ""
    page.toc = []
    page._title_from_render = old.get("title")
    page.present_anchor_ids = set(old.get("anchors") or ())
    links = {}
    for target, anchors in (old.get("anchor_links") or {}).items():
        file = files.get_file_from_path(target)
        if file is not None:
            links[file] = dict(anchors)
    page.links_to_anchors = links


@event_priority(-100)
def on_page_content(html, page, config, files):
    """Note what a rendered page links to."""
    if _build is None or page.file.src_uri in _build.reused:
        return html
    _build.links[page.file.src_uri] = _links_of(html, page)
    return html


def _links_of(html: str, page) -> list[int]:
    """Indexes (in the new path table) of every site path the page's content links to.

    Read from the converted Markdown (quoted attributes), not from the minified page; the theme's
    own links (nav, assets) are part of the environment."""
    base = posixpath.dirname(page.file.url)
    found = set()
    for url in _LINK.findall(html):
        if not url or url.startswith(("#", "/", "\\")) or _SCHEME.match(url):
            continue
        path = unquote(urlsplit(url).path)
        if not path:
            continue
        found.add(posixpath.normpath(posixpath.join(base, path)))
    indexes = []
    for path in sorted(found):
        if path not in _build.paths:
            _build.paths[path] = len(_build.paths)
        indexes.append(_build.paths[path])
    return indexes


def on_env(env, config, files):
    """A template that renders nothing: MkDocs then writes nothing for a reused page."""
    if _build is None:
        return env
    import jinja2

    env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({EMPTY_TEMPLATE: ""}), env.loader])
    return env


@event_priority(-100)
def on_post_page(output, page, config):
    """Move a reused page's HTML back into site/; remember a rendered page for the next build."""
    if _build is None:
        return output
    src = page.file.src_uri
    if src in _build.reused:
        target = os.path.join(_build.site_str, page.file.dest_uri)
        folder = os.path.dirname(target)
        if folder not in _build.made_dirs:
            os.makedirs(folder, exist_ok=True)
            _build.made_dirs.add(folder)
        os.replace(os.path.join(_build.stash_str, page.file.dest_uri), target)
        entry = dict(_build.old_pages[src])
        entry["links"] = [_path_index(_build.old_paths[i]) for i in entry.get("links", ())]
        _build.pages[src] = entry
        return output
    if src in _build.warned or src not in _build.keys:
        return output
    anchor_links = None
    if page.links_to_anchors:
        anchor_links = {f.src_uri: dict(a) for f, a in page.links_to_anchors.items()}
    _build.pages[src] = {
        "key": _build.keys[src],
        "title": page._title_from_render,
        "meta": page.meta,
        "anchors": sorted(page.present_anchor_ids or ()),
        "anchor_links": anchor_links,
        "links": _build.links.get(src, []),
        "search": _build.entries.get(src, []),
    }
    return output


def _path_index(path: str) -> int:
    if path not in _build.paths:
        _build.paths[path] = len(_build.paths)
    return _build.paths[path]


@event_priority(-200)
def on_post_build(config):
    """Write the manifest (the site is complete) and drop what is left of the previous site."""
    global _build
    build = _build
    if build is None:
        return
    _detach()
    # a page that warned while being read (before it was built) must not be reused either
    pages = {src: entry for src, entry in build.pages.items() if src not in build.warned}
    paths = sorted(build.paths, key=build.paths.get)
    states = [_link_state_for(build, path) for path in paths]
    manifest = {"format": FORMAT, "pages": pages, "paths": paths, "states": states}
    build.manifest_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = build.manifest_path.with_name(build.manifest_path.name + ".tmp")
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, separators=(",", ":"), default=str),
                   encoding="utf-8")
    os.replace(tmp, build.manifest_path)
    if build.stash.exists():
        shutil.rmtree(build.stash)
    log.info(f"Incremental build: {len(build.reused)} of {len(build.keys)} pages reused")
    _build = None


def _link_state_for(build: _Build, path: str) -> str:
    src = build.url_map.get(path)
    if src is not None:
        return "=" + src
    return "+" if path in build.src_set else "-"


def on_build_error(error):
    """A failed build leaves no manifest; the next build is a clean one."""
    global _build
    if _build is not None and _build.stash.exists():
        shutil.rmtree(_build.stash, ignore_errors=True)
    _detach()
    _build = None


def _detach() -> None:
    if _spy is not None:
        logging.getLogger("mkdocs").removeHandler(_spy)
    logging.getLogger("mkdocs.commands.build").removeFilter(_skip_notice)
