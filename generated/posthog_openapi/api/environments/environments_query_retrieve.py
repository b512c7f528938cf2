from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.query_status_response import QueryStatusResponse
from ...types import Response, http_status, path_segment


def _get_kwargs(
    project_id: str,
    query_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api/environments/{path_segment(project_id)}/query/{path_segment(query_id)}/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Error | QueryStatusResponse | QueryStatusResponse | None:
    if response.status_code == 200:
        response_200 = QueryStatusResponse.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = QueryStatusResponse.from_dict(response.json())

        return response_202

    if response.status_code == 400:

        def _parse_response_400(data: object) -> Error | QueryStatusResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_query_failure_type_0 = QueryStatusResponse.from_dict(data)

                return componentsschemas_query_failure_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_query_failure_type_1 = Error.from_dict(data)

            return componentsschemas_query_failure_type_1

        response_400 = _parse_response_400(response.json())

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
) -> Response[Error | Error | QueryStatusResponse | QueryStatusResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    query_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Error | QueryStatusResponse | QueryStatusResponse]:
    """Get a background query's status (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `query_retrieve`; PostHog serves it as an alias of
    `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Polls a background calculation started by an async refresh mode. Answers
    202 while it runs, 200 when it is complete, 400 when it failed (see
    `error_message`). When complete, re-read the insight with `force_cache`.

    Required API key scope: `query:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        query_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | QueryStatusResponse | QueryStatusResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        query_id=query_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    query_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Error | QueryStatusResponse | QueryStatusResponse | None:
    """Get a background query's status (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `query_retrieve`; PostHog serves it as an alias of
    `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Polls a background calculation started by an async refresh mode. Answers
    202 while it runs, 200 when it is complete, 400 when it failed (see
    `error_message`). When complete, re-read the insight with `force_cache`.

    Required API key scope: `query:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        query_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | QueryStatusResponse | QueryStatusResponse
    """

    return sync_detailed(
        project_id=project_id,
        query_id=query_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    query_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Error | QueryStatusResponse | QueryStatusResponse]:
    """Get a background query's status (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `query_retrieve`; PostHog serves it as an alias of
    `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Polls a background calculation started by an async refresh mode. Answers
    202 while it runs, 200 when it is complete, 400 when it failed (see
    `error_message`). When complete, re-read the insight with `force_cache`.

    Required API key scope: `query:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        query_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | QueryStatusResponse | QueryStatusResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        query_id=query_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    query_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Error | QueryStatusResponse | QueryStatusResponse | None:
    """Get a background query's status (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `query_retrieve`; PostHog serves it as an alias of
    `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Polls a background calculation started by an async refresh mode. Answers
    202 while it runs, 200 when it is complete, 400 when it failed (see
    `error_message`). When complete, re-read the insight with `force_cache`.

    Required API key scope: `query:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        query_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | QueryStatusResponse | QueryStatusResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            query_id=query_id,
            client=client,
        )
    ).parsed
