"""``posthog-rest demo``: PostHog's tutorial "How to use the PostHog API to get insights and persons".

It starts the stand-in, then walks the tutorial's steps — who am I, list insights, one insight by short
id with its aggregated value and chart, persons whose ``$initial_os`` is Linux, one person by id — and
prints, for each, the Python that does the same with ``posthog_rest``. Non-interactive; a few seconds.

Example:
    $ posthog-rest demo | less
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.rule import Rule
from rich.syntax import Syntax
from rich.text import Text

from .._startup import started
from ..export import trend_series
from .output import Output, OutputOptions, View, stdout_is_terminal
from .session import Session, start_stand_in
from .views import INSIGHT_LIST_VIEW, INSIGHT_VIEW, USER_VIEW, person_view

LINUX = "$initial_os"
PIPED_WIDTH = 110


class Walkthrough:
    """Prints the demo's steps (tables, charts, Python) to stdout, always as text for humans."""

    def __init__(self, session: Session) -> None:
        width = None if stdout_is_terminal() else PIPED_WIDTH
        self.out = Output(OutputOptions(fmt="table", width=width))
        self.console = Console(highlight=False, width=width)
        self.session = session
        self.number = 0

    def step(self, title: str, endpoint: str, python: str) -> None:
        """A step header, the endpoint it calls, and its Python."""
        self.number += 1
        self.console.print()
        self.console.print(Rule(Text(f" {self.number}. {title} ", style="bold"), align="left"))
        self.console.print(Text(endpoint, style="dim"))
        self.console.print(
            Syntax(python.strip("\n"), "python", theme="ansi_dark", background_color="default", word_wrap=True)
        )

    def say(self, text: str) -> None:
        """A line of narration."""
        self.console.print(Text(text))


def _pick_trend(insights: list[Any]) -> Any:
    """The first insight with a trend result (one with an ``aggregated_value`` if any), like the tutorial's."""
    trends = [i for i in insights if _is_trend(i)]
    with_value = [i for i in trends if isinstance(i.result[0], dict) and "aggregated_value" in i.result[0]]
    return (with_value or trends or insights)[0]


def _is_trend(insight: Any) -> bool:
    try:
        return bool(trend_series(insight))
    except ValueError:
        return False


def run_demo(session: Session, persons: int) -> None:
    """Start the stand-in and walk the tutorial against it.

    Example:
        >>> run(ctx, SharedOptions(), lambda session: run_demo(session, 2000))
    """
    server = start_stand_in(session.ctx, persons=persons)
    session.options.demo = False
    session.options.host, session.options.project = server.url, str(server.project_id)
    session.secret = server.api_key
    from .._client import PostHog

    ph = session.ctx.with_resource(PostHog(api_key=server.api_key, host=server.url, project=server.project_id))
    started()
    show = Walkthrough(session)
    show.say(f"A local PostHog stand-in is running at {server.url} (project {server.project_id}, seeded data).")
    show.say("Against PostHog Cloud, set POSTHOG_PERSONAL_API_KEY (and POSTHOG_HOST=eu for the EU cloud).")
    for walk in STEPS:
        walk(show, ph)
    show.console.print()
    show.say("Done. Try: posthog-rest --demo persons list --where '$initial_os=Linux' --all --csv -o linux.csv")


def _whoami(show: Walkthrough, ph: Any) -> None:
    show.step(
        "Who am I",
        "GET /api/users/@me/",
        """
from posthog_rest import PostHog

ph = PostHog()  # POSTHOG_PERSONAL_API_KEY; POSTHOG_HOST ("us", "eu" or a URL); POSTHOG_PROJECT_ID
me = ph.me()
print(me.email, me.team.id)  # the project @current means
""",
    )
    show.out.one(USER_VIEW, ph.me())


