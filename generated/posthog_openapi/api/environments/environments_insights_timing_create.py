from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.insight_request import InsightRequest
from ...models.response_format import ResponseFormat
from ...models.timing_result import TimingResult
from ...types import UNSET, Response, Unset, http_status, path_segment


def _get_kwargs(
    project_id: str,
    *,
    body: InsightRequest | Unset = UNSET,
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
        "url": f"/api/environments/{path_segment(project_id)}/insights/timing/",
    }
    # Only when some are given: httpx re-parses the URL for any params, even {} (custom endpoint template).
    if params:
        _kwargs["params"] = params

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | TimingResult | None:
    if response.status_code == 200:
        response_200 = TimingResult.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

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
) -> Response[Any | Error | TimingResult]:
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
    body: InsightRequest | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
) -> Response[Any | Error | TimingResult]:
    """Record timing (internal) (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `insights_timing_create`; PostHog serves it as an alias
    of `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Deprecated: an internal endpoint (PostHog excludes it from its schema). Current
    servers record the timing payload and answer 201 with no body; older
    self-hosted instances calculated timing and answered 200.

    Calculates timing for the filters in the body (legacy insight endpoint).
    Read-only despite the POST (safe to retry).

    Required API key scope: `insight:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        format_ (ResponseFormat | Unset): Response format.
            * `csv` - comma-separated values
            * `json` - JSON (the default)
        body (InsightRequest | Unset): The writable fields of an insight, for create, update and
            the legacy
            calculation endpoints. Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | TimingResult]
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
    body: InsightRequest | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
) -> Any | Error | TimingResult | None:
    """Record timing (internal) (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `insights_timing_create`; PostHog serves it as an alias
    of `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Deprecated: an internal endpoint (PostHog excludes it from its schema). Current
    servers record the timing payload and answer 201 with no body; older
    self-hosted instances calculated timing and answered 200.

    Calculates timing for the filters in the body (legacy insight endpoint).
    Read-only despite the POST (safe to retry).

    Required API key scope: `insight:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        format_ (ResponseFormat | Unset): Response format.
            * `csv` - comma-separated values
            * `json` - JSON (the default)
        body (InsightRequest | Unset): The writable fields of an insight, for create, update and
            the legacy
            calculation endpoints. Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | TimingResult
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
    body: InsightRequest | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
) -> Response[Any | Error | TimingResult]:
    """Record timing (internal) (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `insights_timing_create`; PostHog serves it as an alias
    of `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Deprecated: an internal endpoint (PostHog excludes it from its schema). Current
    servers record the timing payload and answer 201 with no body; older
    self-hosted instances calculated timing and answered 200.

    Calculates timing for the filters in the body (legacy insight endpoint).
    Read-only despite the POST (safe to retry).

    Required API key scope: `insight:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        format_ (ResponseFormat | Unset): Response format.
            * `csv` - comma-separated values
            * `json` - JSON (the default)
        body (InsightRequest | Unset): The writable fields of an insight, for create, update and
            the legacy
            calculation endpoints. Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | TimingResult]
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
    body: InsightRequest | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
) -> Any | Error | TimingResult | None:
    """Record timing (internal) (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `insights_timing_create`; PostHog serves it as an alias
    of `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Deprecated: an internal endpoint (PostHog excludes it from its schema). Current
    servers record the timing payload and answer 201 with no body; older
    self-hosted instances calculated timing and answered 200.

    Calculates timing for the filters in the body (legacy insight endpoint).
    Read-only despite the POST (safe to retry).

    Required API key scope: `insight:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        format_ (ResponseFormat | Unset): Response format.
            * `csv` - comma-separated values
            * `json` - JSON (the default)
        body (InsightRequest | Unset): The writable fields of an insight, for create, update and
            the legacy
            calculation endpoints. Every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | TimingResult
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            format_=format_,
        )
    ).parsed
