"""The sandbox fixtures (tests/sandbox/fixtures.py) for every test in this directory."""

from tests.sandbox.fixtures import client, sandbox, tg

__all__ = ["client", "sandbox", "tg"]
