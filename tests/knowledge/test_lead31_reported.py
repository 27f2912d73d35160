"""A letter closed by a bare request to check asks whether a rule someone reported is right, and
only a reported rule: "báo cáo" and "bao nhiêu" fold like "bảo" but report no one (stop 31, the
one reporting-verb reader ``retype.REPORTED``)."""

from __future__ import annotations

import pytest

from bot.knowledge.retype import Retyper

ASKED = "Vậy có đúng không?"


@pytest.fixture(scope="module")
def retype() -> Retyper:
    return Retyper(known={})


@pytest.mark.parametrize(
    "letter",
    [
        "Chị kế toán bảo giấy khen của xã thì tỉnh chi tiền. Anh chị xem giúp ạ.",
        "Sở hướng dẫn là thôn văn hóa xét 5 năm một lần. Nhờ ad kiểm tra giúp em với.",
    ],
)
def test_a_reported_rule_then_a_request_to_check_is_asked(retype: Retyper, letter: str) -> None:
    assert retype(letter).endswith(ASKED)


@pytest.mark.parametrize(
    "letter",
    [
        "Em đã viết xong báo cáo thành tích của tổ dân phố. Anh chị xem giúp ạ.",
        "Thôn em có bao nhiêu hộ đạt gia đình văn hóa thì em ghi vào biên bản. Nhờ ad xem giúp.",
    ],
)
def test_a_request_after_no_reported_rule_is_left_as_typed(retype: Retyper, letter: str) -> None:
    assert not retype(letter).endswith(ASKED)
