"""``posthog-rest``: PostHog's REST API from the command line (insights, persons, queries) and a demo.

Tables on a terminal, JSON when piped (or ``--json``), CSV with ``--csv``, to a file with ``-o``.
The key comes from ``POSTHOG_PERSONAL_API_KEY`` (or ``--api-key-stdin``); ``--demo`` runs any
command against an embedded, seeded PostHog stand-in.

Example:
    $ posthog-rest demo
    $ export POSTHOG_PERSONAL_API_KEY=phx_…
    $ posthog-rest insights get aBc123 --refresh blocking --plot pageviews.png
    $ posthog-rest persons list --where '$initial_os=Linux' --all --csv -o linux.csv
"""

from __future__ import annotations

import inspect
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, ClassVar

import typer

from .. import __version__
from .args import WHERE_HELP, confirm, parse_limit, parse_value, parse_where
from .errors import CliError, ExitCode, exit_codes_epilog
from .groups import LazyGroups, group, lazy_command
from .session import SHARED_NAMES, SHARED_PARAMS, Session, SharedOptions, command, set_root_options
from .views import (
    INSIGHT_LIST_VIEW,
    INSIGHT_VIEW,
    PROJECT_VIEW,
    TREND_VIEW,
    USER_VIEW,
    person_view,
)

EPILOG = exit_codes_epilog()


insights_app = group("Saved insights: list, get (with a chart), refresh, trend (calculate), delete.", EPILOG)
persons_app = group("Persons: list with filters (and export), get, set/unset properties, split, delete.", EPILOG)


#: The root's own commands, built (by typer, from their signatures) only when used; set up as the root is.
commands = typer.Typer(pretty_exceptions_enable=False, rich_markup_mode="rich")


class _Root(LazyGroups):
    """The root command: its commands and command groups are built (and ``query`` / ``events`` imported) when
    first used, in the order help lists them."""

    groups: ClassVar[dict[str, Callable[[], Any]]] = {
        "whoami": lazy_command(commands, "whoami"),
        "projects": lazy_command(commands, "projects"),
        "serve": lazy_command(commands, "serve"),
        "demo": lazy_command(commands, "demo"),
        "insights": lambda: insights_app,
        "persons": lambda: persons_app,
        "query": lambda: _querying().query_app,
        "events": lambda: _querying().events_app,
    }


def _querying() -> Any:
    from . import querying

    return querying


app = typer.Typer(
    name="posthog-rest",
    help="PostHog's REST API from the command line. Key: POSTHOG_PERSONAL_API_KEY. Try: posthog-rest demo",
    epilog=EPILOG,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
    cls=_Root,
)

Yes = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]
Limit = Annotated[int | None, typer.Option("--limit", "-n", help="At most this many items.", min=0)]
All = Annotated[bool, typer.Option("--all", "-a", help="Every item (follows all pages).")]
Plot = Annotated[
    Path | None,
    typer.Option("--plot", help="Also write the trend as a PNG chart (needs the plot extra).", dir_okay=False),
]
DEFAULT_LIMIT = 100


def _version(value: bool) -> None:
    if value:
        typer.echo(f"posthog-rest {__version__}")
        raise typer.Exit()


def _root(
    ctx: typer.Context,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
    **shared: Any,
) -> None:
    """PostHog's REST API from the command line."""
    set_root_options(ctx, SharedOptions(**{name: shared[name] for name in SHARED_NAMES}))


_root_sig = inspect.signature(_root, eval_str=True)
_root_params = [p for p in _root_sig.parameters.values() if p.kind is not inspect.Parameter.VAR_KEYWORD]
_root.__signature__ = _root_sig.replace(parameters=_root_params + SHARED_PARAMS)  # type: ignore[attr-defined]
app.callback()(_root)


def _limit(limit: int | None, all_: bool) -> int | None:
    if all_ and limit is not None:
        raise CliError("Pass either --all or --limit, not both")
    return None if all_ else (DEFAULT_LIMIT if limit is None else limit)


# ------------------------------------------------------------------------------------------ account


@commands.command(epilog=EPILOG)
@command
def whoami(session: Session) -> None:
    """Who the key belongs to, and which project @current is (GET /api/users/@me/)."""
    session.out.one(USER_VIEW, session.client().me())


@commands.command(epilog=EPILOG)
@command
def projects(session: Session) -> None:
    """The projects the key can see."""
    session.out.many(PROJECT_VIEW, [session.client().projects()])


# ----------------------------------------------------------------------------------------- insights


