"""Stop 34 (h232): the passes after the composer and the entry search do less work for the
same answers. Each test checks what the user sees and that the work skipped is skipped: put
the old order back and the count test fails."""

from __future__ import annotations

from datetime import date

import pytest

import bot.knowledge.answer as answer_module
from bot.knowledge import KnowledgeBase
from bot.knowledge.answer import Answer
from bot.knowledge.query import Coverage

AS_OF = date(2026, 11, 22)


@pytest.fixture
def reads(officer_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text ``officer_kb.read`` is asked to read during a test (cached or not)."""
    seen: list[str] = []
    original = KnowledgeBase.read

    def spy(self: KnowledgeBase, question: str):  # type: ignore[no-untyped-def]
        seen.append(question)
        return original(self, question)

    monkeypatch.setattr(KnowledgeBase, "read", spy)
    return seen


@pytest.mark.parametrize(
    ("question", "verdict", "clause"),
    [
        (
            "cstđ cơ sở có buộc phải có sáng kiến không, tiền thưởng mấy đồng",
            "Không.",
            "tiền thưởng mấy đồng",
        ),
        (
            "danh hieu lao dong tien tien can sang kien k, thuong bao nhieu tien",
            "Không.",
            "thuong bao nhieu tien",
        ),
    ],
)
def test_clause_read_with_its_title_is_not_read_alone(
    officer_kb: KnowledgeBase, reads: list[str], question: str, verdict: str, clause: str
) -> None:
    # the title's reading of the clause answers it (the prize block is there): the clause on
    # its own is never read, though the answer is the same as when it was
    answer = officer_kb.ask(question, AS_OF)
    assert answer.text.partition("\n")[2].startswith(verdict)
    assert "Tiền thưởng**" in answer.text
    assert "lần mức lương cơ sở" in answer.text
    assert any(r.endswith(f" {clause}") and r != clause for r in reads)
    assert clause not in reads


def test_clause_answered_keeps_the_shown_titles_rule(officer_kb: KnowledgeBase) -> None:
    # a clause naming only a title with its block asks nothing more; a clause naming a title
    # with no block does not count as answered (the shown text decides, not the reading alone)
    shown = "**Lao động tiên tiến: Tiêu chuẩn**\nCó. …"
    assert officer_kb._clause_answered("Lao động tiên tiến", "", False, shown)
    assert not officer_kb._clause_answered("Lao động tiên tiến", "", False, "**Khác**\nCó.")


def test_saying_not_looked_for_when_the_answer_opens_with_a_verdict(
    officer_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    original = answer_module.saying_put_up

    def spy(question, asked_of):  # type: ignore[no-untyped-def]
        asked.append(question)
        return original(question, asked_of)

    monkeypatch.setattr(answer_module, "saying_put_up", spy)
    opened = officer_kb.ask("giấy khen của chủ tịch xã có kèm tiền thưởng không", AS_OF)
    assert opened.text.partition("\n")[2].startswith(("Có.", "Không."))
    assert asked == []
    # an answer without its own verdict still has the saying looked for
    plain = officer_kb.ask("hồ sơ đề nghị lao động tiên tiến gồm những gì", AS_OF)
    assert not plain.text.partition("\n")[2].startswith(("Có.", "Không.", "Tùy"))
    assert asked


def test_depends_answer_keeps_its_yes_no_ask_together(
    officer_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "Tùy" weighs both asks: the yes/no ask before the wh-ask is not answered alone
    alone: list[str] = []
    monkeypatch.setattr(KnowledgeBase, "_plain_block", lambda self, q, *a: alone.append(q) or None)
    question = "thôn có phải họp bình xét lại không, ai chủ trì"
    text = "**Bình xét ở thôn**\nTùy quy định của tỉnh: …"
    depends = Answer(question, True, text, [], 1.0, None)
    assert officer_kb._yes_no_judged_alone(depends, AS_OF, None, ()) is depends
    assert alone == []
    firm = Answer(question, True, "**Bình xét ở thôn**\nCó. …", [], 1.0, None)
    assert officer_kb._yes_no_judged_alone(firm, AS_OF, None, ()) is firm
    assert alone == ["thôn có phải họp bình xét lại không"]


def test_ask_coverage_from_kept_term_sets(officer_kb: KnowledgeBase) -> None:
    # the asks' term sets kept at build time measure exactly what the index's arrays do
    retriever = officer_kb._entries
    for text in ("tiền thưởng giấy khen cá nhân bao nhiêu", "hồ sơ cstđcs nộp đâu"):
        cover = Coverage(retriever.asks, officer_kb.analyse(text))
        for ask in range(retriever.asks.size):
            assert retriever._ask_terms[ask] == retriever.asks.term_ids(ask)
            assert cover.share(retriever._ask_terms[ask]) == cover(ask)


def test_kept_yes_no_tests_are_keyed_on_every_word() -> None:
    # the same clause but its last word: each gets its own answer, however often it is asked
    from bot.knowledge.facts.yesno import is_yesno

    asks = ["tap", "the", "thon", "duoc", "giay", "khen", "khong"]
    tells = ["tap", "the", "thon", "duoc", "giay", "khen", "gi"]
    for _ in range(3):
        assert is_yesno(asks)
        assert not is_yesno(tells)
        assert is_yesno(["ldtt", "can", "sang", "kien", "khong"])


def test_kept_folded_words_are_keyed_on_what_is_kept() -> None:
    from bot.core.text import folded_words

    for _ in range(2):
        assert folded_words("Thưởng 15%, NĐ 152/2025?", keep="%/") == "thuong 15% nd 152/2025"
        assert folded_words("Thưởng 15%, NĐ 152/2025?") == "thuong 15 nd 152 2025"
        assert folded_words("Thưởng 15%, NĐ 152/2025?", keep="%") == "thuong 15% nd 152 2025"


def test_meaning_groups_are_keyed_on_the_model_meanings() -> None:
    from bot.knowledge.facts.claim import in_fact_terms

    words = ["doanh", "nghiep", "tu", "nhan", "duoc", "khen"]
    firms = ((("doanh", "nghiep"), ("to", "chuc")),)
    private = ((("doanh", "nghiep", "tu", "nhan"), ("to", "chuc", "kinh", "te")), *firms)
    for _ in range(2):
        assert in_fact_terms(words, firms) == ["to", "chuc", "tu", "nhan", "duoc", "khen"]
        assert in_fact_terms(words, private) == ["to", "chuc", "kinh", "te", "duoc", "khen"]
        assert in_fact_terms(words, ()) == words


def test_same_question_on_two_dates_gets_each_its_base(officer_kb: KnowledgeBase) -> None:
    # nothing of an ask is kept across asks: the prize follows the base of the day asked
    question = "tiền thưởng giấy khen chủ tịch xã cho một cá nhân được mấy đồng"
    before = officer_kb.ask(question, date(2026, 6, 1)).text
    after = officer_kb.ask(question, date(2026, 11, 22)).text
    again = officer_kb.ask(question, date(2026, 6, 1)).text
    assert "2.340.000" in before and "2.530.000" not in before
    assert "2.530.000" in after
    assert again == before
