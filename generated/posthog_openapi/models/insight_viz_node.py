from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    add_path,
    bad_type,
    unknown_kind,
)

if TYPE_CHECKING:
    from ..models.funnels_query import FunnelsQuery
    from ..models.lifecycle_query import LifecycleQuery
    from ..models.paths_query import PathsQuery
    from ..models.retention_query import RetentionQuery
    from ..models.stickiness_query import StickinessQuery
    from ..models.trends_query import TrendsQuery


T = TypeVar("T", bound="InsightVizNode")
_new = object.__new__  # from_dict fills the slots itself


_FIELDS = frozenset(
    (
        "kind",
        "source",
        "full",
        "showHeader",
        "showTable",
        "showResults",
        "embedded",
    )
)
#: Fields whose every wrong value from_dict refuses (a scalar's JSON type, an enum's or a constant's value, a list's
#: items, a UUID's or date-time's text, nested models made of such fields): posthog_rest's type check skips them.
_CHECKED = frozenset(
    (
        "kind",
        "full",
        "show_header",
        "show_table",
        "show_results",
        "embedded",
    )
)
#: The constant ``kind`` a union tells this model apart by (from_dict's dispatch; posthog_rest's type check too).
_KIND = "InsightVizNode"


@_attrs_define
class InsightVizNode:
    """An insight visualisation: runs its `source` (a trend, funnel, retention, paths, stickiness or lifecycle query). The
    canonical `query` of an insight. Display flags are free-form.

        Attributes:
            kind (Literal['InsightVizNode']): Always `InsightVizNode`. Default: 'InsightVizNode'.
            source (FunnelsQuery | LifecycleQuery | PathsQuery | RetentionQuery | StickinessQuery | TrendsQuery): The query
                an `InsightVizNode` runs, told apart by `kind`.
            full (bool | None | Unset):
            show_header (bool | None | Unset):
            show_table (bool | None | Unset):
            show_results (bool | None | Unset):
            embedded (bool | None | Unset):
    """

    source: FunnelsQuery | LifecycleQuery | PathsQuery | RetentionQuery | StickinessQuery | TrendsQuery
    kind: Literal["InsightVizNode"] = "InsightVizNode"
    full: bool | None | Unset = UNSET
    show_header: bool | None | Unset = UNSET
    show_table: bool | None | Unset = UNSET
    show_results: bool | None | Unset = UNSET
    embedded: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        kind = self.kind

        source: dict[str, Any]
        if isinstance(self.source, TrendsQuery):
            source = self.source.to_dict()
        elif isinstance(self.source, FunnelsQuery):
            source = self.source.to_dict()
        elif isinstance(self.source, RetentionQuery):
            source = self.source.to_dict()
        elif isinstance(self.source, PathsQuery):
            source = self.source.to_dict()
        elif isinstance(self.source, StickinessQuery):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

        full: bool | None | Unset
        if isinstance(self.full, Unset):
            full = UNSET
        else:
            full = self.full

        show_header: bool | None | Unset
        if isinstance(self.show_header, Unset):
            show_header = UNSET
        else:
            show_header = self.show_header

        show_table: bool | None | Unset
        if isinstance(self.show_table, Unset):
            show_table = UNSET
        else:
            show_table = self.show_table

        show_results: bool | None | Unset
        if isinstance(self.show_results, Unset):
            show_results = UNSET
        else:
            show_results = self.show_results

        embedded: bool | None | Unset
        if isinstance(self.embedded, Unset):
            embedded = UNSET
        else:
            embedded = self.embedded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "source": source,
            }
        )
        if full is not UNSET:
            field_dict["full"] = full
        if show_header is not UNSET:
            field_dict["showHeader"] = show_header
        if show_table is not UNSET:
            field_dict["showTable"] = show_table
        if show_results is not UNSET:
            field_dict["showResults"] = show_results
        if embedded is not UNSET:
            field_dict["embedded"] = embedded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        # The dict itself, not a copy (a copy per item, with the garbage collector's work on it, was ~8% of
        # parsing a page): the model only reads it, and a lazy one keeps it as its source, as sent.
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        insight_viz_node = _new(cls)
        _v = d["kind"]
        if _v != "InsightVizNode":
            raise ValueError(f"kind must match const 'InsightVizNode', got '{_v}'")
        insight_viz_node.kind = _v
        try:
            source = d["source"]
            _kind = source.get("kind") if isinstance(source, dict) else None
            _member = (
                TrendsQuery
                if _kind == "TrendsQuery"
                else FunnelsQuery
                if _kind == "FunnelsQuery"
                else RetentionQuery
                if _kind == "RetentionQuery"
                else PathsQuery
                if _kind == "PathsQuery"
                else StickinessQuery
                if _kind == "StickinessQuery"
                else LifecycleQuery
                if _kind == "LifecycleQuery"
                else None
            )
            if _member is not None:
                source = _member.from_dict(source)
            else:
                raise unknown_kind(
                    source,
                    (
                        "TrendsQuery",
                        "FunnelsQuery",
                        "RetentionQuery",
                        "PathsQuery",
                        "StickinessQuery",
                        "LifecycleQuery",
                    ),
                )

        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            add_path(exc, "source")
            raise
        insight_viz_node.source = source
        if "full" in d:
            _v = d["full"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("InsightVizNode", "full", _v, "a boolean or null")
            insight_viz_node.full = _v
        else:
            insight_viz_node.full = UNSET
        if "showHeader" in d:
            _v = d["showHeader"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("InsightVizNode", "showHeader", _v, "a boolean or null")
            insight_viz_node.show_header = _v
        else:
            insight_viz_node.show_header = UNSET
        if "showTable" in d:
            _v = d["showTable"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("InsightVizNode", "showTable", _v, "a boolean or null")
            insight_viz_node.show_table = _v
        else:
            insight_viz_node.show_table = UNSET
        if "showResults" in d:
            _v = d["showResults"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("InsightVizNode", "showResults", _v, "a boolean or null")
            insight_viz_node.show_results = _v
        else:
            insight_viz_node.show_results = UNSET
        if "embedded" in d:
            _v = d["embedded"]
            if not (_v is True or _v is False or _v is None):
                raise bad_type("InsightVizNode", "embedded", _v, "a boolean or null")
            insight_viz_node.embedded = _v
        else:
            insight_viz_node.embedded = UNSET
        if len(d) == 2 + ("full" in d) + ("showHeader" in d) + ("showTable" in d) + ("showResults" in d) + (
            "embedded" in d
        ):  # usually there is nothing else
            insight_viz_node.additional_properties = {}
        else:
            insight_viz_node.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return insight_viz_node

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
    from ..models.funnels_query import FunnelsQuery as _model1
    from ..models.lifecycle_query import LifecycleQuery as _model2
    from ..models.paths_query import PathsQuery as _model3
    from ..models.retention_query import RetentionQuery as _model4
    from ..models.stickiness_query import StickinessQuery as _model5
    from ..models.trends_query import TrendsQuery as _model6

    globals().update(
        {
            "FunnelsQuery": _model1,
            "LifecycleQuery": _model2,
            "PathsQuery": _model3,
            "RetentionQuery": _model4,
            "StickinessQuery": _model5,
            "TrendsQuery": _model6,
        }
    )
    _LOADED = True