@insights_app.command("list", epilog=EPILOG)
@command
def insights_list(
    session: Session,
    short_id: Annotated[str | None, typer.Option("--short-id", help="Only the insight with this short id.")] = None,
    created_by: Annotated[int | None, typer.Option("--created-by", help="Only insights by this user id.")] = None,
    limit: Limit = None,
    all_: All = False,
) -> None:
    """List saved insights (newest first)."""
    from ..export import page_results

    pager = session.client().insights.list(short_id=short_id, created_by=created_by, limit=_limit(limit, all_))
    session.out.many(INSIGHT_LIST_VIEW, page_results(pager.pages()))


InsightRef = Annotated[str, typer.Argument(metavar="ID_OR_SHORT_ID", help="Numeric id, or the short id from its URL.")]


def _insight_id(session: Session, ref: str) -> int:
    if ref.isdigit():
        return int(ref)
    return int(session.client().insights.get(short_id=ref).id)


def _insight_ref(ref: str) -> dict[str, Any]:
    return {"id": int(ref)} if _digits(ref) else {"short_id": ref}


@insights_app.command("get", epilog=EPILOG)
@command
def insights_get(
    session: Session,
    ref: InsightRef,
    refresh: Annotated[
        str | None,
        typer.Option("--refresh", "-r", help="Refresh mode: force_cache, blocking, async, force_blocking, …"),
    ] = None,
    plot: Plot = None,
) -> None:
    """Show one insight; a trend shows its series as a chart."""
    insight = session.client().insights.get(**_insight_ref(ref), refresh=refresh)
    # The chart first: a reader that stops early (| head) closes stdout and must not cost the PNG.
    _plot(session, insight, plot, insight.name or insight.derived_name or insight.short_id)
    session.out.one(INSIGHT_VIEW, insight)


def _plot(session: Session, result: Any, path: Path | None, title: str) -> None:
    if path is None:
        return
    from ..export import trend_series
    from .charts import write_png

    try:
        series = trend_series(result)
    except ValueError as exc:
        raise CliError(f"--plot: {exc}") from None
    write_png(series, path, title)
    session.out.message(f"Wrote {path}")


@insights_app.command("refresh", epilog=EPILOG)
@command
def insights_refresh(
    session: Session,
    ref: InsightRef,
    wait: Annotated[bool, typer.Option("--wait/--no-wait", help="Wait for the calculation to finish.")] = True,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds to wait.", min=0.1)] = 300.0,
) -> None:
    """Recalculate an insight in the background; by default wait for it and show the fresh result."""
    insight = session.client().insights.refresh(_insight_id(session, ref), wait=wait, timeout=timeout)
    session.out.one(INSIGHT_VIEW, insight)


@insights_app.command("trend", epilog=EPILOG)
@command
def insights_trend(
    session: Session,
    events: Annotated[list[str], typer.Option("--event", "-e", help="Event to count (repeatable).")],
    date_from: Annotated[str, typer.Option("--date-from", help="Start: -7d, -30d, mStart, 2024-01-01, …")] = "-7d",
    date_to: Annotated[str | None, typer.Option("--date-to", help="End (default: now).")] = None,
    breakdown: Annotated[str | None, typer.Option("--breakdown", help="Break down by this property.")] = None,
    breakdown_type: Annotated[
        str | None,
        typer.Option("--breakdown-type", help="What --breakdown names: event (default), person, cohort, group, …"),
    ] = None,
    interval: Annotated[
        str | None, typer.Option("--interval", "-i", help="hour, day (default), week or month.")
    ] = None,
    math: Annotated[str | None, typer.Option("--math", help="total (default), dau, weekly_active, …")] = None,
    compare: Annotated[bool, typer.Option("--compare", help="Also the previous period.")] = False,
    plot: Plot = None,
) -> None:
    """Calculate a trend of events (a TrendsQuery through the Query API) and chart it."""
    params: dict[str, Any] = {"events": list(events), "date_from": date_from, "compare": compare}
    optional = {"date_to": date_to, "breakdown": breakdown, "breakdown_type": breakdown_type}
    optional |= {"interval": interval, "math": math}
    params.update({k: v for k, v in optional.items() if v is not None})
    result = session.client().insights.trend(**params)
    _plot(session, result, plot, ", ".join(events))
    session.out.one(TREND_VIEW, result)


@insights_app.command("delete", epilog=EPILOG)
@command
def insights_delete(session: Session, ref: InsightRef, yes: Yes = False) -> None:
    """Delete an insight (soft delete: PostHog answers a hard DELETE with 405)."""
    insight_id = _insight_id(session, ref)
    confirm(f"delete insight {insight_id}", yes)
    insight = session.client().insights.delete(insight_id)
    session.out.done(f"Deleted insight {insight_id}", {"deleted": True, "id": insight_id, "short_id": insight.short_id})


