"""Issue 19: no text the bot shows repeats a claim known to be wrong, and the rules enforcing
the corrected facts (CSTĐCS without a sáng kiến) hold in the forms and dossier checklists.

Every knowledge-base answer is rendered (before and after the mức lương cơ sở change, so every
template branch is seen), together with the form prompts, help texts, title help and dossier
checklists, and checked by ``tests/knowledge/wrong_claims.py``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.knowledge import KnowledgeBase
from handlers.dossier.kinds import load_catalogue
from handlers.registration.content import RegistrationContent
from tests.knowledge.evaluation import CONTENT
from tests.knowledge.wrong_claims import RULES, check

DATES = (date(2026, 3, 1), date(2026, 11, 22))
FORMS = CONTENT / "forms"


def kb_texts(kb: KnowledgeBase) -> list[tuple[str, str]]:
    return [
        (f"kb/{entry.id} @{as_of}", kb.store.render(entry.id, as_of).text)
        for entry in kb.entries
        for as_of in DATES
    ]


def dossier_texts(path: Path) -> list[tuple[str, str]]:
    cat = load_catalogue(path)
    out = [("dossiers.yaml checklist_note", cat.checklist_note)]
    for kind in cat.kinds.values():
        lines = [f"{kind.label}: {kind.about}"]
        lines += [f"{r.label}: {r.help}" for r in kind.routes]
        lines += [f"{d.label}: {d.hint}" for d in kind.documents]
        out.append((f"dossiers.yaml {kind.key}", "\n".join(lines)))
    for field in cat.form.get("fields", []):
        out.append((f"dossiers.yaml form {field['id']}", _field_text(field, {})))
    return out


def _field_text(field: dict[str, Any], titles: dict[str, str]) -> str:
    lines = []
    when = field.get("when") or {}
    if when.get("field") == "title":
        # Which titles the question is asked for, so a sentence is read in its context.
        values = when.get("in") or [when.get("equals")]
        lines.append("Dành cho: " + "; ".join(titles.get(str(v), str(v)) for v in values))
    for key in ("label", "prompt", "help", "pattern_message"):
        if field.get(key):
            lines.append(str(field[key]))
    lines += [str(m) for m in (field.get("messages") or {}).values()]
    return "\n".join(lines)


def registration_texts(forms: Path) -> list[tuple[str, str]]:
    titles = yaml.safe_load((forms / "titles.yaml").read_text(encoding="utf-8"))
    labels = {t["value"]: t["label"] for t in titles["collective"] + titles["individual"]}
    out = []
    for title in titles["collective"] + titles["individual"]:
        parts = [f"{title['label']}: {title.get('help') or ''}", title.get("note") or ""]
        parts.append(title.get("reason") or "")
        parts.append((title.get("requires") or {}).get("message", ""))
        out.append((f"titles.yaml {title['value']}", "\n".join(p for p in parts if p)))
    for name in ("registration.yaml", "registration_person.yaml"):
        form = yaml.safe_load((forms / name).read_text(encoding="utf-8"))
        for field in form["fields"]:
            out.append((f"{name} {field['id']}", _field_text(field, labels)))
    return out


def template_texts() -> list[tuple[str, str]]:
    return [
        (f"templates/{p.name}", p.read_text(encoding="utf-8"))
        for p in sorted((CONTENT / "templates").glob("*.j2"))
    ]


def test_no_kb_answer_repeats_a_wrong_claim(kb: KnowledgeBase) -> None:
    texts = kb_texts(kb)
    assert len(texts) == 2 * len(kb.entries) >= 140
    findings = check(texts)
    assert not findings, "\n".join(map(str, findings))


def test_no_form_help_or_checklist_repeats_a_wrong_claim() -> None:
    texts = dossier_texts(FORMS / "dossiers.yaml") + registration_texts(FORMS) + template_texts()
    findings = check(texts)
    assert not findings, "\n".join(map(str, findings))


# The sentences the bot used to say (issue 19), each caught by the rule named ----------------
KNOWN_WRONG = [
    (
        "sáng kiến presented as required",
        '**Hồ sơ đề nghị "Chiến sĩ thi đua cơ sở"**\n- Thiếu giấy công nhận sáng kiến hoặc '
        "nghiệm thu đề tài thì hồ sơ không đủ điều kiện.",
    ),
    (
        "sáng kiến presented as required",
        "Chiến sĩ thi đua cơ sở\n- Sáng kiến được công nhận là điều kiện để xét "
        '"Chiến sĩ thi đua cơ sở".',
    ),
    (
        "sáng kiến presented as required",
        "Chiến sĩ thi đua cơ sở: Đạt Lao động tiên tiến và có sáng kiến (hoặc đề tài, đề án "
        "khoa học) được công nhận, áp dụng hiệu quả.",
    ),
    (
        "sáng kiến presented as required",
        'Tiêu chuẩn CSTĐCS\nPhải đạt "Lao động tiên tiến" và có thêm một trong các thành tích: '
        "sáng kiến được cơ sở công nhận; đề tài, đề án khoa học đã nghiệm thu, được áp dụng.",
    ),
    (
        "sáng kiến presented as required",
        "Dành cho: Chiến sĩ thi đua cơ sở\nDanh hiệu Chiến sĩ thi đua cần có sáng kiến (hoặc đề "
        "tài, đề án khoa học) được công nhận và áp dụng hiệu quả.",
    ),
    ("sáng kiến presented as required", "CSTĐCS bắt buộc có sáng kiến."),
    ("thị trấn", 'Hiện nay xét "Xã, phường, thị trấn tiêu biểu" theo Nghị định 86/2023.'),
    ("thị trấn", "Danh hiệu thị trấn tiêu biểu do tỉnh xét."),
    ("xã văn hóa", "Nghị định 86/2023/NĐ-CP (gia đình, thôn, xã văn hóa)"),
    ("fixed Bằng khen", "• Bằng khen tỉnh: cá nhân 2.530.000 đồng; tập thể 5.060.000 đồng"),
    ("fixed Bằng khen", "- Tiền thưởng Bằng khen tỉnh: hệ số 1,5 × mức lương cơ sở."),
    ("NĐ 91/2017 or NĐ 98/2023", "Tiền thưởng tính theo Nghị định 98/2023/NĐ-CP."),
    ("NĐ 91/2017 or NĐ 98/2023", "Tỷ lệ Chiến sĩ thi đua cơ sở tối đa 15% theo Nghị định 91/2017."),
    ("district level", "Hồ sơ gửi Phòng Nội vụ huyện để thẩm định."),
    ("district level", "Chủ tịch UBND huyện quyết định tặng Chiến sĩ thi đua cơ sở."),
    ("10–15 ngày", "Một số tỉnh quy định ngắn hơn (10 - 15 ngày)."),
    ("10–15 ngày", "Giải quyết trong 10–15 ngày làm việc."),
]

KNOWN_RIGHT = [
    'Chiến sĩ thi đua cơ sở\nPhải đạt "Lao động tiên tiến" và có thêm một trong các điều '
    "kiện: hoàn thành xuất sắc nhiệm vụ; hoặc có sáng kiến được cơ sở công nhận.",
    "Chiến sĩ thi đua cơ sở\nChỉ khi đề nghị theo sáng kiến mới kèm giấy công nhận sáng kiến.",
    "Hồ sơ CSTĐCS gồm tờ trình; giấy công nhận sáng kiến chỉ cần khi đề nghị theo sáng kiến.",
    "Chiến sĩ thi đua cấp tỉnh cần có sáng kiến có phạm vi ảnh hưởng trong tỉnh, và 3 lần "
    "liên tục đạt Chiến sĩ thi đua cơ sở.",
    "Nghị định 98/2023/NĐ-CP đã được thay bằng Nghị định 152/2025/NĐ-CP.",
    "Từ 01/7/2025, Chủ tịch UBND xã quyết định (trước đây do Chủ tịch UBND huyện).",
    "Tiền thưởng Bằng khen tỉnh: các nguồn chưa thống nhất hệ số, cần kiểm tra lại.",
    "Lao động tiên tiến: 760.000 đồng",
    "Gia đình văn hóa: quyết định trong 10 ngày; công khai trong 15 ngày.",
    "Từ 01/7/2025 không còn thị trấn: danh hiệu nay là xã, phường, đặc khu tiêu biểu.",
]


@pytest.mark.parametrize(("rule", "text"), KNOWN_WRONG)
def test_checker_catches_each_known_wrong_sentence(rule: str, text: str) -> None:
    findings = check([("sample", text)])
    assert findings, f"not caught: {text!r}"
    assert any(rule.split()[0].lower() in f.rule.lower() for f in findings), findings


@pytest.mark.parametrize("text", KNOWN_RIGHT)
def test_checker_lets_true_sentences_through(text: str) -> None:
    assert check([("sample", text)]) == []


def test_every_rule_is_exercised() -> None:
    caught = {f.rule for _, text in KNOWN_WRONG for f in check([("sample", text)])}
    assert caught == {r.name for r in RULES}


# The rules that enforce the corrected facts -----------------------------------------------------
def test_cstdcs_on_the_excellent_performance_route_needs_no_sang_kien() -> None:
    cat = load_catalogue(FORMS / "dossiers.yaml")
    kind = cat.variant("chien_si_thi_dua_co_so", "xuat_sac")
    assert kind is not None and kind.base == "chien_si_thi_dua_co_so"
    assert [d.key for d in kind.required] == ["to_trinh", "bao_cao_thanh_tich", "bien_ban"]
    assert kind.document("sang_kien") is None
    # The proof is required on its own route only.
    on_initiative = cat.variant("chien_si_thi_dua_co_so", "sang_kien")
    assert on_initiative is not None and "sang_kien" in {d.key for d in on_initiative.required}
    on_research = cat.variant("chien_si_thi_dua_co_so", "de_tai")
    assert on_research is not None and "de_tai" in {d.key for d in on_research.required}
    assert on_research.document("sang_kien") is None
    # Only the plain kinds are offered; routes are asked after.
    assert all(not k.route for k in cat.choosable())
    assert {r.key for r in cat.get("chien_si_thi_dua_co_so").routes} == {  # type: ignore[union-attr]
        "xuat_sac",
        "sang_kien",
        "de_tai",
        "muu_tri",
    }


def test_thon_van_hoa_asks_the_thon_only_for_its_own_report() -> None:
    kind = load_catalogue(FORMS / "dossiers.yaml").get("thon_van_hoa")
    assert kind is not None
    assert [d.key for d in kind.required] == ["bao_cao_thanh_tich"]


def test_registration_needs_a_sang_kien_only_for_the_provincial_title() -> None:
    content = RegistrationContent.load(CONTENT)
    initiative = next(f for f in content.person_form.fields if f.id == "initiative")
    assert not initiative.required
    assert content.person_missing({"title": "cstdcs"}) is None
    missing = content.person_missing({"title": "cstd_tinh"})
    assert missing is not None and missing.field == "initiative"
    assert content.person_missing({"title": "cstd_tinh", "initiative": "Số hóa một cửa"}) is None


# What the corrected entries must say (issue 19) -------------------------------------------------
#: The entries that credit the commune chairman with the former district powers: the grant is
#: NĐ 129/2025 Điều 59, cited beside NĐ 152/2025.
FORMER_DISTRICT_POWERS = [
    "bo-cap-huyen",
    "cstdcs-tham-quyen",
    "ldtt-tham-quyen",
    "thon-vh-tham-quyen",
    "tham-quyen-chu-tich-xa",
    "ttldtt-ho-so",
    "nd-152-2025",
]
#: Dossier lists the province decides (NĐ 152/2025 Điều 6 khoản 2 điểm c).
PROVINCE_DOSSIERS = ["ldtt-ho-so", "cstdcs-ho-so", "giay-khen-xa-ho-so", "ttldtt-ho-so"]
MUST_SAY = {
    "cstdcs-tieu-chuan": ["hoan thanh xuat sac nhiem vu", "sang kien khong bat buoc"],
    "cstdcs-ho-so": ["chi can khi de nghi theo sang kien", "khong can giay cong nhan sang kien"],
    "sang-kien-la-gi": ["khong phai dieu kien bat buoc"],
    "ldtt-tieu-chuan": ["nong dan", "khoan 1, khoan 3 dieu 24"],
    "giay-khen-ho-gia-dinh": ["bien ban xet khen thuong"],
    "bang-khen-tinh-tieu-chuan": ["can kiem tra lai nghi dinh 152/2025"],
    "tien-thuong-bang-tong-hop": ["can kiem tra lai nghi dinh 152/2025"],
    **{i: ["nghi dinh 129/2025/nd-cp", "dieu 59"] for i in FORMER_DISTRICT_POWERS},
}


@pytest.mark.parametrize("entry_id", sorted(set(MUST_SAY) | set(PROVINCE_DOSSIERS)))
def test_corrected_entry_says_the_corrected_fact(kb: KnowledgeBase, entry_id: str) -> None:
    from bot.core.text import fold

    text = fold(kb.store.render(entry_id, DATES[1]).text)
    needed = list(MUST_SAY.get(entry_id, []))
    if entry_id in PROVINCE_DOSSIERS:
        needed += ["do tinh quy dinh", "diem c khoan 2 dieu 6"]
    for phrase in needed:
        assert phrase in text, f"{entry_id} does not say «{phrase}»:\n{text}"
