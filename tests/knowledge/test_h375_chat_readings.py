"""Task h375 (blind set 137): how officers type in chat, read as the words they stand for.

The families diagnosed on blind 137 (teen/chat spelling, tails, the Đoàn as giver, đột xuất
verdicts, volunteer teams), each with the set's own wordings, the evaluator's new ones and ours:

- tails and chat words: "fai hok z", "… hok hay chỉ …", "jay tờ j", "bnhiu", "z" is "vậy" (not
  "gì"); a level told as the standard ("tiêu chuẩn LĐTT là HTXS") is the level claimed required
  (Luật 2022 Điều 24 khoản 1 điểm a);
- khen đột xuất: a deed typed "bắt đc tên trộm", "sơ cứu cho nạn nhân" is the sudden case, and
  "chỉ công an mới đc khen, dân thường thì hok" is wrong (Luật 2022 Điều 85, Điều 75);
- the Đoàn confers no State title: the xã chairman decides LĐTT (Điều 80 khoản 3; NĐ 129/2025
  Điều 59);
- "X (ở UBND xã) có đc tặng Y hok": the recipient's eligibility, not the xã's power (Điều 24,
  Điều 75);
- volunteer and shock-youth teams are collectives: giấy khen tập thể, its dossier (Điều 75,
  Điều 84 khoản 1, Điều 85);
- two asks of one letter: tập thể and cá nhân amounts, tax and who pays (NĐ 152/2025 Điều 50).
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask
from tests.knowledge.officer_eval import has_fact, leading_verdicts


def _check(kb: KnowledgeBase, question: str, verdict: str | None, facts: tuple[str, ...]) -> None:
    text = ask(kb, question)
    if verdict is not None:
        assert leading_verdicts(text)[:1] == [verdict], text
    for fact in facts:
        assert has_fact(text, fact), (fact, text)


# F2: the yes/no put as a tail ("fai hok z", "dung hok ad") or with its other way ("hok hay")
TAILS = [
    (
        "tieu chuan LDTT la hoan thanh xuat sac nhiem vu fai hok z",
        "Không",
        ("hoàn thành tốt nhiệm vụ",),
    ),
    ("TTLDTT can tren 50% nguoi dat LDTT fai hok z ad", "Có", ("50 %",)),
    (
        "jay khen ho gia dinh la chu tich xa ky hok hay fai trinh len tinh",
        "Có",
        ("Chủ tịch UBND xã",),
    ),
    ("ho so LDTT co can bien ban binh xet hok hay chi can to trinh la du", "Có", ("biên bản",)),
    # ours
    ("tc ldtt la htxs phai k ad", "Không", ("hoàn thành tốt nhiệm vụ",)),
    (
        "tiêu chuẩn LĐTT là hoàn thành xuất sắc nhiệm vụ phải không ạ",
        "Không",
        ("hoàn thành tốt nhiệm vụ",),
    ),
    ("dieu kien LDTT la hoan thanh xuat sac nv fai k z", "Không", ("hoàn thành tốt nhiệm vụ",)),
]

# F4: the deed told ("bắt đc tên trộm", "sơ cứu cho nạn nhân"), or a drive, decides đột xuất
SUDDEN = [
    (
        "E ở xã này, hôm trc bắt đc tên trộm xe ở chợ, nghe nói chỉ công an mới đc khen còn dân"
        " thường thì hok, đúng hok",
        "Không",
        ("đột xuất",),
    ),
    (
        "chi oi e la dieu duong tram y te, toi hom qua tren duong di truc ve e gap tai nan giao"
        " thong, e so cuu cam mau cho nan nhan va goi 115, nan nhan qua khoi. gia dinh nan nhan"
        " viet thu cam on gui UBND xa. cho e hoi truong hop nay co dc khen dot xuat hok, ho so co"
        " can bien ban hoi dong hok",
        "Có",
        ("thủ tục đơn giản",),
    ),
    (
        "e lam cong nhan, o tro tai fuong nay 3 nam. hom truoc e bat dc ten cuop giat tui xach cua"
        " 1 chi tren duong, giao cho cong an. cong an fuong bao se de nghi khen. khen vu nay la"
        " khen dot xuat dung hok, tien thuong jay khen ca nhan bnhiu",
        "Có",
        ("760.000",),
    ),
    (
        "chu e di lam ve gap vu tai nan, so cuu cuu dc nguoi, xa co khen dot xuat cho chu hok",
        "Có",
        (),
    ),
    ("doan vien thon e dap lua chay rung cuu ca doi keo, z khen dot xuat dc hok ak", "Có", ()),
    (
        "cuoi thang cao diem ATGT xa khen may ban doan vien, z la khen dot xuat fai hok",
        "Không",
        ("đợt",),
    ),
    # ours
    ("hom qua ba e bat dc ke trom cho trong xom, xa co khen dot xuat dc k", "Có", ()),
    (
        "nghe noi chi cong an moi dc khen dot xuat khi bat trom, dan thuong thi k, dung k",
        "Không",
        ("đột xuất",),
    ),
    (
        "Tối qua em sơ cứu cho một cụ bị ngã xe trên đường, xã có khen đột xuất được không ạ",
        "Có",
        (),
    ),
]

# F6b: the Đoàn as the giver of a State title
DOAN_GIVER = [
    ("Đoàn xã có đc tặng danh hiệu LĐTT cho đoàn viên hok", "Không", ("Chủ tịch UBND",)),
    ("Doan co dc tang LDTT hok, z ai tang LDTT cho bi thu doan xa", "Không", ("Chủ tịch UBND",)),
    ("Bi thu doan xa co quyen ky wyet dinh LDTT cho doan vien hok", "Không", ("Chủ tịch UBND",)),
    # ours
    ("chi doan co the tu cong nhan LDTT cho doan vien ko", "Không", ("Chủ tịch UBND",)),
    (
        "tinh doan co tang danh hieu chien si thi dua co so cho can bo doan xa k",
        "Không",
        ("Chủ tịch UBND",),
    ),
    ("đoàn thanh niên xã có quyền xét tặng LĐTT không ạ", "Không", ("Chủ tịch UBND",)),
]

# F6a: "X (ở UBND xã) có đc tặng Y hok (hay chỉ …)": whether X may have it
RECIPIENT_ASKED = [
    (
        "NV hợp đồng ở UBND xã có đc tặng LĐTT hok hay chỉ dành cho công chức z",
        "Có",
        ("người lao động",),
    ),
    (
        "thon co dc tang jay khen cua chu tich xa hok hay chi ca nhan moi dc, neu dc thi thuong"
        " bnhiu",
        "Có",
        ("1.520.000",),
    ),
    ("chi doan thon co dc tang jay khen tap the cua xa hok ad", "Có", ("1.520.000",)),
    # ours
    ("nguoi lam hop dong tai ubnd xa co duoc xet LDTT khong", "Có", ("người lao động",)),
    ("to dan pho co dc nhan giay khen cua chu tich xa k", "Có", ()),
    (
        "nhân viên hợp đồng ở ubnd phường có được tặng LĐTT hok hay chỉ công chức",
        "Có",
        ("người lao động",),
    ),
]

# F7: both asks of a letter
BOTH_PARTS = [
    (
        "tui la SV, doi MHX tui 25 ban ve xa lam duong, day hoc cho tre 1 thang. cuoi dot xa bao"
        " se tang jay khen cho ca doi (tap the) va 3 ban xuat sac (ca nhan). tien thuong cho tap"
        " the va ca nhan la bnhiu z ad",
        None,
        ("1.520.000", "760.000"),
    ),
    (
        "tui dc xa tang jay khen ca nhan vi cuu 1 em nho duoi ao trong dot MHX, dc 760k. ba tui bao"
        " tien nay fai khai thue thu nhap ca nhan, con ban tui bao tien nay la tu tui rieng cua chu"
        " tich xa. ai dung z ad",
        None,
        ("thuế", "Quỹ thi đua"),
    ),
    (
        "tui la doi pho MHX, xa khen ca doi va 2 ban ca nhan. cho hoi tap the bnhiu, ca nhan bnhiu,"
        " tien lay tu wy nao",
        None,
        ("1.520.000", "760.000", "Quỹ thi đua"),
    ),
    (
        "e dc xa thuong 760k, me e bao fai dong thue, chi e bao tien nay tinh chi. ai dung z",
        None,
        ("thuế", "Quỹ thi đua"),
    ),
    # ours
    ("ca nhan va tap the duoc giay khen thi moi ben thuong bnhiu", None, ("1.520.000", "760.000")),
    (
        "e muon hoi ca nhan e va doi tinh nguyen neu dc giay khen cua chu tich xa thi moi ben"
        " thuong bao nhieu",
        None,
        ("1.520.000", "760.000"),
    ),
    ("tiền thưởng giấy khen là tiền túi riêng của chủ tịch xã à, ai chi", None, ("Quỹ thi đua",)),
]

# F8: each coefficient judged next to its own title
FIGURES = [
    (
        "LDTT 0,3 con CSTDCS 1,0 lan luong co so dung hok, nam nay ra bnhiu moi cai",
        "Có",
        ("760.000", "2.530.000"),
    ),
    ("TTLDTT thuong 0,8 con TTLDXS 1,5 lan luong co so dung hok", "Có", ()),
    ("thon van hoa 1,5 lan luong co so, nam nay la 3.800.000 dung hok", "Có", ("3.800.000",)),
    ("CSTD tinh 3,0 lan la 7.590.000 dung hok ad", "Có", ("7.590.000",)),
    # ours
    (
        "LĐTT 0,3 còn CSTĐCS 1,0 lần lương cơ sở đúng không, năm nay ra bao nhiêu mỗi cái",
        "Có",
        ("760.000",),
    ),
    ("TTLDXS 1,5 con TTLDTT 0,8 lan luong co so dung k ad, moi cai bnhiu", "Có", ("3.800.000",)),
    ("giay khen tap the 0,6 lan luong co so dung hok, nam nay bnhiu", "Có", ("1.520.000",)),
    (
        "ke toan xa noi dc jay khen dot xuat thi chi co jay hok co tien, dung hem",
        "Không",
        ("760.000",),
    ),
]

# F9: a volunteer or shock-youth team's dossier
TEAMS = [
    (
        "de nghi khen cho doi tinh nguyen thi can nhung jay to j z",
        None,
        ("tờ trình", "báo cáo thành tích"),
    ),
    (
        "ho so khen doi thanh nien tinh nguyen cua xa gom j z",
        None,
        ("tờ trình", "báo cáo thành tích"),
    ),
    (
        "mun de nghi jay khen cho nhom tinh nguyen vien chong dich thi lam jay to j",
        None,
        ("tờ trình", "báo cáo thành tích"),
    ),
    (
        "doi xung kich thon e mun dc khen, can nop nhung j ad",
        None,
        ("tờ trình", "báo cáo thành tích", "biên bản"),
    ),
    # ours
    (
        "hồ sơ đề nghị khen đội thanh niên xung kích gồm những gì",
        None,
        ("tờ trình", "báo cáo thành tích"),
    ),
    ("doi tinh nguyen mua he xanh dc xa khen thi thuong bnhiu", None, ("1.520.000",)),
    (
        "nhom tinh nguyen cua thon muon duoc khen thi ho so gom gi",
        None,
        ("tờ trình", "báo cáo thành tích"),
    ),
]

# controls: near wordings whose answer must not change
CONTROLS = [
    (
        "tiêu chuẩn LĐTT là hoàn thành tốt nhiệm vụ trở lên phải không",
        "Có",
        ("hoàn thành tốt nhiệm vụ",),
    ),
    ("e dat hoan thanh xuat sac nhiem vu, co dc LDTT k", "Có", ()),
    ("chu tich xa co duoc tang LDTT khong", "Có", ("Chủ tịch UBND xã",)),
    ("xa co duoc tang giay khen cho thon khong", "Có", ()),
    ("nguoi dan binh thuong k phai can bo co dc khen dot xuat k ad", "Có", ()),
    ("giay khen cua doan co thay LDTT dc k", "Không", ()),
    ("doan vien co dc xet LDTT k", "Có", ()),
    ("khen dot xuat co tien thuong khong", "Có", ("760.000",)),
    ("LDTT 0,5 con CSTDCS 1,0 lan luong co so dung hok, nam nay ra bnhiu moi cai", "Không", ()),
    ("nghi thai san co dc len CSTDCS k", "Có", ()),
    ("CSTDCS phai co sang kien duoc ap dung dung k", "Không", ()),
    ("thoi gian giai quyet ho so LDTT la bao lau", None, ("tỉnh",)),
    ("nha tui la ho gia dinh thi co dc giay khen cua chu tich xa hong", "Có", ()),
    ("em la to truong, xa muon tang giay khen cho to em, thuong bao nhieu a", None, ("1.520.000",)),
]

#: near wordings that tell no deed: never a plain "Có"
NO_DEED = [
    "học lớp sơ cứu có được tính là thành tích đột xuất không",
    "tram y te so cuu ban dau cho benh nhan hang ngay thi co dc khen dot xuat k",
]

# F1 (the chat's forms only): a line put up with "fai hok chị", "hok dc lên", "dc Đoàn khen"
HEARSAY_CHAT = [
    ("mn trong tram bao nghi thai san thi nam do hok dc len CSTDCS, fai hok chi", "Không", ()),
    (
        "ke toan xa noi dc jay khen dot xuat thi chi co jay hok co tien, dung hem",
        "Không",
        ("760.000",),
    ),
    ("e dc Doan khen roi thi nam do hok dc xet LDTT nua dung hok", "Không", ()),
    (
        "a fo chu tich bao nv hop dong lam chua du 2 nam thi hok dc LDTT, dung hok ad",
        "Không",
        ("6 tháng",),
    ),
    # ours
    ("chị em bảo nghỉ sinh năm nay thì không được lên CSTĐCS, phải không chị", "Không", ()),
    ("minh duoc tinh doan tang bang khen roi thi khong duoc xet CSTDCS nua phai k", "Không", ()),
    ("nghe noi nghi de thi nam do k dc len LDTT, dung k anh", "Không", ()),
]

# F6c, F2: what the law itself sets, an unapplied idea, the definition's conditions
LAW_AND_INITIATIVE = [
    (
        "tui hoi xiu: luat co quy dinh chi tiet tieu chuan jay khen cua chu tich xa hok hay de"
        " tinh quy dinh",
        "Không",
        ("tỉnh",),
    ),
    ("luat co quy dinh so ngay giai quyet ho so LDTT hok hay tinh tu quy dinh", "Không", ("tỉnh",)),
    (
        "sang kien cua e moi la y tuong chua ap dung o truong thi co tinh la sang kien de xet"
        " CSTDCS hok",
        "Không",
        ("áp dụng",),
    ),
    ("y tuong moi nghi ra chua lam thu o tram thi co tinh la sang kien hok", "Không", ("áp dụng",)),
    (
        "sang kien fai co tinh moi va da dc ap dung thi moi dc cong nhan dung hok ad",
        "Có",
        ("tính mới",),
    ),
    # ours
    (
        "luật có quy định chi tiết tiêu chuẩn giấy khen không hay để tỉnh quy định",
        "Không",
        ("tỉnh",),
    ),
    ("may ngay giai quyet ho so giay khen", None, ("tỉnh",)),
    ("sáng kiến mới viết trên giấy chưa áp dụng có được công nhận không", "Không", ("áp dụng",)),
    ("sang kien can co kha nang nhan rong k", "Có", ("nhân rộng",)),
    ("sang kien khong can ap dung cung dc cong nhan dung k", "Không", ()),
]


@pytest.mark.parametrize(("question", "verdict", "facts"), HEARSAY_CHAT)
def test_hearsay_in_chat_forms(
    officer_kb: KnowledgeBase, question: str, verdict: str, facts: tuple[str, ...]
) -> None:
    _check(officer_kb, question, verdict, facts)


@pytest.mark.parametrize(("question", "verdict", "facts"), LAW_AND_INITIATIVE)
def test_law_and_initiative(
    officer_kb: KnowledgeBase, question: str, verdict: str | None, facts: tuple[str, ...]
) -> None:
    _check(officer_kb, question, verdict, facts)


@pytest.mark.parametrize(("question", "verdict", "facts"), TAILS)
def test_tail_questions(
    officer_kb: KnowledgeBase, question: str, verdict: str, facts: tuple[str, ...]
) -> None:
    _check(officer_kb, question, verdict, facts)


@pytest.mark.parametrize(("question", "verdict", "facts"), SUDDEN)
def test_sudden_deed_verdicts(
    officer_kb: KnowledgeBase, question: str, verdict: str, facts: tuple[str, ...]
) -> None:
    _check(officer_kb, question, verdict, facts)


@pytest.mark.parametrize(("question", "verdict", "facts"), DOAN_GIVER)
def test_doan_gives_no_state_title(
    officer_kb: KnowledgeBase, question: str, verdict: str, facts: tuple[str, ...]
) -> None:
    _check(officer_kb, question, verdict, facts)


@pytest.mark.parametrize(("question", "verdict", "facts"), RECIPIENT_ASKED)
def test_recipient_asked_not_xa_power(
    officer_kb: KnowledgeBase, question: str, verdict: str, facts: tuple[str, ...]
) -> None:
    _check(officer_kb, question, verdict, facts)


@pytest.mark.parametrize(("question", "verdict", "facts"), BOTH_PARTS)
def test_both_asks_of_a_letter(
    officer_kb: KnowledgeBase, question: str, verdict: str | None, facts: tuple[str, ...]
) -> None:
    _check(officer_kb, question, verdict, facts)


@pytest.mark.parametrize(("question", "verdict", "facts"), FIGURES)
def test_figures_by_title(
    officer_kb: KnowledgeBase, question: str, verdict: str, facts: tuple[str, ...]
) -> None:
    _check(officer_kb, question, verdict, facts)


@pytest.mark.parametrize(("question", "verdict", "facts"), TEAMS)
def test_volunteer_teams(
    officer_kb: KnowledgeBase, question: str, verdict: str | None, facts: tuple[str, ...]
) -> None:
    _check(officer_kb, question, verdict, facts)


@pytest.mark.parametrize(("question", "verdict", "facts"), CONTROLS)
def test_controls_unchanged(
    officer_kb: KnowledgeBase, question: str, verdict: str | None, facts: tuple[str, ...]
) -> None:
    _check(officer_kb, question, verdict, facts)


@pytest.mark.parametrize("question", NO_DEED)
def test_no_deed_told(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] != ["Có"], text
