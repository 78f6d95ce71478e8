"""The rules every report names: the registered rules plus DOC001 for documents that could not be read."""

from __future__ import annotations

from checker.rules import RULES, Rule


def _unreadable(article, context):
    """A document that could not be read (missing, empty, not UTF-8, binary, not parseable, unsupported
    format) was not checked at all: it is reported as an error so that CI does not pass it silently."""
    return iter(())


DOCUMENT_RULE = Rule(
    "DOC001", "document-unreadable", "error", "A document could not be read, so it was not checked.", [_unreadable]
)


def all_rules() -> list[Rule]:
    return [DOCUMENT_RULE, *sorted(RULES.values(), key=lambda r: r.code)]
