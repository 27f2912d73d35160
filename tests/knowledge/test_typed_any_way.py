"""The same question typed the way officers type on phones gets the same answer.

Questions of our own wording (not from any question set), each retyped by hand with what
``tests/knowledge/perturb.py`` found breaking right answers: a greeting in front, a polite tail,
two words run together, two neighbouring letters swapped, a letter typed with its keyboard
neighbour, a doubled space. Each retyped form must open with the same verdict and keep the
decisive facts of the clean one.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.scope import on_topic
from tests.knowledge.asking import ask
from tests.knowledge.officer_eval import has_fact, leading_verdicts

#: clean question, its decisive facts, and how officers type it
CASES = [
    (  # a polite tail after the yes/no cue: "… chứ ạ", "… k vậy"
        "lao động tiên tiến vẫn được thưởng tiền chứ",
        ("Có.", "760.000"),
        ("lao động tiên tiến vẫn được thưởng tiền chứ ạ",),
    ),
    (
        "cstdcs co can dat ldtt truoc k",
        ("Có.", "Lao động tiên tiến"),
        ("cstdcs co can dat ldtt truoc k vậy",),
    ),
    (  # "ạ" typed bare after the closing "chứ" / "ko": polite, not the asking "à"
        "ttldtt van duoc thuong tien chu",
        ("Có.", "2.030.000"),
        ("ttldtt van duoc thuong tien chu a",),
    ),
    (
        "len cstdcs co phai dat ldtt truoc ko",
        ("Có.", "Lao động tiên tiến"),
        ("len cstdcs co phai dat ldtt truoc ko a",),
    ),
    (  # a greeting typed with marks in front of a question typed bare
        "tien thuong co bi tru thue khong",
        ("Không.", "thuế thu nhập cá nhân"),
        ("a ơi tien thuong co bi tru thue khong",),
    ),
    (  # two neighbouring letters swapped, marks kept
        "trường tiểu học có được xét tập thể lao động tiên tiến không",
        ("Có.", "trường học"),
        ("rtường tiểu học có được xét tập thể lao động tiên tiến không",),
    ),
    (  # a plain letter typed with its neighbour on the keyboard
        "cstdcs do ai quyet dinh",
        ("Chủ tịch UBND xã",),
        ("cstdca do ai quyet dinh",),
    ),
    (
        "tien thuong tinh ra le thi lam tron the nao",
        ("hệ số",),
        ("tien tguong tinh ra le thi lam tron the nao",),
    ),
    (  # a missed space, before a phone spelling or a known word
        "giấy khen xã thưởng bn",
        ("760.000",),
        ("giấy khen xã thưởngbn",),
    ),
    (  # a title's abbreviation run into the "k" that asks yes or no
        "cong chuc xa co dc xet ldtt k",
        ("Có.", "Lao động tiên tiến"),
        ("cong chuc xa co dc xet ldttk",),
    ),
    (
        "thôn văn hóa cần hồ sơ gì",
        ("Mẫu 05",),
        ("thôn văn hóa cầnhồ sơ gì",),
    ),
    (
        "chiến sĩ thi đua cơ sở có bắt buộc phải có sáng kiến không",
        ("Không.", "Lao động tiên tiến"),
        ("Dạ cho em hỏi, chiến sĩ thi đua cơ sở có bắt buộc phải có sáng kiếnk",),
    ),
]


@pytest.mark.parametrize(
    ("clean", "facts", "typed"),
    [(c, f, t) for c, f, ts in CASES for t in ts],
    ids=[t for _, _, ts in CASES for t in ts],
)
def test_typed_like_a_phone_answers_like_typed_cleanly(
    officer_kb: KnowledgeBase, clean: str, facts: tuple[str, ...], typed: str
) -> None:
    expected = ask(officer_kb, clean)
    assert all(has_fact(expected, f) for f in facts), expected  # the clean form is right
    answer = ask(officer_kb, typed)
    assert leading_verdicts(answer)[:1] == leading_verdicts(expected)[:1], answer
    missing = [f for f in facts if not has_fact(answer, f)]
    assert not missing, answer


def test_a_doubled_space_is_not_read_as_typed_with_marks() -> None:
    # "thuong" counts as the field's word only in a question typed bare; spacing is not a mark
    assert on_topic("tien thuong co bi tru  thue khong", names_title=False)
    assert not on_topic("nhà thường xuyên bị mất điện", names_title=False)
