"""Blind sets 4 and up keep the shape their briefs asked for.

A blind set is the honest measure while nobody who changes the answers has opened it; it becomes
tuning material once its misses are read (sets 4 and 5 in stop 14, sets 6 and 7 in stop 15).
These tests guard the shape of each ``blindN_questions.yaml`` (one split ``bN``, 200 distinct
questions, the mix of kinds the brief asked for, short keys, a verdict first on every yes/no
question, amounts that are coefficient × lương cơ sở) and that ``officer_eval`` scores each by its
split. They assert nothing about the bot's score on the sets.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.core.text import fold
from tests.knowledge import officer_eval
from tests.knowledge.officer_eval import load

HERE = Path(__file__).parent


@dataclass(frozen=True)
class BlindSet:
    file: Path
    split: str
    #: the least yes/no questions its brief asked for
    min_yes_no: int
    #: the briefs of blind 5, 6 and 7 also asked that every "rf" question name the district level
    rf_names_district: bool
    #: a set written as speech (voice typing keeps every mark) asks for fewer bare-letter questions
    min_no_diacritics: int = 150


SETS = (
    BlindSet(HERE / "blind4_questions.yaml", "b4", 60, rf_names_district=False),
    BlindSet(HERE / "blind5_questions.yaml", "b5", 65, rf_names_district=True),
    BlindSet(HERE / "blind6_questions.yaml", "b6", 70, rf_names_district=True),
    BlindSet(HERE / "blind7_questions.yaml", "b7", 70, rf_names_district=True),
    BlindSet(HERE / "blind8_questions.yaml", "b8", 70, rf_names_district=True),
    BlindSet(HERE / "blind9_questions.yaml", "b9", 70, rf_names_district=True),
    BlindSet(HERE / "blind10_questions.yaml", "b10", 70, rf_names_district=True),
    BlindSet(HERE / "blind11_questions.yaml", "b11", 70, rf_names_district=True),
    BlindSet(HERE / "blind12_questions.yaml", "b12", 70, rf_names_district=True),
    BlindSet(HERE / "blind13_questions.yaml", "b13", 70, rf_names_district=True),
    BlindSet(HERE / "blind14_questions.yaml", "b14", 70, rf_names_district=True),
    BlindSet(HERE / "blind15_questions.yaml", "b15", 70, rf_names_district=True),
    BlindSet(HERE / "blind16_questions.yaml", "b16", 70, rf_names_district=True),
    BlindSet(HERE / "blind17_questions.yaml", "b17", 70, rf_names_district=True),
    BlindSet(HERE / "blind18_questions.yaml", "b18", 70, rf_names_district=True),
    BlindSet(HERE / "blind19_questions.yaml", "b19", 70, rf_names_district=True),
    BlindSet(HERE / "blind20_questions.yaml", "b20", 70, rf_names_district=True),
    BlindSet(HERE / "blind21_questions.yaml", "b21", 70, rf_names_district=True),
    BlindSet(HERE / "blind22_questions.yaml", "b22", 70, rf_names_district=True),
    BlindSet(HERE / "blind23_questions.yaml", "b23", 70, rf_names_district=True),
    BlindSet(HERE / "blind24_questions.yaml", "b24", 100, rf_names_district=True),
    BlindSet(HERE / "blind25_questions.yaml", "b25", 100, rf_names_district=True),
    BlindSet(HERE / "blind26_questions.yaml", "b26", 100, rf_names_district=True),
    BlindSet(HERE / "blind27_questions.yaml", "b27", 100, rf_names_district=True),
    BlindSet(HERE / "blind28_questions.yaml", "b28", 105, rf_names_district=True),
    BlindSet(HERE / "blind29_questions.yaml", "b29", 105, rf_names_district=True),
    BlindSet(HERE / "blind30_questions.yaml", "b30", 105, rf_names_district=True),
    BlindSet(HERE / "blind31_questions.yaml", "b31", 105, rf_names_district=True),
    BlindSet(HERE / "blind32_questions.yaml", "b32", 105, rf_names_district=True),
    BlindSet(HERE / "blind33_questions.yaml", "b33", 105, rf_names_district=True),
    BlindSet(HERE / "blind34_questions.yaml", "b34", 105, rf_names_district=True),
    BlindSet(HERE / "blind35_questions.yaml", "b35", 105, rf_names_district=True),
    BlindSet(HERE / "blind36_questions.yaml", "b36", 105, rf_names_district=True),
    BlindSet(HERE / "blind37_questions.yaml", "b37", 105, rf_names_district=True),
    BlindSet(HERE / "blind38_questions.yaml", "b38", 105, rf_names_district=True),
    BlindSet(HERE / "blind39_questions.yaml", "b39", 105, rf_names_district=True),
    BlindSet(HERE / "blind40_questions.yaml", "b40", 105, rf_names_district=True),
    BlindSet(HERE / "blind41_questions.yaml", "b41", 105, rf_names_district=True),
    BlindSet(HERE / "blind42_questions.yaml", "b42", 105, rf_names_district=True),
    BlindSet(HERE / "blind43_questions.yaml", "b43", 105, rf_names_district=True),
    BlindSet(HERE / "blind44_questions.yaml", "b44", 105, rf_names_district=True),
    BlindSet(HERE / "blind45_questions.yaml", "b45", 105, rf_names_district=True),
    BlindSet(HERE / "blind46_questions.yaml", "b46", 105, rf_names_district=True),
    BlindSet(HERE / "blind47_questions.yaml", "b47", 105, rf_names_district=True),
    BlindSet(HERE / "blind48_questions.yaml", "b48", 105, rf_names_district=True),
    BlindSet(HERE / "blind49_questions.yaml", "b49", 105, rf_names_district=True),
    BlindSet(HERE / "blind50_questions.yaml", "b50", 140, rf_names_district=True),
    BlindSet(HERE / "blind51_questions.yaml", "b51", 140, rf_names_district=True),
    BlindSet(HERE / "blind52_questions.yaml", "b52", 140, rf_names_district=True),
    BlindSet(HERE / "blind53_questions.yaml", "b53", 140, rf_names_district=True),
    BlindSet(HERE / "blind54_questions.yaml", "b54", 140, rf_names_district=True),
    BlindSet(HERE / "blind55_questions.yaml", "b55", 140, rf_names_district=True),
    BlindSet(HERE / "blind56_questions.yaml", "b56", 140, rf_names_district=True),
    BlindSet(HERE / "blind57_questions.yaml", "b57", 140, rf_names_district=True),
    BlindSet(HERE / "blind58_questions.yaml", "b58", 140, rf_names_district=True),
    BlindSet(HERE / "blind59_questions.yaml", "b59", 140, rf_names_district=True),
    BlindSet(HERE / "blind60_questions.yaml", "b60", 140, rf_names_district=True),
    BlindSet(HERE / "blind61_questions.yaml", "b61", 140, rf_names_district=True),
    BlindSet(HERE / "blind62_questions.yaml", "b62", 140, rf_names_district=True),
    BlindSet(HERE / "blind63_questions.yaml", "b63", 140, rf_names_district=True),
    BlindSet(HERE / "blind64_questions.yaml", "b64", 140, rf_names_district=True),
    BlindSet(HERE / "blind65_questions.yaml", "b65", 140, rf_names_district=True),
    BlindSet(HERE / "blind66_questions.yaml", "b66", 140, rf_names_district=True),
    BlindSet(HERE / "blind67_questions.yaml", "b67", 140, rf_names_district=True),
    BlindSet(HERE / "blind68_questions.yaml", "b68", 140, rf_names_district=True),
    BlindSet(HERE / "blind69_questions.yaml", "b69", 140, rf_names_district=True),
    BlindSet(HERE / "blind70_questions.yaml", "b70", 140, rf_names_district=True),
    BlindSet(HERE / "blind71_questions.yaml", "b71", 140, rf_names_district=True),
    BlindSet(HERE / "blind72_questions.yaml", "b72", 140, rf_names_district=True),
    BlindSet(HERE / "blind73_questions.yaml", "b73", 140, rf_names_district=True),
    BlindSet(HERE / "blind74_questions.yaml", "b74", 140, rf_names_district=True),
    BlindSet(HERE / "blind75_questions.yaml", "b75", 140, rf_names_district=True),
    BlindSet(HERE / "blind76_questions.yaml", "b76", 140, rf_names_district=True),
    BlindSet(HERE / "blind77_questions.yaml", "b77", 140, rf_names_district=True),
    BlindSet(HERE / "blind78_questions.yaml", "b78", 140, rf_names_district=True),
    BlindSet(HERE / "blind79_questions.yaml", "b79", 140, rf_names_district=True),
    BlindSet(HERE / "blind80_questions.yaml", "b80", 140, rf_names_district=True),
    BlindSet(HERE / "blind81_questions.yaml", "b81", 140, rf_names_district=True),
    BlindSet(HERE / "blind82_questions.yaml", "b82", 140, rf_names_district=True),
    BlindSet(HERE / "blind83_questions.yaml", "b83", 140, rf_names_district=True),
    BlindSet(HERE / "blind85_questions.yaml", "b85", 140, rf_names_district=True),
    BlindSet(HERE / "blind86_questions.yaml", "b86", 140, rf_names_district=True),
    BlindSet(HERE / "blind87_questions.yaml", "b87", 140, rf_names_district=True),
    BlindSet(HERE / "blind88_questions.yaml", "b88", 140, rf_names_district=True),
    BlindSet(HERE / "blind89_questions.yaml", "b89", 140, rf_names_district=True),
    BlindSet(HERE / "blind84_questions.yaml", "b84", 140, rf_names_district=True),
    BlindSet(HERE / "blind90_questions.yaml", "b90", 140, rf_names_district=True),
    BlindSet(HERE / "blind97_questions.yaml", "b97", 140, rf_names_district=True),
    BlindSet(HERE / "blind93_questions.yaml", "b93", 140, rf_names_district=True),
    BlindSet(HERE / "blind95_questions.yaml", "b95", 140, rf_names_district=True),
    BlindSet(HERE / "blind94_questions.yaml", "b94", 140, rf_names_district=True),
    BlindSet(HERE / "blind91_questions.yaml", "b91", 140, rf_names_district=True),
    BlindSet(HERE / "blind92_questions.yaml", "b92", 140, rf_names_district=True),
    BlindSet(HERE / "blind96_questions.yaml", "b96", 140, rf_names_district=True),
    BlindSet(HERE / "blind98_questions.yaml", "b98", 140, rf_names_district=True),
    BlindSet(HERE / "blind99_questions.yaml", "b99", 140, rf_names_district=True),
    BlindSet(HERE / "blind106_questions.yaml", "b106", 140, rf_names_district=True),
    BlindSet(HERE / "blind101_questions.yaml", "b101", 140, rf_names_district=True),
    BlindSet(HERE / "blind105_questions.yaml", "b105", 140, rf_names_district=True),
    BlindSet(HERE / "blind104_questions.yaml", "b104", 140, rf_names_district=True),
    BlindSet(HERE / "blind103_questions.yaml", "b103", 140, rf_names_district=True),
    BlindSet(HERE / "blind100_questions.yaml", "b100", 140, rf_names_district=True),
    BlindSet(HERE / "blind102_questions.yaml", "b102", 140, rf_names_district=True),
    BlindSet(
        HERE / "blind107_questions.yaml", "b107", 140, rf_names_district=True, min_no_diacritics=80
    ),
    BlindSet(HERE / "blind110_questions.yaml", "b110", 140, rf_names_district=True),
    BlindSet(HERE / "blind111_questions.yaml", "b111", 140, rf_names_district=True),
    BlindSet(HERE / "blind108_questions.yaml", "b108", 140, rf_names_district=True),
    BlindSet(HERE / "blind113_questions.yaml", "b113", 140, rf_names_district=True),
    BlindSet(HERE / "blind109_questions.yaml", "b109", 140, rf_names_district=True),
    BlindSet(HERE / "blind112_questions.yaml", "b112", 140, rf_names_district=True),
    BlindSet(HERE / "blind114_questions.yaml", "b114", 140, rf_names_district=True),
    BlindSet(
        HERE / "blind115_questions.yaml", "b115", 140, rf_names_district=True, min_no_diacritics=80
    ),
    BlindSet(
        HERE / "blind117_questions.yaml", "b117", 140, rf_names_district=True, min_no_diacritics=80
    ),
    BlindSet(HERE / "blind116_questions.yaml", "b116", 140, rf_names_district=True),
    BlindSet(HERE / "blind118_questions.yaml", "b118", 140, rf_names_district=True),
    BlindSet(
        HERE / "blind119_questions.yaml", "b119", 140, rf_names_district=True, min_no_diacritics=80
    ),
    BlindSet(HERE / "blind123_questions.yaml", "b123", 140, rf_names_district=True),
    BlindSet(HERE / "blind124_questions.yaml", "b124", 140, rf_names_district=True),
    BlindSet(HERE / "blind121_questions.yaml", "b121", 140, rf_names_district=True),
    BlindSet(HERE / "blind122_questions.yaml", "b122", 140, rf_names_district=True),
    BlindSet(HERE / "blind120_questions.yaml", "b120", 140, rf_names_district=True),
    BlindSet(HERE / "blind127_questions.yaml", "b127", 140, rf_names_district=True),
    BlindSet(HERE / "blind125_questions.yaml", "b125", 140, rf_names_district=True),
    BlindSet(HERE / "blind131_questions.yaml", "b131", 140, rf_names_district=True),
    BlindSet(HERE / "blind130_questions.yaml", "b130", 140, rf_names_district=True),
    BlindSet(HERE / "blind128_questions.yaml", "b128", 140, rf_names_district=True),
    BlindSet(HERE / "blind126_questions.yaml", "b126", 140, rf_names_district=True),
    BlindSet(HERE / "blind129_questions.yaml", "b129", 140, rf_names_district=True),
    BlindSet(HERE / "blind132_questions.yaml", "b132", 140, rf_names_district=True),
    BlindSet(HERE / "blind133_questions.yaml", "b133", 140, rf_names_district=True),
    BlindSet(HERE / "blind139_questions.yaml", "b139", 140, rf_names_district=True),
    BlindSet(HERE / "blind136_questions.yaml", "b136", 140, rf_names_district=True),
    BlindSet(
        HERE / "blind138_questions.yaml", "b138", 140, rf_names_district=True, min_no_diacritics=80
    ),
    BlindSet(HERE / "blind137_questions.yaml", "b137", 140, rf_names_district=True),
    BlindSet(HERE / "blind135_questions.yaml", "b135", 140, rf_names_district=True),
    BlindSet(HERE / "blind134_questions.yaml", "b134", 140, rf_names_district=True),
    BlindSet(HERE / "blind140_questions.yaml", "b140", 140, rf_names_district=True),
    BlindSet(HERE / "blind142_questions.yaml", "b142", 140, rf_names_district=True),
    BlindSet(HERE / "blind143_questions.yaml", "b143", 140, rf_names_district=True),
    BlindSet(HERE / "blind146_questions.yaml", "b146", 140, rf_names_district=True),
    BlindSet(
        HERE / "blind144_questions.yaml", "b144", 140, rf_names_district=True, min_no_diacritics=80
    ),
    BlindSet(HERE / "blind145_questions.yaml", "b145", 140, rf_names_district=True),
    BlindSet(HERE / "blind141_questions.yaml", "b141", 140, rf_names_district=True),
    BlindSet(HERE / "blind147_questions.yaml", "b147", 140, rf_names_district=True),
    BlindSet(HERE / "blind148_questions.yaml", "b148", 140, rf_names_district=True),
    BlindSet(HERE / "blind155_questions.yaml", "b155", 140, rf_names_district=True),
    BlindSet(HERE / "blind152_questions.yaml", "b152", 140, rf_names_district=True),
    BlindSet(HERE / "blind150_questions.yaml", "b150", 140, rf_names_district=True),
    BlindSet(HERE / "blind149_questions.yaml", "b149", 140, rf_names_district=True),
    BlindSet(HERE / "blind154_questions.yaml", "b154", 140, rf_names_district=True),
    BlindSet(
        HERE / "blind151_questions.yaml", "b151", 140, rf_names_district=True, min_no_diacritics=160
    ),
    BlindSet(HERE / "blind185_questions.yaml", "b185", 140, rf_names_district=True),
    BlindSet(HERE / "blind153_questions.yaml", "b153", 140, rf_names_district=True),
    BlindSet(HERE / "blind156_questions.yaml", "b156", 140, rf_names_district=True),
    BlindSet(HERE / "blind157_questions.yaml", "b157", 140, rf_names_district=True),
    BlindSet(HERE / "blind163_questions.yaml", "b163", 140, rf_names_district=True),
    BlindSet(HERE / "blind159_questions.yaml", "b159", 140, rf_names_district=True),
    BlindSet(HERE / "blind162_questions.yaml", "b162", 140, rf_names_district=True),
    BlindSet(HERE / "blind161_questions.yaml", "b161", 140, rf_names_district=True),
    BlindSet(HERE / "blind160_questions.yaml", "b160", 140, rf_names_district=True),
    BlindSet(HERE / "blind158_questions.yaml", "b158", 140, rf_names_district=True),
    BlindSet(HERE / "blind164_questions.yaml", "b164", 140, rf_names_district=True),
    BlindSet(HERE / "blind165_questions.yaml", "b165", 140, rf_names_district=True),
    BlindSet(HERE / "blind170_questions.yaml", "b170", 140, rf_names_district=True),
    BlindSet(HERE / "blind168_questions.yaml", "b168", 140, rf_names_district=True),
    BlindSet(HERE / "blind166_questions.yaml", "b166", 140, rf_names_district=True),
    BlindSet(HERE / "blind167_questions.yaml", "b167", 140, rf_names_district=True),
    BlindSet(HERE / "blind169_questions.yaml", "b169", 140, rf_names_district=True),
    BlindSet(HERE / "blind171_questions.yaml", "b171", 140, rf_names_district=True),
    BlindSet(HERE / "blind172_questions.yaml", "b172", 140, rf_names_district=True),
    BlindSet(HERE / "blind176_questions.yaml", "b176", 140, rf_names_district=True),
    BlindSet(HERE / "blind173_questions.yaml", "b173", 140, rf_names_district=True),
    BlindSet(HERE / "blind177_questions.yaml", "b177", 140, rf_names_district=True),
    BlindSet(HERE / "blind174_questions.yaml", "b174", 140, rf_names_district=True),
    BlindSet(HERE / "blind175_questions.yaml", "b175", 140, rf_names_district=True),
    BlindSet(HERE / "blind178_questions.yaml", "b178", 140, rf_names_district=True),
    BlindSet(HERE / "blind181_questions.yaml", "b181", 140, rf_names_district=True),
    BlindSet(HERE / "blind179_questions.yaml", "b179", 140, rf_names_district=True),
    BlindSet(HERE / "blind182_questions.yaml", "b182", 140, rf_names_district=True),
    BlindSet(HERE / "blind180_questions.yaml", "b180", 140, rf_names_district=True),
    BlindSet(HERE / "blind183_questions.yaml", "b183", 140, rf_names_district=True),
    BlindSet(HERE / "blind187_questions.yaml", "b187", 140, rf_names_district=True),
    BlindSet(HERE / "blind184_questions.yaml", "b184", 140, rf_names_district=True),
    BlindSet(HERE / "blind186_questions.yaml", "b186", 140, rf_names_district=True),
    BlindSet(HERE / "blind189_questions.yaml", "b189", 140, rf_names_district=True),
    BlindSet(HERE / "blind188_questions.yaml", "b188", 140, rf_names_district=True),
    BlindSet(HERE / "blind190_questions.yaml", "b190", 140, rf_names_district=True),
    BlindSet(HERE / "blind191_questions.yaml", "b191", 140, rf_names_district=True),
    BlindSet(HERE / "blind192_questions.yaml", "b192", 140, rf_names_district=True),
    BlindSet(HERE / "blind193_questions.yaml", "b193", 140, rf_names_district=True),
    BlindSet(HERE / "blind194_questions.yaml", "b194", 140, rf_names_district=True),
    BlindSet(HERE / "blind195_questions.yaml", "b195", 140, rf_names_district=True),
    BlindSet(HERE / "blind196_questions.yaml", "b196", 140, rf_names_district=True),
    BlindSet(HERE / "blind197_questions.yaml", "b197", 140, rf_names_district=True),
    BlindSet(HERE / "blind198_questions.yaml", "b198", 140, rf_names_district=True),
    BlindSet(HERE / "blind199_questions.yaml", "b199", 140, rf_names_district=True),
    BlindSet(HERE / "blind203_questions.yaml", "b203", 140, rf_names_district=True),
    BlindSet(HERE / "blind202_questions.yaml", "b202", 140, rf_names_district=True),
    BlindSet(HERE / "blind201_questions.yaml", "b201", 140, rf_names_district=True),
    BlindSet(HERE / "blind200_questions.yaml", "b200", 140, rf_names_district=True),
    BlindSet(HERE / "blind204_questions.yaml", "b204", 140, rf_names_district=True),
    BlindSet(HERE / "blind205_questions.yaml", "b205", 140, rf_names_district=True),
)
TAGS = {"yn", "rf", "c", "lt", "off"}
VERDICTS = ("Có.", "Không.", "Tùy")
#: every amount a key may hold: coefficient × lương cơ sở, rounded up to the next 10.000 đ
COEFFICIENTS = (0.3, 0.6, 0.8, 1.0, 1.5, 2.0, 3.0, 4.5, 8.0, 12.0)
BASES = (2_340_000, 2_530_000)


def _amounts() -> set[int]:
    return {math.ceil(round(c * b) / 10_000) * 10_000 for c in COEFFICIENTS for b in BASES}


@pytest.fixture(scope="module", params=SETS, ids=lambda s: s.split)
def blind(request: pytest.FixtureRequest) -> BlindSet:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def items(blind: BlindSet) -> list[officer_eval.Item]:
    return load(blind.file)


def test_one_split_of_200_distinct_questions(
    blind: BlindSet, items: list[officer_eval.Item]
) -> None:
    assert len(items) == 200
    assert {i.split for i in items} == {blind.split}
    questions = [i.question for i in items]
    assert len(set(questions)) == len(questions)
    assert all(i.tags <= TAGS for i in items)


def test_has_the_mix_of_questions_asked_for(
    blind: BlindSet, items: list[officer_eval.Item]
) -> None:
    def count(pred: object) -> int:
        return sum(1 for i in items if pred(i))  # type: ignore[operator]

    assert count(lambda i: "no_diacritics" in i.kinds) >= blind.min_no_diacritics
    assert count(lambda i: "yn" in i.tags) >= blind.min_yes_no
    assert count(lambda i: "c" in i.tags) >= 50
    assert count(lambda i: "rf" in i.tags) >= 20
    assert count(lambda i: "lt" in i.tags) >= 25
    assert count(lambda i: i.off_topic) == 15


def test_keys_are_short_and_yes_no_opens_with_a_verdict(items: list[officer_eval.Item]) -> None:
    for item in items:
        if item.off_topic:
            assert item.must == (), item.question
            assert not item.tags - {"off"}, item.question
            continue
        assert 1 <= len(item.must) <= 3, item.question
        assert all(0 < len(fact) <= 40 for fact in item.must), item.question
        if "c" in item.tags:  # every part of a compound question keys its own fact
            assert len(item.must) >= 2, item.question
        if "yn" in item.tags:
            assert item.must[0] in VERDICTS, item.question
        else:
            assert not any(f in VERDICTS for f in item.must), item.question


@pytest.mark.parametrize("blind", [s for s in SETS if s.rf_names_district], ids=lambda s: s.split)
def test_reform_questions_name_the_abolished_district_level(blind: BlindSet) -> None:
    # "rf" scores how the bot handles the 2025 reform: the tag is only worth something if the
    # question really names the district level (huyện, quận, thị xã) the officer remembers
    items = load(blind.file)
    for item in items:
        if "rf" in item.tags:
            assert re.search(r"\b(huyen|quan|thi xa)\b", fold(item.question)), item.question


def test_every_keyed_amount_is_a_coefficient_of_the_base_salary(
    items: list[officer_eval.Item],
) -> None:
    allowed = _amounts() | set(BASES)
    for item in items:
        for fact in item.must:
            if re.fullmatch(r"\d{1,3}(\.\d{3})+", fact) and fact != "10.000":
                assert int(fact.replace(".", "")) in allowed, (item.question, fact)


def test_scorer_runs_the_file_by_its_split(
    blind: BlindSet, capsys: pytest.CaptureFixture[str]
) -> None:
    assert officer_eval.main(["--file", str(blind.file), "--split", blind.split]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["split"] == blind.split
    assert report["questions"] == 200
    assert report["off_topic"] == 15
    assert report["verdict_keyed"] == sum(1 for i in load(blind.file) if "yn" in i.tags)
