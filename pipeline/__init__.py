"""newsfacts: local news about prevention helplines, turned into checkable facts."""
__version__ = "0.1.0"


def extract_article(*args, **kwargs):
    """Extract one article's record; see :func:`pipeline.extract.extract_article`."""
    from .extract import extract_article as _extract

    return _extract(*args, **kwargs)


__all__ = ["extract_article", "__version__"]
