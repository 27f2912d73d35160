"""Task h92: the meanings a claim in other words is read by belong to the fact model loaded, not
to the process's default content directory.

A KnowledgeBase loaded from another content directory (a deployment's own, a test's copy) must
read that directory's ``facts/meanings.yaml``; reading the default one would match claims by
meanings the loaded content does not have, or miss the ones it adds.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict
from tests.knowledge.evaluation import CONTENT
from tests.knowledge.officer_eval import leading_verdicts

#: a made-up way of writing "báo cáo thành tích", known only to the copy's meanings.yaml
_ADDED = "achievement:\n  facts: báo cáo thành tích\n  asked: [bản kể công]\n"


@pytest.fixture(scope="module")
def copied_kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    content = Path(tmp_path_factory.mktemp("h92")) / "content"
    shutil.copytree(CONTENT, content)
    meanings = content / "facts" / "meanings.yaml"
    meanings.write_text(meanings.read_text(encoding="utf-8") + _ADDED, encoding="utf-8")
    return KnowledgeBase.load(content)


@pytest.mark.parametrize(
    "question",
    ["hồ sơ giấy khen có cần bản kể công không", "ho so cstdcs co can ban ke cong k"],
)
def test_meanings_read_from_the_content_loaded(
    copied_kb: KnowledgeBase, officer_kb: KnowledgeBase, question: str
) -> None:
    # the copy's meaning reads the claim as the dossier's "báo cáo thành tích": confirmed
    ask_verdict(copied_kb, question, "Có")
    # the packaged content has no such meaning: the same claim is not confirmed by it
    assert leading_verdicts(ask(officer_kb, question))[:1] != ["Có"]
