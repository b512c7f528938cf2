"""A client library for accessing PostHog private REST API (insights and persons)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
