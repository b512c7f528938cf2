from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sharing_configuration import SharingConfiguration
from ...types import Response, http_status, path_segment


def _get_kwargs(
    project_id: str,
    insight_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api/environments/{path_segment(project_id)}/insights/{path_segment(insight_id)}/sharing/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SharingConfiguration | None:
    if response.status_code == 200:
        response_200 = SharingConfiguration.from_dict(response.json())

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
) -> Response[Error | SharingConfiguration]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    insight_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | SharingConfiguration]:
    """Get an insight's sharing configuration (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `insights_sharing_list`; PostHog serves it as an alias
    of `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Returns whether the insight is shared publicly, and its access token.

    Required API key scope: `sharing_configuration:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        insight_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SharingConfiguration]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        insight_id=insight_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    insight_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | SharingConfiguration | None:
    """Get an insight's sharing configuration (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `insights_sharing_list`; PostHog serves it as an alias
    of `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Returns whether the insight is shared publicly, and its access token.

    Required API key scope: `sharing_configuration:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        insight_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SharingConfiguration
    """

    return sync_detailed(
        project_id=project_id,
        insight_id=insight_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    insight_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | SharingConfiguration]:
    """Get an insight's sharing configuration (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `insights_sharing_list`; PostHog serves it as an alias
    of `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Returns whether the insight is shared publicly, and its access token.

    Required API key scope: `sharing_configuration:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        insight_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SharingConfiguration]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        insight_id=insight_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    insight_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | SharingConfiguration | None:
    """Get an insight's sharing configuration (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `insights_sharing_list`; PostHog serves it as an alias
    of `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Returns whether the insight is shared publicly, and its access token.

    Required API key scope: `sharing_configuration:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        insight_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SharingConfiguration
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            insight_id=insight_id,
            client=client,
        )
    ).parsed
