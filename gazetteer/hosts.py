"""Site host names: 'www.' is optional ('www.jambiekspres.com' and 'jambiekspres.com' are one
outlet), wherever a host or a host:port is compared."""

from __future__ import annotations


def bare_host(host: str) -> str:
    """The host (or host:port) without a leading 'www.'."""
    return host[4:] if host.startswith("www.") else host


def host_variants(host: str) -> tuple[str, str]:
    """The host as written and its other spelling, 'www.' removed or added."""
    bare = bare_host(host)
    return (host, bare) if bare != host else (host, f"www.{host}")
