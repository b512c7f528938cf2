"""Hosts that could send the key somewhere else, or that no socket can reach, are refused up front."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from posthog_rest import AsyncPostHog, ConfigurationError, PostHog

CLIENTS = pytest.mark.parametrize("cls", [PostHog, AsyncPostHog])
SCRIPT = Path(sys.executable).with_name("posthog-rest")

BAD_HOSTS = [
    ("https://us.posthog.com@evil.com", "user info"),
    ("https://user:pw@us.posthog.com", "user info"),
    ("https://us.posthog.com#@evil.com", "query or fragment"),
    ("https://us.posthog.com?x=1", "query or fragment"),
    ("https://[::1", "Invalid IPv6"),
    ("https://us.posthog.com:99999", "Port out of range"),
    ("https://us.posthog.com:abc", "Port could not be cast"),
    ("https://us.posthog.com:0", "Invalid port"),
    ("https://us.posthog.com:", "Invalid port"),
    ("https://us.posthog .com", "whitespace"),
]


@CLIENTS
@pytest.mark.parametrize(("host", "why"), BAD_HOSTS)
def test_hostile_or_malformed_hosts_are_configuration_errors(cls: type[Any], host: str, why: str) -> None:
    with pytest.raises(ConfigurationError, match=why) as caught:
        cls(api_key="phx_hoststest", host=host)
    assert "phx_hoststest" not in str(caught.value)


@CLIENTS
def test_good_hosts_still_work(cls: type[Any]) -> None:
    assert cls(api_key="phx_x", host="https://[::1]:8443/").host == "https://[::1]:8443"
    assert cls(api_key="phx_x", host="https://posthog.example.com:8443").host == "https://posthog.example.com:8443"


def test_cli_refuses_a_userinfo_host_with_the_config_exit_code() -> None:
    env = {
        **os.environ,
        "POSTHOG_PERSONAL_API_KEY": "phx_clihosttest",
        "POSTHOG_HOST": "https://us.posthog.com@evil.com",
    }
    done = subprocess.run([str(SCRIPT), "whoami"], capture_output=True, text=True, env=env, timeout=60, check=False)
    assert done.returncode == 3, done.stderr
    assert "user info" in done.stderr
    assert "phx_clihosttest" not in done.stderr + done.stdout
