from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.person_bulk_delete_request import PersonBulkDeleteRequest
from ...types import Response, http_status, path_segment


def _get_kwargs(
    project_id: str,
    *,
    body: PersonBulkDeleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/api/environments/{path_segment(project_id)}/persons/bulk_delete/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
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
    body: PersonBulkDeleteRequest,
) -> Response[Any | Error]:
    """Delete many persons (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `persons_bulk_delete_create`; PostHog serves it as an
    alias of `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Deletes up to 1,000 persons per call, named by their distinct ids
    (`distinct_ids`) or by their UUIDs (`ids`); `distinct_ids` wins when both are
    given. `delete_events: true` also queues deletion of their events. Ids that
    match nobody are ignored.

    Required API key scope: `person:write`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        body (PersonBulkDeleteRequest): The persons to delete: `distinct_ids` or `ids` (UUIDs), at
            most 1,000 each.
            When both are given only `distinct_ids` is used.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PersonBulkDeleteRequest,
) -> Any | Error | None:
    """Delete many persons (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `persons_bulk_delete_create`; PostHog serves it as an
    alias of `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Deletes up to 1,000 persons per call, named by their distinct ids
    (`distinct_ids`) or by their UUIDs (`ids`); `distinct_ids` wins when both are
    given. `delete_events: true` also queues deletion of their events. Ids that
    match nobody are ignored.

    Required API key scope: `person:write`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        body (PersonBulkDeleteRequest): The persons to delete: `distinct_ids` or `ids` (UUIDs), at
            most 1,000 each.
            When both are given only `distinct_ids` is used.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PersonBulkDeleteRequest,
) -> Response[Any | Error]:
    """Delete many persons (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `persons_bulk_delete_create`; PostHog serves it as an
    alias of `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Deletes up to 1,000 persons per call, named by their distinct ids
    (`distinct_ids`) or by their UUIDs (`ids`); `distinct_ids` wins when both are
    given. `delete_events: true` also queues deletion of their events. Ids that
    match nobody are ignored.

    Required API key scope: `person:write`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        body (PersonBulkDeleteRequest): The persons to delete: `distinct_ids` or `ids` (UUIDs), at
            most 1,000 each.
            When both are given only `distinct_ids` is used.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PersonBulkDeleteRequest,
) -> Any | Error | None:
    """Delete many persons (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `persons_bulk_delete_create`; PostHog serves it as an
    alias of `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    Deletes up to 1,000 persons per call, named by their distinct ids
    (`distinct_ids`) or by their UUIDs (`ids`); `distinct_ids` wins when both are
    given. `delete_events: true` also queues deletion of their events. Ids that
    match nobody are ignored.

    Required API key scope: `person:write`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        body (PersonBulkDeleteRequest): The persons to delete: `distinct_ids` or `ids` (UUIDs), at
            most 1,000 each.
            When both are given only `distinct_ids` is used.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
