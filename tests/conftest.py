import os

import pytest

# Material's end-of-life banner is noise in test output.
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


@pytest.fixture(scope="session")
def nlp():
    """The project's spaCy model, loaded once for the whole test session."""
    from generator.nlp import DEFAULT_MODEL, load_model

    return load_model(DEFAULT_MODEL)
