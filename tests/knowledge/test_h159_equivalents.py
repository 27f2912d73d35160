"""The same question in words the law treats alike gets the same answer (task h159).

Two halves. The EQUIVALENTS perturbations of ``tests/knowledge/perturb.py`` swap words only where
they are truly equivalent (each skip rule below bites). And the fixes they led to: a count typed
in words is read as the count in digits (``retype.counts_in_digits``), and "… là đủ có đúng
không" is the claim of a full dossier as "… là đủ đúng không" is. Questions of our own wording,
none from a question set.
"""

from __future__ import annotations

import random
from datetime import date

import pytest

from bot.core.text import fold
from bot.knowledge.retype import counts_in_digits
from tests.knowledge.perturb import EQUIVALENTS

AS_OF = date(2026, 12, 5)


def _applied(name: str, q: str, seeds: int = 12) -> list[str]:
    outs = [EQUIVALENTS[name](q, random.Random(seed)) for seed in range(seeds)]
    return [o for o in outs if o is not None and o != q]


# --- the skip rules -------------------------------------------------------------------------


def test_commune_swaps_every_xa_alike_and_names_the_head_of_a_to_dan_pho() -> None:
    outs = _applied("eq_commune", "chủ tịch xã ký giấy khen cho trưởng thôn được không")
    assert outs
    for out in outs:
        assert "xã" not in out and "thôn" not in out.replace("tổ dân phố", ""), out
        assert "tổ trưởng tổ dân phố" in out, out
        assert "phường" in out or "đặc khu" in out, out


@pytest.mark.parametrize(
    "q",
    [
        "thôn tiêu biểu do ai xét",  # a title of its own
        "danh hieu xa van hoa con khong",
        "xã miền núi thưởng có khác không",  # a class of xã
        "hợp tác xã có được tặng giấy khen không",  # not the commune
        "hoạt động xã hội có tính thành tích không",
        "xã và phường khen có khác nhau không",  # the two levels named apart
    ],
)
def test_commune_leaves_titles_classes_and_other_xa_alone(q: str) -> None:
    assert _applied("eq_commune", q) == []


def test_a_bare_xa_is_the_commune_only_after_a_commune_word() -> None:
    # typed bare, "xa" is also "far"
    assert _applied("eq_commune", "nop ho so o xa qua co gui buu dien dc k") == []
    assert _applied("eq_commune", "ubnd xa co ky giay khen cho doan thanh nien k")


def test_abbreviation_swaps_the_longest_title_and_keeps_the_province_title() -> None:
    outs = _applied("eq_abbrev", "tập thể lao động tiên tiến có cần trên 50% LĐTT không")
    assert outs and all(out.startswith("TTLĐTT") for out in outs), outs
    assert all("lao động tiên tiến không" in out for out in outs), outs
    # "chiến sĩ thi đua" without "cơ sở" is another title: no CSTĐCS for it
    assert _applied("eq_abbrev", "chiến sĩ thi đua tỉnh có mấy năm") == []


def test_a_bare_question_gets_bare_words() -> None:
    for out in _applied("eq_abbrev", "cstdcs xet theo nhiem ky hay theo nam"):
        assert fold(out) == out.lower(), out


def test_yes_no_is_reworded_with_its_polarity_kept() -> None:
    outs = _applied("eq_yesno", "CSTĐCS phải có đề tài khoa học đúng không?", seeds=30)
    assert {o.rsplit(" khoa học ", 1)[1] for o in outs} >= {"phải không?", "có đúng không?"}
    for out in outs:
        assert "không cần" not in out and "chưa" not in out, out


@pytest.mark.parametrize(
    "q",
    [
        "giáo viên nghỉ ốm không được xét LĐTT đúng không",  # a negation before the ask
        "LĐTT hay CSTĐCS thì được thưởng nhiều hơn đúng không",  # an "or"
        "nếu nghỉ thai sản thì được xét LĐTT không",  # a condition
        "nghe noi hop dong ko dc xet ldtt, dung k",  # a negation typed short
    ],
)
def test_yes_no_is_left_where_a_rewording_could_move_the_polarity(q: str) -> None:
    assert _applied("eq_yesno", q) == []


