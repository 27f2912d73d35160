"""Task h406 (tuning set b151, twin of a judge's voice: movements, campaigns and their awards at
the xã, mostly typed without marks): each family holds the b151 tuning questions it fixes, the
evaluator's new wordings and at least three of our own; the facts asserted are what the officer
must read (folded match, as the scorer), the verdict the one the first block opens with.
Controls are near wordings from older tuning sets whose answer must not change.

Legal basis of the keys: Luật Thi đua, khen thưởng 2022 Điều 3 khoản 1 (taking part is
voluntary), Điều 5 khoản 2 điểm c (one form many times, each for a new achievement), Điều 7
(the bases of a title: movement, achievement, criteria; registration dropped), Điều 20 khoản 2
(Gia đình văn hóa is the household's title), Điều 22 khoản 1 (CSTĐ tỉnh: 03 CSTĐCS in a row and
an initiative of the province's reach), Điều 23 (CSTĐCS: LĐTT and hoàn thành xuất sắc nhiệm vụ
or a recognised initiative), Điều 24 khoản 1, 3 (LĐTT), Điều 75 and Điều 80 khoản 3, NĐ 129/2025
Điều 59 (the xã chairman's giấy khen, also by drive), Điều 93 khoản 8 (who revokes); NĐ 152/2025
Điều 46 khoản 3 (the xã fund: 1,0 % plains, 1,5 % mountains), Điều 6 khoản 2 điểm c (the
province sets the GĐVH dossier); NĐ 86/2023 (culture titles reviewed each year); domain.md §2.9,
§2.11 (a drive's award is decided at its close, a planned event is no khen đột xuất).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed

#: family 6: the verdict's strength (a firm verdict where the facts settle it, "Tùy" where the
#: province decides)
VERDICT_STRENGTH = [
    # b151 tuning
    (
        "xa dong bang thi quy thi dua khen thuong cap xa toi da 1,0% chi thuong xuyen, ke toan "
        "xa noi vay dung k",
        ["Có.", "1,0"],
    ),
    (
        "giay khen chuyen de NTM cho giao vien co bat buoc phai dat hoan thanh xuat sac nhiem vu "
        "k ad",
        ["Tùy", "tỉnh"],
    ),
    (
        "E la to truong TDP o phuong. Ke hoach phong trao chuyen doi so cua phuong nam nay ghi la "
        "to dan pho nao k nop ban dang ky thi dua truoc 31/3 thi cuoi nam k dc xet danh hieu to "
        "dan pho van hoa va k dc khen. TDP e nop cham 1 tuan. Vay quy dinh do co dung luat k a",
        ["Tùy", "tỉnh"],
    ),
    (
        "hoi dong xa bao phai doi den tong ket nam moi xet khen theo dot CDS, dung k",
        ["Không.", "theo đợt"],
    ),
    (
        "Mặt trận xã muốn coi đại hội TDTT là dịp khen đột xuất cho các vận động viên, đúng "
        "không ad?",
        ["Không.", "theo đợt"],
    ),
    (
        "co phai dc khen dot xuat chong lu thi nam do giao vien tu dong thanh CSTDCS k",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    # the evaluator's wordings
    (
        "hoi thi van nghe xa co ke hoach tu dau nam, MT de nghi khen dot xuat cho doi thang "
        "giai, vay co dung k",
        ["Không.", "theo đợt"],
    ),
    (
        "quy dinh cua xa bao thon nao k dang ky thi dua dau nam thi k dc xet thon van hoa, vay co "
        "trai luat k",
        ["Tùy", "tỉnh"],
    ),
    (
        "ke toan bao quy thi dua xa mien nui dc trich toi da 1,5% chi thuong xuyen, a ay noi "
        "dung k",
        ["Có.", "1,5"],
    ),
    # our own
    (
        "nghe noi quy thi dua khen thuong cua xa o dong bang duoc toi da 1% tong chi thuong xuyen "
        "phai k",
        ["Có.", "1,0"],
    ),
    (
        "khen dot xuat phong chong bao xong thi cuoi nam co tu dong dc CSTDCS luon k ad",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "Giải bóng đá xã có kế hoạch từ đầu năm, xã muốn coi đây là dịp khen đột xuất cho đội "
        "vô địch, như vậy có đúng không?",
        ["Không.", "theo đợt"],
    ),
    (
        "pho chu tich bao phai cho tong ket cuoi nam moi dc xet khen theo dot phong trao VNeID, "
        "vay co dung k",
        ["Không.", "theo đợt"],
    ),
    (
        "giấy khen theo đợt phong trào có bắt buộc người được khen phải hoàn thành xuất sắc "
        "nhiệm vụ không",
        ["Tùy", "tỉnh"],
    ),
]

#: family 5: "when / again" asks get the time rule (theo đợt; hằng năm) or the repeat rule
WHEN_AGAIN = [
    # b151 tuning
    (
        "thon e 100% ho cai VNeID, xa co khen thon ngay khi ket thuc dot phong trao dc k",
        ["Có.", "theo đợt"],
    ),
    ("Gia đình văn hóa năm nào cũng phải bình xét lại đúng không ad", ["Có.", "hằng năm"]),
    (
        "thon e dat thon van hoa nam 2025 roi, nam 2026 lai dat tiep thi co dc cong nhan lan nua "
        "va nhan thuong tiep k",
        ["Có.", "hằng năm"],
    ),
    (
        "giay khen hoi dien van nghe thang 9 co the ky ngay khi ket thuc dot hoi dien k",
        ["Có.", "theo đợt"],
    ),
    (
        "nhan vien y te truong dc xa khen chong dich sot xuat huyet nam 2025, nam 2026 lai chong "
        "dich tiep co khen dc nua k",
        ["Có.", "nhiều lần"],
    ),
    # the evaluator's wordings
    (
        "giai bong da xa ket thuc thang 8, giay khen co phai doi toi thang 12 tong ket moi ky k",
        ["Không.", "theo đợt"],
    ),
    ("thon van hoa co phai 3 nam moi xet 1 lan k hay nam nao cung xet", ["Không.", "hằng năm"]),
    (
        "nam 2025 chi e dc giay khen chong bao roi, nam nay chi lai cuu ho tiep thi xa khen tiep "
        "dc k hay 1 nguoi 1 lan thoi",
        ["Có.", "nhiều lần"],
    ),
    # our own
    ("GDVH co phai nam nao cung binh xet k hay dat 1 lan la xong", ["Có.", "hằng năm"]),
    (
        "Hội thi văn nghệ kết thúc tháng 10, xã ký giấy khen cho các đội ngay sau hội thi được "
        "không?",
        ["Có.", "theo đợt"],
    ),
    (
        "ca nhan nam ngoai dc giay khen phong chong dich roi, nam nay lai tham gia chong dich thi "
        "khen tiep dc k",
        ["Có.", "nhiều lần"],
    ),
    (
        "thon e nam ngoai la thon van hoa, nam nay dat tiep thi xa co cong nhan tiep k ad",
        ["Có.", "hằng năm"],
    ),
    ("khen cong tac bau cu phai doi den tong ket nam moi dc xet dung k", ["Không.", "theo đợt"]),
]

#: family 3: the asked pair leads, not a side block with its own verdict
SIDE_BLOCK = [
    # b151 tuning
    (
        "gia dinh van hoa co phai la 1 danh hieu thi dua theo luat TDKT k a, ai ky cong nhan",
        ["Có.", "danh hiệu thi đua", "Chủ tịch UBND"],
    ),
    (
        "tieu chuan LDTT ngoai hoan thanh tot nhiem vu co doi hoi tich cuc tham gia phong trao "
        "thi dua k, xa e dang xet can bo di thon lam TDDK",
        ["Có.", "phong trào thi đua"],
    ),
    (
        "ngay hoi dai doan ket nam nay hoi CCB con de nghi UBND huyen tang giay khen cho hoi vien "
        "dc nua k",
        ["Không.", "1/7/2025"],
    ),
    # the evaluator's wordings
    (
        "chi hoi phu nu thon e van dong ba con lam VNeID gioi, chu tich xa co ky giay khen cho chi "
        "hoi dc k a",
        ["Có.", "giấy khen"],
    ),
    (
        "nam nay to bau cu thon e con xin UBND huyen khen nhu lan truoc dc k hay phai lam sao",
        ["Không.", "1/7/2025"],
    ),
    # our own
    ("Gia đình văn hóa có phải danh hiệu thi đua không ạ", ["Có.", "danh hiệu thi đua"]),
    (
        "gdvh co phai danh hieu thi dua k hay chi la giay chung nhan thoi",
        ["Có.", "danh hiệu thi đua"],
    ),
    (
        "tieu chuan LDTT co can tich cuc tham gia phong trao thi dua k ad",
        ["Có.", "phong trào thi đua"],
    ),
    (
        "hoi nong dan con de nghi chu tich huyen ky giay khen cho hoi vien dc nua k ad",
        ["Không.", "1/7/2025"],
    ),
    (
        "ho so de nghi giay khen cho doi tinh nguyen cua hoi nop 1 bo ban chinh thoi la du phai k",
        ["Có.", "1 bộ"],
    ),
]

#: family 2: a contrastive or negated line keeps its polarity
POLARITY = [
    # b151 tuning
    (
        "doan xa hoi: khen phong trao chuyen doi so chi co bang khen tinh thoi, xa k dc khen, "
        "dung k",
        ["Không.", "giấy khen"],
    ),
    (
        "ai co quyen huy bo danh hieu GDVH neu phat hien ho vi pham, nghe noi la truong thon tu "
        "gach ten, dung k",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "bao vua roi xa de nghi tinh khen 5 ca nhan, nay ho so gui thang So Noi vu chu k qua "
        "phong noi vu huyen nua, dung k",
        ["Có.", "Sở Nội vụ", "1/7/2025"],
    ),
    (
        "Chao ad, e la hieu truong truong tieu hoc cua xa. Nam hoc 2025-2026 truong e co 9 giao "
        "vien dat LDTT, ai cung tich cuc phong trao chuyen doi so trong day hoc. Quyet dinh LDTT "
        "chu tich xa ky ngay 20/6/2026 nhung den thang 9 ke toan moi chi tien. Ke toan tinh moi "
        "nguoi 710 nghin, co thay bao phai la 760 nghin vi luong co so da tang. Ke toan noi dung "
        "k a",
        ["Có.", "710.000"],
    ),
    # the evaluator's wordings
    (
        "thon van hoa nam nay xa tu cong nhan chu k trinh len huyen nua dung k ad",
        ["Có.", "Chủ tịch UBND"],
    ),
    (
        "MT xa bao phong trao CDS thi xa k co quyen khen gi ca, phai xin tinh, vay co dung k",
        ["Không.", "giấy khen"],
    ),
    # our own
    (
        "nghe noi huy danh hieu GDVH la do truong thon tu quyet, dung k",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "ho so de nghi bang khen tinh gio nop thang len So Noi vu, k qua huyen nua phai k",
        ["Có.", "Sở Nội vụ"],
    ),
    (
        "phong trao nong thon moi chi tinh moi dc khen, xa k dc tang giay khen dung k ad",
        ["Không.", "giấy khen"],
    ),
    (
        "Hội thi tiếng hát của xã: nghe nói chỉ có bằng khen tỉnh thôi, xã không được khen, "
        "đúng không",
        ["Không.", "giấy khen"],
    ),
]

#: families 1 and 4: a sufficiency claim (an award, a household title, three runs) is judged as
#: claimed, the title's own criterion shown
SUFFICIENCY = [
    # b151 tuning
    (
        "hoi vien hoi ND dc giay khen phong trao NTM roi thi nam do coi nhu dat LDTT luon phai k a",
        ["Không.", "sản xuất có hiệu quả"],
    ),
    (
        "can bo doan xa co sang kien quan ly doan vien tren app dc co so cong nhan, lai dat LDTT, "
        "nhu vay du chuan CSTDCS chua",
        ["Có.", "sáng kiến"],
    ),
    (
        "co phai chi can 3 lan lien tuc CSTDCS la du de nghi CSTD tinh k, giao vien e lam so hoa "
        "3 nam roi",
        ["Không.", "sáng kiến"],
    ),
    (
        "hoi vien CCB co gia dinh dat GDVH thi co tinh la ca nhan dat danh hieu LDTT k",
        ["Không.", "hộ gia đình"],
    ),
    (
        "doi van nghe xa dat giai nhat hoi dien, thanh vien doi la cong chuc xa, nghe noi co giay "
        "khen hoi dien roi la du dieu kien LDTT cuoi nam, dung k",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "giao vien dat giai hoi thi van nghe cap xa thi coi nhu co thanh tich de xet CSTDCS, "
        "dung k",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    # the evaluator's wordings
    (
        "co vien chuc xa dc giay khen tong ket NTM thi cuoi nam auto len LDTT luon dung k ad",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "nghe a pho ban bao chi can du 3 nam CSTDCS lien tiep la nop CSTD tinh dc roi, k can gi "
        "them, dung k",
        ["Không.", "sáng kiến"],
    ),
    (
        "ban doan vien nay co sang kien app quet QR dc xa cong nhan, ban ay dat LDTT roi, vay la "
        "du dieu kien CSTDCS r phai k",
        ["Có.", "sáng kiến"],
    ),
    (
        "co cong chuc xa dat giai nhi hoi thi tieng hat, giai do co dc cong vao tieu chuan LDTT "
        "k ad",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "nha ong hoi truong CCB dat GDVH 5 nam lien, vay ong co dc tinh la LDTT k",
        ["Không.", "hộ gia đình"],
    ),
    (
        "giao vien dat HCV dai hoi TDTT xa thi co thay dc dieu kien hoan thanh xuat sac de xet "
        "CSTDCS k",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    # our own
    (
        "cong chuc xa dat LDTT, co sang kien dc hoi dong sang kien xa cong nhan thi du tieu chuan "
        "CSTDCS chua ad",
        ["Có.", "sáng kiến"],
    ),
    (
        "cong chuc dc bang khen tinh roi thi coi nhu dat LDTT luon dung k",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "Chỉ cần 3 lần liên tục đạt CSTĐCS là đủ đề nghị CSTĐ tỉnh phải không ạ",
        ["Không.", "sáng kiến"],
    ),
    (
        "gia dinh chi ay dat GDVH thi chi ay co dc tinh la dat LDTT k",
        ["Không.", "hộ gia đình"],
    ),
    (
        "Được giấy khen hội thi văn nghệ rồi thì coi như đủ điều kiện Chiến sĩ thi đua cơ sở phải "
        "không",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
]

#: families 8, 9: the second part of a compound and the singletons (voluntary participation;
#: the prize per person on the decision's date; who details the GĐVH dossier)
SECOND_PART = [
    # b151 tuning
    (
        "nghe noi GDVH la chu tich xa cong nhan chu k phai truong thon, dung k, con ho so GDVH do "
        "tinh hay trung uong quy dinh chi tiet",
        ["Có.", "Chủ tịch UBND", "tỉnh"],
    ),
    (
        "truong e la diem bau cu, khen cong tac bau cu cho giao vien co phai khen dot xuat k, neu "
        "khen theo dot ky thang 6/2026 thi moi nguoi bn",
        ["Không.", "theo đợt", "710.000"],
    ),
    (
        "Thưa ad, tôi là trưởng ban công tác Mặt trận thôn. Trong thôn có hai hộ nói không muốn "
        "tham gia bình xét Gia đình văn hóa năm nay vì bận làm ăn xa. Có người trong ban đề nghị "
        "lập biên bản, phạt và cắt hỗ trợ của hai hộ đó. Xin hỏi hộ không tham gia thì có bị phạt "
        "hay bị cắt quyền lợi gì không ạ?",
        ["Không.", "tự nguyện"],
    ),
    # the evaluator's wordings
    (
        "GDVH do ai ky cong nhan, con mau ho so GDVH thi trung uong hay tinh ban hanh",
        ["Chủ tịch UBND", "tỉnh"],
    ),
    (
        "khen to bau cu la khen dot xuat hay theo dot, giay khen ca nhan ky 20/6/2026 thi dc bn",
        ["theo đợt", "710.000"],
    ),
    (
        "thon van hoa ai cong nhan, quyet dinh thang 12 nay thuong bao nhieu, tien lay o quy nao",
        ["Chủ tịch UBND", "3.800.000", "Quỹ thi đua"],
    ),
    (
        "ho nha ong Tu k chiu tham gia binh xet GDVH, thon co dc phat hay cat ho tro k a",
        ["Không.", "tự nguyện"],
    ),
    (
        "giay khen ca nhan chong dich ky thang 3/2026 va ky thang 11/2026 chenh nhau bao nhieu "
        "tien",
        ["710.000", "760.000"],
    ),
    (
        "cty TNHH 1 thanh vien thi ai ky LDTT cho cong nhan, chu tich cong ty co dc ky giay khen k",
        ["Giám đốc", "giấy khen"],
    ),
    # our own
    (
        "hồ sơ công nhận gia đình văn hóa gồm những gì, có phải theo mẫu của trung ương không",
        ["biên bản", "tỉnh"],
    ),
    (
        "giay khen ca nhan phuc vu bau cu ky thang 6/2026 thi moi nguoi bn",
        ["710.000"],
    ),
    (
        "mấy hộ trong xóm không chịu tham gia bình xét gia đình văn hóa, thôn có được phạt tiền "
        "hay cắt hỗ trợ của họ không",
        ["Không.", "tự nguyện"],
    ),
    (
        "ho nao k tham gia binh xet GDVH thi bi cat tro cap dung k",
        ["Không.", "tự nguyện"],
    ),
]

#: family 7: a plan's content (a form the xã may not give; the recipients it names)
PLAN_CONTENT = [
    # b151 tuning
    (
        "ke hoach tong ket NTM du kien tang huy hieu cua tinh cho ca nhan tieu bieu, hinh thuc "
        "huy hieu tinh nay con k, neu k thi xa khen bang hinh thuc gi",
        ["Không.", "Huy hiệu", "giấy khen"],
    ),
    (
        "Kế hoạch phong trào Toàn dân đoàn kết của xã dự kiến tặng huy hiệu Gia đình văn hóa tiêu "
        "biểu, có hình thức đó không",
        ["Không.", "Huy hiệu"],
    ),
    (
        "Kế hoạch thi đua phòng chống bão lũ của xã có được quy định khen cả tập thể và hộ gia "
        "đình không",
        ["Có.", "hộ gia đình"],
    ),
    # the evaluator's wordings
    (
        "ke hoach thi dua NTM cua xa e dinh tang ky niem chuong cho ho hien dat, ke hoach xa co dc "
        "dat ra hinh thuc do k",
        ["Không.", "kỷ niệm chương"],
    ),
    (
        "du thao ke hoach phong trao chong dich co ghi khen ca ho gia dinh va to dan pho, vay co "
        "dung doi tuong k ad",
        ["Có.", "hộ gia đình"],
    ),
    # our own
    (
        "Dự thảo kế hoạch thi đua của xã có mục tặng huy hiệu cho cá nhân tiêu biểu, xã có được "
        "tặng huy hiệu không",
        ["Không.", "Huy hiệu", "giấy khen"],
    ),
    (
        "ke hoach phong trao CDS cua xa ghi tang ky niem chuong cho to dan pho xuat sac, co dung k",
        ["Không.", "kỷ niệm chương"],
    ),
    (
        "ke hoach thi dua cua xa co dc ghi khen ca ho gia dinh k hay chi khen ca nhan",
        ["Có.", "hộ gia đình"],
    ),
]

#: near wordings from older tuning sets whose answers must not change
CONTROLS = [
    (
        "Nghe nói 1 người năm ngoái được giấy khen rồi thì năm nay không được tặng giấy khen "
        "nữa, đúng không?",
        ["Không.", "nhiều lần"],
    ),
    (
        "Tôi buôn bán ở chợ, năm ngoái được giấy khen của chủ tịch xã vì ủng hộ bão lụt, năm nay "
        "ủng hộ tiếp thì có được khen tiếp không hay mỗi người chỉ một lần",
        ["Có.", "nhiều lần"],
    ),
    (
        "Ông Việt kiều Pháp đã được xã tặng giấy khen năm 2025 vì tài trợ làm đường, nay tỉnh lại "
        "muốn tặng Bằng khen cho cùng công trình đó, được không",
        ["Không.", "một thành tích"],
    ),
    (
        "to dan pho e co ong Tuan nam 2024 da dc GK chu tich phuong vi lam ve sinh moi truong, nam "
        "nay ong lai dung ra lam tuyen pho van minh rat tot. phuong bao nghe noi GK moi nguoi chi "
        "dc nhan 1 lan nen nam nay k de nghi nua. vay co dung k",
        ["Không.", "nhiều lần"],
    ),
    (
        "nghe noi xa mien nui quy TDKT cung chi dc toi da 1% chi ngan sach thuong xuyen nhu dong "
        "bang, dung k",
        ["Không.", "1,5%"],
    ),
    (
        "ho ong C o thon Nam dc cong nhan GDVH nam 2025. thang 10/2026 co quan chuc nang ket luan "
        "nam 2025 ho ong lan chiem dat cong va da bi xu phat. dan thon de nghi xoa danh hieu. vay "
        "danh hieu GDVH 2025 cua ho ong co bi huy k, ai co tham quyen huy",
        ["Có.", "Chủ tịch UBND"],
    ),
    (
        "mot chi cong chuc xa nam nay vua dat LDTT vua dc giay khen chu tich xa vi thanh tich cong "
        "tac dan so. ke toan bao chi nhan 1 khoan thoi, va con phai tru thue thu nhap. e thay k "
        "on, hoi lai: chi ay co nhan ca 2 khoan dc k, va co phai nop thue k",
        ["Có.", "thuế"],
    ),
    (
        "Chao ad, em la pho chu tich xa moi. Nam nay co 1 dong chi vua dat CSTDCS vua duoc giay "
        "khen cua chu tich xa vi thanh tich dot xuat phong chong bao. Anh ay hoi co duoc nhan ca "
        "hai khoan tien thuong k. Nho ad tra loi giup.",
        ["Có."],
    ),
    (
        "nong dan muon dc LDTT thi chi can lao dong san xuat co hieu qua, chap hanh tot phap luat, "
        "tich cuc phong trao la du, dung k ad",
        ["Không.", "sản xuất có hiệu quả"],
    ),
    (
        "e la nguoi hoat dong k chuyen trach phu trach van hoa o xa cu, thang 7/2025 sap nhap thi "
        "e ve lam o xa moi, van lam viec do. nam nay e dc thon va doan the de xuat khen vi lam tot "
        "phong trao. nghe noi giay khen cua chu tich xa cho ca nhan QD cuoi nam nay thuong 760 "
        "nghin, dung k a",
        ["Có.", "760.000"],
    ),
    (
        "ad oi, nha toi o thon Dong, nam nao cung dc GDVH. Nam nay ong truong thon phat phieu "
        "cham diem, bao theo quy dinh GDVH phai dat 85 diem tro len, thon van hoa phai 90 diem, "
        "con ho nao duoi 60 diem thi bi danh dau. Toi thay la quy dinh cu roi. Cho hoi cach cham "
        "diem do con dung k",
        ["Không.", "86/2023"],
    ),
    (
        "Chao ad, e la chu nhiem HTX chan nuoi bo sua o xa, HTX co 85 ho xa vien. Cuoi nam HTX "
        "muon dong vien ba con nen dinh tu xet va tang danh hieu Gia dinh van hoa cho may ho xa "
        "vien lam an gioi, chap hanh tot. Cho e hoi HTX tu tang GDVH nhu vay co dung k a",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "bac truong thon 9 goi dien roi nhan zalo: thon dat du tieu chi thon van hoa nam 2026, bac "
        "nghe ban o xa ben bao van phai trinh len huyen cong nhan nhu moi nam. Bac hoi co dung k, "
        "va gio ai cong nhan",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "Gia đình văn hóa có phải là danh hiệu thi đua không hay chỉ là giấy công nhận thôi",
        ["Có.", "danh hiệu thi đua"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), VERDICT_STRENGTH)
def test_verdict_strength(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), WHEN_AGAIN)
def test_when_and_again(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), SIDE_BLOCK)
def test_asked_pair_leads(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), POLARITY)
def test_claim_polarity(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), SUFFICIENCY)
def test_sufficiency_claim(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), SECOND_PART)
def test_second_part(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), CONTROLS)
def test_controls_unchanged(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), PLAN_CONTENT)
def test_plan_content(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)
