"""Shared fixtures: the local stand-in PostHog (``local_posthog_server``)."""

pytest_plugins = ["posthog_rest.testing.pytest_plugin"]
