"""What a test does when a service it needs (PostgreSQL, Redis, Chromium) is missing.

On a developer's machine it skips, saying why. Under ``CI=true`` it fails: a CI run that skips
forty tests is green while testing much less, so a missing service must turn it red.
"""

from __future__ import annotations

import os

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def service_missing(what: str, reason: str) -> None:
    """Skip (developer machine) or fail (CI) a test that needs ``what``; never returns."""
    message = f"{what} unavailable: {reason}"
    if in_ci():
        pytest.fail(f"{message} (CI=true: a missing service fails the run)", pytrace=False)
    print(f"\nSKIPPING {what} tests: {reason}")
    pytest.skip(message)
