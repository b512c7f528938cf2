from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    add_path,
    bad_type,
    failing_item,
)

if TYPE_CHECKING:
    from ..models.trending_insight import TrendingInsight


T = TypeVar("T", bound="PaginatedTrendingInsightList")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "results",
        "count",
        "next",
        "previous",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "count",
        "next_",
        "previous",
    )
)


@_attrs_define
class PaginatedTrendingInsightList:
    """Trending insights, most viewed first, in the list envelope (always one page).

    Attributes:
        results (list[TrendingInsight]):
        count (int | Unset):
        next_ (None | str | Unset):
        previous (None | str | Unset):
    """

    results: list[TrendingInsight]
    count: int | Unset = UNSET
    next_: None | str | Unset = UNSET
    previous: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        count = self.count

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        previous: None | str | Unset
        if isinstance(self.previous, Unset):
            previous = UNSET
        else:
            previous = self.previous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if next_ is not UNSET:
            field_dict["next"] = next_
        if previous is not UNSET:
            field_dict["previous"] = previous

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        paginated_trending_insight_list = _new(cls)
        _v = d["results"]
        if isinstance(_v, list):
            _parse = TrendingInsight.from_dict  # bound once, not per item
            try:
                paginated_trending_insight_list.results = [_parse(item) for item in _v]
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                add_path(exc, "results", *failing_item(_parse, _v))
                raise
        else:
            raise bad_type("PaginatedTrendingInsightList", "results", _v, "an array")
        if "count" in d:
            _v = d["count"]
            if not (type(_v) is int or (isinstance(_v, int) and type(_v) is not bool)):
                raise bad_type("PaginatedTrendingInsightList", "count", _v, "an integer")
            paginated_trending_insight_list.count = _v
        else:
            paginated_trending_insight_list.count = UNSET
        if "next" in d:
            _v = d["next"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("PaginatedTrendingInsightList", "next", _v, "a string or null")
            paginated_trending_insight_list.next_ = _v
        else:
            paginated_trending_insight_list.next_ = UNSET
        if "previous" in d:
            _v = d["previous"]
            if not (type(_v) is str or isinstance(_v, str) or _v is None):
                raise bad_type("PaginatedTrendingInsightList", "previous", _v, "a string or null")
            paginated_trending_insight_list.previous = _v
        else:
            paginated_trending_insight_list.previous = UNSET
        if len(d) == 1 + ("count" in d) + ("next" in d) + ("previous" in d):  # usually there is nothing else
            paginated_trending_insight_list.additional_properties = {}
        else:
            paginated_trending_insight_list.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return paginated_trending_insight_list

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
    from ..models.trending_insight import TrendingInsight as _model1

    globals().update(
        {
            "TrendingInsight": _model1,
        }
    )
    _LOADED = True
