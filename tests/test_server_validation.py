"""The stand-in checks its own answers against the spec, and can run without that check."""

from __future__ import annotations

import httpx
import pytest

from posthog_rest.testing import local_posthog
from posthog_rest.testing._context import HANDLERS, Ctx, Reply


def test_off_spec_answer_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    async def broken(ctx: Ctx) -> Reply:
        return Reply(200, {"uuid": "x"})  # no email: the User schema requires it

    monkeypatch.setitem(HANDLERS, "users_me_retrieve", broken)
    for validate, expected in ((True, 500), (False, 200)):
        with local_posthog(persons=10, validate=validate) as server:
            r = httpx.get(f"{server.url}/api/users/@me/", headers={"Authorization": f"Bearer {server.api_key}"})
            assert r.status_code == expected
            assert bool(server.violations) is validate
    assert "'email' is a required property" in r.text or r.status_code == 200


def test_handler_crash_is_a_loud_500(monkeypatch: pytest.MonkeyPatch) -> None:
    async def crash(ctx: Ctx) -> Reply:
        raise RuntimeError("boom")

    monkeypatch.setitem(HANDLERS, "projects_list", crash)
    with local_posthog(persons=10) as server:
        r = httpx.get(f"{server.url}/api/projects/", headers={"Authorization": f"Bearer {server.api_key}"})
        assert r.status_code == 500
        assert r.json()["type"] == "server_error"
        assert "boom" in server.violations[0]
