from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.response_format import ResponseFormat
from ...types import UNSET, Response, Unset, http_status, path_segment


def _get_kwargs(
    project_id: str,
    id: str,
    *,
    format_: ResponseFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    if json_format_ is not UNSET and json_format_ is not None:
        params["format"] = json_format_

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/api/environments/{path_segment(project_id)}/insights/{path_segment(id)}/",
    }
    # Only when some are given: httpx re-parses the URL for any params, even {} (custom endpoint template).
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | None:
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

    if response.status_code == 405:
        response_405 = Error.from_dict(response.json())

        return response_405

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error]:
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
    format_: ResponseFormat | Unset = UNSET,
) -> Response[Error]:
    """Delete an insight (always 405) (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `insights_destroy`; PostHog serves it as an alias of
    `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Hard delete of this model is not allowed: this always answers 405. Use a
    patch API call to set "deleted" to true.

    Required API key scope: `insight:write`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        id (str): An insight's numeric id or its 8-character `short_id`.
        format_ (ResponseFormat | Unset): Response format.
            * `csv` - comma-separated values
            * `json` - JSON (the default)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
        format_=format_,
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
    format_: ResponseFormat | Unset = UNSET,
) -> Error | None:
    """Delete an insight (always 405) (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `insights_destroy`; PostHog serves it as an alias of
    `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Hard delete of this model is not allowed: this always answers 405. Use a
    patch API call to set "deleted" to true.

    Required API key scope: `insight:write`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        id (str): An insight's numeric id or its 8-character `short_id`.
        format_ (ResponseFormat | Unset): Response format.
            * `csv` - comma-separated values
            * `json` - JSON (the default)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error
    """

    return sync_detailed(
        project_id=project_id,
        id=id,
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    format_: ResponseFormat | Unset = UNSET,
) -> Response[Error]:
    """Delete an insight (always 405) (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `insights_destroy`; PostHog serves it as an alias of
    `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Hard delete of this model is not allowed: this always answers 405. Use a
    patch API call to set "deleted" to true.

    Required API key scope: `insight:write`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        id (str): An insight's numeric id or its 8-character `short_id`.
        format_ (ResponseFormat | Unset): Response format.
            * `csv` - comma-separated values
            * `json` - JSON (the default)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    format_: ResponseFormat | Unset = UNSET,
) -> Error | None:
    """Delete an insight (always 405) (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `insights_destroy`; PostHog serves it as an alias of
    `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Hard delete of this model is not allowed: this always answers 405. Use a
    patch API call to set "deleted" to true.

    Required API key scope: `insight:write`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        id (str): An insight's numeric id or its 8-character `short_id`.
        format_ (ResponseFormat | Unset): Response format.
            * `csv` - comma-separated values
            * `json` - JSON (the default)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            id=id,
            client=client,
            format_=format_,
        )
    ).parsed
