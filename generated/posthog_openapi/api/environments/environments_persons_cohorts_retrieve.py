from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.person_cohort_list import PersonCohortList
from ...types import UNSET, Response, http_status, path_segment


def _get_kwargs(
    project_id: str,
    *,
    person_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if person_id is not UNSET and person_id is not None:
        params["person_id"] = person_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api/environments/{path_segment(project_id)}/persons/cohorts/",
    }
    # Only when some are given: httpx re-parses the URL for any params, even {} (custom endpoint template).
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PersonCohortList | None:
    if response.status_code == 200:
        response_200 = PersonCohortList.from_dict(response.json())

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
) -> Response[Error | PersonCohortList]:
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
    person_id: str,
) -> Response[Error | PersonCohortList]:
    """List a person's cohorts (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `persons_cohorts_retrieve`; PostHog serves it as an
    alias of `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    The (not deleted) cohorts the person belongs to. `person_id` is the numeric
    id or the UUID; PostHog answers 500 when it is missing.

    Required API key scopes: `person:read` and `cohort:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        person_id (str): A person's numeric id or UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PersonCohortList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        person_id=person_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    person_id: str,
) -> Error | PersonCohortList | None:
    """List a person's cohorts (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `persons_cohorts_retrieve`; PostHog serves it as an
    alias of `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    The (not deleted) cohorts the person belongs to. `person_id` is the numeric
    id or the UUID; PostHog answers 500 when it is missing.

    Required API key scopes: `person:read` and `cohort:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        person_id (str): A person's numeric id or UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PersonCohortList
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        person_id=person_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    person_id: str,
) -> Response[Error | PersonCohortList]:
    """List a person's cohorts (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `persons_cohorts_retrieve`; PostHog serves it as an
    alias of `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    The (not deleted) cohorts the person belongs to. `person_id` is the numeric
    id or the UUID; PostHog answers 500 when it is missing.

    Required API key scopes: `person:read` and `cohort:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        person_id (str): A person's numeric id or UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PersonCohortList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        person_id=person_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    person_id: str,
) -> Error | PersonCohortList | None:
    """List a person's cohorts (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `persons_cohorts_retrieve`; PostHog serves it as an
    alias of `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    The (not deleted) cohorts the person belongs to. `person_id` is the numeric
    id or the UUID; PostHog answers 500 when it is missing.

    Required API key scopes: `person:read` and `cohort:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        person_id (str): A person's numeric id or UUID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PersonCohortList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            person_id=person_id,
        )
    ).parsed
