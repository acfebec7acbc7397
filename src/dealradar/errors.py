"""One error vocabulary for every stage. Standard library imports only.

Each error says what went wrong, where, why, and (when there is one) the flag that fixes it.
Branches also inherit the matching builtin so callers can catch them generically.
"""

from __future__ import annotations


class DealradarError(Exception):
    """Base of every error dealradar raises on purpose."""


class ValidationError(DealradarError, ValueError):
    """Input that does not fit the data model (a bad CSV row, an unknown vocabulary value)."""


class ParseError(DealradarError, ValueError):
    """Text that could not be read as what it claims to be (an amount, a date, a document)."""


class NotFoundError(DealradarError, LookupError):
    """A deal, company or source that is not in the store."""


class FetchError(DealradarError, OSError):
    """A network source that could not be fetched (after retries, or refused by policy)."""


class StoreError(DealradarError, RuntimeError):
    """The database could not be opened, migrated or written."""
