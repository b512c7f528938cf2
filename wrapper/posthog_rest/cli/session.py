"""The CLI's shared options (connection and output), accepted before or after the command, and its client.

:func:`command` wraps a command function: it adds the shared options to its signature (so typer shows
and parses them on every command), merges them with the ones given before the command, and turns
every expected failure into one line on stderr and a distinct exit code.

Example:
    >>> @app.command()
    ... @command
    ... def whoami(session: Session) -> None:
    ...     session.out.one(USER_VIEW, session.client().me())
"""

from __future__ import annotations

import functools
import inspect
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from .._config import ENV_KEY
from .._record import field, record
from .._startup import started
from .errors import CliError, ExitCode, describe
from .output import Output, OutputOptions

DEMO_SEED = 7
DEMO_PERSONS = 2000
NO_KEY = (
    f"No PostHog personal API key: set {ENV_KEY}=phx_… (PostHog → My settings → Personal API keys), "
    "or pipe it to --api-key-stdin. To try without one: posthog-rest demo, or add --demo to any command."
)
HISTORY_WARNING = (
    f"--api-key puts the key in your shell history and the process list; prefer {ENV_KEY}=… or --api-key-stdin."
)


@record
class SharedOptions:
    """Every option shared by all commands (``None`` / ``False``: not given)."""

    host: str | None = None
    project: str | None = None
    api_key: str | None = field(default=None, repr=False)  # never shown
    api_key_stdin: bool = False
    demo: bool = False
    json: bool = False
    jsonl: bool = False
    csv: bool = False
    output: Path | None = None
    progress: bool | None = None

    def merged(self, later: SharedOptions) -> SharedOptions:
        """These options overridden by every option given in ``later``."""
        given = {name: value for name, value in vars(later).items() if _given(name, value)}
        return SharedOptions(**{**vars(self), **given})

    def output_options(self) -> OutputOptions:
        """The output format flags, checked for conflicts."""
        chosen = [name for name in ("json", "jsonl", "csv") if getattr(self, name)]
        if len(chosen) > 1:
            raise CliError(f"Choose one output format, not {' and '.join('--' + c for c in chosen)}")
        return OutputOptions(fmt=chosen[0] if chosen else None, path=self.output, progress=self.progress)


def _given(name: str, value: object) -> bool:
    """Whether an option was given: flags are off by default, ``--no-progress`` is an explicit ``False``."""
    return value is not None if name == "progress" else value not in (None, False)


_H = "Connection"
_O = "Output"
SHARED_PARAMS: list[inspect.Parameter] = [
    inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)
    for name, default, annotation in [
        (
            "host",
            None,
            Annotated[
                str | None,
                typer.Option(
                    "--host",
                    help="PostHog host: us, eu or a URL \\[env: POSTHOG_HOST; default: us].",
                    rich_help_panel=_H,
                    show_default=False,
                ),
            ],
        ),
        (
            "project",
            None,
            Annotated[
                str | None,
                typer.Option(
                    "--project",
                    "-p",
                    help="Project id, name or @current \\[env: POSTHOG_PROJECT_ID; default: @current].",
                    rich_help_panel=_H,
                    show_default=False,
                ),
            ],
        ),
        (
            "api_key",
            None,
            Annotated[
                str | None,
                typer.Option(
                    "--api-key",
                    help=f"Personal API key. Discouraged (shell history): use {ENV_KEY} or --api-key-stdin.",
                    rich_help_panel=_H,
                    show_default=False,
                ),
            ],
        ),
        (
            "api_key_stdin",
            False,
            Annotated[
                bool,
                typer.Option("--api-key-stdin", help="Read the personal API key from stdin.", rich_help_panel=_H),
            ],
        ),
        (
            "demo",
            False,
            Annotated[
                bool,
                typer.Option(
                    "--demo", help="Run against an embedded PostHog stand-in with seeded data.", rich_help_panel=_H
                ),
            ],
        ),
        ("json", False, Annotated[bool, typer.Option("--json", help="JSON output.", rich_help_panel=_O)]),
        ("jsonl", False, Annotated[bool, typer.Option("--jsonl", help="JSON lines output.", rich_help_panel=_O)]),
        ("csv", False, Annotated[bool, typer.Option("--csv", help="CSV output.", rich_help_panel=_O)]),
        (
            "output",
            None,
            Annotated[
                Path | None,
                typer.Option(
                    "--output",
                    "-o",
                    help="Write to this file (format from --json/--csv/--jsonl or the suffix).",
                    rich_help_panel=_O,
                    dir_okay=False,
                    show_default=False,
                ),
            ],
        ),
        (
            "progress",
            None,
            Annotated[
                bool | None,
                typer.Option(
                    "--progress/--no-progress",
                    help="Progress on stderr when listing many pages \\[default: on a terminal].",
                    rich_help_panel=_O,
                    show_default=False,
                ),
            ],
        ),
    ]
]
SHARED_NAMES = [p.name for p in SHARED_PARAMS]


class RetryNotices(logging.Handler):
    """Show the SDK's retry log lines on stderr, so a command that waits (rate limited, a 503) says why.

    Example:
        >>> RetryNotices.install(Output(OutputOptions(fmt="json")))
    """

    current: RetryNotices | None = None

    def __init__(self, out: Output) -> None:
        super().__init__(logging.INFO)
        self.out = out

    @classmethod
    def install(cls, out: Output) -> None:
        """Route ``posthog_rest`` retry notices to ``out``'s stderr (one handler per process).

        Example:
            >>> RetryNotices.install(session.out)
        """
        logger = logging.getLogger("posthog_rest")
        if cls.current is None:
            cls.current = cls(out)
            logger.addHandler(cls.current)
        cls.current.out = out
        if logger.getEffectiveLevel() > logging.INFO:
            logger.setLevel(logging.INFO)

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith("Retrying"):
            self.out.warn(message)


