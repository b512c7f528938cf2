from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.insight import Insight


T = TypeVar("T", bound="PaginatedInsightList")


_FIELDS = frozenset(
    (
        "count",
        "next",
        "previous",
        "results",
    )
)


@_attrs_define
class PaginatedInsightList:
    """A page of insights.

    Attributes:
        count (int):
        next_ (None | str): The absolute URL of the next page, or null on the last page.
        previous (None | str): The absolute URL of the previous page, or null on the first page.
        results (list[Insight]):
    """

    count: int
    next_: None | str
    previous: None | str
    results: list[Insight]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        next_: None | str
        next_ = self.next_

        previous: None | str
        previous = self.previous

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "next": next_,
                "previous": previous,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        paginated_insight_list = cls.__new__(cls)
        paginated_insight_list.count = d["count"]
        paginated_insight_list.next_ = d["next"]
        paginated_insight_list.previous = d["previous"]
        paginated_insight_list.results = [Insight.from_dict(item) for item in d["results"]]
        # Counting the known keys present is cheaper than filtering every key, and usually there is nothing else.
        if len(d) == 4:
            paginated_insight_list.additional_properties = {}
        else:
            paginated_insight_list.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return paginated_insight_list

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


if not TYPE_CHECKING:
    # Imported last, once: models that refer to each other still import (a cycle finds this module's class
    # already defined), and from_dict never pays for an import statement per call.
    from ..models.insight import Insight
