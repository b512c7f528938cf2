from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.query_request import QueryRequest
from ...models.query_response import QueryResponse
from ...models.retention_query_response import RetentionQueryResponse
from ...types import Response, http_status, path_segment


def _get_kwargs(
    project_id: str,
    *,
    body: QueryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/api/projects/{path_segment(project_id)}/query/RetentionQuery/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | QueryResponse | RetentionQueryResponse | None:
    if response.status_code == 200:
        response_200 = RetentionQueryResponse.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = QueryResponse.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | QueryResponse | RetentionQueryResponse]:
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
    body: QueryRequest,
) -> Response[Error | QueryResponse | RetentionQueryResponse]:
    """Run a RetentionQuery

     Runs a `RetentionQuery` (`query.kind` must be `RetentionQuery`: PostHog answers 400 "Query kind
    mismatch"
    otherwise) and returns its typed result. The same as `POST query/` with the kind in the path
    (PostHog accepts any kind there; the kinds this SDK types have an operation each).

    PostHog's rules for personal-API-key queries: a SELECT without LIMIT returns 100 rows with
    `hasMore`;
    LIMIT may go up to 50,000; OFFSET is refused (400, page by keyset on `timestamp`); a query may run
    10 seconds; 3 queries run at once per project (the 4th answers 429); 240 queries a minute and 2,400
    an hour per project (429 with `Retry-After`). HogQL syntax and resolution errors answer 400
    `validation_error` with the message.

    Required API key scope: `query:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        body (QueryRequest): The body of `POST query/`: the query and how to run it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QueryResponse | RetentionQueryResponse]
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
    body: QueryRequest,
) -> Error | QueryResponse | RetentionQueryResponse | None:
    """Run a RetentionQuery

     Runs a `RetentionQuery` (`query.kind` must be `RetentionQuery`: PostHog answers 400 "Query kind
    mismatch"
    otherwise) and returns its typed result. The same as `POST query/` with the kind in the path
    (PostHog accepts any kind there; the kinds this SDK types have an operation each).

    PostHog's rules for personal-API-key queries: a SELECT without LIMIT returns 100 rows with
    `hasMore`;
    LIMIT may go up to 50,000; OFFSET is refused (400, page by keyset on `timestamp`); a query may run
    10 seconds; 3 queries run at once per project (the 4th answers 429); 240 queries a minute and 2,400
    an hour per project (429 with `Retry-After`). HogQL syntax and resolution errors answer 400
    `validation_error` with the message.

    Required API key scope: `query:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        body (QueryRequest): The body of `POST query/`: the query and how to run it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QueryResponse | RetentionQueryResponse
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
    body: QueryRequest,
) -> Response[Error | QueryResponse | RetentionQueryResponse]:
    """Run a RetentionQuery

     Runs a `RetentionQuery` (`query.kind` must be `RetentionQuery`: PostHog answers 400 "Query kind
    mismatch"
    otherwise) and returns its typed result. The same as `POST query/` with the kind in the path
    (PostHog accepts any kind there; the kinds this SDK types have an operation each).

    PostHog's rules for personal-API-key queries: a SELECT without LIMIT returns 100 rows with
    `hasMore`;
    LIMIT may go up to 50,000; OFFSET is refused (400, page by keyset on `timestamp`); a query may run
    10 seconds; 3 queries run at once per project (the 4th answers 429); 240 queries a minute and 2,400
    an hour per project (429 with `Retry-After`). HogQL syntax and resolution errors answer 400
    `validation_error` with the message.

    Required API key scope: `query:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        body (QueryRequest): The body of `POST query/`: the query and how to run it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QueryResponse | RetentionQueryResponse]
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
    body: QueryRequest,
) -> Error | QueryResponse | RetentionQueryResponse | None:
    """Run a RetentionQuery

     Runs a `RetentionQuery` (`query.kind` must be `RetentionQuery`: PostHog answers 400 "Query kind
    mismatch"
    otherwise) and returns its typed result. The same as `POST query/` with the kind in the path
    (PostHog accepts any kind there; the kinds this SDK types have an operation each).

    PostHog's rules for personal-API-key queries: a SELECT without LIMIT returns 100 rows with
    `hasMore`;
    LIMIT may go up to 50,000; OFFSET is refused (400, page by keyset on `timestamp`); a query may run
    10 seconds; 3 queries run at once per project (the 4th answers 429); 240 queries a minute and 2,400
    an hour per project (429 with `Retry-After`). HogQL syntax and resolution errors answer 400
    `validation_error` with the message.

    Required API key scope: `query:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        body (QueryRequest): The body of `POST query/`: the query and how to run it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QueryResponse | RetentionQueryResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
