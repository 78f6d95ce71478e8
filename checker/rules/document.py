"""DOC001: a document that could not be read. Not a check over an Article: the audit marks the document
`status: "error"` and the sarif, github and junit reports show it under this code."""

from __future__ import annotations

from checker.rules import Rule
from checker.textnorm import cleandoc


def _unreadable(article, context):
    """A document that could not be read: missing, empty, not UTF-8, binary, not parseable, or in a format no
    reader handles. It is reported once, for the whole document, and counts as an error in the summary."""
    return iter(())


DOCUMENT_RULE = Rule(
    "DOC001",
    "document-unreadable",
    "error",
    "A document could not be read, so it was not checked.",
    [_unreadable],
    why=cleandoc(
        """
        A document that was not read was not checked: if the run passed it, CI would pass pages nobody looked
        at, images and credits included. So it is an error, always, never silently skipped.
        """
    ),
    fires="A file story.txt saved as Latin-1: invalid UTF-8 at byte 3 (or an empty file, or a truncated JSON export).",
    passes="The same story.txt saved as UTF-8.",
    fix=cleandoc(
        """
        Fix the input (re-export it as UTF-8, repair the file), or leave it out of the paths given. Files that
        are not documents (images, configuration, hidden files) are skipped, not failed, when a folder is walked.
        """
    ),
    settings=cleandoc(
        """
        None: the policy cannot turn DOC001 off or change its severity ([rules] DOC001 is refused when the policy
        loads), and it has no inline ignore. --exit-zero reports every finding without failing the run.
        """
    ),
    configurable=False,
)
