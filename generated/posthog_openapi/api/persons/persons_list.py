from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.paginated_person_list import PaginatedPersonList
from ...models.response_format import ResponseFormat
from ...types import UNSET, Response, Unset, http_status, path_segment


def _get_kwargs(
    project_id: str,
    *,
    distinct_id: str | Unset = UNSET,
    email: str | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    properties: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if distinct_id is not UNSET and distinct_id is not None:
        params["distinct_id"] = distinct_id

    if email is not UNSET and email is not None:
        params["email"] = email

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    if json_format_ is not UNSET and json_format_ is not None:
        params["format"] = json_format_

    if include_total is not UNSET and include_total is not None:
        params["include_total"] = include_total

    if limit is not UNSET and limit is not None:
        params["limit"] = limit

    if offset is not UNSET and offset is not None:
        params["offset"] = offset

    if properties is not UNSET and properties is not None:
        params["properties"] = properties

    if search is not UNSET and search is not None:
        params["search"] = search

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api/projects/{path_segment(project_id)}/persons/",
    }
    # Only when some are given: httpx re-parses the URL for any params, even {} (custom endpoint template).
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PaginatedPersonList | None:
    if response.status_code == 200:
        response_200 = PaginatedPersonList.from_dict(response.json())

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
) -> Response[Error | PaginatedPersonList]:
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
    distinct_id: str | Unset = UNSET,
    email: str | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    properties: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[Error | PaginatedPersonList]:
    """List persons

     This endpoint is meant for reading and deleting persons. To create or update
    persons, PostHog recommends the capture API, the `$set` and `$unset`
    properties, or one of its SDKs.

    Lists persons newest first. No `count` unless `include_total=true`;
    `next` is set only when the page came back full.

    Required API key scope: `person:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        distinct_id (str | Unset):
        email (str | Unset):
        format_ (ResponseFormat | Unset): Response format.
            * `csv` - comma-separated values
            * `json` - JSON (the default)
        include_total (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):
        properties (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PaginatedPersonList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        distinct_id=distinct_id,
        email=email,
        format_=format_,
        include_total=include_total,
        limit=limit,
        offset=offset,
        properties=properties,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    distinct_id: str | Unset = UNSET,
    email: str | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    properties: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Error | PaginatedPersonList | None:
    """List persons

     This endpoint is meant for reading and deleting persons. To create or update
    persons, PostHog recommends the capture API, the `$set` and `$unset`
    properties, or one of its SDKs.

    Lists persons newest first. No `count` unless `include_total=true`;
    `next` is set only when the page came back full.

    Required API key scope: `person:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        distinct_id (str | Unset):
        email (str | Unset):
        format_ (ResponseFormat | Unset): Response format.
            * `csv` - comma-separated values
            * `json` - JSON (the default)
        include_total (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):
        properties (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PaginatedPersonList
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        distinct_id=distinct_id,
        email=email,
        format_=format_,
        include_total=include_total,
        limit=limit,
        offset=offset,
        properties=properties,
        search=search,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    distinct_id: str | Unset = UNSET,
    email: str | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    properties: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[Error | PaginatedPersonList]:
    """List persons

     This endpoint is meant for reading and deleting persons. To create or update
    persons, PostHog recommends the capture API, the `$set` and `$unset`
    properties, or one of its SDKs.

    Lists persons newest first. No `count` unless `include_total=true`;
    `next` is set only when the page came back full.

    Required API key scope: `person:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        distinct_id (str | Unset):
        email (str | Unset):
        format_ (ResponseFormat | Unset): Response format.
            * `csv` - comma-separated values
            * `json` - JSON (the default)
        include_total (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):
        properties (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PaginatedPersonList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        distinct_id=distinct_id,
        email=email,
        format_=format_,
        include_total=include_total,
        limit=limit,
        offset=offset,
        properties=properties,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    distinct_id: str | Unset = UNSET,
    email: str | Unset = UNSET,
    format_: ResponseFormat | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    properties: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Error | PaginatedPersonList | None:
    """List persons

     This endpoint is meant for reading and deleting persons. To create or update
    persons, PostHog recommends the capture API, the `$set` and `$unset`
    properties, or one of its SDKs.

    Lists persons newest first. No `count` unless `include_total=true`;
    `next` is set only when the page came back full.

    Required API key scope: `person:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        distinct_id (str | Unset):
        email (str | Unset):
        format_ (ResponseFormat | Unset): Response format.
            * `csv` - comma-separated values
            * `json` - JSON (the default)
        include_total (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):
        properties (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PaginatedPersonList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            distinct_id=distinct_id,
            email=email,
            format_=format_,
            include_total=include_total,
            limit=limit,
            offset=offset,
            properties=properties,
            search=search,
        )
    ).parsed
