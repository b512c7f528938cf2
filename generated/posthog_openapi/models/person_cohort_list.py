from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    add_path,
    bad_type,
    failing_item,
)

if TYPE_CHECKING:
    from ..models.cohort import Cohort


T = TypeVar("T", bound="PersonCohortList")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(("results",))
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(())


@_attrs_define
class PersonCohortList:
    """The cohorts a person belongs to.

    Attributes:
        results (list[Cohort]):
    """

    results: list[Cohort]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
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
        person_cohort_list = _new(cls)
        _v = d["results"]
        if isinstance(_v, list):
            _parse = Cohort.from_dict  # bound once, not per item
            try:
                person_cohort_list.results = [_parse(item) for item in _v]
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "results", *failing_item(_parse, _v))
                raise
        else:
            raise bad_type("PersonCohortList", "results", _v, "an array")
        if len(d) == 1:  # usually there is nothing else
            person_cohort_list.additional_properties = {}
        else:
            person_cohort_list.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return person_cohort_list

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
    from ..models.cohort import Cohort as _model1

    globals().update(
        {
            "Cohort": _model1,
        }
    )
    _LOADED = True
