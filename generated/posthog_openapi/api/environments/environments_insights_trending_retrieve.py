from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.paginated_trending_insight_list import PaginatedTrendingInsightList
from ...types import UNSET, Response, Unset, http_status, path_segment


def _get_kwargs(
    project_id: str,
    *,
    days: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if days is not UNSET and days is not None:
        params["days"] = days

    if limit is not UNSET and limit is not None:
        params["limit"] = limit

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api/environments/{path_segment(project_id)}/insights/trending/",
    }
    # Only when some are given: httpx re-parses the URL for any params, even {} (custom endpoint template).
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PaginatedTrendingInsightList | None:
    if response.status_code == 200:
        response_200 = PaginatedTrendingInsightList.from_dict(response.json())

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
) -> Response[Error | PaginatedTrendingInsightList]:
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
    days: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Error | PaginatedTrendingInsightList]:
    """List trending insights (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `insights_trending_retrieve`; PostHog serves it as an
    alias of `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Insights ranked by how many distinct users viewed them in the last `days`
    days (default 7), most viewed first, with basic metadata, a `view_count`
    and up to 3 recent `viewers`. The answer has the list envelope but is one
    page: `next` is always null.

    Required API key scope: `insight:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        days (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PaginatedTrendingInsightList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        days=days,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    days: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Error | PaginatedTrendingInsightList | None:
    """List trending insights (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `insights_trending_retrieve`; PostHog serves it as an
    alias of `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Insights ranked by how many distinct users viewed them in the last `days`
    days (default 7), most viewed first, with basic metadata, a `view_count`
    and up to 3 recent `viewers`. The answer has the list envelope but is one
    page: `next` is always null.

    Required API key scope: `insight:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        days (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PaginatedTrendingInsightList
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        days=days,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    days: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Error | PaginatedTrendingInsightList]:
    """List trending insights (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `insights_trending_retrieve`; PostHog serves it as an
    alias of `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Insights ranked by how many distinct users viewed them in the last `days`
    days (default 7), most viewed first, with basic metadata, a `view_count`
    and up to 3 recent `viewers`. The answer has the list envelope but is one
    page: `next` is always null.

    Required API key scope: `insight:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        days (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PaginatedTrendingInsightList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        days=days,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    days: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Error | PaginatedTrendingInsightList | None:
    """List trending insights (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `insights_trending_retrieve`; PostHog serves it as an
    alias of `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Insights ranked by how many distinct users viewed them in the last `days`
    days (default 7), most viewed first, with basic metadata, a `view_count`
    and up to 3 recent `viewers`. The answer has the list envelope but is one
    page: `next` is always null.

    Required API key scope: `insight:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        days (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PaginatedTrendingInsightList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            days=days,
            limit=limit,
        )
    ).parsed