# ------------------------------------------------------------------------------------------ persons


@persons_app.command("list", epilog=EPILOG)
@command
def persons_list(
    session: Session,
    where: Annotated[list[str] | None, typer.Option("--where", "-w", help=WHERE_HELP)] = None,
    properties: Annotated[
        str | None, typer.Option("--properties", help="Raw filter: the API's JSON array of property filters.")
    ] = None,
    email: Annotated[str | None, typer.Option("--email", help="Exact email.")] = None,
    distinct_id: Annotated[str | None, typer.Option("--distinct-id", help="Any of the person's distinct ids.")] = None,
    search: Annotated[str | None, typer.Option("--search", help="Full text on email, or exact distinct id.")] = None,
    columns: Annotated[
        str | None,
        typer.Option("--columns", help="Comma-separated property columns (default: the first page's keys)."),
    ] = None,
    limit: Limit = None,
    all_: All = False,
) -> None:
    """List persons (newest first), filtered; --all --csv -o out.csv streams everyone to a file."""
    if where and properties:
        raise CliError("Pass either --where or --properties, not both")
    filters: Any = [parse_where(w) for w in where] if where else properties
    pager = session.client().persons.list(
        filters, email=email, distinct_id=distinct_id, search=search, limit=_limit(limit, all_)
    )
    from ..export import page_results

    wanted = [c.strip() for c in columns.split(",") if c.strip()] if columns else None
    session.out.many(person_view(wanted), page_results(pager.pages()))


def _digits(ref: str) -> bool:
    """Whether ``ref`` is a numeric id: ASCII digits only (``int("١٢")`` is 12, but "١٢" is not an id)."""
    return ref.isascii() and ref.isdigit()


def _person_id(session: Session, ref: str) -> int | str:
    """A person's id for the API: digits or a UUID as given, anything else looked up as a distinct id."""
    if _digits(ref) or re.fullmatch(UUID_RE, ref):
        return int(ref) if _digits(ref) else ref
    found = session.client().persons.get_by_distinct_id(ref).id
    if found is None:  # a "missing person" (no stored row yet) has no id to act on
        raise typer.BadParameter(f"the person with distinct id {ref!r} is not stored yet")
    return int(found)


#: A pattern, compiled (by ``re``) when a command first reads a person reference.
UUID_RE = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
PersonRef = Annotated[
    str, typer.Argument(metavar="ID_OR_DISTINCT_ID", help="Numeric person id, person UUID, or a distinct id.")
]


@persons_app.command("get", epilog=EPILOG)
@command
def persons_get(session: Session, ref: PersonRef) -> None:
    """Show one person, by id or distinct id."""
    persons = session.client().persons
    person = (
        persons.get(_person_id(session, ref))
        if _digits(ref) or re.fullmatch(UUID_RE, ref)
        else (persons.get_by_distinct_id(ref))
    )
    session.out.one(person_view(), person)


@persons_app.command("set", epilog=EPILOG)
@command
def persons_set(
    session: Session,
    ref: PersonRef,
    key: Annotated[str, typer.Argument(help="Property key.")],
    value: Annotated[str, typer.Argument(help="Property value (text; see --json-value).")],
    json_value: Annotated[bool, typer.Option("--json-value", help='Parse VALUE as JSON (42, true, "x").')] = False,
) -> None:
    """Set one property on a person ($set; PostHog applies it asynchronously)."""
    parsed = parse_value(value, json_value)
    person_id = _person_id(session, ref)
    session.client().persons.update_property(person_id, key, parsed)
    session.out.done(f"Set {key}={parsed!r} on person {person_id}", {"id": person_id, "set": {key: parsed}})


@persons_app.command("unset", epilog=EPILOG)
@command
def persons_unset(session: Session, ref: PersonRef, key: Annotated[str, typer.Argument(help="Property key.")]) -> None:
    """Remove one property from a person ($unset; PostHog applies it asynchronously)."""
    person_id = _person_id(session, ref)
    session.client().persons.delete_property(person_id, key)
    session.out.done(f"Unset {key} on person {person_id}", {"id": person_id, "unset": key})


@persons_app.command("split", epilog=EPILOG)
@command
def persons_split(
    session: Session,
    ref: PersonRef,
    main_distinct_id: Annotated[
        str | None, typer.Option("--main-distinct-id", help="The distinct id that stays with this person.")
    ] = None,
    yes: Yes = False,
) -> None:
    """Split a merged person into one person per distinct id."""
    person_id = _person_id(session, ref)
    confirm(f"split person {person_id}", yes)
    session.client().persons.split(person_id, main_distinct_id=main_distinct_id)
    session.out.done(f"Split person {person_id}", {"id": person_id, "split": True})


