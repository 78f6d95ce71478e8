"""Errors that become a per-document entry in the audit instead of a crash."""


class ReadError(Exception):
    """A document that cannot be read or parsed; the message is shown to the user as is."""
