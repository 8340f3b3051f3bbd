"""Site names: what a site-scoped rule and a record's site are compared by."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

__all__ = ["record_site", "site_name", "site_names", "url_host"]


def site_name(site: str) -> str:
    """A site as rules and records name it: trimmed, case-folded, without a leading ``www.``.

    >>> site_name(" WWW.Example.com ")
    'example.com'
    """
    name = site.strip().casefold()
    return name[4:] if name.startswith("www.") else name


def site_names(sites: Iterable[str]) -> tuple[str, ...]:
    """``sites`` as site names, sorted, each once (attrs converter of ``Rule.sites``)."""
    if isinstance(sites, str):
        sites = (sites,)
    return tuple(sorted({site_name(site) for site in sites}))


def url_host(url: str) -> str | None:
    """The site of a URL: its host without ``www.``; ``None`` if it has none.

    >>> url_host("https://www.example.com/news/1")
    'example.com'
    """
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return site_name(host) if host else None


def record_site(
    record: Mapping[str, Any], *, site_field: str | None = None, url_field: str | None = None
) -> str | None:
    """The site of a record: its ``site_field`` value, or the host of its ``url_field``."""
    if site_field is not None:
        value = record.get(site_field)
        return site_name(value) if isinstance(value, str) and value.strip() else None
    if url_field is not None:
        value = record.get(url_field)
        return url_host(value) if isinstance(value, str) else None
    return None
