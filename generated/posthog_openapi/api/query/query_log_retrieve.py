from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.hog_ql_query_response import HogQLQueryResponse
from ...types import Response, http_status, path_segment


def _get_kwargs(
    project_id: str,
    query_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api/projects/{path_segment(project_id)}/query/{path_segment(query_id)}/log/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | HogQLQueryResponse | None:
    if response.status_code == 200:
        response_200 = HogQLQueryResponse.from_dict(response.json())

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
) -> Response[Error | HogQLQueryResponse]:
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
) -> Response[Error | HogQLQueryResponse]:
    """Get a query's log entry

     Reads PostHog's query log for one query id (a query from the last 24 hours): a HogQL result
    of the `query_log` table's rows for that id (timings, rows and bytes read, status, the query text).
    Rate limited like queries (240/minute, 2,400/hour).

    Required API key scope: `query:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        query_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | HogQLQueryResponse]
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
) -> Error | HogQLQueryResponse | None:
    """Get a query's log entry

     Reads PostHog's query log for one query id (a query from the last 24 hours): a HogQL result
    of the `query_log` table's rows for that id (timings, rows and bytes read, status, the query text).
    Rate limited like queries (240/minute, 2,400/hour).

    Required API key scope: `query:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        query_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | HogQLQueryResponse
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
) -> Response[Error | HogQLQueryResponse]:
    """Get a query's log entry

     Reads PostHog's query log for one query id (a query from the last 24 hours): a HogQL result
    of the `query_log` table's rows for that id (timings, rows and bytes read, status, the query text).
    Rate limited like queries (240/minute, 2,400/hour).

    Required API key scope: `query:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        query_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | HogQLQueryResponse]
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
) -> Error | HogQLQueryResponse | None:
    """Get a query's log entry

     Reads PostHog's query log for one query id (a query from the last 24 hours): a HogQL result
    of the `query_log` table's rows for that id (timings, rows and bytes read, status, the query text).
    Rate limited like queries (240/minute, 2,400/hour).

    Required API key scope: `query:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        query_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | HogQLQueryResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            query_id=query_id,
            client=client,
        )
    ).parsed
