"""Errors raised by newsrecords.

Every error derives from :class:`NewsRecordsError` and from the builtin exception a caller
would naturally catch, so ``except ValueError`` keeps working. Each carries a stable
machine-readable ``code`` next to its human message; codes never change once released.

This module is a leaf: it imports nothing from the rest of the package.
"""

from __future__ import annotations

__all__ = [
    "InputTypeError",
    "MissingExtraError",
    "NewsRecordsError",
    "ParseError",
    "RuleError",
    "UnknownFormatError",
    "UnknownModelError",
    "WorkerError",
]


class NewsRecordsError(Exception):
    """Base class of every error newsrecords raises on purpose.

    >>> err = ParseError("no article found")
    >>> err.code, str(err)
    ('parse_error', 'no article found')
    >>> isinstance(err, NewsRecordsError) and isinstance(err, ValueError)
    True
    """

    code: str = "newsrecords_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputTypeError(NewsRecordsError, TypeError):
    """A function was given something other than the type it documents (e.g. bytes)."""

    code = "input_type"

    @classmethod
    def expected(cls, what: str, got: object) -> InputTypeError:
        """Build the error for a value of the wrong type.

        >>> str(InputTypeError.expected("text", b"x"))
        'text must be str, not bytes'
        """
        return cls(f"{what} must be str, not {type(got).__name__}")


class MissingExtraError(NewsRecordsError, ImportError):
    """A feature needs an optional dependency that is not installed; the message names the
    extra that brings it.

    >>> err = MissingExtraError.for_extra("html", "parse_html")
    >>> err.code, err.extra
    ('missing_extra', 'html')
    >>> print(err)
    parse_html needs the optional dependencies of newsrecords[html]: pip install "newsrecords[html]"
    """

    code = "missing_extra"

    def __init__(self, message: str, *, extra: str) -> None:
        super().__init__(message)
        self.extra = extra

    @classmethod
    def for_extra(cls, extra: str, feature: str) -> MissingExtraError:
        """The error for ``feature`` when the extra ``extra`` is not installed."""
        return cls(
            f"{feature} needs the optional dependencies of newsrecords[{extra}]: "
            f'pip install "newsrecords[{extra}]"',
            extra=extra,
        )


class ParseError(NewsRecordsError, ValueError):
    """Input that cannot be turned into records at all (e.g. invalid JSON Lines)."""

    code = "parse_error"


class RuleError(NewsRecordsError, ValueError):
    """A user-supplied rule or table entry is malformed (e.g. a pattern that does not compile)."""

    code = "invalid_rule"


class UnknownFormatError(NewsRecordsError, LookupError):
    """An output format or table name was asked for that newsrecords does not write."""

    code = "unknown_format"


class UnknownModelError(NewsRecordsError, LookupError):
    """A model name was asked for that newsrecords does not define."""

    code = "unknown_model"


class WorkerError(NewsRecordsError, RuntimeError):
    """Worker processes cannot run at all (each one dies as it starts)."""

    code = "worker_error"