def _insights(show: Walkthrough, ph: Any) -> list[Any]:
    show.step(
        "List insights",
        f"GET /api/projects/{ph.project}/insights/",
        """
for insight in ph.insights.list(limit=10):  # pages are fetched lazily
    print(insight.id, insight.short_id, insight.name)
""",
    )
    insights = list(ph.insights.list())
    show.out.many(INSIGHT_LIST_VIEW, [insights[:10]])
    show.say(f"({len(insights)} insights in all)")
    return insights


def _one_insight(show: Walkthrough, ph: Any, insights: list[Any]) -> None:
    chosen = _pick_trend(insights)
    show.step(
        f"One insight by short id: {chosen.name!r}",
        f"GET /api/projects/{ph.project}/insights/?short_id={chosen.short_id}",
        f"""
insight = ph.insights.get(short_id="{chosen.short_id}", refresh="blocking")
print(insight.result[0]["aggregated_value"])  # the tutorial's total

df = insight.to_dataframe()  # dates x series; pip install 'posthog-rest[pandas]'
""",
    )
    insight = ph.insights.get(short_id=chosen.short_id, refresh="blocking")
    show.out.one(INSIGHT_VIEW, insight)
    first = trend_series(insight)[0] if _is_trend(insight) else None
    if first is not None:
        show.say(f"aggregated value of {first.label!r}: {first.total:,.0f}")


def _linux_persons(show: Walkthrough, ph: Any) -> Any:
    show.step(
        "Persons whose $initial_os is Linux",
        "GET /api/projects/{project}/persons/?properties="
        '[{"key":"$initial_os","value":["Linux"],"operator":"exact","type":"person"}]'.replace("{project}", ph.project),
        """
from posthog_rest import where

linux = ph.persons.list(properties=[where("$initial_os") == "Linux"])
for person in linux:  # every page, lazily; the SDK builds and encodes the JSON filter
    print(person.id, person.properties["email"])
""",
    )
    people = list(ph.persons.list(properties=[(LINUX, "exact", ["Linux"])]))
    show.out.many(person_view(), [people[:5]])
    show.say(f"({len(people)} persons use Linux; the first 5 are shown)")
    return people[0] if people else None


def _one_person(show: Walkthrough, ph: Any, person: Any) -> None:
    if person is None:
        return
    show.step(
        "One person by id",
        f"GET /api/projects/{ph.project}/persons/{person.id}/",
        f"""
person = ph.persons.get({person.id})
print(person.distinct_ids, person.properties["{LINUX}"])
""",
    )
    show.out.one(person_view(), ph.persons.get(person.id))


def _walk_insights(show: Walkthrough, ph: Any) -> None:
    _one_insight(show, ph, _insights(show, ph))


def _walk_persons(show: Walkthrough, ph: Any) -> None:
    _one_person(show, ph, _linux_persons(show, ph))


def _sql(show: Walkthrough, ph: Any) -> None:
    show.step(
        "SQL (HogQL): events per browser since a date",
        f'POST /api/projects/{ph.project}/query/  {{"query": {{"kind": "HogQLQuery", …}}}}',
        """
result = ph.query.sql(
    "SELECT properties.$browser AS browser, count() AS n FROM events "
    "WHERE event = {event} GROUP BY browser ORDER BY n DESC LIMIT 5",
    values={"event": "$pageview"},  # bound by PostHog as a typed constant, never spliced into the SQL
)
for row in result:  # each row as a dict; result.to_dataframe() types columns from ClickHouse's types
    print(row["browser"], row["n"])
""",
    )
    result = ph.query.sql(
        "SELECT properties.$browser AS browser, count() AS n FROM events "
        "WHERE event = {event} GROUP BY browser ORDER BY n DESC LIMIT 5",
        values={"event": "$pageview"},
    )
    columns = list(result.columns)
    show.out.many(View("row", row=lambda r: r, table_columns=columns), [list(result)])
    show.say("Bulk: ph.query.export_events(after=…, path='events.parquet') pages by keyset, never OFFSET.")


STEPS: tuple[Callable[[Walkthrough, Any], None], ...] = (_whoami, _walk_insights, _walk_persons, _sql)
