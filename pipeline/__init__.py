"""newsfacts: local news about prevention helplines, turned into checkable facts.

One subpackage per stage, in data-flow order: :mod:`pipeline.collect`,
:mod:`pipeline.read`, :mod:`pipeline.extract`, :mod:`pipeline.check`,
:mod:`pipeline.publish`; :mod:`pipeline.engine` runs them on each document.
At the top is only what every stage shares: :mod:`pipeline.records`,
:mod:`pipeline.settings`, :mod:`pipeline.nlp` (the model loader), :mod:`pipeline.ner` and
:mod:`pipeline.entities` (what the rules ask of NER), the word-list helper and the CLI.
"""
from pipeline import moved

__version__ = "0.1.0"

moved.install()


def extract_article(*args, **kwargs):
    """Extract one article's record; see :func:`pipeline.engine.stages.extract_article`."""
    from pipeline.engine.stages import extract_article as _extract

    return _extract(*args, **kwargs)


def __getattr__(name: str):
    """Old module paths (``pipeline.archives``) as attributes, imported on first use."""
    if name in moved.MOVED:
        return moved.lookup(name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")


__all__ = ["extract_article", "__version__"]
