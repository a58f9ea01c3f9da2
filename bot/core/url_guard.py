"""The address guard: newsbot fetches only public http(s) URLs, so chat users cannot probe the bot's network."""
from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

SCHEMES = {"http", "https"}
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class RefusedURL(Exception):
    """The URL must not be fetched; the message says why in one line."""


def _never_fetchable(address: IPAddress) -> bool:
    """Addresses no web server answers on, refused even when private URLs are allowed."""
    return address.is_multicast or address.is_unspecified


def _private(address: IPAddress) -> bool:
    """Loopback, private, link-local, reserved and every other non-global range."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return _private(address.ipv4_mapped)
    return (address.is_loopback or address.is_private or address.is_link_local or address.is_reserved
            or not address.is_global)


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address the host name resolves to (the resolver is the machine's edge)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise RefusedURL(f"cannot resolve host {host!r}: {getattr(exc, 'strerror', None) or exc}") from None
    return [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]


def check_url(url: str, allow_private: bool) -> None:
    """Raise RefusedURL unless `url` is http(s) and every address of its host may be fetched."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        raise RefusedURL(f"only http and https URLs can be fetched, not {parts.scheme or 'this'!r}")
    host = parts.hostname
    if not host:
        raise RefusedURL("the URL has no host name")
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        raise RefusedURL("the URL has an invalid port") from None
    for address in resolve(host, port):
        if _never_fetchable(address) or (not allow_private and _private(address)):
            raise RefusedURL(f"refused: {host} resolves to a non-public address ({address})")
