from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.kb import EntryStore
from bot.knowledge.normalize import Abbreviations
from bot.knowledge.passages import load_plans
from tests.knowledge.evaluation import CONTENT, officer_knowledge


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The retrieval engine alone (KB entries and plan passages), as issue 3 built it.

    Its tests and its evaluation measure retrieval; the fact model that answers first in the
    chat is measured by ``officer_kb`` and ``test_officer_eval.py``.
    """
    return KnowledgeBase(
        EntryStore.load(CONTENT),
        load_plans(CONTENT / "plans" / "examples"),
        Abbreviations.load(CONTENT / "reference" / "abbreviations.yaml"),
    )


@pytest.fixture(scope="session")
def officer_kb() -> KnowledgeBase:
    """What the chat and ``tdkt ask`` use: the fact model first, retrieval for the rest (the
    one ``officer_eval.main`` scores with, loaded once)."""
    return officer_knowledge()
