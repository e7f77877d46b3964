"""Name what went wrong with a request, for the per-site report's "errors by kind"."""

from __future__ import annotations

from scrapy import exceptions as sx
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import defer, error
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived


class OffsiteBlocked(IgnoreRequest):
    """A request (or a redirect) leaving the site's hosts/ports."""


class TrapBlocked(IgnoreRequest):
    """A URL the trap guard refused (calendar, endless parameters, ...)."""


class AlreadySeen(IgnoreRequest):
    """An article URL the corpus has already judged: not an error, just not fetched again."""


def classify_failure(failure) -> str:
    """A short stable name for a failed request ('http_500', 'timeout', 'redirect_loop', ...);
    takes a Twisted Failure or the exception itself."""
    exc = getattr(failure, "value", failure)
    if isinstance(exc, HttpError):
        return f"http_{exc.response.status}"
    if isinstance(exc, OffsiteBlocked):
        return "offsite"
    if isinstance(exc, TrapBlocked):
        return "trap"
    if isinstance(exc, AlreadySeen):
        return "seen"
    if isinstance(exc, IgnoreRequest):
        msg = str(exc).lower()
        if "robots.txt unreachable" in msg:
            return "robots_unreachable"
        if "robots" in msg:
            return "robots_disallowed"
        if "redirect" in msg:
            return "redirect_loop"
        return "ignored"
    # Scrapy >= 2.13 wraps download failures in its own exception types
    if isinstance(exc, getattr(sx, "DownloadTimeoutError", ())):
        return "timeout"
    if isinstance(exc, getattr(sx, "DownloadCancelledError", ())):
        return "too_large" if "size" in str(exc).lower() else "cancelled"
    if isinstance(exc, getattr(sx, "DownloadConnectionRefusedError", ())):
        return "connection_refused"
    if isinstance(exc, (getattr(sx, "DownloadFailedError", ()), getattr(sx, "ResponseDataLossError", ()))):
        return "too_large" if "size" in str(exc).lower() else "connection_reset"
    if isinstance(exc, getattr(sx, "CannotResolveHostError", ())):
        return "dns"
    if isinstance(exc, (error.TimeoutError, error.TCPTimedOutError, defer.TimeoutError)):
        return "timeout"
    if isinstance(exc, defer.CancelledError):
        # Scrapy cancels a download that exceeds DOWNLOAD_MAXSIZE
        return "too_large" if "max size" in str(exc).lower() or "maxsize" in str(exc).lower() else "cancelled"
    if isinstance(exc, (error.ConnectionRefusedError,)):
        return "connection_refused"
    if isinstance(
        exc, (error.ConnectionLost, error.ConnectionDone, ResponseFailed, ResponseNeverReceived, error.ConnectError)
    ):
        text = repr(exc).lower()
        if "max size" in text or "maxsize" in text or "larger than download" in text:
            return "too_large"
        return "connection_reset"
    if isinstance(exc, error.DNSLookupError):
        return "dns"
    return type(exc).__name__
