"""Every Q&A conversation test runs on Telegram and on Zalo, from the same handlers."""

import pytest

from tests.e2e.conftest import both_channels  # noqa: F401
from tests.e2e.harness import Harness


@pytest.fixture
def harness(both_channels: Harness) -> Harness:  # noqa: F811
    return both_channels