def test_an_authority_keeps_its_co_duoc() -> None:
    # "UBND xã có được công nhận …" asks its power; "UBND xã được công nhận …" reads "is it"
    for out in _applied("eq_yesno", "UBND xã có được công nhận gia đình văn hóa không", 30):
        assert "có được" in out, out


def test_number_swaps_a_count_and_skips_dates_articles_and_ambiguous_bare_words() -> None:
    assert _applied("eq_number", "đạt 02 lần CSTĐCS thì được gì") == [
        "đạt 2 lần CSTĐCS thì được gì"
    ] * len(_applied("eq_number", "đạt 02 lần CSTĐCS thì được gì"))
    assert set(_applied("eq_number", "làm ba năm liền LĐTT thì sao")) == {
        "làm 3 năm liền LĐTT thì sao"
    }
    assert _applied("eq_number", "năm 2026 có 2 lần xét không") == []  # dated
    assert _applied("eq_number", "điều 4 có nói 2 lần không") == []  # an article's number
    # bare "ba", "nam", "sau", "tam" are also "bà", "nam", "sau", "tạm"
    for q in ("tuyen dung 8 thang co dc xet k", "can 3 lan lien tuc k", "6 thang la du k"):
        assert _applied("eq_number", q) == [], q
    assert _applied("eq_number", "tuyen dung 9 thang co dc xet k")


# --- the fixes ------------------------------------------------------------------------------


def test_counts_in_words_are_read_as_digits() -> None:
    assert counts_in_digits("Phòng có chín người, bảy người đạt") == "Phòng có 9 người, 7 người đạt"
    assert counts_in_digits("thuong muoi lan luong co so") == "thuong 10 lan luong co so"
    assert counts_in_digits("năm năm mới xét một lần") == "5 năm mới xét một lần"
    assert counts_in_digits("cần ba lần liên tục") == "cần 3 lần liên tục"
    # "năm tháng 8" is a year's month, "ba nam" typed bare may be "bà Nam", "một" is left;
    # "hai lần, mỗi lần …" tells occasions, not a cadence or a run
    for text in ("trong năm tháng 8 nghỉ", "ba nam di hop", "một lần", "hai lần mỗi lần"):
        assert counts_in_digits(text) == text


@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    from bot.knowledge import KnowledgeBase
    from tests.knowledge.evaluation import CONTENT

    return KnowledgeBase.load(CONTENT)


def test_a_team_counted_in_words_gets_the_share_it_counts(kb) -> None:  # type: ignore[no-untyped-def]
    for q in (
        "ban tôi có mười người, bốn người đạt LĐTT thì ban có đủ tập thể lao động tiên tiến không",
        "ban toi co muoi nguoi, bon nguoi dat ldtt, ban co du tap the lao dong tien tien k",
    ):
        text = kb.ask(q, AS_OF).text
        assert "\nKhông." in text and "4/10" in text, (q, text)


def test_months_served_in_words_are_the_months_served(kb) -> None:  # type: ignore[no-untyped-def]
    text = kb.ask("viên chức mới vào làm bảy tháng thì có được bình xét LĐTT không", AS_OF).text
    assert "\nCó." in text and "7 tháng" in text, text


@pytest.mark.parametrize("tail", ["đúng không", "có đúng không", "có phải không", "phải k ạ"])
def test_a_dossier_claimed_enough_is_judged_however_the_ask_is_put(kb, tail: str) -> None:  # type: ignore[no-untyped-def]
    text = kb.ask(f"hồ sơ đề nghị CSTĐCS chỉ cần tờ trình là đủ {tail}", AS_OF).text
    assert "\nKhông." in text and "còn thiếu" in text, (tail, text)


@pytest.mark.parametrize("level", ["phường", "đặc khu", "xã"])
def test_a_commune_chairman_by_any_name_does_not_strip_a_state_honour(kb, level: str) -> None:  # type: ignore[no-untyped-def]
    # Luật 2022 Điều 93 khoản 7: the Chủ tịch nước strips a state honour
    text = kb.ask(f"chủ tịch {level} có quyền tước danh hiệu vinh dự nhà nước không", AS_OF).text
    assert "\nKhông." in text and "Chủ tịch nước" in text, (level, text)


def test_commune_skips_a_reform_question_naming_the_district() -> None:
    q = "trước đây chủ tịch huyện ký, giờ chủ tịch xã ký đúng không"
    assert _applied("eq_commune", q) == []
