"""The knowledge base itself: schema, rendering, amounts, superseded law, length budget."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from bot.core.text import fold
from bot.knowledge import GROUPS, Group, KnowledgeBase, KnowledgeBaseError
from bot.knowledge.kb import EntryStore
from bot.knowledge.money import SalaryTable, format_dong
from bot.knowledge.schema import Entry
from tests.knowledge.evaluation import CONTENT

BEFORE = date(2026, 3, 1)  # lương cơ sở 2.340.000 đ
AFTER = date(2026, 11, 22)  # lương cơ sở 2.530.000 đ (from 01/7/2026)
BODY_BUDGET = 800  # one phone screen
TEXT_BUDGET = 1200  # with title, province note and "Căn cứ"; Zalo's limit is 2000


def test_size_and_groups(kb: KnowledgeBase) -> None:
    assert 70 <= len(kb.entries) <= 130
    used = {e.group for e in kb.entries}
    # "dia-phuong" holds only staff answers saved in a deployment, never content files
    expected = set(GROUPS) - {Group.DIA_PHUONG}
    assert used == expected, f"groups without entries: {expected - used}"


def test_file_names_are_ids_and_unique() -> None:
    paths = sorted((CONTENT / "kb").glob("*.yaml"))
    ids = [yaml.safe_load(p.read_text(encoding="utf-8"))["id"] for p in paths]
    assert [p.stem for p in paths] == ids
    assert len(set(ids)) == len(ids)


def test_related_exist_and_are_few(kb: KnowledgeBase) -> None:
    for entry in kb.entries:
        assert len(entry.related) <= 3
        for rid in entry.related:
            assert kb.entry(rid) is not None, f"{entry.id} → {rid}"


@pytest.mark.parametrize("as_of", [BEFORE, AFTER])
def test_every_entry_renders_within_budget(kb: KnowledgeBase, as_of: date) -> None:
    for entry in kb.entries:
        rendered = kb.store.render(entry.id, as_of)
        assert len(rendered.body) <= BODY_BUDGET, f"{entry.id}: {len(rendered.body)} chars"
        assert len(rendered.text) <= TEXT_BUDGET, f"{entry.id}: {len(rendered.text)} chars"
        assert rendered.text.startswith(f"**{entry.title}**\n")
        assert rendered.text.count("**") == 2, f"{entry.id}: bold outside the title line"
        assert "\n\n" not in rendered.text
        last = rendered.text.splitlines()[-1]
        assert last.startswith("Căn cứ: ") and len(last) > len("Căn cứ: ") + 3
        for fact in rendered.key_facts:
            assert fact and fact in rendered.body, f"{entry.id}: key fact {fact!r} missing"
        if entry.province_note:
            assert "Tùy quy chế tỉnh: " in rendered.text


def test_no_amount_is_written_by_hand() -> None:
    amount = re.compile(r"\d{1,3}(?:\.\d{3})+\s*(?:đồng|đ\b)")
    for path in (CONTENT / "kb").glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert not amount.search(data["answer"]), f"{path.name}: use {{{{ tien(...) }}}}"


def test_low_confidence_entries_say_what_is_unverified(kb: KnowledgeBase) -> None:
    low = [e for e in kb.entries if e.confidence == "L"]
    assert low, "the brief has [L] facts; some entries must carry them"
    for entry in low:
        text = fold(kb.store.render(entry.id, AFTER).text)
        assert "chua kiem chung" in text or "can kiem tra lai" in text, entry.id


# ------------------------------------------------------------------ amounts


@pytest.mark.parametrize(
    ("coefficient", "before", "after"),
    [
        (0.3, 710_000, 760_000),  # LĐTT, giấy khen cá nhân / hộ gia đình
        (1.0, 2_340_000, 2_530_000),  # CSTĐCS, bằng khen tỉnh cá nhân
        (3.0, 7_020_000, 7_590_000),  # CSTĐ cấp tỉnh
        (0.8, 1_880_000, 2_030_000),  # TTLĐTT
        (1.5, 3_510_000, 3_800_000),  # TTLĐXS, thôn văn hóa
        (2.0, 4_680_000, 5_060_000),  # xã tiêu biểu, bằng khen tỉnh tập thể
        (0.6, 1_410_000, 1_520_000),  # giấy khen tập thể
    ],
)
def test_prize_table_of_the_brief(coefficient: float, before: int, after: int) -> None:
    table = SalaryTable.load(CONTENT / "reference" / "luong_co_so.yaml")
    assert table.prize(coefficient, table.at(BEFORE).amount) == before
    assert table.prize(coefficient, table.at(AFTER).amount) == after


def test_base_changes_on_first_of_july_2026() -> None:
    table = SalaryTable.load(CONTENT / "reference" / "luong_co_so.yaml")
    assert table.at(date(2026, 6, 30)).amount == 2_340_000
    assert table.at(date(2026, 7, 1)).amount == 2_530_000
    assert table.at(date(2026, 7, 1)).doc == "Nghị định 161/2026/NĐ-CP"
    assert format_dong(2_530_000) == "2.530.000 đồng"


@pytest.mark.parametrize(
    ("entry_id", "before", "after"),
    [
        ("ldtt-tien-thuong", ["710.000 đồng"], ["760.000 đồng"]),
        ("cstdcs-tien-thuong", ["2.340.000 đồng"], ["2.530.000 đồng"]),
        ("ttldxs-tien-thuong", ["3.510.000 đồng"], ["3.800.000 đồng"]),
        ("ttldtt-tien-thuong", ["1.880.000 đồng"], ["2.030.000 đồng"]),
        ("thon-vh-tien-thuong", ["3.510.000 đồng"], ["3.800.000 đồng"]),
        ("xa-tieu-bieu-tien-thuong", ["4.680.000 đồng"], ["5.060.000 đồng"]),
        (
            "giay-khen-xa-tien-thuong",
            ["710.000 đồng", "1.410.000 đồng"],
            ["760.000 đồng", "1.520.000 đồng"],
        ),
    ],
)
def test_amounts_follow_the_date_asked(
    kb: KnowledgeBase, entry_id: str, before: list[str], after: list[str]
) -> None:
    old = kb.store.render(entry_id, BEFORE).body
    new = kb.store.render(entry_id, AFTER).body
    # the decisive first sentence carries the amounts in force on the date asked
    for amount in before:
        assert amount in old.splitlines()[0]
        assert amount not in new.splitlines()[0]
    for amount in after:
        assert amount in new.splitlines()[0]
        assert amount not in old


@pytest.mark.parametrize(
    ("entry_id", "before", "after"),
    [
        ("cstd-tinh-tieu-chuan", ["7.020.000 đồng"], ["7.590.000 đồng"]),
        # (Bằng khen tỉnh has no amount: its coefficient is disputed, issue 19.)
        (
            "giay-khen-xa-tien-thuong",
            ["710.000 đồng", "1.410.000 đồng"],
            ["760.000 đồng", "1.520.000 đồng"],
        ),
        ("thon-vh-tham-quyen", ["3.510.000 đồng"], ["3.800.000 đồng"]),
    ],
)
def test_amounts_elsewhere_follow_the_date(
    kb: KnowledgeBase, entry_id: str, before: list[str], after: list[str]
) -> None:
    old = kb.store.render(entry_id, BEFORE).body
    new = kb.store.render(entry_id, AFTER).body
    assert all(a in old and a not in new for a in before)
    assert all(a in new and a not in old for a in after)


def test_summary_table_before_and_after(kb: KnowledgeBase) -> None:
    old = kb.store.render("tien-thuong-bang-tong-hop", BEFORE).body
    new = kb.store.render("tien-thuong-bang-tong-hop", AFTER).body
    assert "Lao động tiên tiến: 710.000 đồng" in old
    assert "Lao động tiên tiến: 760.000 đồng" in new
    assert "Tập thể lao động xuất sắc: 3.800.000 đồng" in new
    assert "Chiến sĩ thi đua cấp tỉnh: 7.590.000 đồng" in new
    assert "2.340.000 đồng (từ 01/7/2024)" in old
    assert "2.530.000 đồng (từ 01/7/2026)" in new


def test_decree_in_force_is_cited(kb: KnowledgeBase) -> None:
    assert "Nghị định 73/2024/NĐ-CP" in kb.store.render("ldtt-tien-thuong", BEFORE).text
    assert "161/2026" not in kb.store.render("ldtt-tien-thuong", BEFORE).text
    assert "Nghị định 161/2026/NĐ-CP" in kb.store.render("ldtt-tien-thuong", AFTER).text


def test_rule_not_yet_in_force_is_flagged(kb: KnowledgeBase) -> None:
    early = kb.store.render("luat-sua-doi-2026", BEFORE).text
    assert "Lưu ý: quy định này áp dụng từ 01/10/2026." in early
    assert "Lưu ý: quy định này áp dụng" not in kb.store.render("luat-sua-doi-2026", AFTER).text


# ------------------------------------------------------------------ superseded law


@pytest.mark.parametrize(
    ("question", "replacement"),
    [
        ("Nghị định 91/2017/NĐ-CP còn hiệu lực không?", "Nghị định 152/2025/NĐ-CP"),
        ("nd 98/2023 con ap dung khong", "Nghị định 152/2025/NĐ-CP"),
        ("Thông tư 01/2024/TT-BNV còn dùng được không", "Thông tư 15/2025/TT-BNV"),
        ("nghi dinh 122/2018 ve gia dinh van hoa con hieu luc", "Nghị định 86/2023/NĐ-CP"),
        ("Luật Thi đua khen thưởng 2003 còn áp dụng không", "06/2022/QH15"),
        ("NĐ 42/2010 còn hiệu lực không", "Nghị định 152/2025/NĐ-CP"),
        ("thông tư 08/2017/TT-BNV còn hiệu lực", "Thông tư 15/2025/TT-BNV"),
        ("TT 12/2019/TT-BNV con hieu luc khong", "Thông tư 15/2025/TT-BNV"),
    ],
)
def test_superseded_documents_are_named_with_their_replacement(
    kb: KnowledgeBase, question: str, replacement: str
) -> None:
    answer = kb.ask(question, AFTER)
    assert answer.answered, question
    body = answer.text.splitlines()[1]
    assert body.startswith("Không."), answer.text
    assert replacement in answer.text


def test_registration_is_not_a_legal_condition(kb: KnowledgeBase) -> None:
    answer = kb.ask("không đăng ký thi đua thì có bị loại không", AFTER)
    assert answer.entry_id == "dang-ky-thi-dua-bat-buoc"
    text = fold(answer.text)
    assert "khong con la can cu phap ly" in text
    assert "khong duoc xet" not in text  # the bot must not threaten


# ------------------------------------------------------------------ validation


def _valid_entry() -> dict[str, object]:
    return {
        "id": "mau-thu",
        "title": "Mục thử",
        "group": "tro-ly",
        "asks": ["a b", "c d", "e f", "g h", "i k"],
        "answer": "Một câu trả lời đủ dài để qua kiểm tra.",
        "sources": [{"doc": "Luật Thi đua, khen thưởng"}],
        "effective": "2024-01-01",
        "confidence": "H",
        "key_facts": ["Một câu"],
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"id": "Có Dấu"}, "pattern"),
        ({"title": "x" * 61}, "60"),
        ({"asks": ["a", "b"]}, "5"),
        ({"sources": []}, "1"),
        ({"related": ["a", "b", "c", "d"]}, "3"),
        ({"related": ["mau-thu"]}, "itself"),
        ({"confidence": "L"}, "unverified"),
        ({"dynamic": "deadlines"}, "deadline_query"),
        ({"answer": "Trả lời đủ dài.\nCăn cứ: Luật"}, "Căn cứ"),
        ({"asks": ["Đăng ký", "dang ky", "x y", "z t", "u v"]}, "folded"),
        ({"colour": "red"}, "extra"),
    ],
)
def test_schema_rejects(change: dict[str, object], message: str) -> None:
    from pydantic import ValidationError

    data = _valid_entry() | change
    with pytest.raises(ValidationError, match=message):
        Entry.model_validate(data)


def test_loader_names_the_broken_file(tmp_path: Path) -> None:
    (tmp_path / "kb").mkdir()
    (tmp_path / "reference").mkdir()
    (tmp_path / "reference" / "luong_co_so.yaml").write_text(
        (CONTENT / "reference" / "luong_co_so.yaml").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    good = _valid_entry() | {"related": ["khong-co"]}
    (tmp_path / "kb" / "mau-thu.yaml").write_text(
        yaml.safe_dump(good, allow_unicode=True), encoding="utf-8"
    )
    (tmp_path / "kb" / "ten-khac.yaml").write_text(
        yaml.safe_dump(_valid_entry() | {"id": "mau-khac"}, allow_unicode=True), encoding="utf-8"
    )
    with pytest.raises(KnowledgeBaseError) as err:
        EntryStore.load(tmp_path)
    assert "mau-thu.yaml: related ids not found: khong-co" in str(err.value)
    assert "ten-khac.yaml: id 'mau-khac' differs from the file name" in str(err.value)


@pytest.mark.parametrize(
    "answer",
    ["Tiền thưởng {{ khong_co_bien }} đồng, đủ dài.", "Tiền thưởng {{ tien(0.3 }} đồng, đủ dài."],
)
def test_template_error_stops_loading(tmp_path: Path, answer: str) -> None:
    (tmp_path / "kb").mkdir()
    (tmp_path / "reference").mkdir()
    (tmp_path / "reference" / "luong_co_so.yaml").write_text(
        (CONTENT / "reference" / "luong_co_so.yaml").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    broken = _valid_entry() | {"answer": answer}
    (tmp_path / "kb" / "mau-thu.yaml").write_text(
        yaml.safe_dump(broken, allow_unicode=True), encoding="utf-8"
    )
    with pytest.raises(KnowledgeBaseError, match=r"mau-thu\.yaml: template error"):
        EntryStore.load(tmp_path)
