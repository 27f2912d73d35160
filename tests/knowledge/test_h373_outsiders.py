"""Task h373 (b136, people and organisations outside the state apparatus): reading rules.

F1 a backstory ("năm nào cũng được LĐTT", "được chủ tịch xã tặng giấy khen") answered before the
claim asked: a firm's CSTĐCS counts for CSTĐ tỉnh (Luật Thi đua, khen thưởng 2022 Điều 80
khoản 4, Điều 22 khoản 1), a prize is not taxed (TT 111/2013 Điều 2 khoản 2 điểm e.1).
F2 Điều 5 khoản 2 điểm c: one deed, one form ("cả xã và tỉnh cùng khen cho cùng 1 việc": Không);
no cap on the times a person is commended for new deeds ("có giới hạn số lần không": Không).
F3 negated hearsay: "chủ tịch xã không được ký nữa" (Điều 80 khoản 3; NĐ 129/2025 Điều 59),
"tự nguyện nên không được khen" (Điều 3 khoản 1), "không còn ai khen … nữa" after the reform.
F4 farmers and sellers told by their trade (Điều 24 khoản 3: LĐTT; Điều 20 khoản 2: every
household's Gia đình văn hóa), a cooperative asking for Gia đình văn hóa (Không).
F5 verdicts: a rescue in a flood is khen đột xuất (Điều 85); a household's and a person's giấy
khen pay the same; a giấy khen count capped per thôn is the province's quy chế (Tùy).
F6 households still subjects (Điều 3, Điều 20 khoản 2), a trader commended, artisans' titles
are danh hiệu vinh dự nhà nước (Điều 59 khoản 2 điểm h).
F7 a collective and its members commended together: both amounts.
"""

import pytest

from bot.core.text import fold
from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask
from tests.knowledge.officer_eval import leading_verdicts


def _norm(text: str) -> str:
    return "".join(fold(text).lower().split())


def _check(kb: KnowledgeBase, question: str, verdict: str | None, facts: tuple[str, ...]) -> str:
    text = ask(kb, question)
    if verdict is not None:
        # the officer reads the first verdict: it must be the one the facts give
        assert leading_verdicts(text)[:1] == [verdict], text
        first = text.split("\n\n")[0].partition("\n")[2]
        assert _norm(first).startswith(_norm(verdict)), text
    for fact in facts:
        assert _norm(fact) in _norm(text), (fact, text)
    return text


