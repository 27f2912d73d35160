"""Task h392 (issue 11, tuning set b147): the reading of a question, not single questions.

- A (an unasked neighbouring attribute gave the verdict): a claim pairing two titles with two
  kinds of recipient ("LĐTT chỉ dành cho cá nhân, tập thể thì gọi là TTLĐTT") is judged clause
  by clause (Luật 2022 Điều 19 khoản 4, Điều 20 khoản 1 điểm d); "GV (trường)" is a person, so
  a teacher's case is read for an individual's title (Điều 23).
- B (negated, hypothetical or letter-stated facts): "k bắt / cần phải có X mới được Y" denies a
  requirement (Điều 75: the xã chairman's Giấy khen asks for no title first); "chỉ còn X"
  claims X remains (there is no "phường / xã văn hóa", Điều 20; thôn, tổ dân phố văn hóa still
  is); a year put up as a condition ("nếu 2027 đạt tiếp", "năm nay nếu đạt nữa") counts in the
  run of Điều 22 khoản 1 điểm a unless a year before it broke the run; "đủ số lần" asks the run.
- C (a situation or a list with no opening verdict): "có … k còn thưởng bn" is a yes/no tail
  then a second ask, not "không còn"; "e muon de nghi" is "muốn", not "muộn"; papers listed
  after "gồm", cut at commas, are one claim judged against the Law's list (Điều 84 khoản 1) or
  a dossier fact naming them in prose (NĐ 86/2023 for thôn văn hóa).
- E (another attribute of the right title): "xã đề nghị thẳng lên Bộ Nội vụ" claims the route
  (the xã sends to Sở Nội vụ; Điều 84, NĐ 152/2025); a bare "khen" sent to the province's
  chairman is his Bằng khen (Điều 74, 79) and "kèm những gì" asks its dossier.
- F (a part of a stacked message dropped): " / " between two asks breaks the parts like a new
  line; a letter putting a title up whose ask names the Hội đồng TĐKT only as the minutes'
  paper asks of that title (TTLĐXS: Chủ tịch UBND tỉnh, hồ sơ qua Sở Nội vụ, Điều 27, 79).

Questions of these families the fix does not reach yet are kept as non-strict xfails, with why.
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask
from tests.knowledge.officer_eval import has_fact, leading_verdicts

_LEFT = pytest.mark.xfail(strict=False, reason="not reached by task h392")


@pytest.mark.parametrize(
    ("question", "verdict", "facts"),
    [
        pytest.param(
            "Nghe nói Lao động tiên tiến chỉ dành cho cá nhân, tập thể thì gọi là"
            " Tập thể lao động tiên tiến, đúng không ạ? Với tập thể thì cần mấy %"
            " đạt LĐTT",
            "Có",
            ["50%"],
            id="A b147 1",
        ),
        pytest.param(
            "GV truong e 2 nam hoan thanh xuat sac nhiem vu, k co sang kien, nghe"
            " noi van du dieu kien CSTDCS, dung k",
            "Có",
            ["hoàn thành xuất sắc nhiệm vụ"],
            id="A b147 2",
        ),
        pytest.param(
            "phuong e truoc thuoc quan, tu 7/2025 quan bi bo. cac nam truoc to "
            "dan pho van hoa do chu tich UBND quan cong nhan, nam nay 8 to dan "
            "pho dang lam ho so. e o van phong phuong hoi: gio phuong tu cong "
            "nhan dc k, ai ky, thuong bn",
            "Có",
            ["Chủ tịch UBND", "3.800.000"],
            id="A b147 3",
            marks=_LEFT,  # 'quận' as the abolished district: h387 / h389 own that reading
        ),
        pytest.param(
            "to dan pho e nghe noi gio k con danh hieu to dan pho van hoa, chi "
            "con phuong van hoa, dung k",
            "Không",
            ["tổ dân phố văn hóa"],
            id="B b147 1",
        ),
        pytest.param(
            "thanh tich den dau khen den do, nghe noi luat moi k bat phai co giay"
            " khen moi len bang khen, dung k",
            "Có",
            ["thành tích đến đâu"],
            id="B b147 2",
            marks=_LEFT,  # the step-up principle is cued only apart from two titles
        ),
        pytest.param(
            "truong e co thay Hung CSTDCS 2024, 2025, nam hoc nay tiep tuc hoan "
            "thanh xuat sac, co sang kien ve ung dung phan mem day toan dc so GD "
            "cong nhan ap dung toan tinh. e hoi: nam nay neu dat CSTDCS nua thi "
            "du so lan de xet CSTD tinh chua, CSTD tinh thuong bn",
            "Có",
            ["3 lần", "7.590.000"],
            id="B b147 3",
        ),
        pytest.param(
            "truong e co co Lan 3 nam lien (2024, 2025, 2026) dat CSTDCS, co sang"
            " kien ve day doc cho hoc sinh lop 1 nhung moi ap dung trong truong, "
            "chua dc tinh cong nhan. co muon lam ho so CSTD tinh. e hoi co du "
            "dieu kien chua, sang kien phai co pham vi anh huong den dau",
            "Không",
            ["tỉnh"],
            id="B b147 4",
            marks=_LEFT,  # a school-only sáng kiến told in a letter: not reached
        ),
        pytest.param(
            "bac si tram e hoan thanh tot nhiem vu, co sang kien dc cong nhan cap"
            " co so, co du CSTDCS k con thuong bn",
            "Có",
            ["sáng kiến", "2.530.000"],
            id="C b147 1",
        ),
        pytest.param(
            "e truong tram y te. sang 5/10 chi dieu duong tram e tren duong di "
            "lam gap vu tai nan xe may, chi so cuu cam mau, goi cap cuu, nan nhan"
            " qua khoi. nguoi dan gui thu cam on len xa. e muon de nghi khen chi:"
            " xa khen dot xuat dc k, lam theo thu tuc gi, neu dc thi thuong bn",
            "Có",
            ["thủ tục đơn giản", "760.000"],
            id="C b147 2",
        ),
        pytest.param(
            "ho so de nghi danh hieu thi dua gom to trinh, bao cao thanh tich, "
            "bien ban binh xet, co sang kien thi kem chung nhan sang kien, dung k",
            "Có",
            ["biên bản bình xét"],
            id="C b147 3",
        ),
        pytest.param(
            "can bo VHXH e co sang kien nhung nam nay chi xep muc hoan thanh "
            "nhiem vu, k dat tot, thi co dc CSTDCS k",
            "Không",
            ["hoàn thành tốt nhiệm vụ"],
            id="E b147 1",
            marks=_LEFT,  # 'k dat tot' merged as a tail carries the sáng kiến cue: not reached
        ),
        pytest.param(
            "CSTD toan quoc co phai xa de nghi thang len Bo Noi vu k",
            "Không",
            ["tỉnh"],
            id="E b147 2",
        ),
        pytest.param(
            "to trinh de nghi khen gui chu tich UBND tinh thi qua dau, kem nhung gi",
            None,
            ["Sở Nội vụ", "báo cáo thành tích"],
            id="E b147 3",
        ),
        pytest.param(
            "TTLDXS co bat buoc phai co nguoi dat CSTDCS k / ai ky",
            "Có",
            ["Chủ tịch UBND", "tỉnh"],
            id="F b147 1",
        ),
        pytest.param(
            "e la truong thon, thon e 215 ho. nam nay thon da hop voi ban cong "
            "tac mat tran ngay 10/11 danh gia tung ho, dc 180 ho dat, dang niem "
            "yet tu 12/11. e hoi: binh xet phai xong truoc ngay nao, niem yet may"
            " ngay moi du, con ai ky quyet dinh",
            None,
            ["25/11", "10 ngày", "Chủ tịch UBND"],
            id="F b147 2",
            marks=_LEFT,  # the GĐVH review implied by 'hộ' in a thôn letter: not reached
        ),
        pytest.param(
            "to dan pho e truoc do quan cong nhan TDP van hoa, nam nay nop ho so "
            "cho quan hay phuong",
            None,
            ["Chủ tịch UBND", "1/7/2025"],
            id="F b147 3",
            marks=_LEFT,  # 'quận' as the abolished district: h387 / h389 own that reading
        ),
        pytest.param(
            "xa e de nghi TTLDXS cho van phong HDND-UBND xa: 100% hoan thanh "
            "nhiem vu, 9/11 nguoi LDTT, 2 nguoi CSTDCS. hoi dong TDKT xa chua hop"
            " vi chu tich di cong tac. e hoi ho so co bat buoc bien ban hop hoi "
            "dong TDKT xa k, roi gui ve dau, ai quyet dinh",
            "Có",
            ["Sở Nội vụ", "Chủ tịch UBND"],
            id="F b147 4",
        ),
        pytest.param(
            "nghe noi CSTDCS chi xet cho ca nhan, con tap the thi xet TTLDTT, dung k a",
            "Có",
            ["Tập thể lao động tiên tiến"],
            id="A evaluator 1",
        ),
        pytest.param(
            "GDVH la danh hieu cho ho gia dinh, con thon thi goi la thon van hoa "
            "dung k / thon van hoa thuong bn",
            "Có",
            ["3.800.000"],
            id="A evaluator 2",
        ),
        pytest.param(
            "phuong e bay gio tu ky giay khen cho to dan pho dc chua hay van phai xin len tren",
            "Có",
            ["Chủ tịch UBND"],
            id="A evaluator 3",
            marks=_LEFT,  # the ward's own power asked with no title named: not reached
        ),
        pytest.param(
            "nghe noi bay gio k bat phai co LDTT moi dc giay khen chu tich xa, dung k",
            "Có",
            ["tỉnh"],
            id="B evaluator 1",
        ),
        pytest.param(
            "anh e CSTDCS 2025, 2026; neu 2027 dat tiep thi du so lan de len CSTD tinh chua",
            "Có",
            ["3 lần"],
            id="B evaluator 2",
        ),
        pytest.param(
            "nghe noi GDVH gio k con cham diem 85, 90 diem nhu truoc, dung k ad",
            "Có",
            ["86/2023"],
            id="B evaluator 3",
        ),
        pytest.param(
            "chi ke toan xa e hoan thanh tot nhiem vu, k bi ky luat, lam du ca "
            "nam, vay co du LDTT k a",
            "Có",
            ["hoàn thành tốt nhiệm vụ"],
            id="C evaluator 1",
        ),
        pytest.param(
            "ho so thon van hoa gom to trinh, bao cao thanh tich, bien ban hop binh xet, dung k",
            "Có",
            ["Biên bản"],
            id="C evaluator 2",
        ),
        pytest.param(
            "thay giao truong e lao xuong suoi cuu hoc sinh bi nuoc cuon, xa khen"
            " ngay dc k, thu tuc gi",
            "Có",
            ["thủ tục đơn giản"],
            id="C evaluator 3",
        ),
        pytest.param(
            "ho so CSTD tinh thi xa gui thang Bo Noi vu hay qua dau",
            None,
            ["Sở Nội vụ"],
            id="E evaluator 1",
        ),
        pytest.param(
            "de nghi giay khen cho ho gia dinh thi ngoai van ban de nghi con phai kem giay gi",
            None,
            ["báo cáo thành tích"],
            id="E evaluator 2",
        ),
        pytest.param(
            "dong chi e co de tai da nghiem thu nhung nam nay chi hoan thanh "
            "nhiem vu, co dc CSTDCS k",
            "Không",
            ["hoàn thành tốt nhiệm vụ"],
            id="E evaluator 3",
        ),
        pytest.param(
            "TTLDTT can bao nhieu % LDTT / ai ky / thuong bn",
            None,
            ["50%", "Chủ tịch UBND", "2.030.000"],
            id="F evaluator 1",
        ),
        pytest.param(
            "thi xa cu bo roi thi thon e nop ho so thon van hoa cho ai, binh xet "
            "xong truoc ngay nao",
            None,
            ["Chủ tịch UBND", "1/7/2025", "25/11"],
            id="F evaluator 2",
        ),
        pytest.param(
            "xa tieu bieu co can bien ban hoi dong TDKT xa k, gui ho so dau, ai ky",
            "Có",
            ["Sở Nội vụ", "tỉnh"],
            id="F evaluator 3",
        ),
        pytest.param(
            "nghe nói LĐTT là cho cá nhân, còn tập thể thì xét Tập thể lao động "
            "tiên tiến, đúng không",
            "Có",
            ["Tập thể lao động tiên tiến"],
            id="A own 1",
        ),
        pytest.param(
            "co nguoi bao CSTDCS chi danh cho ca nhan, tap the thi goi la TTLDXS, dung ko",
            "Có",
            ["tập thể"],
            id="A own 2",
        ),
        pytest.param(
            "gv truong e hoan thanh xuat sac nhiem vu, dat LDTT, k co sang kien, "
            "nghe noi van du CSTDCS dung k",
            "Có",
            ["hoàn thành xuất sắc nhiệm vụ"],
            id="A own 3",
        ),
        pytest.param(
            "nghe noi gio k can phai co LDTT moi dc giay khen xa, dung ko ad",
            "Có",
            ["Lao động tiên tiến"],
            id="B own 1",
        ),
        pytest.param(
            "chị Mai CSTĐCS năm 2024, 2025; nếu 2026 đạt tiếp thì đủ số lần xét CSTĐ tỉnh chưa",
            "Có",
            ["03 lần"],
            id="B own 2",
        ),
        pytest.param(
            "nghe nói giờ không còn thôn văn hóa, chỉ còn xã văn hóa, đúng không",
            "Không",
            ["thôn", "tổ dân phố văn hóa"],
            id="B own 3",
        ),
        pytest.param(
            "y si tram e hoan thanh tot nhiem vu, co sang kien dc xa cong nhan, "
            "co du CSTDCS k con thuong bn",
            "Có",
            ["2.530.000"],
            id="C own 1",
        ),
        pytest.param(
            "hồ sơ tổ dân phố văn hóa gồm tờ trình, báo cáo thành tích, biên bản "
            "họp bình xét, đúng không",
            "Có",
            ["biên bản"],
            id="C own 2",
        ),
        pytest.param(
            "e muon de nghi khen dot xuat cho anh dan quan cuu chay ngay 3/9, xa "
            "khen dot xuat dc k",
            "Có",
            ["Chủ tịch UBND xã"],
            id="C own 3",
        ),
        pytest.param(
            "CSTĐ toàn quốc có phải xã đề nghị thẳng lên Bộ Nội vụ không",
            "Không",
            ["Sở Nội vụ"],
            id="E own 1",
        ),
        pytest.param(
            "to trinh de nghi khen gui chu tich tinh thi nop qua dau, kem nhung gi",
            None,
            ["Sở Nội vụ", "báo cáo thành tích"],
            id="E own 2",
        ),
        pytest.param(
            "ho so de nghi danh hieu thi dua gom to trinh va bao cao thanh tich thoi, dung k",
            "Không",
            ["biên bản bình xét"],
            id="E own 3",
        ),
        pytest.param(
            "LDTT co can hoan thanh tot nhiem vu k / ai ky",
            "Có",
            ["Chủ tịch UBND"],
            id="F own 1",
        ),
        pytest.param(
            "TTLĐXS có bắt buộc có cá nhân đạt CSTĐCS không / ai ký",
            "Có",
            ["Chủ tịch UBND tỉnh"],
            id="F own 2",
        ),
        pytest.param(
            "xa e de nghi TTLDXS cho truong mam non. e hoi ho so co can bien ban "
            "hop hoi dong TDKT xa k, gui ve dau, ai quyet dinh",
            "Có",
            ["Sở Nội vụ", "tỉnh"],
            id="F own 3",
        ),
    ],
)
def test_every_part_read(
    officer_kb: KnowledgeBase, question: str, verdict: str | None, facts: list[str]
) -> None:
    text = ask(officer_kb, question)
    if verdict is not None:
        assert leading_verdicts(text)[:1] == [verdict], text
    for fact in facts:
        assert has_fact(text, fact), (fact, text)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "nghe noi gio k con danh hieu thon van hoa dung k",
            "Không",
        ),
        (
            "CSTDCS co bat buoc phai co sang kien k",
            "Không",
        ),
        (
            "TTLDXS co can co nguoi dat CSTDCS k",
            "Có",
        ),
        (
            "thon e 28/11 moi hop binh xet GDVH, vay la muon roi phai k",
            "Có",
        ),
        (
            "nghe noi phai co giay khen xa roi moi duoc de nghi bang khen tinh, dung k",
            "Không",
        ),
        (
            "chị ấy mới đạt CSTĐCS 2025, 2026 thì đủ số lần lên CSTĐ tỉnh chưa",
            "Không",
        ),
        (
            "ho so thon van hoa gom to trinh va bao cao thanh tich, dung k",
            "Không",
        ),
        (
            "co giao truong e CSTDCS nam 2024, 2025, nam 2026 chi LDTT vi nghi om"
            " dai, neu 2027 lai dat CSTDCS thi co cong don thanh 3 lan de xet "
            "CSTD tinh k, hay phai tinh lai tu dau",
            "Không",
        ),
        (
            "Khen thưởng có phải theo nguyên tắc thành tích đến đâu khen đến đó không?",
            "Có",
        ),
        (
            "nghe noi giay khen dot xuat thuong thap hon giay khen tong ket nam, "
            "dung k / giay khen dot xuat cho ca nhan va cho tap the moi cai bn",
            "Không",
        ),
        (
            "hieu truong: nghe noi giay khen cua chu tich xa cho gv phai co 2 nam lien LDTT moi "
            "dc, dung k",
            "Tùy",
        ),
        ("LDTT cho GV co can hoan thanh xuat sac nhiem vu k hay chi can hoan thanh tot", "Không"),
        (
            "bi thu doan xa: doan vien la cong chuc xa, nam nay k dat LDTT nhung co sang kien "
            "hay, co de nghi thang CSTDCS dc k, va CSTDCS thi ai ky",
            "Không",
        ),
        (
            "nguoi chua dat LDTT nam nay nhung co sang kien cap co so, de nghi thang CSTDCS dc k",
            "Không",
        ),
        (
            "nghe noi ho so danh hieu thi dua gom to trinh, bao cao thanh tich va bien ban binh "
            "xet, dung k",
            "Có",
        ),
        (
            "xa e o mien nui, ke toan noi quy TDKT cua xa chi dc trich toi da 1% chi ngan sach "
            "thuong xuyen nhu cac tinh dong bang, nen nam nay k du tien khen dot xuat. co dung k a",
            "Không",
        ),
        (
            "1 thanh vien hoi tu thien dc khen dot xuat thang 9/2026 vi cuu nguoi, cuoi nam dc "
            "them giay khen cho thanh tich khac, co dc nhan ca 2 khoan tien k",
            "Có",
        ),
    ],
)
def test_near_wordings_keep_their_verdict(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    """Controls: near wordings whose answer must not change (a title claimed gone, a requirement
    asked outright, a lateness told, a run told short or broken, a list missing a paper, the
    principle of Điều 5 khoản 2 điểm c asked by its own name)."""
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == [verdict], text
