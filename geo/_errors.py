"""Exceptions raised by the package, each naming what was wrong and where."""

from __future__ import annotations


class GeoError(Exception):
    """Base class of every error this package raises on purpose."""


class ArticleError(GeoError):
    """An article file cannot be read or parsed.

    Parameters
    ----------
    path
        The file, as given by the user.
    problem
        What is wrong with it.

    """

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class DataFileError(GeoError):
    """A shipped data file (lexicon, gazetteer table) is malformed.

    Parameters
    ----------
    path
        The data file.
    problem
        What is wrong with it, with the line or row where known.

    """

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class StoreError(GeoError):
    """The database cannot be opened or written."""
