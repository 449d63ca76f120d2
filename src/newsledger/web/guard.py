"""URL fetching for requests from the web: no loopback, private, link-local or multicast targets.

``guarded_fetcher`` is the ``Fetcher`` (robots.txt, size cap, rate limit) over a transport that,
for every request it sends — the first, each redirect hop (at most ``serve_max_redirects``) and
robots.txt —, refuses schemes other than http(s) and hosts resolving to an address that is not
global, checks the address it actually connected to (a name can resolve differently twice), and
bounds the wall time of each response, body included. The CLI's ``Fetcher`` is unchanged.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable, Iterator
from urllib.parse import urlsplit

import httpx

from ..errors import FetchError
from ..fetch import Fetcher
from ..settings import Settings

__all__ = ["GuardedTransport", "Resolver", "check_address", "check_url", "guarded_fetcher"]

Resolver = Callable[[str, int], list[str]]


def _resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise FetchError(f"cannot resolve {host!r}: {exc}", source=host, code="E026") from exc
    return [str(info[4][0]) for info in infos]


def check_address(address: str, url: str) -> None:
    """Refuse an address that is not globally routable (loopback, private, link-local, multicast, reserved)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError as exc:
        raise FetchError(f"not an IP address: {address!r}", source=url, code="E028") from exc
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if not ip.is_global or ip.is_multicast:
        raise FetchError(f"refusing to fetch from a non-public address ({ip})", source=url, code="E028")


def check_url(url: str, resolve: Resolver = _resolve) -> None:
    """Refuse a URL whose scheme is not http(s), that carries credentials, or whose host is not public."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError("only http:// and https:// URLs can be fetched", source=url, code="E021")
    if not parts.hostname:
        raise FetchError("the URL has no host", source=url, code="E021")
    if parts.username or parts.password:
        raise FetchError("URLs with credentials are refused", source=url, code="E028")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise FetchError("the URL has a bad port", source=url, code="E021") from exc
    try:
        addresses = [str(ipaddress.ip_address(parts.hostname))]  # an address literal needs no look-up
    except ValueError:
        addresses = resolve(parts.hostname, port)
    if not addresses:
        raise FetchError(f"{parts.hostname!r} resolves to no address", source=url, code="E026")
    for address in addresses:
        check_address(address, url)


class _DeadlineStream(httpx.SyncByteStream):
    """A response body that stops when the request's time is up (a slow drip beats per-read timeouts)."""

    def __init__(self, inner: httpx.SyncByteStream, deadline: float, clock: Callable[[], float], url: str) -> None:
        self._inner, self._deadline, self._clock, self._url = inner, deadline, clock, url

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            if self._clock() > self._deadline:
                raise FetchError("the response took too long", source=self._url, code="E029")
            yield chunk

    def close(self) -> None:
        self._inner.close()


class GuardedTransport(httpx.BaseTransport):
    """Checks every request's target before sending it and the connected peer after."""

    def __init__(
        self,
        inner: httpx.BaseTransport | None = None,
        *,
        timeout: float = 15.0,
        resolve: Resolver = _resolve,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._inner = inner or httpx.HTTPTransport()
        self._timeout, self._resolve, self._clock = timeout, resolve, clock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        check_url(url, self._resolve)
        deadline = self._clock() + self._timeout
        response = self._inner.handle_request(request)
        stream = response.extensions.get("network_stream")
        peer = stream.get_extra_info("server_addr") if stream is not None else None
        if peer:
            try:
                check_address(str(peer[0]), url)
            except FetchError:
                response.close()
                raise
        if self._clock() > deadline:
            response.close()
            raise FetchError("the response took too long", source=url, code="E029")
        if isinstance(response.stream, httpx.SyncByteStream):
            response.stream = _DeadlineStream(response.stream, deadline, self._clock, url)
        return response

    def close(self) -> None:
        self._inner.close()


def guarded_fetcher(
    settings: Settings,
    *,
    transport: httpx.BaseTransport | None = None,
    resolve: Resolver = _resolve,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> Fetcher:
    """A ``Fetcher`` with the server's caps whose every request goes through a ``GuardedTransport``."""
    capped = settings.replace(
        fetch_timeout=min(settings.fetch_timeout, settings.serve_fetch_timeout),
        fetch_max_bytes=min(settings.fetch_max_bytes, settings.serve_fetch_max_bytes),
    )
    guarded = GuardedTransport(transport, timeout=settings.serve_fetch_timeout, resolve=resolve, clock=clock)
    return Fetcher(capped, transport=guarded, max_redirects=settings.serve_max_redirects, clock=clock, sleep=sleep)
