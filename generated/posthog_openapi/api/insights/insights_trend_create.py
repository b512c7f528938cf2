from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.response_format import ResponseFormat
from ...models.trend_request import TrendRequest
from ...models.trend_result import TrendResult
from ...types import UNSET, Response, Unset, http_status, path_segment


def _get_kwargs(
    project_id: str,
    *,
    body: TrendRequest,
    format_: ResponseFormat | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    if json_format_ is not UNSET and json_format_ is not None:
        params["format"] = json_format_

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/api/projects/{path_segment(project_id)}/insights/trend/",
    }
    # Only when some are given: httpx re-parses the URL for any params, even {} (custom endpoint template).
    if params:
        _kwargs["params"] = params

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TrendResult | None:
    if response.status_code == 200:
        response_200 = TrendResult.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | TrendResult]:
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
    body: TrendRequest,
    format_: ResponseFormat | Unset = UNSET,
) -> Response[Error | TrendResult]:
    """Calculate a trend (legacy, removed from PostHog Cloud)

     Deprecated: PostHog Cloud disabled it on 2026-01-07 and answers 404 since 2026-09-11; use `POST
    query/` with a `TrendsQuery` instead.
    Older self-hosted instances still serve it.

    Calculates a trend of events or actions over time: a value per day for
    each series. Read-only despite the POST (safe to retry).

    Required API key scope: `insight:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        format_ (ResponseFormat | Unset): Response format.
            * `csv` - comma-separated values
            * `json` - JSON (the default)
        body (TrendRequest): A trend calculation. One of `events` or `actions` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TrendResult]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TrendRequest,
    format_: ResponseFormat | Unset = UNSET,
) -> Error | TrendResult | None:
    """Calculate a trend (legacy, removed from PostHog Cloud)

     Deprecated: PostHog Cloud disabled it on 2026-01-07 and answers 404 since 2026-09-11; use `POST
    query/` with a `TrendsQuery` instead.
    Older self-hosted instances still serve it.

    Calculates a trend of events or actions over time: a value per day for
    each series. Read-only despite the POST (safe to retry).

    Required API key scope: `insight:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        format_ (ResponseFormat | Unset): Response format.
            * `csv` - comma-separated values
            * `json` - JSON (the default)
        body (TrendRequest): A trend calculation. One of `events` or `actions` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TrendResult
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TrendRequest,
    format_: ResponseFormat | Unset = UNSET,
) -> Response[Error | TrendResult]:
    """Calculate a trend (legacy, removed from PostHog Cloud)

     Deprecated: PostHog Cloud disabled it on 2026-01-07 and answers 404 since 2026-09-11; use `POST
    query/` with a `TrendsQuery` instead.
    Older self-hosted instances still serve it.

    Calculates a trend of events or actions over time: a value per day for
    each series. Read-only despite the POST (safe to retry).

    Required API key scope: `insight:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        format_ (ResponseFormat | Unset): Response format.
            * `csv` - comma-separated values
            * `json` - JSON (the default)
        body (TrendRequest): A trend calculation. One of `events` or `actions` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TrendResult]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TrendRequest,
    format_: ResponseFormat | Unset = UNSET,
) -> Error | TrendResult | None:
    """Calculate a trend (legacy, removed from PostHog Cloud)

     Deprecated: PostHog Cloud disabled it on 2026-01-07 and answers 404 since 2026-09-11; use `POST
    query/` with a `TrendsQuery` instead.
    Older self-hosted instances still serve it.

    Calculates a trend of events or actions over time: a value per day for
    each series. Read-only despite the POST (safe to retry).

    Required API key scope: `insight:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        format_ (ResponseFormat | Unset): Response format.
            * `csv` - comma-separated values
            * `json` - JSON (the default)
        body (TrendRequest): A trend calculation. One of `events` or `actions` is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TrendResult
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            format_=format_,
        )
    ).parsed
