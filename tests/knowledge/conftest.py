from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.evaluation import CONTENT


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load(CONTENT)
