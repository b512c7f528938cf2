"""The stand-in's seeded cohorts: who is a member, for a person's cohorts and for cohort property filters."""

from __future__ import annotations

from typing import Any

__all__ = ["COHORTS", "cohort_id", "member_test"]

# (id offset, name, person property, the values that make a member); a cohort's id is the project's id * 10 + offset.
COHORTS: tuple[tuple[int, str, str, tuple[Any, ...]], ...] = (
    (1, "Paying customers", "plan", ("starter", "pro", "enterprise")),
    (2, "Pro and enterprise", "plan", ("pro", "enterprise")),
    (3, "Linux users", "$initial_os", ("Linux",)),
    (4, "Mobile users", "$initial_os", ("iOS", "Android")),
)


def cohort_id(project_id: int, offset: int) -> int:
    """The id of a project's seeded cohort.

    >>> cohort_id(1, 3)
    13
    """
    return project_id * 10 + offset


def member_test(project_id: int, cohort: object) -> tuple[str, tuple[Any, ...]] | None:
    """The person property and values that make a member of cohort ``cohort`` in the project, None if it has none.

    >>> member_test(1, 13)
    ('$initial_os', ('Linux',))
    >>> member_test(2, 13) is None
    True
    """
    if type(cohort) is not int:  # a cohort is named by its integer id
        return None
    for offset, _name, key, values in COHORTS:
        if cohort_id(project_id, offset) == cohort:
            return key, values
    return None
