"""Task h389 (tuning set b144): the voice of older officers speaking into the phone and short
typed follow-ups; the families diagnosed in /tmp/p20/diag/b144.md, each with the tuning questions,
the evaluator's new wordings and at least three of our own, plus controls whose answer must not
change. What is asserted is what the officer reads: the verdict the first block opens with (as
the scorer reads it) and each decisive fact (folded match, as the scorer).

Legal basis of the keys: Luật Thi đua, khen thưởng 2022 Điều 22 khoản 1 (CSTĐ tỉnh: 03 lần CSTĐCS
liên tục and a sáng kiến of the province's reach), Điều 23 (CSTĐCS: LĐTT plus HTXS, a sáng kiến
the cơ sở recognised or a đề tài đã nghiệm thu), Điều 24 khoản 1, 2 (LĐTT for cán bộ, công chức,
viên chức, người lao động; Chiến sĩ tiên tiến for quân nhân, dân quân thường trực), Điều 80
khoản 3, Điều 85 (khen đột xuất: thủ tục đơn giản), Điều 93 khoản 8 (hủy bỏ, thu hồi; kỷ luật of
those responsible); NĐ 129/2025 Điều 59; NĐ 152/2025 Điều 50 (coefficients), the Quỹ thi đua,
khen thưởng of the deciding level; NĐ 86/2023 Điều 8 (GĐVH: bình xét xong trước 25/11);
TT 111/2013/TT-BTC Điều 2 khoản 2 điểm e.1 (no tax on the prize); TT 15/2025/TT-BNV (new hire
under 6 months, khiển trách); domain.md §3 (no national form of the đăng ký thi đua).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask
from tests.knowledge.officer_eval import has_fact, leading_verdicts

_VERDICTS = {"có.": "Có", "không.": "Không", "tùy": "Tùy"}


def _check(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    """The answer opens with the keyed verdict and holds every keyed fact."""
    text = ask(kb, question)
    wanted = [_VERDICTS[k.lower()] for k in keys if k.lower() in _VERDICTS]
    if wanted:
        assert leading_verdicts(text)[:1] == wanted[:1], text
    for key in keys:
        if key.lower() not in _VERDICTS:
            assert has_fact(text, key), f"{key!r} missing:\n{text}"


NAMES = {
    "A": "negated hearsay claim judged as claimed",
    "B": "the asker's own job or workplace is not the subject",
    "C": "a detail of a long letter does not lead",
    "D": "hearsay with a second ask keeps its verdict",
    "E": "'đủ … chưa' answered by the condition unmet",
    "F": "the second part of a compound is answered",
    "G": "'quan' typed bare as the abolished district",
    "H": "discipline as a consequence, not as a bar",
    "I": "written notice of a refusal",
    "J": "'đột suất' read as 'đột xuất'",
}

CASES = [
    pytest.param(
        "A",
        ("nghe noi ban dang ky thi dua la do tinh tu ban hanh mau, ca nuoc k co mau chung, dung k"),
        ["Có.", "tỉnh"],
        id="A-tuning-2",
    ),
    pytest.param(
        "A",
        ("dan quan thuong truc o xa thi k goi la LDTT ma goi la chien si tien tien phai k"),
        ["Có.", "Chiến sĩ tiên tiến"],
        id="A-tuning-3",
    ),
    pytest.param(
        "A",
        (
            "ờ tôi nghe nói đề tài khoa học thì phải áp dụng ra cả tỉnh "
            "mới tính cho chiến sỹ thi đua cơ sở chứ đề tài mới nghiệm "
            "thu thôi thì không được có đúng không"
        ),
        ["Không.", "nghiệm thu"],
        id="A-tuning-4",
    ),
    pytest.param(
        "A",
        "huy bo qd khen roi thi nguoi lam sai ho so k bi xu ly gi dung k",
        ["Không.", "kỷ luật"],
        id="A-tuning-5",
    ),
    pytest.param(
        "A",
        "nghe noi nghi thai san thi k bi tru thoi gian khi xet LDTT, dung k",
        ["Có."],
        id="A-evaluator-6",
    ),
    pytest.param(
        "A",
        ("ờ ông phó thôn bảo khen đột suất thì không cần biên bản họp hội đồng có đúng không"),
        ["Có."],
        id="A-evaluator-7",
    ),
    pytest.param(
        "A",
        (
            "ờ có người bảo tiền thưởng giấy khen không lấy từ quỹ thi "
            "đua của xã mà thôn phải tự lo có phải không"
        ),
        ["Không."],
        id="A-evaluator-8",
    ),
    pytest.param(
        "A",
        ("nghe nói bản đăng ký thi đua không có mẫu chung cả nước mà tỉnh tự ban hành, đúng không"),
        ["Có.", "tỉnh"],
        id="A-own-9",
    ),
    pytest.param(
        "A",
        "de tai KH moi nghiem thu thi k dc tinh cho CSTDCS dung k",
        ["Không.", "nghiệm thu"],
        id="A-own-10",
    ),
    pytest.param(
        "A",
        (
            "làm giả hồ sơ khen bị hủy quyết định rồi thì người làm giả "
            "không bị xử lý gì nữa phải không"
        ),
        ["Không.", "kỷ luật"],
        id="A-own-11",
    ),
    pytest.param(
        "B",
        (
            "ờ tôi cựu chiến binh giờ làm bảo vệ cho ủy ban xã theo hợp "
            "đồng thì người lao động hợp đồng như tôi có được xét lao "
            "động tiên tiến không à được thì thưởng bao nhiêu"
        ),
        ["Có.", "người lao động", "760.000"],
        id="B-tuning-12",
    ),
    pytest.param(
        "B",
        (
            "ờ tôi chủ tịch phường hỏi cái là công chức bị khiển trách "
            "trong năm nay thì cuối năm vẫn xét lao động tiên tiến bình "
            "thường được không à còn người mới tuyển dụng được năm tháng "
            "thì sao"
        ),
        ["Không.", "khiển trách", "6 tháng"],
        id="B-tuning-13",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'tôi chủ tịch phường hỏi cái là' and 'à còn … thì sao' not read yet",
        ),
    ),
    pytest.param(
        "B",
        (
            "ờ tôi là chủ tịch xã cho tôi hỏi cái là viên chức nghỉ thai "
            "sản bốn tháng thì có được xét lao động tiên tiến không"
        ),
        ["Có.", "thai sản"],
        id="B-evaluator-14",
    ),
    pytest.param(
        "B",
        (
            "ờ tôi làm tạp vụ cho trường mầm non của xã theo hợp đồng thì "
            "có được bình lao động tiên tiến không"
        ),
        ["Có.", "người lao động"],
        id="B-evaluator-15",
    ),
    pytest.param(
        "B",
        ("e la ke toan tram y te xa, nguoi moi tuyen dung 3 thang co dc xet LDTT k"),
        ["Không.", "6 tháng"],
        id="B-evaluator-16",
    ),
    pytest.param(
        "B",
        "toi lam bao ve cho xa theo hop dong co dc xet LDTT k",
        ["Có.", "người lao động"],
        id="B-own-17",
    ),
    pytest.param(
        "B",
        (
            "em làm nhân viên nấu ăn cho trường mầm non xã theo hợp đồng, "
            "có được bình xét lao động tiên tiến không ạ"
        ),
        ["Có.", "người lao động"],
        id="B-own-18",
    ),
    pytest.param(
        "B",
        (
            "tôi làm lái xe cho ủy ban xã theo hợp đồng thì có được xét "
            "lao động tiên tiến không, thưởng bao nhiêu"
        ),
        ["Có.", "760.000"],
        id="B-own-19",
    ),
    pytest.param(
        "C",
        (
            "thưa anh chị tôi là hiệu trưởng trường tiểu học của xã năm "
            "nay trường tôi nộp bản đăng ký thi đua lên ủy ban xã bị chậm "
            "mất hai tuần vì đầu năm đông việc quá ờ giờ cán bộ văn phòng "
            "xã bảo nộp muộn như thế thì cuối năm học trường không được "
            "đề nghị tập thể lao động tiên tiếng nữa vậy cho tôi hỏi nộp "
            "chậm đăng ký thi đua thì có bị mất quyền xét không"
        ),
        ["Tùy", "tỉnh"],
        id="C-tuning-20",
    ),
    pytest.param(
        "C",
        (
            "thưa anh chị tôi là trưởng thôn Tân Lập năm nay thôn tôi mùa "
            "màng bận quá họp bình xét gia đình văn hoá muộn mãi đến ngày "
            "mùng năm tháng mười hai mới họp xong ờ anh cán bộ văn hoá xã "
            "bảo không sao cứ nộp lên là được vậy họp muộn như thế có "
            "đúng quy định không"
        ),
        ["Không.", "25/11"],
        id="C-tuning-21",
    ),
    pytest.param(
        "C",
        (
            "thưa anh chị tôi là ông già bảy mươi lăm tuổi ở thôn Đông "
            "cháu gái tôi là giáo viên tiểu học vừa được lao động tiên "
            "tiến quyết định ký vào tháng tám năm hai nghìn không trăm "
            "hai mươi sáu ờ nó hỏi tôi tiền thưởng có bị trừ thuế thu "
            "nhập cá nhân không à với lại được bao nhiêu tiền"
        ),
        ["Không.", "760.000"],
        id="C-tuning-22",
    ),
    pytest.param(
        "C",
        (
            "thưa anh chị tôi là trưởng trạm y tế xã có một nhân viên "
            "trạm tôi năm ngoái kê khai sáng kiếng không có thật để được "
            "chiến sỹ thi đua cơ sở giờ đoàn kiểm tra phát hiện ra ờ vậy "
            "quyết định đó xử lý thế nào à tiền thưởng đã nhận có phải "
            "nộp lại không"
        ),
        ["Có.", "hủy bỏ", "thu hồi"],
        id="C-tuning-23",
    ),
    pytest.param(
        "C",
        (
            "thưa anh chị tôi là trưởng thôn bà cụ thôn tôi được giấy "
            "khen chủ tịch xã ký hồi tháng chín vì hiến đất ờ con bà hỏi "
            "tiền thưởng đó có phải khai thuế thu nhập không"
        ),
        ["Không.", "thuế"],
        id="C-evaluator-24",
    ),
    pytest.param(
        "C",
        (
            "thưa anh chị tôi là hiệu trưởng có cô giáo có sáng kiếng hay "
            "nhưng năm nay bị kỷ luật khiển trách vì bỏ giờ ờ cô ấy có "
            "còn được xét lao động tiên tiến không"
        ),
        ["Không.", "khiển trách"],
        id="C-evaluator-25",
    ),
    pytest.param(
        "C",
        (
            "thưa anh chị tôi là tổ trưởng tổ dân phố tổ tôi gửi hồ sơ tổ "
            "dân phố văn hoá lên phường rồi mà phường bảo phải niêm yết "
            "xong mới quyết ờ vậy niêm yết lấy ý kiến bao nhiêu ngày"
        ),
        ["10 ngày"],
        id="C-evaluator-26",
    ),
    pytest.param(
        "C",
        (
            "thưa anh chị tôi là trưởng thôn thôn tôi bận mùa vụ nên họp "
            "bình xét gia đình văn hoá trễ đến giữa tháng mười hai vậy "
            "họp trễ như thế có đúng quy định không"
        ),
        ["Không.", "25/11"],
        id="C-own-27",
    ),
    pytest.param(
        "C",
        (
            "thưa anh chị tôi là hiệu trưởng năm nay trường tôi quên nộp "
            "bản đăng ký thi đua đầu năm ờ văn phòng bảo thế là mất quyền "
            "xét vậy cho tôi hỏi không đăng ký thi đua thì có bị mất "
            "quyền xét danh hiệu không"
        ),
        ["Tùy", "tỉnh"],
        id="C-own-28",
    ),
    pytest.param(
        "C",
        "thôn em họp xét gia đình văn hóa đầu tháng 12 thì có bị trễ không",
        ["Có.", "25/11"],
        id="C-own-29",
    ),
    pytest.param(
        "D",
        (
            "ờ xã tôi vừa tổng kết tháng cao điểm thi đua bảo đảm an toàn "
            "giao thông thì khen các cá nhân trong đợt đó gọi là khen đột "
            "suất đúng không"
        ),
        ["Không.", "chuyên đề"],
        id="D-tuning-30",
    ),
    pytest.param(
        "D",
        (
            "thưa anh chị tôi là trưởng thôn Đoài năm nay thôn tôi nhiều "
            "khả năng được công nhận thôn văn hoá ờ có người bảo tiền "
            "thưởng thôn văn hoá là thôn phải tự lo lấy từ quỹ của thôn "
            "chứ xã không chi có đúng không à mà thôn văn hoá thì được "
            "thưởng bao nhiêu"
        ),
        ["Không.", "Quỹ thi đua", "3.800.000"],
        id="D-tuning-31",
    ),
    pytest.param(
        "D",
        (
            "thưa anh chị tôi là người cao tuổi ở thôn Bến nhà tôi năm "
            "nay góp tiền xây cầu cho thôn ờ có người bảo muốn xin giấy "
            "khen cho hộ gia đình thì bây giờ phải lên tỉnh mới xin được "
            "có đúng không à mà hồ sơ nộp ở chỗ nào"
        ),
        ["Không.", "Chủ tịch UBND", "hành chính công"],
        id="D-tuning-32",
    ),
    pytest.param(
        "D",
        ("ờ nghe nói khen trong đợt thi đua chào mừng đại hội là khen đột suất có đúng không"),
        ["Không.", "chuyên đề"],
        id="D-evaluator-33",
    ),
    pytest.param(
        "D",
        (
            "ờ có người bảo giấy khen cho hộ gia đình phải lên sở nội vụ "
            "xin có đúng không à mà thưởng bao nhiêu"
        ),
        ["Không.", "760.000"],
        id="D-evaluator-34",
    ),
    pytest.param(
        "D",
        (
            "nghe noi tien thuong LDTT truong tu chi tu quy co quan chu k "
            "phai quy thi dua, dung k, bn tien"
        ),
        ["Không.", "Quỹ thi đua", "760.000"],
        id="D-evaluator-35",
    ),
    pytest.param(
        "D",
        ("nghe nói tiền thưởng tổ dân phố văn hóa là tổ phải tự lo từ quỹ của tổ dân phố, đúng k"),
        ["Không.", "quỹ thi đua"],
        id="D-own-36",
    ),
    pytest.param(
        "D",
        ("co nguoi bao giay khen cho ho gia dinh phai nop len tinh, dung k, ma thuong bn"),
        ["Không.", "760.000"],
        id="D-own-37",
    ),
    pytest.param(
        "D",
        ("ờ nghe nói khen các cá nhân trong đợt thi đua cao điểm là khen đột suất có phải không"),
        ["Không.", "chuyên đề"],
        id="D-own-38",
    ),
    pytest.param(
        "E",
        (
            "thưa anh chị tôi là hiệu trưởng trường trung học cơ sở của "
            "xã có thầy giáo dạy toán có sáng kiếng được tỉnh công nhận "
            "phạm vi ảnh hưởng toàn tỉnh rồi nhưng thầy mới có hai lần "
            "chiến sỹ thi đua cơ sở liên tục là năm hai nghìn không trăm "
            "hai mươi tư và năm hai nghìn không trăm hai mươi lăm ờ vậy "
            "thì đã đủ để đề nghị chiến sỹ thi đua cấp tỉnh chưa"
        ),
        ["Không.", "3 lần"],
        id="E-tuning-39",
    ),
    pytest.param(
        "E",
        (
            "ờ cháu tôi được chiến sỹ thi đua cơ sở hai năm liền rồi thì "
            "đủ điều kiện lên chiến sỹ thi đua tỉnh chưa"
        ),
        ["Không.", "3 lần"],
        id="E-evaluator-40",
    ),
    pytest.param(
        "E",
        "truong e 40 nguoi, dung 20 nguoi dat LDTT thi du TTLDTT chua",
        ["Không.", "50%"],
        id="E-evaluator-41",
    ),
    pytest.param(
        "E",
        ("ờ cô giáo mới tuyển được năm tháng thì đã đủ thời gian xét lao động tiên tiến chưa"),
        ["Không.", "6 tháng"],
        id="E-evaluator-42",
    ),
    pytest.param(
        "E",
        ("co giao dat CSTDCS 2 nam lien 2025 2026 thi du de nghi CSTD tinh chua"),
        ["Không.", "03 lần"],
        id="E-own-43",
    ),
    pytest.param(
        "E",
        (
            "thầy có sáng kiến được tỉnh công nhận nhưng mới 2 lần chiến "
            "sĩ thi đua cơ sở liên tục, đã đủ đề nghị chiến sĩ thi đua "
            "tỉnh chưa"
        ),
        ["Không.", "03 lần"],
        id="E-own-44",
    ),
    pytest.param(
        "E",
        (
            "ờ anh ấy mới có hai năm chiến sỹ thi đua cơ sở thôi thì đủ "
            "lên chiến sỹ thi đua cấp tỉnh chưa"
        ),
        ["Không.", "03 lần"],
        id="E-own-45",
    ),
    pytest.param(
        "F",
        (
            "ờ trạm y tế tôi có chị y sĩ muốn đề nghị chiến sĩ thi đua cơ "
            "sở thì trước hết phải đạt lao động tiên tiến đúng không à "
            "được thì được tặng cái gì"
        ),
        ["Có.", "Lao động tiên tiến", "Bằng chứng nhận"],
        id="F-tuning-46",
    ),
    pytest.param(
        "F",
        (
            "ờ xã tiêu biểu thì được thưởng hai lần lương cơ sở tức là "
            "năm triệu không trăm sáu mươi nghìn đúng không à ai là người "
            "công nhận"
        ),
        ["Có.", "5.060.000", "tỉnh"],
        id="F-tuning-47",
    ),
    pytest.param(
        "F",
        (
            "truoc nop len huyen truoc 1/12, gio han nop ho so tong ket "
            "len xa van la truoc 1/12 dung k"
        ),
        ["Tùy", "tỉnh"],
        id="F-tuning-48",
    ),
    pytest.param("F", "TTLDXS thuong bn, ai cong nhan", ["3.800.000", "tỉnh"], id="F-evaluator-49"),
    pytest.param(
        "F",
        (
            "ờ chiến sỹ thi đua cơ sở thì phải có lao động tiên tiến "
            "trước đúng không à còn thưởng bao nhiêu"
        ),
        ["Có.", "2.530.000"],
        id="F-evaluator-50",
    ),
    pytest.param(
        "F",
        ("truoc huyen bat nop truoc 15/12, gio han nop ho so LDTT len xa la ngay nao"),
        ["Tùy", "tỉnh"],
        id="F-evaluator-51",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a wh-ask of a deadline the province sets is keyed 'Tùy'; no wh verdict",
        ),
    ),
    pytest.param(
        "F",
        (
            "chiến sĩ thi đua cơ sở phải đạt lao động tiên tiến trước "
            "đúng không à được thì được tặng cái gì"
        ),
        ["Có.", "Bằng chứng nhận"],
        id="F-own-52",
    ),
    pytest.param(
        "F",
        (
            "ờ thôn văn hoá thì được thưởng một phẩy năm lần lương cơ sở "
            "đúng không à ai là người công nhận"
        ),
        ["Có.", "Chủ tịch UBND xã"],
        id="F-own-53",
    ),
    pytest.param(
        "F",
        (
            "truoc nop ho so len huyen truoc 1/12, gio han nop ho so tong "
            "ket len xa van truoc 1/12 phai k"
        ),
        ["Tùy", "tỉnh"],
        id="F-own-54",
    ),
    pytest.param(
        "G",
        ("truoc quan cong nhan TDP van hoa, gio chuyen len thanh pho cong nhan dung k"),
        ["Không.", "Chủ tịch UBND"],
        id="G-tuning-55",
    ),
    pytest.param(
        "G",
        "truoc quan ky giay khen cho to dan pho, gio ai ky",
        ["Chủ tịch UBND"],
        id="G-evaluator-56",
    ),
    pytest.param(
        "G",
        ("ờ phường tôi trước đây quận công nhận tổ dân phố văn hoá thì bây giờ ai công nhận"),
        ["Chủ tịch UBND"],
        id="G-evaluator-57",
    ),
    pytest.param(
        "G",
        "CSTDCS cua cong chuc phuong gio con do quan ky k",
        ["Không.", "1/7/2025"],
        id="G-evaluator-58",
    ),
    pytest.param("G", "truoc quan xet TDP van hoa, gio ai xet", ["Chủ tịch UBND"], id="G-own-59"),
    pytest.param(
        "G",
        "giay khen cho can bo phuong gio con do quan ky k",
        ["Không.", "01/7/2025"],
        id="G-own-60",
    ),
    pytest.param(
        "G",
        "ờ trước đây quận ký giấy khen cho phường tôi thì bây giờ ai ký",
        ["Chủ tịch UBND"],
        id="G-own-61",
    ),
    pytest.param(
        "H",
        (
            "ờ cán bộ tham mưu đề nghị khen thưởng trái quy định thì "
            "người đó cũng bị xem xét kỷ luật đúng không"
        ),
        ["Có.", "kỷ luật"],
        id="H-tuning-62",
    ),
    pytest.param(
        "H",
        ("ờ người làm giả hồ sơ để được giấy khen thì có bị xử lý kỷ luật không"),
        ["Có.", "kỷ luật"],
        id="H-evaluator-63",
    ),
    pytest.param(
        "H",
        "can bo tham dinh ho so khen sai thi co bi xu ly k",
        ["Có.", "kỷ luật"],
        id="H-evaluator-64",
    ),
    pytest.param(
        "H",
        ("ờ hội đồng xét khen trái quy định thì những người ký đề nghị có bị xử lý gì không"),
        ["Có.", "kỷ luật"],
        id="H-evaluator-65",
    ),
    pytest.param(
        "H",
        "nguoi xac nhan sai thanh tich de duoc khen co bi ky luat k",
        ["Có.", "kỷ luật"],
        id="H-own-66",
    ),
    pytest.param(
        "H",
        ("ờ người đề nghị khen thưởng trái quy định thì có bị xem xét kỷ luật không"),
        ["Có.", "kỷ luật"],
        id="H-own-67",
    ),
    pytest.param(
        "H",
        ("làm giả hồ sơ thì ngoài bị thu hồi tiền thưởng có bị xử lý kỷ luật không"),
        ["Có.", "kỷ luật"],
        id="H-own-68",
    ),
    pytest.param(
        "I",
        ("chi hoi e de nghi giay khen ma xa k duyet thi xa k can thong bao lai gi dung k"),
        ["Không.", "văn bản"],
        id="I-tuning-69",
    ),
    pytest.param(
        "I",
        (
            "ờ hồ sơ đề nghị giấy khen của thôn tôi không được duyệt thì "
            "xã có phải trả lời bằng văn bản không"
        ),
        ["Có.", "văn bản"],
        id="I-evaluator-70",
    ),
    pytest.param(
        "I",
        "xa k dong y khen thi co phai bao lai cho don vi de nghi k",
        ["Có.", "văn bản"],
        id="I-evaluator-71",
    ),
    pytest.param(
        "I",
        ("ờ chủ tịch xã không ký giấy khen cho hội tôi thì hội có được thông báo lý do không"),
        ["Có.", "văn bản"],
        id="I-evaluator-72",
    ),
    pytest.param(
        "I",
        ("hồ sơ đề nghị giấy khen của hội không được xã duyệt thì xã có phải báo lại không"),
        ["Có.", "văn bản"],
        id="I-own-73",
    ),
    pytest.param(
        "I",
        "nghe noi xa k khen thi k can tra loi don vi de nghi, dung k",
        ["Không.", "văn bản"],
        id="I-own-74",
    ),
    pytest.param(
        "I",
        "xã không duyệt khen thì có thông báo lại cho thôn không ạ",
        ["Có.", "văn bản"],
        id="I-own-75",
    ),
    pytest.param(
        "J",
        (
            "ờ nghe nói khen đột suất thì cũng phải chờ đến cuối năm tổng "
            "kết mới được khen có đúng không"
        ),
        ["Không.", "đột xuất"],
        id="J-tuning-76",
    ),
    pytest.param(
        "J",
        "ờ khen đột suất có phải đợi tổng kết cuối năm không",
        ["Không.", "đột xuất"],
        id="J-evaluator-77",
    ),
    pytest.param(
        "J",
        ("ờ cháu tôi cứu người hôm qua thì bao giờ xã mới khen đột suất được hay phải chờ hết năm"),
        ["đột xuất", "thủ tục đơn giản"],
        id="J-evaluator-78",
    ),
    pytest.param(
        "J",
        "khen dot xuat co can doi den dip tong ket k",
        ["Không.", "đột xuất"],
        id="J-evaluator-79",
    ),
    pytest.param(
        "J",
        "khen đột suất có phải chờ đến hội nghị tổng kết không",
        ["Không.", "đột xuất"],
        id="J-own-80",
    ),
    pytest.param("J", "khen dot suat thi ho so gom gi", ["tờ trình"], id="J-own-81"),
    pytest.param(
        "J",
        "em cứu người đuối nước thì xã khen đột suất luôn hay đợi cuối năm",
        ["đột xuất"],
        id="J-own-82",
    ),
]

#: near wordings whose answer must not change (ours and other tuning sets' questions)
CONTROLS = [
    pytest.param("ban dang ky thi dua co mau chung toan quoc k", ["Không."], id="ctl-87"),
    pytest.param(
        "đề tài mới nghiệm thu có được tính cho chiến sĩ thi đua cơ sở không",
        ["Có.", "nghiệm thu"],
        id="ctl-88",
    ),
    pytest.param(
        ("em làm hồ sơ cho trường đề nghị tập thể lao động tiên tiến thì cần những gì"),
        ["tờ trình", "báo cáo thành tích"],
        id="ctl-89",
    ),
    pytest.param("trường mầm non có được xét lao động tiên tiến không", ["Không."], id="ctl-90"),
    pytest.param(
        ("Chủ tịch xã có được ký giấy khen cho hộ gia đình không hay phải đề nghị lên tỉnh ạ"),
        ["Có."],
        id="ctl-91",
    ),
    pytest.param(
        (
            "Khi Chủ tịch UBND tỉnh tặng danh hiệu cho người của xã thì "
            "tiền thưởng chi từ quỹ thi đua của xã, đúng không?"
        ),
        ["Không."],
        id="ctl-92",
    ),
    pytest.param("giấy khen hộ gia đình nộp hồ sơ ở xã đúng k", ["Có."], id="ctl-93"),
    pytest.param(
        ("2024 2025 2026 em đều đạt CSTĐCS thì có được tính là 3 lần liên tục không"),
        ["Có."],
        id="ctl-94",
    ),
    pytest.param(
        "cán bộ bị kỷ luật khiển trách có được xét LĐTT không",
        ["Không.", "khiển trách"],
        id="ctl-95",
    ),
    pytest.param(
        (
            "Chao ad, e la thu quy xa. Thang 9/2026 co giao vien truong "
            "THCS cua xa dc Chu tich UBND tinh tang bang khen. Co ay hoi "
            "e khi nao xa chi tien thuong, e nghe ben van phong noi tinh "
            "khen thi tinh chi tu quy TDKT cua tinh chu xa k chi. Vay "
            "dung k a"
        ),
        ["Có."],
        id="ctl-96",
    ),
    pytest.param(
        (
            "Em là thủ quỹ xã. Tháng 11/2026 trưởng thôn Đông được Chủ "
            "tịch UBND tỉnh tặng bằng khen vì cứu hộ lũ. Chánh văn phòng "
            "bảo xã cứ ứng tiền thưởng từ quỹ thi đua của xã rồi quyết "
            "toán sau, vì người của xã. Nghe vậy có đúng không, tiền "
            "thưởng đó thuộc quỹ của cấp nào"
        ),
        ["Không."],
        id="ctl-97",
    ),
    pytest.param(
        ("ke toan: xa chi tien thuong CSTDCS tu quy thi dua cua huyen nhu truoc dc k"),
        ["Không."],
        id="ctl-98",
    ),
    pytest.param(
        ("Chủ tịch xã có được ký giấy khen cho hộ gia đình không hay phải đề nghị lên tỉnh ạ"),
        ["Có."],
        id="ctl-99",
    ),
    pytest.param(
        (
            "xa e o mien nui, ke toan noi quy TDKT cua xa chi dc trich "
            "toi da 1% chi ngan sach thuong xuyen nhu cac tinh dong bang, "
            "nen nam nay k du tien khen dot xuat. co dung k a"
        ),
        ["Không."],
        id="ctl-100",
    ),
    pytest.param(
        ("nghe noi tien thuong CSTD tinh cho can bo xa thi lay tu quy thi dua cua xa, dung k"),
        ["Không."],
        id="ctl-101",
    ),
    pytest.param(
        (
            "chao ad, xa e o vung mien nui, ngan sach chi thuong xuyen "
            "nam nay khoang 20 ty. a ke toan bao quy thi dua khen thuong "
            "xa chi duoc trich toi da 1%. nghe vay dung k a, hay duoc "
            "nhieu hon"
        ),
        ["Không."],
        id="ctl-102",
    ),
    pytest.param(
        ("tien thuong giay khen cua chu tich xa chi tu nguon nao, co phai quy cua tinh chi k"),
        ["Không."],
        id="ctl-103",
    ),
    pytest.param(
        "Nghe nói xã chỉ được trích tối đa 0,5% cho quỹ TĐKT phải không?", ["Không."], id="ctl-104"
    ),
    pytest.param(
        (
            "Khi Chủ tịch UBND tỉnh tặng danh hiệu cho người của xã thì "
            "tiền thưởng chi từ quỹ thi đua của xã, đúng không?"
        ),
        ["Không."],
        id="ctl-105",
    ),
    pytest.param(
        (
            "Em là kế toán xã. Cuối năm 2026 xã chi thưởng cho 40 người "
            "Lao động tiên tiến, 6 người Chiến sĩ thi đua cơ sở và 5 tập "
            "thể lao động tiên tiến. Chị phó chủ tịch bảo nếu quỹ thi đua "
            "không đủ thì tính theo lương cơ sở cũ 2.340.000 cho đỡ. Em "
            "hỏi tính theo lương cũ như vậy có đúng không, và mỗi người "
            "LĐTT, CSTĐCS được bao nhiêu"
        ),
        ["Không."],
        id="ctl-106",
    ),
    pytest.param(
        (
            "Xã em là xã miền núi, nghe nói quỹ thi đua, khen thưởng của "
            "xã chỉ được trích tối đa 1% chi ngân sách thường xuyên như "
            "xã đồng bằng, đúng không ạ"
        ),
        ["Không."],
        id="ctl-107",
    ),
    pytest.param(
        ("GV truong THCS xa dc CSTD tinh, xa phai chi 7.590.000 tu quy thi dua cua xa dung k"),
        ["Không."],
        id="ctl-108",
    ),
    pytest.param(
        (
            "tôi là chủ tịch hội phụ nữ xã ờ có chị hội viên nhà ở thôn "
            "ba tự bỏ tiền làm đường bê tông ba trăm mét cho bà con đi "
            "lại chị em muốn đề nghị xã tặng giấy khen cho cả gia đình "
            "chị ấy chứ không phải riêng chị ấy thì có được không à nếu "
            "được thì thưởng bao nhiêu"
        ),
        ["Có."],
        id="ctl-109",
    ),
    pytest.param(
        "ho so dot xuat co phai bao cao thanh tich day du nhu tong ket nam k",
        ["Không.", "tóm tắt"],
        id="ctl-110",
    ),
    pytest.param(
        "Em là thủ quỹ xã. Năm 2025 anh X được CSTĐCS, QĐ ngày 20/12/2025, đã nhận 2.340.000. "
        "Tháng 9/2026 thanh tra kết luận anh X kê khai gian dối sáng kiến. Chánh văn phòng bảo "
        "chỉ hủy danh hiệu thôi, tiền đã chi là của anh X không phải nộp lại. Vậy có đúng không, "
        "và ai có quyền hủy quyết định",
        ["Không."],
        id="ctl-b106-revoke-who",
    ),
    pytest.param(
        "trưởng thôn có quyền thu hồi giấy khen GĐVH của hộ khai gian không",
        ["Không."],
        id="ctl-h235-no-power",
    ),
]


@pytest.mark.parametrize(("family", "question", "keys"), CASES)
def test_family(officer_kb: KnowledgeBase, family: str, question: str, keys: list[str]) -> None:
    assert family in NAMES
    _check(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), CONTROLS)
def test_control(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    _check(officer_kb, question, keys)
