"""The two kinds of failure: one a user or operator can fix, and one they cannot.

`UserError` carries a message fit to show as it is (in Slack or on a terminal). Anything else is
a bug or an outage: logged in full, shown to the user as a short apology.
"""


class UserError(Exception):
    """A problem the person can act on: bad input, a missing file, an unknown name."""


class InputFileError(UserError):
    """A seed, metadata or registry file that cannot be used; names the file and line."""

    def __init__(self, path: object, reason: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line else f"{path}"
        super().__init__(f"{where}: {reason}")
        self.path = str(path)
        self.line = line
        self.reason = reason


class IndexFileError(UserError):
    """The claim index file is missing, corrupt or of another format version."""


class ExtractionError(UserError):
    """Extraction failed on one document: a fault in the extractor, not in the document, but the
    document is what the person can name, skip or report, so the message names it."""
