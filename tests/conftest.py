import pytest


@pytest.fixture(scope="session")
def nlp():
    """The project's spaCy model, loaded once for the whole test session."""
    from generator.nlp import DEFAULT_MODEL, load_model

    return load_model(DEFAULT_MODEL)
