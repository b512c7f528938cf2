from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.insight_query_source import InsightQuerySource


T = TypeVar("T", bound="InsightVizNode")


@_attrs_define
class InsightVizNode:
    """A product analytics query shown as a chart, e.g. `{"kind":"InsightVizNode","source":{"kind":"TrendsQuery",…}}`.

    Attributes:
        kind (Literal['InsightVizNode']):
        source (InsightQuerySource): The query a wrapper node runs (`TrendsQuery`, `FunnelsQuery`, `HogQLQuery`, …), as
            JSON.
    """

    kind: Literal["InsightVizNode"]
    source: InsightQuerySource
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.insight_query_source import InsightQuerySource  # noqa: PLC0415

        d = dict(src_dict)
        kind = cast(Literal["InsightVizNode"], d.pop("kind"))
        if kind != "InsightVizNode":
            raise ValueError(f"kind must match const 'InsightVizNode', got '{kind}'")

        source = InsightQuerySource.from_dict(d.pop("source"))

        insight_viz_node = cls(
            kind=kind,
            source=source,
        )

        insight_viz_node.additional_properties = d
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
