"""Read a response body with bounded memory and time: a size cap that counts decompressed bytes, and a deadline.

httpx decodes each network chunk in one go, so a few hundred bytes of stacked gzip inflate to gigabytes before
anything can check a size. Here every ``Content-Encoding`` layer is undone in pieces of at most
:data:`PIECE` bytes, wire bytes and decoded bytes are counted against ``max_bytes``, and the deadline is
checked between chunks, so neither a bomb, an endless body nor a 1 byte/s trickle can hold the process.

Example:
    >>> body = read_body(response, max_bytes=64 * 2**20, deadline=None)  # doctest: +SKIP
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Callable, Iterator
from typing import NoReturn, TypeAlias

import httpx

from ._errors import DeadlineExceededError, ResponseTooLargeError, ResponseValidationError

#: The most bytes one decompression step may produce (keeps every layer of a stacked encoding small).
PIECE = 64 * 1024
#: Default ``max_response_bytes``: 64 MiB of decoded body.
DEFAULT_MAX_RESPONSE_BYTES = 64 * 2**20
#: Response headers dropped from the decoded copy: its body is plain bytes of a known length.
_STALE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})
#: The request's URL for an error message, or how to make it: redacting a URL costs microseconds that only a
#: failing call needs to spend.
Where: TypeAlias = "str | Callable[[], str]"


_ENCODING = "content-encoding"


def _shown(url: Where) -> str:
    return url if isinstance(url, str) else url()


def describe_size(n: int) -> str:
    """``n`` bytes for a message: ``67108864 bytes (64 MiB)``.

    Example:
        >>> describe_size(64 * 2**20)
        '67108864 bytes (64 MiB)'
    """
    if n >= 2**20 and n % 2**20 == 0:
        return f"{n} bytes ({n // 2**20} MiB)"
    return f"{n} bytes"


class _Layer:
    """One ``Content-Encoding`` layer (gzip, possibly multi-member, or deflate with or without a zlib header)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.started = False
        self.obj = self._fresh()

    def _fresh(self, raw: bool = False) -> zlib._Decompress:
        if self.name in ("gzip", "x-gzip"):
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        return zlib.decompressobj(-zlib.MAX_WBITS if raw else zlib.MAX_WBITS)

    def feed(self, data: bytes) -> Iterator[bytes]:
        """Decoded pieces of ``data``, each at most :data:`PIECE` bytes."""
        while data:
            try:
                out = self.obj.decompress(data, PIECE)
            except zlib.error as exc:
                if self.name == "deflate" and not self.started:  # a raw deflate stream, without the zlib header
                    self.obj, self.started = self._fresh(raw=True), True
                    continue
                raise httpx.DecodingError(f"undecodable {self.name} body: {exc}") from None
            self.started = True
            if out:
                yield out
            if self.obj.eof:  # gzip allows several members back to back
                data = self.obj.unused_data
                if data:
                    self.obj = self._fresh()
                continue
            data = self.obj.unconsumed_tail


