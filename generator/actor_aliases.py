"""The user's alias file (``aliases.yml``): names to merge under one actor, pairs never to merge.

Read with PyYAML's node API so that every malformed entry gets a warning naming the file and line,
and the rest of the file is still used (a bad alias file never stops a build).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .data import name_key

KINDS = ("person", "organization", "place", "group")


@dataclass(frozen=True)
class ActorAlias:
    """One entry of the alias file: the name to use, optionally the kind, and the other names."""
    name: str
    kind: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class AliasConfig:
    """The user's alias file: names to merge under one actor, and pairs never to merge."""
    actors: tuple[ActorAlias, ...] = ()
    never_merge: tuple[tuple[str, str], ...] = ()
    _index: dict = field(default_factory=dict, init=False, compare=False, repr=False)

    def __post_init__(self):
        index = {}
        for actor in self.actors:
            for form in (actor.name, *actor.aliases):
                index.setdefault(name_key(form), actor)
        object.__setattr__(self, "_index", index)

    def actor_for(self, *names: str) -> ActorAlias | None:
        """The configured actor that any of ``names`` belongs to, else None."""
        for name in names:
            actor = self._index.get(name_key(name))
            if actor is not None:
                return actor
        return None

    def apply(self, name: str, kind: str, aliases) -> tuple[str, str, list[str]]:
        """``(name, kind, aliases)`` after the alias file: the configured name wins, the old one is kept."""
        actor = self.actor_for(name, *aliases)
        if actor is None or (actor.kind and actor.kind != kind and actor.name != name
                             and name_key(name) not in {name_key(a) for a in actor.aliases}):
            return name, kind, list(aliases)     # only an alias matched, and of another kind: not it
        forms = [f for f in dict.fromkeys([name, *aliases]) if f != actor.name]
        return actor.name, actor.kind or kind, forms

    def never(self, a: str, b: str) -> bool:
        """Whether the alias file forbids merging names ``a`` and ``b``."""
        pair = {name_key(a), name_key(b)}
        return any({name_key(x), name_key(y)} == pair for x, y in self.never_merge)


def _line(node) -> int:
    return node.start_mark.line + 1


def _strings(node, path: Path, what: str, warnings: list[str]) -> list[str]:
    if isinstance(node, yaml.ScalarNode):
        return [node.value] if node.value.strip() else []
    if isinstance(node, yaml.SequenceNode):
        out = []
        for item in node.value:
            if isinstance(item, yaml.ScalarNode) and item.value.strip():
                out.append(item.value.strip())
            else:
                warnings.append(f"{path}:{_line(item)}: {what} must be a list of names; entry ignored")
        return out
    warnings.append(f"{path}:{_line(node)}: {what} must be a list of names; ignored")
    return []


def _actor(node, path: Path, warnings: list[str]) -> ActorAlias | None:
    if not isinstance(node, yaml.MappingNode):
        warnings.append(f"{path}:{_line(node)}: an actor must be a mapping with name, kind, aliases; ignored")
        return None
    fields = {k.value: v for k, v in node.value if isinstance(k, yaml.ScalarNode)}
    unknown = sorted(set(fields) - {"name", "kind", "aliases"})
    if unknown:
        warnings.append(f"{path}:{_line(node)}: unknown key(s) {', '.join(unknown)} (known: name, kind, aliases)")
    name_node = fields.get("name")
    if not isinstance(name_node, yaml.ScalarNode) or not name_node.value.strip():
        warnings.append(f"{path}:{_line(node)}: actor without a name; ignored")
        return None
    kind = None
    if "kind" in fields:
        value = fields["kind"].value if isinstance(fields["kind"], yaml.ScalarNode) else None
        if value in KINDS:
            kind = value
        else:
            warnings.append(f"{path}:{_line(fields['kind'])}: kind must be one of {', '.join(KINDS)}; "
                            f"got {value!r}, ignored")
    aliases = _strings(fields["aliases"], path, "aliases", warnings) if "aliases" in fields else []
    return ActorAlias(name=name_node.value.strip(), kind=kind, aliases=tuple(aliases))


def load_aliases(path: Path) -> tuple[AliasConfig, list[str]]:
    """Read the alias file; a missing file is an empty configuration.

    Returns:
        The configuration and warnings, each naming the file and line of a malformed entry
        (the entry is left out; the rest is used).
    """
    path = Path(path)
    if not path.exists():
        return AliasConfig(), []
    warnings: list[str] = []
    try:
        data = path.read_bytes()
    except OSError as exc:
        what = "is a folder, not a file" if path.is_dir() else f"cannot be read ({exc.strerror or exc})"
        return AliasConfig(), [f"{path}: {what}; alias file ignored"]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        warnings.append(f"{path}: the alias file is not UTF-8; it was read as Windows-1252 (cp1252)")
    from .readers.frontmatter import MAX_DEPTH, flow_depth

    if flow_depth(text) > MAX_DEPTH:     # PyYAML's time grows with the square of the depth
        return AliasConfig(), [f"{path}: brackets nested more than {MAX_DEPTH} deep; alias file ignored"]
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        return AliasConfig(), [f"{path}{where}: not valid YAML ({getattr(exc, 'problem', exc)}); alias file ignored"]
    except RecursionError:
        return AliasConfig(), [f"{path}: nested too deeply to read; alias file ignored"]
    except Exception as exc:  # noqa: BLE001 - a bad alias file is one warning, never a stopped build
        return AliasConfig(), [f"{path}: cannot be read ({type(exc).__name__}); alias file ignored"]
    if root is None:
        return AliasConfig(), []
    if not isinstance(root, yaml.MappingNode):
        return AliasConfig(), [f"{path}:{_line(root)}: expected a mapping with actors and never_merge; ignored"]
    actors: list[ActorAlias] = []
    pairs: list[tuple[str, str]] = []
    seen: dict = {}
    for key, value in root.value:
        if key.value == "actors":
            items = value.value if isinstance(value, yaml.SequenceNode) else None
            if items is None:
                warnings.append(f"{path}:{_line(value)}: actors must be a list; ignored")
                continue
            for item in items:
                actor = _actor(item, path, warnings)
                if actor is None:
                    continue
                for form in (actor.name, *actor.aliases):
                    other = seen.get(name_key(form))
                    if other is not None and other != actor.name:
                        warnings.append(f"{path}:{_line(item)}: {form!r} is already listed under "
                                        f"{other!r}; the first entry wins")
                    seen.setdefault(name_key(form), actor.name)
                actors.append(actor)
        elif key.value == "never_merge":
            items = value.value if isinstance(value, yaml.SequenceNode) else None
            if items is None:
                warnings.append(f"{path}:{_line(value)}: never_merge must be a list of name pairs; ignored")
                continue
            for item in items:
                names = _strings(item, path, "never_merge entry", warnings) \
                    if isinstance(item, yaml.SequenceNode) else []
                if len(names) != 2:
                    warnings.append(f"{path}:{_line(item)}: never_merge entries are pairs of two names; ignored")
                    continue
                pairs.append((names[0], names[1]))
        else:
            warnings.append(f"{path}:{_line(key)}: unknown section {key.value!r} (known: actors, never_merge)")
    return AliasConfig(actors=tuple(actors), never_merge=tuple(pairs)), warnings
