from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.query_status import QueryStatus


T = TypeVar("T", bound="QueryStatusResponse")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(("query_status",))
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(())


@_attrs_define
class QueryStatusResponse:
    """The answer of the query status endpoint.

    Attributes:
        query_status (QueryStatus): The state of a background calculation. Poll it with
            `GET /api/projects/{project_id}/query/{query_id}/`.
    """

    query_status: QueryStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        query_status = self.query_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query_status": query_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        query_status_response = _new(cls)
        query_status = QueryStatus.from_dict(d["query_status"])

        query_status_response.query_status = query_status
        if len(d) == 1:  # usually there is nothing else
            query_status_response.additional_properties = {}
        else:
            query_status_response.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return query_status_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_LOADED = False


def _load() -> None:
    """Import the models this one refers to, once, on first use: importing a model imports only its module,
    and from_dict / to_dict pay one flag check instead of an import statement per call (~1.8 us)."""
    global _LOADED
    from ..models.query_status import QueryStatus as _model1

    globals().update(
        {
            "QueryStatus": _model1,
        }
    )
    _LOADED = True
