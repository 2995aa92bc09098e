"""The environment part of incremental.py's page keys: everything outside a page that its HTML depends on.

A hash of mkdocs.yml (bytes and resolved settings), the nav (paths, and the sources of nav pages
whose title mkdocs.yml does not give), the versions of MkDocs, the theme, the plugins and the Markdown
extensions, the theme's custom_dir files, and the hook itself.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from pathlib import Path

from mkdocs.structure.files import InclusionLevel


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


def environment(config, files, version: int, hook: bytes) -> str:
    """The environment's hash (hex) for this build's ``config`` and ``files``; ``hook``: the hook's source."""
    digest = hashlib.sha256(f"format {version}\n".encode())
    digest.update(hook)
    digest.update(Path(__file__).read_bytes())
    if config.config_file_path and os.path.isfile(config.config_file_path):
        digest.update(Path(config.config_file_path).read_bytes())
    settings = {key: config.get(key) for key in (
        "site_name", "site_url", "site_description", "site_author", "repo_url", "repo_name", "edit_uri",
        "edit_uri_template", "copyright", "use_directory_urls", "extra", "markdown_extensions",
        "mdx_configs", "extra_css", "extra_javascript", "extra_templates", "not_in_nav", "draft_docs",
        "exclude_docs", "validation", "docs_dir", "nav")}
    settings["theme"] = {key: config.theme[key] for key in config.theme}
    settings["theme_name"] = config.theme.name
    settings["plugins"] = list(config.plugins)
    settings["versions"] = _versions(config)
    settings["python"] = sys.version_info[:2]
    # titles of nav pages that mkdocs.yml does not name come from the pages themselves
    titled = _titled_in_nav(config.nav)
    settings["nav_pages"] = sorted(
        (f.src_uri, f.inclusion.name, None if f.src_uri in titled else hashlib.sha256(f.content_bytes).hexdigest())
        for f in files.documentation_pages(inclusion=InclusionLevel.is_in_nav))
    digest.update(json.dumps(settings, sort_keys=True, default=_plain).encode("utf-8", "surrogatepass"))
    custom = config.theme.custom_dir
    if custom and os.path.isdir(custom):
        for path in sorted(Path(custom).rglob("*")):
            if path.is_file():
                digest.update(str(path.relative_to(custom)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _titled_in_nav(nav) -> set[str]:
    """Paths that mkdocs.yml's nav gives a title to."""
    found = set()
    for item in nav or ():
        if isinstance(item, dict):
            for value in item.values():
                if isinstance(value, str):
                    found.add(value)
                elif isinstance(value, list):
                    found |= _titled_in_nav(value)
    return found


def in_nav(nav) -> set[str]:
    """Every path mkdocs.yml's nav names, with or without a title."""
    found = set()
    for item in nav or ():
        values = item.values() if isinstance(item, dict) else [item]
        for value in values:
            if isinstance(value, str):
                found.add(value)
            elif isinstance(value, list):
                found |= in_nav(value)
    return found


def _plain(value):
    """JSON for config values: their fields, never an address that changes between runs."""
    if isinstance(value, (set, frozenset)):
        return sorted(map(str, value))
    if hasattr(value, "items"):
        return dict(value.items())
    if hasattr(value, "__dict__"):
        return {k: v for k, v in vars(value).items() if not k.startswith("_")}
    return re.sub(r" at 0x[0-9a-f]+", "", str(value))