@persons_app.command("delete", epilog=EPILOG)
@command
def persons_delete(
    session: Session,
    ref: PersonRef,
    delete_events: Annotated[bool, typer.Option("--delete-events", help="Also queue deleting their events.")] = False,
    delete_recordings: Annotated[
        bool, typer.Option("--delete-recordings", help="Also queue deleting their session recordings.")
    ] = False,
    yes: Yes = False,
) -> None:
    """Delete a person (queued by PostHog); asks first on a terminal, needs --yes otherwise."""
    person_id = _person_id(session, ref)
    also = [what for what, on in (("their events", delete_events), ("their recordings", delete_recordings)) if on]
    confirm(f"delete person {person_id}" + (" and " + " and ".join(also) if also else ""), yes)
    session.client().persons.delete(person_id, delete_events=delete_events, delete_recordings=delete_recordings)
    session.out.done(
        f"Deleted person {person_id}",
        {"id": person_id, "deleted": True, "delete_events": delete_events, "delete_recordings": delete_recordings},
    )


# ------------------------------------------------------------------------------------- stand-in, demo


@commands.command(epilog=EPILOG)
def serve(
    port: Annotated[int, typer.Option("--port", help="Port (0: any free port).", min=0, max=65535)] = 8010,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the generated data.")] = 7,
    persons: Annotated[int, typer.Option("--persons", help="How many persons to generate.", min=0)] = 2000,
    latency_ms: Annotated[float, typer.Option("--latency-ms", help="Added latency per request.", min=0)] = 0,
    faults: Annotated[
        float, typer.Option("--faults", help="Share of requests that fail (5xx, 429, resets).", min=0, max=1)
    ] = 0.0,
    legacy: Annotated[
        bool,
        typer.Option("--legacy", help="Serve the legacy insight endpoints, as an older self-hosted PostHog does."),
    ] = False,
    events: Annotated[
        int, typer.Option("--events", help="How many events the Query API sees (seeded on the first query).", min=0)
    ] = 20_000,
    key: Annotated[
        list[str] | None,
        typer.Option(
            "--key",
            metavar="SCOPES",
            help="Also mint a key with just these comma-separated scopes, e.g. insight:read,person:read (repeatable).",
        ),
    ] = None,
    rate_limits: Annotated[
        bool, typer.Option("--rate-limits", help="Answer 429 past PostHog's per-project rate limits.")
    ] = False,
    rate_limit: Annotated[
        list[str] | None,
        typer.Option(
            "--rate-limit",
            metavar="CATEGORY=N/SECONDS",
            help="Override a limit (analytics, query, crud), e.g. analytics=5/60; implies --rate-limits.",
        ),
    ] = None,
) -> None:
    """Run the local PostHog stand-in (seeded data, spec-validated) until Ctrl-C; prints its URL and keys.

    It answers as PostHog Cloud does (Dec 2026): insights/trend/, path/ and retention/ are 404; --legacy serves them.
    """
    from .._startup import started
    from ..testing import serve as run_server

    started()  # a server runs for long: collect as usual
    limits = dict(parse_limit(text) for text in rate_limit or [])
    scopes = [[s.strip() for s in text.split(",") if s.strip()] for text in key or []]
    try:
        run_server(
            port=port,
            seed=seed,
            persons=persons,
            latency_ms=latency_ms,
            faults=faults,
            legacy=legacy,
            events=events,
            key_scopes=scopes,
            rate_limits=rate_limits,
            limits=limits,
        )
    except OSError as exc:
        typer.echo(f"error: cannot listen on 127.0.0.1:{port}: {exc.strerror or exc} (try --port 0)", err=True)
        raise typer.Exit(ExitCode.CONFIG) from None


@commands.command(epilog=EPILOG)
def demo(
    ctx: typer.Context,
    persons: Annotated[int, typer.Option("--persons", help="How many persons the stand-in has.", min=1)] = 2000,
) -> None:
    """PostHog's API tutorial (insights and persons), against an embedded stand-in, with the Python for each step."""
    from .demo import run_demo
    from .session import run

    run(ctx, SharedOptions(), lambda session: run_demo(session, persons))


# ------------------------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code (the ``posthog-rest`` console script).

    Example:
        >>> main(["--demo", "whoami", "--json"])
        0
    """
    args = sys.argv[1:] if argv is None else argv
    try:
        app(args=args, prog_name="posthog-rest", standalone_mode=True)
    except SystemExit as exit_:
        code = exit_.code
        return code if isinstance(code, int) else (0 if code is None else int(ExitCode.ERROR))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
