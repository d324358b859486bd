"""Errors a user can act on. Their message is shown as is, in one line."""


class KztrackerError(Exception):
    """Base for every error whose message is meant for the user."""


class DatabaseOpenError(KztrackerError):
    """The database cannot be opened, created or upgraded."""


class DuplicateNameError(KztrackerError):
    """A record with the same normalized name already exists."""
