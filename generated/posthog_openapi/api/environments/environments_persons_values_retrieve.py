from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.person_property_value import PersonPropertyValue
from ...types import UNSET, Response, Unset, add_path, http_status, path_segment


def _get_kwargs(
    project_id: str,
    *,
    key: str | Unset = UNSET,
    value: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if key is not UNSET and key is not None:
        params["key"] = key

    if value is not UNSET and value is not None:
        params["value"] = value

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api/environments/{path_segment(project_id)}/persons/values/",
    }
    # Only when some are given: httpx re-parses the URL for any params, even {} (custom endpoint template).
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[PersonPropertyValue] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = []
        for componentsschemas_person_property_value_list_item_data in _response_200:
            try:
                componentsschemas_person_property_value_list_item = PersonPropertyValue.from_dict(
                    componentsschemas_person_property_value_list_item_data
                )

            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, len(response_200))  # the index of the item being parsed
                raise
            response_200.append(componentsschemas_person_property_value_list_item)

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
) -> Response[Error | list[PersonPropertyValue]]:
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
    key: str | Unset = UNSET,
    value: str | Unset = UNSET,
) -> Response[Error | list[PersonPropertyValue]]:
    """List a person property's values (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `persons_values_retrieve`; PostHog serves it as an
    alias of `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    The values a person property takes, with how many persons have each, most
    common first. `value` narrows to values containing that text. Each `name` is
    the value as text (`true`/`false` for booleans, JSON for lists and objects).
    Without `key` the answer is an empty list.

    Required API key scope: `person:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        key (str | Unset):
        value (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[PersonPropertyValue]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        key=key,
        value=value,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    key: str | Unset = UNSET,
    value: str | Unset = UNSET,
) -> Error | list[PersonPropertyValue] | None:
    """List a person property's values (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `persons_values_retrieve`; PostHog serves it as an
    alias of `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    The values a person property takes, with how many persons have each, most
    common first. `value` narrows to values containing that text. Each `name` is
    the value as text (`true`/`false` for booleans, JSON for lists and objects).
    Without `key` the answer is an empty list.

    Required API key scope: `person:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        key (str | Unset):
        value (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[PersonPropertyValue]
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        key=key,
        value=value,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    key: str | Unset = UNSET,
    value: str | Unset = UNSET,
) -> Response[Error | list[PersonPropertyValue]]:
    """List a person property's values (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `persons_values_retrieve`; PostHog serves it as an
    alias of `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    The values a person property takes, with how many persons have each, most
    common first. `value` narrows to values containing that text. Each `name` is
    the value as text (`true`/`false` for booleans, JSON for lists and objects).
    Without `key` the answer is an empty list.

    Required API key scope: `person:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        key (str | Unset):
        value (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[PersonPropertyValue]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        key=key,
        value=value,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    key: str | Unset = UNSET,
    value: str | Unset = UNSET,
) -> Error | list[PersonPropertyValue] | None:
    """List a person property's values (environments, deprecated)

     Deprecated: the `/api/environments/` twin of `persons_values_retrieve`; PostHog serves it as an
    alias of `/api/projects/` and marks its responses with `Deprecation`, `Sunset` and `Link` headers.

    The values a person property takes, with how many persons have each, most
    common first. `value` narrows to values containing that text. Each `name` is
    the value as text (`true`/`false` for booleans, JSON for lists and objects).
    Without `key` the answer is an empty list.

    Required API key scope: `person:read`.

    Args:
        project_id (str): A project's numeric id, or `@current` for the user's current project.
        key (str | Unset):
        value (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[PersonPropertyValue]
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            key=key,
            value=value,
        )
    ).parsed
