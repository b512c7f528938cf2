from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.insight import Insight
from ...models.refresh_mode import RefreshMode
from ...models.response_format import ResponseFormat
from ...types import UNSET, Response, Unset, http_status, path_segment


def _get_kwargs(
    project_id: str,
    id: str,
    *,
    basic: bool | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
    from_dashboard: int | Unset = UNSET,
    refresh: RefreshMode | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if basic is not UNSET and basic is not None:
        params["basic"] = basic

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    if json_format_ is not UNSET and json_format_ is not None:
        params["format"] = json_format_

    if from_dashboard is not UNSET and from_dashboard is not None:
        params["from_dashboard"] = from_dashboard

    json_refresh: str | Unset = UNSET
    if not isinstance(refresh, Unset):
        json_refresh = refresh.value

    if json_refresh is not UNSET and json_refresh is not None:
        params["refresh"] = json_refresh

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api/environments/{path_segment(project_id)}/insights/{path_segment(id)}/",
    }
    # Only when some are given: httpx re-parses the URL for any params, even {} (custom endpoint template).
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Insight | None:
    if response.status_code == 200:
        response_200 = Insight.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Insight]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    basic: bool | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
    from_dashboard: int | Unset = UNSET,
    refresh: RefreshMode | Unset = UNSET,
) -> Response[Error | Insight]:
    """Get an insight (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `insights_retrieve`; PostHog serves it as an alias of
    `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Returns one insight with its result. With the default `refresh=force_cache`
    the result is whatever is cached (null on a cache miss); other modes
    calculate, synchronously or in the background (see `RefreshMode`).
    `{id}` is the numeric id or the 8-character short id.

    Required API key scope: `insight:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        id (str): An insight's numeric id or its 8-character `short_id`.
        basic (bool | Unset):
        format_ (ResponseFormat | Unset): Response format.
            * `csv` - comma-separated values
            * `json` - JSON (the default)
        from_dashboard (int | Unset):
        refresh (RefreshMode | Unset): Whether to refresh the retrieved insights, how
            aggressively, and if
            sync or async:
            * `force_cache` - return cached data or a cache miss (result null);
              always completes immediately as it never calculates. The default.
            * `blocking` - calculate synchronously (returning only when the query
              is done), UNLESS there are very fresh results in the cache
            * `async` - kick off background calculation (returning immediately
              with a query status), UNLESS there are very fresh results in the
              cache
            * `lazy_async` - kick off background calculation, UNLESS there are
              somewhat fresh results in the cache
            * `force_blocking` - calculate synchronously, even if fresh results
              are already cached
            * `force_async` - kick off background calculation, even if fresh
              results are already cached
            * `async_except_on_cache_miss` - background calculation when the
              cache is stale, but calculate synchronously on a cache miss

            Background calculation can be tracked using the `query_status`
            response field. The legacy value `refresh=true` means
            `force_blocking`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Insight]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
        basic=basic,
        format_=format_,
        from_dashboard=from_dashboard,
        refresh=refresh,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    basic: bool | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
    from_dashboard: int | Unset = UNSET,
    refresh: RefreshMode | Unset = UNSET,
) -> Error | Insight | None:
    """Get an insight (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `insights_retrieve`; PostHog serves it as an alias of
    `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Returns one insight with its result. With the default `refresh=force_cache`
    the result is whatever is cached (null on a cache miss); other modes
    calculate, synchronously or in the background (see `RefreshMode`).
    `{id}` is the numeric id or the 8-character short id.

    Required API key scope: `insight:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        id (str): An insight's numeric id or its 8-character `short_id`.
        basic (bool | Unset):
        format_ (ResponseFormat | Unset): Response format.
            * `csv` - comma-separated values
            * `json` - JSON (the default)
        from_dashboard (int | Unset):
        refresh (RefreshMode | Unset): Whether to refresh the retrieved insights, how
            aggressively, and if
            sync or async:
            * `force_cache` - return cached data or a cache miss (result null);
              always completes immediately as it never calculates. The default.
            * `blocking` - calculate synchronously (returning only when the query
              is done), UNLESS there are very fresh results in the cache
            * `async` - kick off background calculation (returning immediately
              with a query status), UNLESS there are very fresh results in the
              cache
            * `lazy_async` - kick off background calculation, UNLESS there are
              somewhat fresh results in the cache
            * `force_blocking` - calculate synchronously, even if fresh results
              are already cached
            * `force_async` - kick off background calculation, even if fresh
              results are already cached
            * `async_except_on_cache_miss` - background calculation when the
              cache is stale, but calculate synchronously on a cache miss

            Background calculation can be tracked using the `query_status`
            response field. The legacy value `refresh=true` means
            `force_blocking`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Insight
    """

    return sync_detailed(
        project_id=project_id,
        id=id,
        client=client,
        basic=basic,
        format_=format_,
        from_dashboard=from_dashboard,
        refresh=refresh,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    basic: bool | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
    from_dashboard: int | Unset = UNSET,
    refresh: RefreshMode | Unset = UNSET,
) -> Response[Error | Insight]:
    """Get an insight (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `insights_retrieve`; PostHog serves it as an alias of
    `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Returns one insight with its result. With the default `refresh=force_cache`
    the result is whatever is cached (null on a cache miss); other modes
    calculate, synchronously or in the background (see `RefreshMode`).
    `{id}` is the numeric id or the 8-character short id.

    Required API key scope: `insight:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        id (str): An insight's numeric id or its 8-character `short_id`.
        basic (bool | Unset):
        format_ (ResponseFormat | Unset): Response format.
            * `csv` - comma-separated values
            * `json` - JSON (the default)
        from_dashboard (int | Unset):
        refresh (RefreshMode | Unset): Whether to refresh the retrieved insights, how
            aggressively, and if
            sync or async:
            * `force_cache` - return cached data or a cache miss (result null);
              always completes immediately as it never calculates. The default.
            * `blocking` - calculate synchronously (returning only when the query
              is done), UNLESS there are very fresh results in the cache
            * `async` - kick off background calculation (returning immediately
              with a query status), UNLESS there are very fresh results in the
              cache
            * `lazy_async` - kick off background calculation, UNLESS there are
              somewhat fresh results in the cache
            * `force_blocking` - calculate synchronously, even if fresh results
              are already cached
            * `force_async` - kick off background calculation, even if fresh
              results are already cached
            * `async_except_on_cache_miss` - background calculation when the
              cache is stale, but calculate synchronously on a cache miss

            Background calculation can be tracked using the `query_status`
            response field. The legacy value `refresh=true` means
            `force_blocking`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Insight]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
        basic=basic,
        format_=format_,
        from_dashboard=from_dashboard,
        refresh=refresh,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    basic: bool | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
    from_dashboard: int | Unset = UNSET,
    refresh: RefreshMode | Unset = UNSET,
) -> Error | Insight | None:
    """Get an insight (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `insights_retrieve`; PostHog serves it as an alias of
    `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Returns one insight with its result. With the default `refresh=force_cache`
    the result is whatever is cached (null on a cache miss); other modes
    calculate, synchronously or in the background (see `RefreshMode`).
    `{id}` is the numeric id or the 8-character short id.

    Required API key scope: `insight:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        id (str): An insight's numeric id or its 8-character `short_id`.
        basic (bool | Unset):
        format_ (ResponseFormat | Unset): Response format.
            * `csv` - comma-separated values
            * `json` - JSON (the default)
        from_dashboard (int | Unset):
        refresh (RefreshMode | Unset): Whether to refresh the retrieved insights, how
            aggressively, and if
            sync or async:
            * `force_cache` - return cached data or a cache miss (result null);
              always completes immediately as it never calculates. The default.
            * `blocking` - calculate synchronously (returning only when the query
              is done), UNLESS there are very fresh results in the cache
            * `async` - kick off background calculation (returning immediately
              with a query status), UNLESS there are very fresh results in the
              cache
            * `lazy_async` - kick off background calculation, UNLESS there are
              somewhat fresh results in the cache
            * `force_blocking` - calculate synchronously, even if fresh results
              are already cached
            * `force_async` - kick off background calculation, even if fresh
              results are already cached
            * `async_except_on_cache_miss` - background calculation when the
              cache is stale, but calculate synchronously on a cache miss

            Background calculation can be tracked using the `query_status`
            response field. The legacy value `refresh=true` means
            `force_blocking`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Insight
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            id=id,
            client=client,
            basic=basic,
            format_=format_,
            from_dashboard=from_dashboard,
            refresh=refresh,
        )
    ).parsed
