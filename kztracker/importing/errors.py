"""Errors raised while reading an announcement: the file cannot be turned into text."""

from kztracker.errors import KztrackerError


class ImportInputError(KztrackerError):
    """The file or text given to import is unusable (empty, binary, too large, corrupt...)."""