class BoundedDecoder:
    """Undo the response's ``Content-Encoding`` layers, counting wire and decoded bytes against ``max_bytes``.

    Example:
        >>> decoder = BoundedDecoder(httpx.Headers({"content-encoding": "gzip"}), max_bytes=1024, url="u")
    """

    def __init__(self, headers: httpx.Headers, *, max_bytes: int, url: Where) -> None:
        self.layers: list[_Layer] = []
        self.max_bytes = max_bytes
        self.url = url
        self.wire = 0
        self.body = bytearray()
        if _ENCODING in headers:  # most answers are not encoded: no header, nothing to parse
            self._layers(headers)

    def _layers(self, headers: httpx.Headers) -> None:
        url = self.url
        names = [p.strip().lower() for v in headers.get_list("content-encoding") for p in v.split(",")]
        names = [n for n in names if n and n != "identity"]
        unknown = [n for n in names if n not in ("gzip", "x-gzip", "deflate")]
        if unknown:
            raise ResponseValidationError(
                f"The response uses a Content-Encoding the SDK did not ask for: {', '.join(unknown)}", url=_shown(url)
            )
        # Encodings are listed in the order they were applied: undo the last first.
        self.layers = [_Layer(n) for n in reversed(names)]

    def _through(self, index: int, data: bytes) -> Iterator[bytes]:
        if index == len(self.layers):
            yield data
            return
        for piece in self.layers[index].feed(data):
            yield from self._through(index + 1, piece)

    def feed(self, chunk: bytes) -> None:
        """Add one chunk from the wire; raises :class:`ResponseTooLargeError` past the cap."""
        self.wire += len(chunk)
        if self.wire > self.max_bytes:
            self.too_large("on the wire")
        if not self.layers:  # plain bytes: the wire count is the body's
            self.body += chunk
            return
        for piece in self._through(0, chunk):
            self.body += piece
            if len(self.body) > self.max_bytes:
                self.too_large("decoded" if self.layers else "on the wire")

    def too_large(self, where: str) -> NoReturn:
        """Raise :class:`ResponseTooLargeError` (``where``: on the wire, or decoded)."""
        raise ResponseTooLargeError(
            f"The response body is larger than max_response_bytes={describe_size(self.max_bytes)} ({where}); "
            "it was not read further. Raise max_response_bytes, or ask for smaller pages.",
            url=_shown(self.url),
            may_have_been_applied=True,
        )

    def response(self, original: httpx.Response) -> httpx.Response:
        """``original`` read and decoded: a copy without ``Content-Encoding``, or itself when nothing was encoded."""
        if not self.layers:  # the common case: the bytes are the body, every header still true (no copy)
            original._content = bytes(self.body)
            return original
        headers = [(k, v) for k, v in original.headers.multi_items() if k.lower() not in _STALE_HEADERS]
        extensions = {k: v for k, v in original.extensions.items() if k in ("http_version", "reason_phrase")}
        return httpx.Response(
            original.status_code,
            headers=headers,
            content=bytes(self.body),
            request=original._request,
            extensions=extensions,
        )


def check_deadline(deadline: float | None, url: Where, seconds: float | None) -> None:
    """Raise :class:`DeadlineExceededError` once ``deadline`` (``time.monotonic()``) has passed."""
    if deadline is not None and time.monotonic() > deadline:
        raise DeadlineExceededError(
            f"The call took longer than its deadline of {seconds:g} s (retries and waits included)"
            if seconds is not None
            else "The call took longer than its deadline",
            url=_shown(url),
            may_have_been_applied=True,
        )


def _already_read(response: httpx.Response, max_bytes: int, url: Where) -> bool:
    """Whether a transport handed back a response already in memory (a mock, a test double); checks its size."""
    if not response.is_stream_consumed and not hasattr(response, "_content"):
        return False
    if len(response.content) > max_bytes:
        BoundedDecoder(httpx.Headers(), max_bytes=max_bytes, url=url).feed(response.content)
    return True


def read_body(
    response: httpx.Response, *, max_bytes: int, deadline: float | None, seconds: float | None, url: Where
) -> httpx.Response:
    """Read ``response`` within ``max_bytes`` and ``deadline``; the decoded copy (``response`` is closed)."""
    if _already_read(response, max_bytes, url):
        return response
    try:
        decoder = BoundedDecoder(response.headers, max_bytes=max_bytes, url=url)
        if decoder.layers:
            for chunk in response.iter_raw():
                decoder.feed(chunk)
                check_deadline(deadline, url, seconds)
        else:  # the usual plain body: the same counts and checks, without a decoder call per chunk
            body = decoder.body
            for chunk in response.iter_raw():
                body += chunk
                if len(body) > max_bytes:
                    decoder.too_large("on the wire")
                if deadline is not None and time.monotonic() > deadline:
                    check_deadline(deadline, url, seconds)
    finally:
        response.close()
    return decoder.response(response)


async def aread_body(
    response: httpx.Response, *, max_bytes: int, deadline: float | None, seconds: float | None, url: Where
) -> httpx.Response:
    """Async twin of :func:`read_body`."""
    if _already_read(response, max_bytes, url):
        return response
    try:
        decoder = BoundedDecoder(response.headers, max_bytes=max_bytes, url=url)
        async for chunk in response.aiter_raw():
            decoder.feed(chunk)
            check_deadline(deadline, url, seconds)
    finally:
        await response.aclose()
    return decoder.response(response)