class Session:
    """What a command works with: the merged options, the output, and a lazily built client.

    Example:
        >>> session.client().insights.get(short_id="aBc123")
    """

    def __init__(self, ctx: typer.Context, options: SharedOptions) -> None:
        self.ctx = ctx
        self.options = options
        self.secret: str | None = None
        self.out = Output(options.output_options())
        self._client: Any = None
        self.server: Any = None

    def client(self) -> Any:
        """The configured ``PostHog`` client (the stand-in's with ``--demo``); closed when the command ends."""
        if self._client is None:
            RetryNotices.install(self.out)
            self._client = self._connect()
            started()
        return self._client

    def _connect(self) -> Any:
        from .._client import PostHog

        options = self.options
        if options.demo:
            self.server = start_stand_in(self.ctx)
            self.secret = self.server.api_key
            return self.ctx.with_resource(
                PostHog(
                    api_key=self.server.api_key,
                    host=self.server.url,
                    project=options.project or self.server.project_id,
                )
            )
        key = self._key()
        self.secret = key or os.environ.get(ENV_KEY)
        if not self.secret:
            raise CliError(NO_KEY, ExitCode.CONFIG)
        return self.ctx.with_resource(PostHog(api_key=key, host=options.host, project=options.project))

    def _key(self) -> str | None:
        if self.options.api_key_stdin:
            if self.options.api_key is not None:
                raise CliError("Pass either --api-key or --api-key-stdin, not both")
            key = sys.stdin.readline().strip()
            if not key:
                raise CliError("--api-key-stdin: nothing was read from stdin", ExitCode.CONFIG)
            return key
        if self.options.api_key is not None:
            self.out.warn(HISTORY_WARNING)
        return self.options.api_key


def start_stand_in(ctx: typer.Context, persons: int = DEMO_PERSONS) -> Any:
    """Start the embedded stand-in PostHog (seeded); it stops when ``ctx`` closes.

    Example:
        >>> server = start_stand_in(ctx)
        >>> server.url
        'http://127.0.0.1:53211'
    """
    from ..testing import local_posthog

    return ctx.with_resource(local_posthog(seed=DEMO_SEED, persons=persons))


def _root_options(ctx: typer.Context) -> SharedOptions:
    root = ctx.find_root()
    found = root.obj if isinstance(root.obj, SharedOptions) else SharedOptions()
    return found


def set_root_options(ctx: typer.Context, options: SharedOptions) -> None:
    """Remember the options given before the command (the app callback calls this)."""
    ctx.find_root().obj = options


def command(fn: Callable[..., None]) -> Callable[..., None]:
    """Decorate a command taking ``session: Session`` first: adds the shared options and error handling.

    Example:
        >>> @app.command("whoami")
        ... @command
        ... def whoami(session: Session) -> None: ...
    """
    return _Command(fn)


class _Command:
    """A command function as :func:`command` wraps it. Its signature (``ctx``, its own parameters, the shared
    options) is worked out when typer first builds the command, not when the module defining it loads: a
    ``posthog-rest`` run builds one command, and evaluating every command's annotations cost ~2 ms."""

    def __init__(self, fn: Callable[..., None]) -> None:
        self.fn = fn
        self.__name__ = fn.__name__
        self.__qualname__ = fn.__qualname__
        self.__module__ = fn.__module__
        self.__doc__ = fn.__doc__
        self.__wrapped__ = fn  # typing.get_type_hints finds the function's globals through it

    @functools.cached_property
    def __signature__(self) -> inspect.Signature:
        signature = inspect.signature(self.fn, eval_str=True)
        own = [p for p in signature.parameters.values() if p.name != "session"]
        ctx_param = inspect.Parameter("ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=typer.Context)
        return signature.replace(parameters=[ctx_param, *own, *SHARED_PARAMS])

    @property
    def __annotations__(self) -> dict[str, Any]:  # type: ignore[override]
        return {p.name: p.annotation for p in self.__signature__.parameters.values()}

    def __call__(self, ctx: typer.Context, *args: Any, **kwargs: Any) -> None:
        given = SharedOptions(**{name: kwargs.pop(name) for name in SHARED_NAMES})
        run(ctx, _root_options(ctx).merged(given), lambda session: self.fn(session, *args, **kwargs))


def run(ctx: typer.Context, options: SharedOptions, body: Callable[[Session], None]) -> None:
    """Run ``body`` with a session; an expected failure becomes one stderr line and its exit code."""
    session: Session | None = None
    try:
        session = Session(ctx, options)
        body(session)
    except (typer.Exit, typer.Abort, typer.exceptions.TyperException):
        raise
    except KeyboardInterrupt:
        fail(session, "interrupted", ExitCode.INTERRUPTED)
    except BrokenPipeError:
        # `posthog-rest persons list | head`: the reader is gone, which is not an error worth a message.
        # Point stdout at /dev/null so the interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(int(ExitCode.BROKEN_PIPE)) from None
    except Exception as exc:  # every failure: one line, never a traceback (POSTHOG_REST_DEBUG=1 shows it)
        if os.environ.get("POSTHOG_REST_DEBUG"):
            raise
        code, message = describe(exc, session.secret if session else None)
        fail(session, message, code)


def fail(session: Session | None, message: str, code: ExitCode) -> None:
    """Print ``error: message`` on stderr and exit with ``code``."""
    console = session.out.err if session else Output(OutputOptions(fmt="json")).err
    console.print(f"[red bold]error:[/] {_escape(message)}", highlight=False)
    raise typer.Exit(int(code))


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)
