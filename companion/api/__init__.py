"""The HTTP API (Flask app factory, blueprint, guards, schemas, errors)."""

from companion.api.app import create_app

__all__ = ["create_app"]