CASES = [
    # F1: the backstory does not answer first
    (
        "a oi e la cong nhan cty go o xa, lam 5 nam, nam nao cung dc giam doc tang LDTT, nam "
        "ngoai them CSTDCS. nay nghe to truong bao CSTDCS ma giam doc cty ky thi k tinh, phai do "
        "chu tich xa ky moi dc tinh de len CSTD tinh. dung k a",
        "Không",
        ("Giám đốc",),
    ),
    (
        "chi e buon ban nho, nam nay dc chu tich xa tang giay khen vi chong rac thai nhua o cho, "
        "nghe noi tien thuong phai dong thue TNCN dung k",
        "Không",
        ("111/2013",),
    ),
    (
        "nam ngoai ba e dc xa tang giay khen ho gia dinh roi, nay nghe noi tien thuong do phai "
        "tru thue 10%, dung k ad",
        "Không",
        ("111/2013",),
    ),
    (
        "cty e nam nao cung dc chu tich xa tang giay khen tap the, nay ke toan bao muon tang LDTT "
        "cho cong nhan thi phai xin xa ky, dung k",
        "Không",
        ("Giám đốc",),
    ),
    (
        "bo e dc LDTT 3 nam lien roi, gio nghe noi LDTT cua nong dan k co tien thuong, co dung k",
        "Không",
        ("760.000",),
    ),
    (
        "năm ngoái nhà em được xã tặng giấy khen, nay nghe nói tiền thưởng giấy khen phải nộp "
        "thuế thu nhập cá nhân, đúng không",
        "Không",
        ("111/2013",),
    ),
    (
        "e dc giam doc cty tang CSTDCS 3 nam lien, nghe noi CSTDCS cua cty k dc tinh de len CSTD "
        "tinh, dung k",
        "Không",
        ("Giám đốc", "03 lần liên tục"),
    ),
    (
        "bác em được LĐTT mấy năm rồi, nghe nói tiền thưởng LĐTT phải trừ thuế 10% đúng không",
        "Không",
        ("111/2013",),
    ),
    # F2: one deed, one form; no cap on times for new deeds
    (
        "nha hao tam ung ho 1 lan ma dc ca chu tich xa va chu tich tinh cung khen cho cung 1 viec, "
        "co dung quy dinh k",
        "Không",
        ("một thành tích",),
    ),
    (
        "nha hao tam o xa nam nao cung ung ho, co gioi han so lan dc khen k",
        "Không",
        ("nhiều lần",),
    ),
    (
        "Cô tôi ở Mỹ ủng hộ xây trường mẫu giáo năm 2025, xã đã tặng giấy khen. Năm nay cô lại "
        "ủng hộ mua xe đưa đón học sinh. Có người bảo đã khen một lần rồi thì không khen nữa. "
        "Đúng không ad?",
        "Không",
        ("nhiều lần",),
    ),
    (
        "Thưa ad, tôi là trưởng ban trị sự chùa ở xã. Năm nay nhà chùa nấu cơm từ thiện cho bệnh "
        "viện và ủng hộ bão lụt khoảng 300 triệu. Xã nói sẽ tặng giấy khen, có người lại bảo xin "
        "luôn bằng khen tỉnh cho cùng đợt ủng hộ đó. Xin hỏi một việc ủng hộ có được khen cả giấy "
        "khen xã lẫn bằng khen tỉnh không, và giấy khen xã do ai ký?",
        "Không",
        ("Chủ tịch UBND",),
    ),
    (
        "ong ay ung ho xay cau 1 lan, xa da tang giay khen, nay hoi nong dan tinh lai de nghi "
        "bang khen tinh cung vi viec do, vay dc k",
        "Không",
        ("một thành tích",),
    ),
    (
        "nghe noi moi nguoi chi dc nhan giay khen cua chu tich xa 1 lan trong doi thoi, dung k a",
        "Không",
        ("nhiều lần",),
    ),
    (
        "nha hao tam ung ho nhieu nam lien thi co bi khong che so lan khen k hay co thanh tich moi "
        "la dc khen tiep",
        "Không",
        ("nhiều lần",),
    ),
    (
        "Ông Tư ủng hộ 200 triệu xây cầu, xã đã tặng giấy khen rồi, giờ xin thêm bằng khen tỉnh "
        "cho chính việc đó được không?",
        "Không",
        ("một thành tích",),
    ),
    (
        "ba ay nam ngoai dc giay khen roi, nam nay ung ho tiep thi co bi gioi han so lan khen k",
        "Không",
        ("nhiều lần",),
    ),
    (
        "nghe bảo đã được khen một lần rồi thì không được khen nữa, đúng không ạ",
        "Không",
        ("nhiều lần",),
    ),
    (
        "cung 1 dot ung ho ma vua dc giay khen xa vua dc bang khen tinh co dung k",
        "Không",
        ("một thành tích",),
    ),
    (
        "1 thanh tich vua tang giay khen xa vua de nghi tinh tang bang khen dc k",
        "Không",
        ("nhiều hình thức",),
    ),
    # F3: negated or second-half hearsay
    (
        "nghe noi CSTDCS thi chu tich xa k dc ky nua ma phai trinh tinh, dung k",
        "Không",
        ("Chủ tịch UBND",),
    ),
    (
        "nghe noi ung ho tien cho xa la tu nguyen nen k dc khen, dung k ad",
        "Không",
        ("giấy khen",),
    ),
    (
        "nha e o thi xa cu, nay la phuong. nam ngoai nha e dc UBND thi xa tang giay khen vi gop "
        "tien xay cau. nam nay nha e lai ung ho chong bao, nghe noi gio k con thi xa nen k ai "
        "khen ho gia dinh nua. dung k a",
        "Không",
        ("Chủ tịch UBND",),
    ),
    (
        "nghe noi giam doc htx gio k dc tang LDTT nua ma phai xin chu tich xa, dung k",
        "Không",
        ("Giám đốc",),
    ),
    (
        "thay bao bo huyen roi nen k con ai cong nhan thon van hoa nua, co dung k ad",
        "Không",
        ("Chủ tịch UBND",),
    ),
    (
        "nghe noi hien dat lam duong la tu nguyen nen xa k khen thuong gi het, dung k",
        "Không",
        ("giấy khen",),
    ),
    (
        "nghe nói LĐTT giờ chủ tịch xã không được ký nữa mà phải trình tỉnh, đúng không ạ",
        "Không",
        ("Chủ tịch UBND",),
    ),
    ("góp tiền làm đường là tự nguyện nên xã không khen, có đúng k", "Không", ("giấy khen",)),
    (
        "nghe noi bo huyen roi nen k con ai cong nhan gia dinh van hoa nua dung k",
        "Không",
        ("Chủ tịch UBND",),
    ),
    (
        "nghe noi tham gia thi dua la tu nguyen, ca ca nhan, tap the lan ho gia dinh deu dc tham "
        "gia phong trao NTM, dung k a",
        "Có",
        ("tự nguyện",),
    ),
    # F4: a subject outside the state apparatus told by trade or form
    (
        "bac hang xom e trong ca phe gioi nhat thon, bac co dc xet lao dong tien tien k hay LDTT "
        "chi danh cho can bo cong chuc a",
        "Có",
        ("nông dân",),
    ),
    (
        "Em chào ad. Bố em năm nay 62 tuổi, vẫn trồng 2 mẫu lúa và nuôi cá, năm nào cũng góp công "
        "làm đường, tham gia tổ hòa giải ở thôn. Trưởng thôn bảo nông dân không phải cán bộ nên "
        "không xét Lao động tiên tiến được, chỉ xét gia đình văn hóa thôi. Vậy bố em có được xét "
        "LĐTT không ạ, nếu được thì ai quyết định?",
        "Có",
        ("Chủ tịch UBND", "nông dân"),
    ),
    ("htx co dc binh xet danh hieu gia dinh van hoa k ad", "Không", ("hộ gia đình",)),
    (
        "ba ban rau o cho co dc binh gia dinh van hoa k ad hay chi nha can bo",
        "Có",
        ("hộ gia đình",),
    ),
    (
        "chu e nuoi ga tha vuon 5000 con, lam an co lai, tham gia hoi nong dan, co dc binh LDTT k "
        "hay chi can bo xa moi dc",
        "Có",
        ("nông dân",),
    ),
    ("to hop tac dan may tre o thon co dc binh gia dinh van hoa k ad", "Không", ("hộ gia đình",)),
    (
        "co ban xoi dau cho co dc xet gia dinh van hoa k hay chi nha co nguoi lam nha nuoc",
        "Có",
        ("hộ gia đình",),
    ),
    (
        "chú em nuôi tôm giỏi nhất xã, có được xét Lao động tiên tiến không hay LĐTT chỉ cho cán "
        "bộ thôi",
        "Có",
        ("nông dân",),
    ),
    (
        "me e ban rau ngoai cho, nha e co dc binh gia dinh van hoa k hay chi nha can bo moi dc",
        "Có",
        ("hộ gia đình",),
    ),
    ("cong ty tnhh o xa co dc xet gia dinh van hoa k", "Không", ("hộ gia đình",)),
    # F5: the verdict of an eligibility, amount or cap block
    (
        "ho gia dinh co dc khen thuong theo luat thi dua k hay chi ca nhan voi tap the thoi",
        "Có",
        ("hộ gia đình",),
    ),
    (
        "ong truong thon bao nguoi cheo thuyen cuu hang xom trong lu se dc xa khen dot xuat, dung "
        "k a",
        "Có",
        ("đột xuất",),
    ),
    # h386: "cho hộ hay cho từng người" offers two recipients side by side (no "không hay"),
    # both asked of, so the prizes are compared
    (
        "ho gia dinh gop cong gop cua lam nha van hoa thon thi dc xa tang giay khen cho ho hay cho "
        "tung nguoi, tien co khac k",
        "Không",
        ("760.000",),
    ),
    (
        "nghe noi moi thon chi dc de nghi toi da 5 ho nhan giay khen xa moi nam, dung k",
        "Tùy",
        ("tỉnh",),
    ),
    (
        "nghe noi nguoi lao xuong song cuu tre duoi nuoc thi dc xa khen dot xuat, dung k",
        "Có",
        ("đột xuất",),
    ),
    (
        "giay khen cho ho gia dinh va giay khen cho 1 nguoi tien thuong co khac nhau k ad",
        "Không",
        ("760.000",),
    ),
    (
        "hoi nong dan bao moi chi hoi chi dc de nghi toi da 3 hoi vien nhan giay khen xa moi nam, "
        "dung k",
        "Tùy",
        ("tỉnh",),
    ),
    (
        "anh ấy nhảy xuống ao cứu cháu bé bị đuối nước, xã khen đột xuất được không",
        "Có",
        ("đột xuất",),
    ),
    ("giay khen ca nhan va giay khen ho gia dinh thuong co khac k", "Không", ("760.000",)),
    (
        "chi doan bao moi thon chi dc de nghi toi da 2 doan vien nhan giay khen, dung k",
        "Tùy",
        ("tỉnh",),
    ),
    (
        "xa e muon khen cho nong dan san xuat gioi, nghe noi moi nam chi dc khen toi da 10 nguoi, "
        "dung k",
        "Tùy",
        ("tỉnh",),
    ),
    # F6: households, traders, artisans
    (
        "nghe noi luat thi dua moi bo khen cho ho gia dinh roi, chi con ca nhan tap the, dung k ad",
        "Không",
        ("hộ gia đình",),
    ),
    (
        "chu tiem vang o xa ung ho lu lut, nghe noi chi ho gia dinh moi dc khen con nguoi kinh "
        "doanh thi k, dung k",
        "Không",
        ("giấy khen",),
    ),
    (
        "cu ong lam nghe det chieu lau nam o xa co the dc phong nghe nhan uu tu k",
        "Có",
        ("danh hiệu vinh dự nhà nước",),
    ),
    (
        "nghe noi ho kinh doanh thi k dc xa khen, chi ho nong dan moi dc, dung k",
        "Không",
        ("giấy khen",),
    ),
    (
        "ba e lam nghe gom 40 nam, co the dc phong nghe nhan nhan dan k, ai xet",
        "Có",
        ("danh hiệu vinh dự nhà nước", "Chủ tịch nước"),
    ),
    (
        "luat thi dua bay gio con khen thuong cho ho gia dinh k hay bo roi ad",
        "Có",
        ("hộ gia đình",),
    ),
    ("nghe noi chi ho gia dinh moi dc khen, chu quan an thi k, dung k", "Không", ("giấy khen",)),
    (
        "Ông tôi làm nghề đan lát 50 năm, có thể được phong Nghệ nhân ưu tú không, ai xét?",
        "Có",
        ("danh hiệu vinh dự nhà nước",),
    ),
    ("nghe noi gio k con khen thuong ho gia dinh nua, dung k", "Không", ("hộ gia đình",)),
    (
        "ong e la nghe nhan lang gom, nghe noi nghe nhan uu tu chi la danh hieu cua hiep hoi lang "
        "nghe, k phai cua nha nuoc, dung k",
        "Không",
        ("vinh dự nhà nước",),
    ),
    # F7: a collective and its members, both amounts
    (
        "Chào ad, mình là chủ nhiệm câu lạc bộ thiện nguyện của xã, năm nay CLB xây 3 căn nhà tình "
        "thương, tặng 500 suất quà Tết. Xã nói sẽ khen CLB bằng giấy khen tập thể và khen riêng 2 "
        "thành viên tích cực. Hỏi ad mỗi loại giấy khen thưởng bao nhiêu tiền và ai ký?",
        None,
        ("1.520.000", "760.000", "Chủ tịch UBND"),
    ),
    (
        "xa khen hoi phu nu giay khen tap the va tang giay khen cho 3 chi hoi vien, "
        "moi loai bn tien",
        None,
        ("1.520.000", "760.000"),
    ),
    (
        "cty e dc giay khen tap the cua xa, giam doc cung dc giay khen ca nhan, "
        "tien thuong moi cai bn",
        None,
        ("1.520.000", "760.000"),
    ),
    (
        "giao xu dc giay khen tap the, cha xu dc giay khen ca nhan, "
        "thuong moi loai bao nhieu, ai ky",
        None,
        ("1.520.000", "760.000", "Chủ tịch UBND"),
    ),
    (
        "xa tang giay khen cho doi thanh nien tinh nguyen va cho 2 thanh vien, moi loai dc bao "
        "nhieu tien",
        None,
        ("1.520.000", "760.000"),
    ),
    (
        "Nhà chùa được giấy khen tập thể, sư thầy được giấy khen cá nhân, "
        "mỗi loại thưởng bao nhiêu?",
        None,
        ("1.520.000", "760.000"),
    ),
    (
        "clb duong sinh dc giay khen tap the, 3 hoi vien dc giay khen rieng, thuong bn moi loai",
        None,
        ("1.520.000", "760.000"),
    ),
]


