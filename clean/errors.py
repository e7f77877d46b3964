"""Errors of the cleaning stage."""


class CleanError(ValueError):
    """A page that cannot be cleaned (empty, binary, no article text). The message says why."""
