"""Task h338 (stop 39): voice-typed asks run together, a letter's claim told before a bare
"có đúng k", and a story's figures told before the ask with no mark.

The recogniser writes no mark between two asks: a yes/no ends on "không", often with a
particle ("không à", "không ạ"), and the second ask follows at once ("… không à mà thưởng bao
nhiêu", "… không nếu được thì …", "… không à bây giờ ai ký", "… không cái thứ hai là …"). The
yes/no is answered first with its verdict, then the second ask. A letter whose rule someone
reported is closed by the asker's own role and a doubt ("em là tổ trưởng mới nên k biết có
đúng k"): the reported rule is judged, the role is no subject of the award. A story told with
figures and no mark before "tôi muốn hỏi / đề nghị …" is the story, not the ask."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "facts"),
    [
        (
            "xin hỏi công chức xã hoàn thành tốt nhiệm vụ có được xét lao động tiên tiến "
            "không à mà thưởng bao nhiêu tiền",
            "Có",
            ("hoàn thành tốt nhiệm vụ", "760.000"),
        ),
        (
            "chiến sĩ thi đua cơ sở có được thưởng tiền không ạ nếu có thì mức thưởng là bao nhiêu",
            "Có",
            ("2.530.000",),
        ),
        (
            "phòng nội vụ huyện bây giờ còn không à giờ hồ sơ khen của xã gửi đâu",
            "Không",
            ("01/7/2025",),
        ),
        (
            "cái thứ nhất là trường tiểu học có được đề nghị tập thể lao động tiên tiến không "
            "cái thứ hai là ai quyết định",
            "Có",
            ("Chủ tịch UBND xã",),
        ),
        (
            "thôn văn hóa chủ tịch xã công nhận được không à được thì tiền thưởng bao nhiêu",
            "Có",
            ("Chủ tịch UBND xã", "3.800.000"),
        ),
        (
            "giấy khen chủ tịch huyện bây giờ còn không ạ vậy thì ai ký",
            "Không",
            ("Chủ tịch UBND xã",),
        ),
        (
            "luật mới còn coi đăng ký thi đua là căn cứ xét danh hiệu không à mà quy chế tỉnh "
            "có được bắt các xã đăng ký không",
            "Không",
            ("Luật 2022", "quy chế"),
        ),
    ],
)
def test_yes_no_run_into_a_second_ask(
    officer_kb: KnowledgeBase, question: str, verdict: str, facts: tuple[str, ...]
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    for fact in facts:
        assert fact in text, text


@pytest.mark.parametrize(
    ("said", "read"),
    [
        # what must stay one ask: a denial, a closing particle, thanks after it
        ("xã ký không được thì ai ký", "xã ký không được thì ai ký"),
        ("có được xét không ạ em cảm ơn", "có được xét không ạ em cảm ơn"),
        ("người không còn công tác thì ai đề nghị", "người không còn công tác thì ai đề nghị"),
        (
            "nếu không đạt thì có được xét lại không",
            "nếu không đạt thì có được xét lại không",
        ),
        # the asks run together are ended where the yes/no ends
        ("có được không à mà thưởng bao nhiêu", "có được không? mà thưởng bao nhiêu"),
        (
            "có được không nếu được thì hồ sơ gồm gì",
            "có được không? nếu được thì hồ sơ gồm gì",
        ),
    ],
)
def test_where_a_spoken_ask_ends(officer_kb: KnowledgeBase, said: str, read: str) -> None:
    assert officer_kb.facts.spoken is not None
    assert officer_kb.facts.spoken.asks(said) == read


@pytest.mark.parametrize(
    "question",
    [
        "Năm ngoái thôn em được công nhận thôn văn hóa. Ông trưởng thôn cũ bảo năm nay vẫn "
        "phải nộp hồ sơ lên UBND huyện vì xã không có thẩm quyền. Em là trưởng thôn mới nên "
        "không biết có đúng không ạ.",
        "tdp e dc cong nhan tdp van hoa nam 2025. to pho cu noi nam nay phai gui ho so len "
        "phong noi vu huyen duyet. e moi lam to truong nen k biet co dung k",
        "Chị phó phòng bảo LĐTT của cán bộ xã vẫn phải gửi huyện duyệt rồi xã mới ký. Tôi là "
        "kế toán mới về nên chưa biết vậy có đúng không.",
        "khu phố tôi đạt tổ dân phố văn hóa. anh cán bộ văn hóa cũ bảo phải trình UBND quận "
        "công nhận. tôi mới làm tổ trưởng thì không biết có đúng k",
        "Trưởng thôn cũ nói hồ sơ thôn văn hóa vẫn gửi phòng văn hóa huyện. Mình là trưởng thôn "
        "mới nên k biết như vậy có đúng k ạ",
    ],
)
def test_letter_claim_before_a_role_and_doubt(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    head = text.split("\n\n")[0]
    assert "01/7/2025" in head and "Chủ tịch UBND xã" in head, text


_STORY = (
    "tôi là hiệu trưởng trường tiểu học năm học rồi trường tôi một trăm phần trăm giáo viên "
    "hoàn thành nhiệm vụ chín mươi phần trăm đạt lao động tiên tiến có ba đồng chí chiến sỹ "
    "thi đua cơ sở "
)


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            _STORY + "tôi muốn đề nghị tập thể lao động xuất sắc thì chủ tịch xã ký được không",
            "Không",
            "Chủ tịch UBND tỉnh",
        ),
        (
            _STORY + "cho tôi hỏi tập thể lao động xuất sắc thì xã tự quyết định được không hay "
            "phải gửi lên tỉnh",
            "Không",
            "Chủ tịch UBND tỉnh",
        ),
        (
            _STORY + "em muốn đề nghị tập thể lao động xuất sắc thì hồ sơ gửi đâu",
            None,
            "Sở Nội vụ",
        ),
        (
            "trường em năm nay chín mươi lăm phần trăm lao động tiên tiến hai người chiến sỹ "
            "thi đua cơ sở em muốn hỏi tập thể lao động xuất sắc thì ai quyết định",
            None,
            "Chủ tịch UBND tỉnh",
        ),
        (
            "ờ đơn vị tôi có hai mươi người thì mười tám người đạt lao động tiên tiến có một "
            "chiến sỹ thi đua cơ sở tôi muốn đề nghị tập thể lao động xuất sắc thì chủ tịch xã "
            "có ký được không",
            "Không",
            "Chủ tịch UBND tỉnh",
        ),
    ],
)
def test_story_figures_do_not_lead_the_ask(
    officer_kb: KnowledgeBase, question: str, verdict: str | None, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict) if verdict else ask(officer_kb, question)
    head = text.split("\n\n")[0]
    assert fact in head, text
    assert "Tỷ lệ" not in head.split("\n")[0], text


def test_story_figures_asked_keep_the_ratio(officer_kb: KnowledgeBase) -> None:
    text = ask(
        officer_kb,
        _STORY + "tôi muốn hỏi như vậy trường tôi có đủ điều kiện tập thể lao động xuất sắc không",
    )
    assert "70 %" in text, text
