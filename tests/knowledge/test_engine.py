"""The answering engine: normalisation, retrieval, answers, deadlines, plans, CLI."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from collections.abc import Sequence
from datetime import date

import pytest

from bot.core.text import fold
from bot.knowledge import Answer, Deadline, KnowledgeBase
from bot.knowledge.cli import ask_command
from bot.knowledge.normalize import Abbreviations, SpellFixer, terms, text_syllables
from bot.knowledge.passages import load_plans
from tests.knowledge.evaluation import CONTENT, ROOT, load_dev, passage_matches

TODAY = date(2026, 11, 22)


# ------------------------------------------------------------------ normalisation


def test_folding_and_numbers() -> None:
    assert text_syllables("Thi ĐUA, khen thưởng tháng 01") == [
        "thi", "dua", "khen", "thuong", "thang", "1",
    ]  # fmt: skip
    # NFD input (phone keyboards, PDFs) folds the same as NFC
    assert text_syllables("Ho\u0302\u0300 so\u031b") == text_syllables("Hồ sơ")
    assert text_syllables("Quý II, III/2020") == ["quy", "2", "3", "2020"]
    assert terms("hồ sơ khen") == ["ho", "so", "khen", "ho_so", "so_khen"]


def test_abbreviations_expand_on_the_query_side() -> None:
    abbr = Abbreviations.load(CONTENT / "reference" / "abbreviations.yaml")
    variants = abbr.expand(text_syllables("tiền thưởng LĐTT bao nhiêu"))
    assert variants[0] == ["tien", "thuong", "ldtt", "bao", "nhieu"]  # typed, kept
    assert variants[1] == ["tien", "thuong", "lao", "dong", "tien", "tien", "bao", "nhieu"]
    # several syllables in a key, and alternatives
    assert abbr.expand(["td", "kt"])[1] == ["thi", "dua", "khen", "thuong"]
    assert ["thong", "tin"] in abbr.expand(["tt"])
    assert abbr.expand(["khen"]) == [["khen"]]


def test_every_abbreviation_key_is_folded_once() -> None:
    abbr = Abbreviations.load(CONTENT / "reference" / "abbreviations.yaml")
    for needed in ["tdkt", "cstdcs", "ldtt", "ttldtt", "gdvh", "ubnd", "hdnd", "nd", "tt", "qd"]:
        assert (needed,) in abbr.table, needed


def test_spell_fixer() -> None:
    fixer = SpellFixer(["thuong", "thuoc", "khen", "dua"], {"thuong": 50, "thuoc": 3})
    assert fixer.fix("thuog") == "thuong"  # a letter dropped
    assert fixer.fix("thoung") == "thuong"  # neighbours swapped
    assert fixer.fix("thuong") is None  # known
    assert fixer.fix("dau") is None  # too short to guess


# ------------------------------------------------------------------ answers


def test_issue_examples(kb: KnowledgeBase) -> None:
    cases = [
        ("ho so de nghi tang cstd co so gom nhung gi", "cstdcs-ho-so", "sáng kiến"),
        ("tiền thưởng LĐTT bao nhiêu", "ldtt-tien-thuong", "760.000 đồng"),
        ("xã có được tặng tập thể lao động xuất sắc không", "ttldxs-tham-quyen",
         "Chủ tịch UBND tỉnh quyết định"),
    ]  # fmt: skip
    for question, entry_id, fact in cases:
        answer = kb.ask(question, TODAY)
        assert answer.answered and answer.entry_id == entry_id, (question, answer.entry_id)
        assert fact in answer.text.splitlines()[1]  # the decisive fact comes first
        assert answer.text.splitlines()[-1].startswith("Căn cứ: ")
        assert 1 <= len(answer.related) <= 3
        assert answer.sources and all(s.title for s in answer.sources)
        assert answer.confidence >= kb.threshold


def test_amount_depends_on_the_date_asked(kb: KnowledgeBase) -> None:
    assert "710.000 đồng" in kb.ask("tien thuong ldtt", date(2026, 3, 1)).text
    assert "760.000 đồng" in kb.ask("tien thuong ldtt", date(2026, 7, 1)).text


@pytest.mark.parametrize(
    "question",
    ["thời tiết hôm nay thế nào", "cach nau pho bo", "ket qua bong da toi qua", "xyz qwerty"],
)
def test_unsure_answers_do_not_guess(kb: KnowledgeBase, question: str) -> None:
    answer = kb.ask(question, TODAY)
    assert not answer.answered
    assert answer.entry_id is None and answer.sources == []
    assert answer.confidence < kb.threshold
    assert "cán bộ phụ trách" in answer.text
    assert "Căn cứ" not in answer.text
    assert len(answer.related) == 3  # the closest topics, offered as choices
    for entry_id, title in answer.related:
        assert kb.entry(entry_id) is not None and kb.entry(entry_id).title == title  # type: ignore[union-attr]


def test_empty_question(kb: KnowledgeBase) -> None:
    answer = kb.ask("  ?! ", TODAY)
    assert not answer.answered and answer.related


def test_related_button_renders_the_topic(kb: KnowledgeBase) -> None:
    asked = kb.ask("tiền thưởng LĐTT bao nhiêu", TODAY)
    entry_id, title = asked.related[0]
    shown = kb.render(entry_id, TODAY)
    assert shown.answered and shown.entry_id == entry_id and shown.confidence == 1.0
    assert shown.text.startswith(f"**{title}**")
    assert kb.render("ldtt-tien-thuong", TODAY).text == asked.text
    assert kb.entry("khong-co-muc-nay") is None
    with pytest.raises(KeyError):
        kb.render("khong-co-muc-nay", TODAY)


def test_json_shape(kb: KnowledgeBase) -> None:
    data = kb.ask("tiền thưởng LĐTT bao nhiêu", TODAY).to_json()
    assert set(data) == {"question", "answer", "sources", "confidence", "answered", "parts"}
    assert all(set(s) == {"title", "citation"} for s in data["sources"])
    assert [set(p) for p in data["parts"]] == [{"part", "answer", "sources"}]
    assert 0.0 <= data["confidence"] <= 1.0


# ------------------------------------------------------------------ deadlines


class FakeDeadlines:
    def __init__(self, items: Sequence[Deadline]) -> None:
        self.items = items
        self.calls: list[tuple[tuple[str, ...], str, date]] = []

    def __call__(self, keywords: Sequence[str], question: str, as_of: date) -> Sequence[Deadline]:
        self.calls.append((tuple(keywords), question, as_of))
        return self.items


def test_deadline_question_uses_stored_deadlines(kb: KnowledgeBase) -> None:
    provider = FakeDeadlines(
        [Deadline("Nộp bản đăng ký thi đua", date(2027, 3, 20), "trước ngày 20/3", "KH 05/2027")]
    )
    answer = kb.ask("hạn đăng ký thi đua năm nay", date(2027, 1, 10), deadlines=provider)
    assert answer.entry_id == "han-dang-ky-thi-dua"
    lines = answer.text.splitlines()
    assert lines[1] == "Theo kế hoạch áp dụng cho đơn vị của anh/chị:"
    assert lines[2] == "• Nộp bản đăng ký thi đua: 20/3/2027 (KH 05/2027)"
    # One consistent answer (issue 11): the plan's dates and the dates fixed by law, no guessed
    # "usual practice" that could contradict the plan.
    assert "15/3 đến 31/3" not in answer.text
    assert "25/11" in answer.text
    assert provider.calls == [
        (("đăng ký thi đua",), "hạn đăng ký thi đua năm nay", date(2027, 1, 10))
    ]


def test_deadline_provider_failures_keep_the_static_answer(kb: KnowledgeBase) -> None:
    def broken(keywords: Sequence[str], question: str, as_of: date) -> Sequence[Deadline]:
        raise RuntimeError("database down")

    empty = FakeDeadlines([])
    static = kb.ask("hạn đăng ký thi đua năm nay", TODAY)
    assert kb.ask("hạn đăng ký thi đua năm nay", TODAY, deadlines=broken).text == static.text
    no_date = kb.ask("hạn đăng ký thi đua năm nay", TODAY, deadlines=empty).text
    assert "không ghi hạn cho việc này" in no_date
    # entries without `dynamic` never call the provider
    kb.ask("tiền thưởng LĐTT bao nhiêu", TODAY, deadlines=empty)
    assert empty.calls == [(("đăng ký thi đua",), "hạn đăng ký thi đua năm nay", TODAY)]


def test_no_plan_imported_says_so_and_invents_no_date(kb: KnowledgeBase) -> None:
    provider = FakeDeadlines([])
    provider.has_plans = False  # type: ignore[attr-defined]
    answer = kb.ask("hạn nộp hồ sơ khen thưởng năm nay", TODAY, deadlines=provider)
    assert "Chưa có kế hoạch thi đua, khen thưởng nào được nhập" in answer.text
    assert "25/11" in answer.text  # the one date fixed by law
    assert not re.search(r"\b\d{1,2}/\d{1,2}/20\d\d\b", answer.text)  # no dated guess
    assert "Căn cứ: Nghị định 86/2023/NĐ-CP, Điều 8." in answer.text


# ------------------------------------------------------------------ staff answers


def test_local_answers_become_searchable() -> None:
    kb = KnowledgeBase.load(CONTENT)  # a private copy: this test changes it
    before = len(kb.entries)
    added = kb.add_local_answers(
        [
            {
                "id": "local-7",
                "title": "Hạn nộp hồ sơ thi đua của xã Tân Phú năm 2026",
                "question": "xã Tân Phú hạn nộp hồ sơ khen thưởng năm 2026 là ngày nào",
                "answer": "Xã Tân Phú nhận hồ sơ đến hết 05/12/2026 tại Phòng VH-XH. {{ x }}",
                "created": date(2026, 11, 20),
            },
            {"id": "bad id", "title": "x", "question": "y", "answer": "z", "created": TODAY},
            {"id": "local-8", "title": "x", "question": "", "answer": "z", "created": TODAY},
        ]
    )
    assert added == 1 and len(kb.entries) == before + 1
    answer = kb.ask("tan phu nop ho so khen thuong den ngay nao", TODAY)
    assert answer.answered and answer.entry_id == "local-7"
    assert "05/12/2026" in answer.text
    assert "{{ x }}" in answer.text  # shown as written, never run as a template
    assert answer.text.splitlines()[-1] == (
        "Căn cứ: Giải đáp của cán bộ phụ trách thi đua, khen thưởng của xã, "
        "không phải văn bản pháp luật (ngày 20/11/2026)."
    )
    assert kb.render("local-7", TODAY).text == answer.text
    # adding the same id again replaces it
    kb.add_local_answers(
        [
            {
                "id": "local-7",
                "title": "Hạn nộp hồ sơ thi đua của xã Tân Phú năm 2026",
                "question": "xã Tân Phú hạn nộp hồ sơ khen thưởng năm 2026 là ngày nào",
                "answer": "Xã Tân Phú nhận hồ sơ đến hết 10/12/2026.",
                "created": date(2026, 11, 21),
            }
        ]
    )
    assert len(kb.entries) == before + 1
    assert "10/12/2026" in kb.ask("tan phu nop ho so khen thuong den ngay nao", TODAY).text


# ------------------------------------------------------------------ example plans


def test_plan_answers_say_they_are_examples(kb: KnowledgeBase) -> None:
    answer = kb.ask("phường Kiến Hưng năm 2020 gửi hồ sơ tổng kết trước ngày nào", TODAY)
    assert answer.answered and answer.passage_id and answer.entry_id is None
    assert "01/12/2020" in answer.text
    assert answer.text.startswith("**Kế hoạch mẫu: Kế hoạch 08/KH-HĐTĐKT")
    assert (
        "kế hoạch mẫu của Hội đồng TĐKT phường Kiến Hưng (Hà Đông, Hà Nội), năm 2020" in answer.text
    )
    assert "có thể đã hết hiệu lực" in answer.text
    assert answer.text.splitlines()[-1].startswith("Căn cứ: Kế hoạch số 08/KH-HĐTĐKT")
    assert answer.sources[0].citation == "III. TỔ CHỨC THỰC HIỆN"


def test_plan_passages_drop_recipients_and_signatures() -> None:
    plans = load_plans(CONTENT / "plans" / "examples")
    assert len(plans) == 5
    for plan in plans:
        assert plan.passages
        for passage in plan.passages:
            text = fold(passage.text)
            assert "noi nhan" not in text and "luu: vt" not in text
            assert not text.startswith(("tm. uy ban", "chu tich")), passage.text
            assert passage.title == plan.meta.title
        assert plan.meta.outdated_law


def test_plan_splitter_reproduces_the_dev_passages() -> None:
    plans = load_plans(CONTENT / "plans" / "examples")
    texts = [p.text for plan in plans for p in plan.passages]
    for item in load_dev():
        assert any(passage_matches(t, item.answers) for t in texts), item.question


def test_lai_chau_rows_keep_unit_and_time() -> None:
    plan = next(
        p for p in load_plans(CONTENT / "plans" / "examples") if p.meta.id == "lai-chau-2016"
    )
    rows = [p for p in plan.passages if p.kind == "row"]
    assert len(rows) == 10
    assert all(" | Đơn vị thực hiện: " in r.text and " | Thời gian: " in r.text for r in rows)


# ------------------------------------------------------------------ CLI


def test_cli_one_question() -> None:
    out = io.StringIO()
    assert ask_command("tiền thưởng LĐTT bao nhiêu", True, as_of=TODAY, stdout=out) == 0
    data = json.loads(out.getvalue())
    assert data["answered"] and "760.000 đồng" in data["answer"]


def test_cli_reads_lines_in_order() -> None:
    lines = ["tiền thưởng LĐTT bao nhiêu", "", "thời tiết hôm nay", "tieu chuan cstdcs"]
    out = io.StringIO()
    ask_command(None, True, as_of=TODAY, stdin=io.StringIO("\n".join(lines) + "\n"), stdout=out)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["question"] for r in rows] == lines
    assert [r["answered"] for r in rows] == [True, False, False, True]


def test_cli_answer_is_what_the_user_sees(officer_kb: KnowledgeBase) -> None:
    out = io.StringIO()
    ask_command("hồ sơ LĐTT gồm gì", True, as_of=TODAY, stdout=out)
    expected: Answer = officer_kb.ask("hồ sơ LĐTT gồm gì", TODAY)
    assert json.loads(out.getvalue())["answer"] == expected.text


def test_python_dash_m_entry_point() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot.knowledge", "ask", "--json", "--as-of", "2026-03-01"],
        input="tien thuong ldtt\nquy tdkt xa\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(rows) == 2
    assert "710.000 đồng" in rows[0]["answer"]
    assert rows[1]["answered"]
