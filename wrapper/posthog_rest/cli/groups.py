"""Command groups built when first used: a command pays only for the group it is in.

Typer turns every command of every group into a Click command (signatures, options, converters) before it
runs any of them, about 20 ms for ``posthog-rest``'s ~25 commands. :class:`LazyGroups` lists its groups by
name at once (help, suggestions for a mistyped name) and builds one, importing its module, when it is used.

Example:
    >>> class Root(LazyGroups):
    ...     groups = {"insights": lambda: insights_app}
    >>> app = typer.Typer(cls=Root)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, MutableMapping
from typing import Any, ClassVar

import typer
from typer.core import TyperGroup

__all__ = ["LazyGroups", "group", "lazy_command"]


def group(help_text: str, epilog: str) -> typer.Typer:
    """A command group as every group of ``posthog-rest`` is made: its help, the exit codes, help when bare.

    Example:
        >>> persons_app = group("Persons: list, get, delete.", exit_codes_epilog())
    """
    return typer.Typer(help=help_text, epilog=epilog, no_args_is_help=True, rich_markup_mode="rich")


class _Commands(MutableMapping[str, Any]):
    """A group's commands by name, in order; a lazy group's command is built on its first lookup."""

    def __init__(self, built: MutableMapping[str, Any], lazy: dict[str, Callable[[], Any]]) -> None:
        self._built = dict(built)
        self._lazy = {name: make for name, make in lazy.items() if name not in self._built}
        self._order = [*self._built, *self._lazy]

    def __getitem__(self, name: str) -> Any:
        if name not in self._built and name in self._lazy:
            made = self._lazy.pop(name)()
            command = typer.main.get_group(made) if isinstance(made, typer.Typer) else made
            command.name = name
            self._built[name] = command
        return self._built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        if name not in self._built and name not in self._lazy:
            self._order.append(name)
        self._lazy.pop(name, None)
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        if name not in self._built and name not in self._lazy:
            raise KeyError(name)
        self._built.pop(name, None)
        self._lazy.pop(name, None)
        self._order.remove(name)

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._order))

    def __len__(self) -> int:
        return len(self._order)


class LazyGroups(TyperGroup):
    """A Typer group whose sub-groups and commands (``groups``: name → the ``typer.Typer`` of a group, or the
    Click command :func:`lazy_command` builds) are built on first use.

    Example:
        >>> app = typer.Typer(cls=Root)  # Root(LazyGroups) with groups = {"query": lambda: query_app}
    """

    groups: ClassVar[dict[str, Callable[[], Any]]] = {}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.commands = _Commands(self.commands, self.groups)

    def list_commands(self, ctx: Any) -> list[str]:
        return list(self.commands)


def lazy_command(holder: typer.Typer, name: str) -> Callable[[], Any]:
    """A :class:`LazyGroups` entry for the command ``name`` registered on ``holder`` (``@holder.command()``):
    typer works out its options from its signature when it is first used, as it would have up front.

    Example:
        >>> groups = {"serve": lazy_command(commands, "serve")}
    """

    def build() -> Any:
        for info in holder.registered_commands:
            if info.callback is not None and (info.name or typer.main.get_command_name(info.callback.__name__)) == name:
                return typer.main.get_command_from_info(
                    info,
                    pretty_exceptions_short=holder.pretty_exceptions_short,
                    rich_markup_mode=holder.rich_markup_mode,
                )
        raise KeyError(name)

    return build
