"""Task h325 (stop 38): questions typed by a speech recogniser.

Older officers speak into the phone: the recogniser writes full marks, numbers and dates spelled
out ("mười hai lần", "một phẩy năm lần", "hai triệu năm trăm ba mươi nghìn", "tháng năm năm hai
nghìn không trăm hai mươi sáu"), no pause mark between two asks or before an aside ("… được
không hồ sơ cần những gì", "… không ông trưởng thôn cũ bảo thế"), fillers and restarts ("ờ",
"… à không …"), and a misheard syllable that is a real word ("sáng kiếng", "tiên tiếng"). Each
is read as the officer meant it; "năm" the year and "một" the article stay words."""

import pytest
import yaml

from bot.knowledge import KnowledgeBase
from bot.knowledge.spoken import SpokenNumbers
from tests.knowledge.asking import ask, ask_part_verdict, ask_verdict
from tests.knowledge.evaluation import CONTENT


@pytest.fixture(scope="module")
def spoken() -> SpokenNumbers:
    return SpokenNumbers(yaml.safe_load((CONTENT / "facts" / "spoken.yaml").read_text("utf-8")))


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("thưởng mười hai lần lương cơ sở", "thưởng 12 lần lương cơ sở"),
        ("trên năm mươi phần trăm cá nhân", "trên 50% cá nhân"),
        ("một phẩy năm lần", "1,5 lần"),
        ("không phẩy tám lần", "0,8 lần"),
        ("hai triệu năm trăm ba mươi nghìn đồng", "2.530.000 đồng"),
        ("ký tháng tư năm hai nghìn không trăm hai mươi sáu", "ký tháng 4 năm 2026"),
        ("nghị định chín mươi tám năm hai nghìn không trăm hai mươi ba", "nghị định 98 năm 2023"),
        ("hiệu lực từ một tháng bảy năm hai nghìn không trăm hai mươi lăm", "hiệu lực từ 1/7/2025"),
        ("niêm yết năm ngày", "niêm yết 5 ngày"),
        ("trường có ba trăm linh năm học sinh", "trường có 305 học sinh"),
        ("nộp một bộ bản chính", "nộp 1 bộ bản chính"),
        # what must keep its meaning
        ("năm 2026 xã xét", "năm 2026 xã xét"),
        ("năm nay xã xét", "năm nay xã xét"),
        ("công tác mười năm", "công tác 10 năm"),
        ("một thành tích khen một lần", "một thành tích khen một lần"),
        ("hai hình thức", "hai hình thức"),
        ("năm hai nghìn không trăm hai mươi bốn", "năm 2024"),
        ("hai mươi năm công tác", "20 năm công tác"),
        ("doanh nghiệp tư nhân", "doanh nghiệp tư nhân"),
        ("một bộ phận", "một bộ phận"),
    ],
)
def test_spoken_numbers_in_digits(spoken: SpokenNumbers, said: str, read: str) -> None:
    assert spoken(said) == read


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "bà con hỏi cờ thi đua của ủy ban nhân dân tỉnh thưởng mười hai lần lương cơ sở "
            "có đúng không",
            "Không",
            "8,0 lần",
        ),
        (
            "tập thể lao động tiên tiến chỉ cần ba mươi phần trăm cá nhân đạt lao động tiên "
            "tiến là được đúng không",
            "Không",
            "50 %",
        ),
        (
            "chiến sĩ thi đua cơ sở thưởng hai triệu năm trăm ba mươi nghìn đồng phải không",
            "Có",
            "2.530.000",
        ),
        ("ờ lao động tiên tiến thưởng hai triệu đồng có đúng không", "Không", "760.000"),
        (
            "nghị định chín mươi mốt năm hai nghìn không trăm mười bảy còn hiệu lực không",
            "Không",
            "91/2017",
        ),
        (
            "gia đình văn hóa niêm yết danh sách lấy ý kiến năm ngày là đủ rồi đúng không",
            "Không",
            "10 ngày",
        ),
    ],
)
def test_spoken_figure_judged(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    assert fact in ask_verdict(officer_kb, question, verdict).split("\n\n")[0]


def test_spoken_decision_month_picks_the_base(officer_kb: KnowledgeBase) -> None:
    text = ask(
        officer_kb,
        "quyết định lao động tiên tiến ký tháng năm năm hai nghìn không trăm hai mươi sáu "
        "thì thưởng bao nhiêu",
    )
    assert "710.000" in text, text


@pytest.mark.parametrize(
    ("question", "head", "verdict", "other"),
    [
        (
            "thôn có bác nông dân cứu người đuối nước xã khen đột xuất được không hồ sơ gồm "
            "những gì",
            "Ai quyết định",
            "Có",
            "tờ trình",
        ),
        (
            "xã phường đặc khu tiêu biểu thì chủ tịch xã tự công nhận được không mà thưởng "
            "bao nhiêu",
            "Ai quyết định",
            "Không",
            "5.060.000",
        ),
        (
            "xã tiêu biểu xã tự quyết được không với lại tiền thưởng bao nhiêu",
            "Ai quyết định",
            "Không",
            "5.060.000",
        ),
        (
            "thôn văn hóa thì chủ tịch xã công nhận được không mà tiền thưởng bao nhiêu",
            "Ai quyết định",
            "Có",
            "3.800.000",
        ),
        (
            "gia đình văn hóa trưởng thôn ký quyết định được không thủ tục thế nào",
            "Ai quyết định",
            "Không",
            "Chủ tịch UBND xã",
        ),
    ],
)
def test_two_asks_run_together(
    officer_kb: KnowledgeBase, question: str, head: str, verdict: str, other: str
) -> None:
    ask_part_verdict(officer_kb, question, head, verdict)
    assert other in ask(officer_kb, question)


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "gia đình văn hóa bây giờ còn phải ba năm liền mới được giấy khen không ông trưởng "
            "thôn cũ bảo thế",
            "Không",
            "hằng năm",
        ),
        (
            "sáng kiến chưa được áp dụng ở cơ sở thì có được công nhận là sáng kiến không ờ tôi "
            "hỏi để còn biết đường",
            "Không",
            "áp dụng",
        ),
        (
            "lao động tiên tiến cuối năm thưởng một triệu đồng phải không chị kế toán nói thế",
            "Không",
            "760.000",
        ),
        (
            "nghe nói cấp huyện bỏ từ năm hai nghìn không trăm hai mươi tư rồi phải không tôi "
            "không nhớ ngày nào",
            "Không",
            "01/7/2025",
        ),
        (
            "lao động tiên tiến có cần sáng kiến không em hỏi để còn báo cáo sếp",
            "Không",
            "sáng kiến",
        ),
    ],
)
def test_aside_after_the_yes_no(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    assert fact in ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "tôi nghe nói chiến sỹ thi đua cơ sở bắt buộc phải có sáng kiếng có phải không",
            "Không",
            "sáng kiến",
        ),
        ("ờ chiếng sĩ thi đua cơ sở có cần sáng kiếng không", "Không", "sáng kiến"),
        ("lao động tiên tiếng thì có cần sáng kiến không", "Không", "Lao động tiên tiến"),
        (
            "công chức hoàng thành tốt nhiệm vụ thì có được lao động tiên tiến không",
            "Có",
            "Lao động tiên tiến",
        ),
        ("gia đình văng hóa do ai công nhận", None, "Chủ tịch UBND xã"),
    ],
)
def test_misheard_syllable_read_as_the_term(
    officer_kb: KnowledgeBase, question: str, verdict: str | None, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict) if verdict else ask(officer_kb, question)
    assert fact in text.split("\n\n")[0], text


def test_restart_keeps_the_words_said_again(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "văn phòng có mười hai người thì bảy người đạt lao động tiên tiến còn lại hoàn thành "
        "nhiệm vụ à không hoàn thành tốt nhiệm vụ hết cả thì có đủ tập thể lao động tiên tiến "
        "không",
        "Có",
    )
    assert "7/12" in text, text