@pytest.mark.parametrize(("question", "verdict", "facts"), CASES)
def test_outsiders_read(
    officer_kb: KnowledgeBase, question: str, verdict: str | None, facts: tuple[str, ...]
) -> None:
    _check(officer_kb, question, verdict, facts)


#: near wordings whose answer must not change: the plain asks the facts already answer
CONTROLS = [
    (
        "một người có được giấy khen nhiều lần cho những thành tích khác nhau không",
        "Có",
        "Khen nhiều lần",
    ),
    ("nha hao tam co dc khen nhieu lan k", "Có", "Khen nhiều lần"),
    ("cán bộ xã có được xét LĐTT không", "Có", "Lao động tiên tiến: Ai được xét"),
    ("nong dan co dc LDTT k", "Có", "Lao động tiên tiến: Ai được xét"),
    ("thôn có được xét gia đình văn hóa không", "Không", "Gia đình văn hóa: Ai được xét"),
    # task h390: a bare cap asked opens "Tùy" with the province (Luật 2022 Điều 24 sets none;
    # a province may, domain.md §1.2(6), §2.11), the law's "không" said with it
    # ("Không" here until the lead's settled policy of stop 46 made the bare cap "Tùy", h476)
    ("LĐTT có bị giới hạn tỷ lệ không", "Tùy", "Tỷ lệ, giới hạn"),
    ("giay khen tap the va ca nhan tien co khac k", "Có", "Tiền thưởng"),
    ("tham gia thi đua có bắt buộc không", "Không", "Có bắt buộc tham gia thi đua"),
]


@pytest.mark.parametrize(("question", "verdict", "title"), CONTROLS)
def test_controls_unchanged(
    officer_kb: KnowledgeBase, question: str, verdict: str, title: str
) -> None:
    text = _check(officer_kb, question, verdict, ())
    assert title in text.split("\n\n")[0], text


def test_plain_tax_of_other_bonus_not_ruled(officer_kb: KnowledgeBase) -> None:
    # thưởng Tết is no prize under the Law: the rule on prize tax does not answer it
    text = officer_kb.ask(
        "tiền thưởng Tết có phải đóng thuế TNCN không", __import__("datetime").date(2026, 11, 22)
    ).text
    assert "không chịu thuế thu nhập cá nhân**" not in text, text
