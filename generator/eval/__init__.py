"""Scoring the generator on the research corpus (`../shared/corpus`): one module per corpus.

Each corpus module (`set_<corpus>.py`) has ``items(folder, *, limit)`` (reads the corpus the way a user would give it:
files through the readers, no gold passed on) and ``rows(items, records, ...)`` (pure scoring).
The shared measures are in :mod:`generator.eval.scoring`; the command is :mod:`generator.evaluate`.
"""
