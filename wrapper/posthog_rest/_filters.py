"""``where``: a small builder for person property filters, validated before anything is sent.

Example:
    >>> from posthog_rest import where
    >>> ph.persons.list(properties=[where("$initial_os") == "Linux", where("plan").is_in(["pro", "team"])])
    >>> ph.persons.list(properties=[("$initial_os", "exact", "Linux"), ("email", "is_set")])
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias

from ._errors import InvalidRequestError
from ._validate import check_json

Scalar: TypeAlias = str | int | float | bool
Value: TypeAlias = Scalar | Sequence[Scalar] | None

OPERATORS: tuple[str, ...] = (
    "exact",
    "is_not",
    "icontains",
    "not_icontains",
    "regex",
    "not_regex",
    "gt",
    "lt",
    "gte",
    "lte",
    "is_set",
    "is_not_set",
    "is_date_exact",
    "is_date_after",
    "is_date_before",
    "in",
    "not_in",
)
NO_VALUE = frozenset({"is_set", "is_not_set"})
NUMERIC = frozenset({"gt", "lt", "gte", "lte"})
#: The ``properties`` filter travels in the query string; URLs much longer than ~8 KB are refused by proxies.
MAX_PROPERTIES_JSON = 6000


@dataclass(frozen=True)
class PropertyCondition:
    """One property filter: ``key``, ``operator``, ``value`` and the property ``type`` (default ``person``).

    Example:
        >>> PropertyCondition("plan", "exact", ["pro", "team"]).to_dict()
        {'key': 'plan', 'value': ['pro', 'team'], 'operator': 'exact', 'type': 'person'}
    """

    key: str
    operator: str = "exact"
    value: Value = None
    type: str = "person"

    def __post_init__(self) -> None:
        if not isinstance(self.key, str) or not self.key:
            raise InvalidRequestError(f"A property filter needs a non-empty string key, got {self.key!r}")
        if self.operator not in OPERATORS:
            raise InvalidRequestError(
                f"Unknown property filter operator {self.operator!r} (key {self.key!r}). "
                f"Valid operators: {', '.join(OPERATORS)}"
            )
        if self.operator in NO_VALUE:
            if self.value is not None:
                raise InvalidRequestError(f"Operator {self.operator!r} takes no value (key {self.key!r})")
        elif self.value is None:
            raise InvalidRequestError(f"Operator {self.operator!r} needs a value (key {self.key!r})")
        elif self.operator in NUMERIC and (isinstance(self.value, bool) or not isinstance(self.value, int | float)):
            raise InvalidRequestError(f"Operator {self.operator!r} compares numbers; got {self.value!r}")
        else:
            values = self.value if isinstance(self.value, list | tuple) else [self.value]
            bad = [v for v in values if not isinstance(v, str | int | float | bool)]
            if bad or not values:
                raise InvalidRequestError(
                    f"A property filter value must be a string, number or boolean, or a non-empty list of them "
                    f"(key {self.key!r}); got {self.value!r}"
                )

    def to_dict(self) -> dict[str, Any]:
        """The filter as the API's JSON object, built through the generated ``PropertyFilter`` model.

        Example:
            >>> (where("plan") == "pro").to_dict()
            {'key': 'plan', 'value': 'pro', 'operator': 'exact', 'type': 'person'}
        """
        from posthog_openapi.models.property_filter import PropertyFilter
        from posthog_openapi.models.property_filter_type import PropertyFilterType
        from posthog_openapi.models.property_operator import PropertyOperator

        try:
            type_ = PropertyFilterType(self.type)
        except ValueError:
            valid = ", ".join(t.value for t in PropertyFilterType)
            raise InvalidRequestError(f"Unknown property type {self.type!r}. Valid types: {valid}") from None
        value: Any = list(self.value) if isinstance(self.value, list | tuple) else self.value
        model = PropertyFilter(key=self.key, operator=PropertyOperator(self.operator), type_=type_)
        if value is not None:
            model.value = value
        return model.to_dict()


class where:  # noqa: N801 - reads as a function: where("plan") == "pro"
    """Start a property condition on ``key``; finish it with an operator.

    Example:
        >>> where("$initial_os") == "Linux"
        >>> where("plan").is_in(["pro", "team"]); where("age") > 30; where("email").icontains("@acme")
        >>> where("email").is_set()
    """

    __slots__ = ("key", "type")
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, key: str, *, type: str = "person") -> None:
        self.key = key
        self.type = type

    def _c(self, operator: str, value: Value = None) -> PropertyCondition:
        return PropertyCondition(self.key, operator, value, self.type)

    def __eq__(self, value: object) -> PropertyCondition:  # type: ignore[override]
        """``exact`` (a list value means any of)."""
        return self._c("exact", value)  # type: ignore[arg-type]

    def __ne__(self, value: object) -> PropertyCondition:  # type: ignore[override]
        """``is_not``."""
        return self._c("is_not", value)  # type: ignore[arg-type]

    def __gt__(self, value: float) -> PropertyCondition:
        """``gt``."""
        return self._c("gt", value)

    def __ge__(self, value: float) -> PropertyCondition:
        """``gte``."""
        return self._c("gte", value)

    def __lt__(self, value: float) -> PropertyCondition:
        """``lt``."""
        return self._c("lt", value)

    def __le__(self, value: float) -> PropertyCondition:
        """``lte``."""
        return self._c("lte", value)

    def is_in(self, values: Iterable[Scalar]) -> PropertyCondition:
        """Any of ``values`` (``exact`` with a list).

        Example:
            >>> ph.persons.list(properties=[where("plan").is_in(["pro", "team"])])
        """
        return self._c("exact", list(values))

    def not_in(self, values: Iterable[Scalar]) -> PropertyCondition:
        """None of ``values`` (``is_not`` with a list).

        Example:
            >>> where("plan").not_in(["free"]).operator
            'is_not'
        """
        return self._c("is_not", list(values))

    def icontains(self, text: str) -> PropertyCondition:
        """Case-insensitive substring.

        Example:
            >>> ph.persons.list(properties=[where("email").icontains("@acme.com")])
        """
        return self._c("icontains", text)

    def not_icontains(self, text: str) -> PropertyCondition:
        """Not a case-insensitive substring.

        Example:
            >>> where("email").not_icontains("@example.com")
        """
        return self._c("not_icontains", text)

    def regex(self, pattern: str) -> PropertyCondition:
        """Matches the regular expression.

        Example:
            >>> where("$current_url").regex("^https://app[.]acme[.]com/")
        """
        return self._c("regex", pattern)

    def not_regex(self, pattern: str) -> PropertyCondition:
        """Does not match the regular expression.

        Example:
            >>> where("email").not_regex("[+]test@")
        """
        return self._c("not_regex", pattern)

    def is_set(self) -> PropertyCondition:
        """The property exists.

        Example:
            >>> ph.persons.list(properties=[where("email").is_set()])
        """
        return self._c("is_set")

    def is_not_set(self) -> PropertyCondition:
        """The property does not exist.

        Example:
            >>> where("email").is_not_set().value is None
            True
        """
        return self._c("is_not_set")

    def date_before(self, date: str) -> PropertyCondition:
        """A date property before ``date`` (ISO 8601 or relative like ``-7d``).

        Example:
            >>> where("signup_date").date_before("2024-01-01")
        """
        return self._c("is_date_before", date)

    def date_after(self, date: str) -> PropertyCondition:
        """A date property after ``date``.

        Example:
            >>> where("signup_date").date_after("-7d").to_dict()["operator"]
            'is_date_after'
        """
        return self._c("is_date_after", date)

    def date_exact(self, date: str) -> PropertyCondition:
        """A date property on ``date``.

        Example:
            >>> where("signup_date").date_exact("2024-03-15")
        """
        return self._c("is_date_exact", date)

    def __repr__(self) -> str:
        return f"where({self.key!r})"


ConditionLike: TypeAlias = PropertyCondition | tuple[Any, ...] | Mapping[str, Any]
PropertiesArg: TypeAlias = ConditionLike | Sequence[ConditionLike] | str


def to_condition(item: ConditionLike) -> PropertyCondition:
    """A :class:`PropertyCondition` from a condition, a ``(key, operator[, value])``/``(key, value)`` tuple or a dict.

    Example:
        >>> to_condition(("$initial_os", "exact", "Linux")).value
        'Linux'
    """
    if isinstance(item, PropertyCondition):
        return item
    if isinstance(item, tuple):
        if len(item) == 3:
            return PropertyCondition(item[0], item[1], item[2])
        if len(item) == 2:
            key, second = item
            if isinstance(second, str) and second in NO_VALUE:
                return PropertyCondition(key, second)
            return PropertyCondition(key, "exact", second)
        raise InvalidRequestError(
            f"A filter tuple is (key, operator, value), (key, value) or (key, 'is_set'): {item!r}"
        )
    if isinstance(item, Mapping):
        unknown = set(item) - {"key", "operator", "value", "type"}
        if unknown:
            raise InvalidRequestError(f"Unknown property filter fields {sorted(unknown)} in {dict(item)!r}")
        return PropertyCondition(
            item.get("key", ""), item.get("operator", "exact"), item.get("value"), item.get("type", "person")
        )
    raise InvalidRequestError(f"Not a property filter: {item!r} (use where(...), a tuple or a dict)")


def build_properties(properties: PropertiesArg | None) -> str | None:
    """The ``properties`` query parameter: a JSON array of filters (all must match), or ``None``.

    Example:
        >>> build_properties([where("plan") == "pro"])
        '[{"key": "plan", "value": "pro", "operator": "exact", "type": "person"}]'
    """
    if properties is None:
        return None
    if isinstance(properties, str):
        try:
            decoded = json.loads(properties)
        except ValueError as exc:
            raise InvalidRequestError(f"properties is not valid JSON: {exc}") from None
        if not isinstance(decoded, list):
            raise InvalidRequestError("properties JSON must be an array of filter objects")
        items: Sequence[ConditionLike] = decoded
    elif isinstance(properties, PropertyCondition | tuple | Mapping):
        items = [properties]
    else:
        items = properties
    conditions = [to_condition(item).to_dict() for item in items]
    check_json(conditions, "properties")  # NaN, bytes, object(): refused here, not sent as invalid JSON
    encoded = json.dumps(conditions, allow_nan=False)
    if len(encoded) > MAX_PROPERTIES_JSON:
        raise InvalidRequestError(
            f"The property filter is too large ({len(encoded):,} characters of JSON; the limit is "
            f"{MAX_PROPERTIES_JSON:,}, as it travels in the URL). Use fewer values, or split the query."
        )
    return encoded
