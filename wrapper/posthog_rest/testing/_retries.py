"""Short retry waits for tests: a client that retries a 503 in milliseconds instead of seconds."""

from __future__ import annotations

from typing import TypeVar

from .._retry import AsyncRetryTransport, RetryPolicy, RetryTransport

__all__ = ["fast_retries"]

C = TypeVar("C")


def fast_retries(client: C, *, initial_delay: float = 0.01, max_delay: float = 0.05, max_retry_after: float = 1.0) -> C:
    """Shorten ``client``'s retry backoff (same number of retries); returns the client.

    ``max_retry_after`` caps how long a ``Retry-After`` is honoured: a longer one is not waited for, so a
    rate-limited call raises :class:`~posthog_rest.RateLimitError` at once instead of sleeping.

    Example:
        >>> ph = fast_retries(PostHog(api_key=server.api_key, host=server.url))
        >>> server.set_faults(0.3, kinds=["503"]); ph.me()  # retried within milliseconds
    """
    http = getattr(client, "_http", None)
    transports = [getattr(http, "_transport", None), *getattr(http, "_mounts", {}).values()]
    found = [t for t in transports if isinstance(t, RetryTransport | AsyncRetryTransport)]
    if not found:
        raise TypeError(f"not a posthog_rest client: {type(client).__name__}")
    for transport in found:
        transport.policy = RetryPolicy(
            max_retries=transport.policy.max_retries,
            initial_delay=initial_delay,
            max_delay=max_delay,
            max_retry_after=max_retry_after,
        )
    return client
