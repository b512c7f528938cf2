from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.insight_type import InsightType
from ...models.paginated_insight_list import PaginatedInsightList
from ...models.refresh_mode import RefreshMode
from ...models.response_format import ResponseFormat
from ...types import UNSET, Response, Unset, http_status, path_segment


def _get_kwargs(
    project_id: str,
    *,
    basic: bool | Unset = UNSET,
    created_by: str | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
    insight: InsightType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: str | Unset = UNSET,
    refresh: RefreshMode | Unset = UNSET,
    search: str | Unset = UNSET,
    short_id: str | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if basic is not UNSET and basic is not None:
        params["basic"] = basic

    if created_by is not UNSET and created_by is not None:
        params["created_by"] = created_by

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    if json_format_ is not UNSET and json_format_ is not None:
        params["format"] = json_format_

    json_insight: str | Unset = UNSET
    if not isinstance(insight, Unset):
        json_insight = insight.value

    if json_insight is not UNSET and json_insight is not None:
        params["insight"] = json_insight

    if limit is not UNSET and limit is not None:
        params["limit"] = limit

    if offset is not UNSET and offset is not None:
        params["offset"] = offset

    if order is not UNSET and order is not None:
        params["order"] = order

    json_refresh: str | Unset = UNSET
    if not isinstance(refresh, Unset):
        json_refresh = refresh.value

    if json_refresh is not UNSET and json_refresh is not None:
        params["refresh"] = json_refresh

    if search is not UNSET and search is not None:
        params["search"] = search

    if short_id is not UNSET and short_id is not None:
        params["short_id"] = short_id

    if tags is not UNSET and tags is not None:
        params["tags"] = tags

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api/environments/{path_segment(project_id)}/insights/",
    }
    # Only when some are given: httpx re-parses the URL for any params, even {} (custom endpoint template).
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PaginatedInsightList | None:
    if response.status_code == 200:
        response_200 = PaginatedInsightList.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PaginatedInsightList]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    basic: bool | Unset = UNSET,
    created_by: str | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
    insight: InsightType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: str | Unset = UNSET,
    refresh: RefreshMode | Unset = UNSET,
    search: str | Unset = UNSET,
    short_id: str | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> Response[Error | PaginatedInsightList]:
    """List insights (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `insights_list`; PostHog serves it as an alias of
    `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Lists the project's insights (soft-deleted ones excluded), paginated by
    `limit` and `offset`. Filter by `short_id` (the id in an insight's web URL),
    `created_by`, `search`, `tags` or `insight` type; sort with `order`.
    `basic=true` returns metadata only (no results): much faster for a listing.
    `refresh` decides whether results are recalculated.

    Required API key scope: `insight:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        basic (bool | Unset):
        created_by (str | Unset):
        format_ (ResponseFormat | Unset): Response format.
            * `csv` - comma-separated values
            * `json` - JSON (the default)
        insight (InsightType | Unset): An insight type, for the list's `insight` filter.
            * `TRENDS`, `FUNNELS`, `RETENTION`, `PATHS`, `STICKINESS`, `LIFECYCLE` - the product
            analytics kinds
            * `SQL` - a HogQL insight
            * `JSON` - a query insight of any other kind
        limit (int | Unset):
        offset (int | Unset):
        order (str | Unset):
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
        search (str | Unset):
        short_id (str | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PaginatedInsightList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        basic=basic,
        created_by=created_by,
        format_=format_,
        insight=insight,
        limit=limit,
        offset=offset,
        order=order,
        refresh=refresh,
        search=search,
        short_id=short_id,
        tags=tags,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    basic: bool | Unset = UNSET,
    created_by: str | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
    insight: InsightType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: str | Unset = UNSET,
    refresh: RefreshMode | Unset = UNSET,
    search: str | Unset = UNSET,
    short_id: str | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> Error | PaginatedInsightList | None:
    """List insights (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `insights_list`; PostHog serves it as an alias of
    `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Lists the project's insights (soft-deleted ones excluded), paginated by
    `limit` and `offset`. Filter by `short_id` (the id in an insight's web URL),
    `created_by`, `search`, `tags` or `insight` type; sort with `order`.
    `basic=true` returns metadata only (no results): much faster for a listing.
    `refresh` decides whether results are recalculated.

    Required API key scope: `insight:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        basic (bool | Unset):
        created_by (str | Unset):
        format_ (ResponseFormat | Unset): Response format.
            * `csv` - comma-separated values
            * `json` - JSON (the default)
        insight (InsightType | Unset): An insight type, for the list's `insight` filter.
            * `TRENDS`, `FUNNELS`, `RETENTION`, `PATHS`, `STICKINESS`, `LIFECYCLE` - the product
            analytics kinds
            * `SQL` - a HogQL insight
            * `JSON` - a query insight of any other kind
        limit (int | Unset):
        offset (int | Unset):
        order (str | Unset):
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
        search (str | Unset):
        short_id (str | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PaginatedInsightList
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        basic=basic,
        created_by=created_by,
        format_=format_,
        insight=insight,
        limit=limit,
        offset=offset,
        order=order,
        refresh=refresh,
        search=search,
        short_id=short_id,
        tags=tags,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    basic: bool | Unset = UNSET,
    created_by: str | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
    insight: InsightType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: str | Unset = UNSET,
    refresh: RefreshMode | Unset = UNSET,
    search: str | Unset = UNSET,
    short_id: str | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> Response[Error | PaginatedInsightList]:
    """List insights (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `insights_list`; PostHog serves it as an alias of
    `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Lists the project's insights (soft-deleted ones excluded), paginated by
    `limit` and `offset`. Filter by `short_id` (the id in an insight's web URL),
    `created_by`, `search`, `tags` or `insight` type; sort with `order`.
    `basic=true` returns metadata only (no results): much faster for a listing.
    `refresh` decides whether results are recalculated.

    Required API key scope: `insight:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        basic (bool | Unset):
        created_by (str | Unset):
        format_ (ResponseFormat | Unset): Response format.
            * `csv` - comma-separated values
            * `json` - JSON (the default)
        insight (InsightType | Unset): An insight type, for the list's `insight` filter.
            * `TRENDS`, `FUNNELS`, `RETENTION`, `PATHS`, `STICKINESS`, `LIFECYCLE` - the product
            analytics kinds
            * `SQL` - a HogQL insight
            * `JSON` - a query insight of any other kind
        limit (int | Unset):
        offset (int | Unset):
        order (str | Unset):
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
        search (str | Unset):
        short_id (str | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PaginatedInsightList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        basic=basic,
        created_by=created_by,
        format_=format_,
        insight=insight,
        limit=limit,
        offset=offset,
        order=order,
        refresh=refresh,
        search=search,
        short_id=short_id,
        tags=tags,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    basic: bool | Unset = UNSET,
    created_by: str | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
    insight: InsightType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order: str | Unset = UNSET,
    refresh: RefreshMode | Unset = UNSET,
    search: str | Unset = UNSET,
    short_id: str | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> Error | PaginatedInsightList | None:
    """List insights (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `insights_list`; PostHog serves it as an alias of
    `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Lists the project's insights (soft-deleted ones excluded), paginated by
    `limit` and `offset`. Filter by `short_id` (the id in an insight's web URL),
    `created_by`, `search`, `tags` or `insight` type; sort with `order`.
    `basic=true` returns metadata only (no results): much faster for a listing.
    `refresh` decides whether results are recalculated.

    Required API key scope: `insight:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        basic (bool | Unset):
        created_by (str | Unset):
        format_ (ResponseFormat | Unset): Response format.
            * `csv` - comma-separated values
            * `json` - JSON (the default)
        insight (InsightType | Unset): An insight type, for the list's `insight` filter.
            * `TRENDS`, `FUNNELS`, `RETENTION`, `PATHS`, `STICKINESS`, `LIFECYCLE` - the product
            analytics kinds
            * `SQL` - a HogQL insight
            * `JSON` - a query insight of any other kind
        limit (int | Unset):
        offset (int | Unset):
        order (str | Unset):
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
        search (str | Unset):
        short_id (str | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PaginatedInsightList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            basic=basic,
            created_by=created_by,
            format_=format_,
            insight=insight,
            limit=limit,
            offset=offset,
            order=order,
            refresh=refresh,
            search=search,
            short_id=short_id,
            tags=tags,
        )
    ).parsed
