"""Yes/no questions whose polarity is not the one the answer's own verdict answers (task h108).

A block about a replaced text opens "Không." because it answers "does it still apply"; an
officer asking "tờ trình ghi căn cứ NĐ 98/2023 thì có sai không" asks the reverse, whether
citing it is wrong, and the plain answer to that is "Có.". The readers here only turn such a
verdict round or supply one the facts imply; they never invent a rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from bot.core.text import fold, folded_words

__all__ = [
    "COEFFICIENT_KEPT",
    "FIRM_PAYS",
    "base_changed_verdict",
    "citing_wrong_asked",
    "coefficient_change_asked",
    "commune_award_paid",
    "commune_school_told",
    "criteria_same_verdict",
    "decider_level_told",
    "distinct_papers_verdict",
    "firm_gives_told",
    "payer_claimed",
    "payer_claimed_in_a_clause",
    "repeat_denied",
    "route_offered",
    "stand_in_signer",
    "wait_verdict",
    "wrong_turned",
]


#: the asking clause puts "it is wrong / against the rules" up for confirmation: "có sai
#: không", "vậy là sai à", "bị sai phải không", "có trái quy định không"
_WRONG_ASKED = re.compile(
    r"\b(?:co |la |bi |thi |vay |nhu vay )?(?:sai|trai (?:quy dinh|luat))"
    r"(?: quy dinh| luat| roi| het)?"
    r" (?:khong|ko|k|hong|a|ha|chu|nhi|phai khong|dung khong|phai k|dung k|phai ko|dung ko)\s*$"
)
#: a block's lead saying the thing it is about is no longer in force
_REPLACED = re.compile(r"\b(?:da duoc thay|da bi thay|thay bang|het hieu luc|da bi bai bo)\b")


def _last_clause(question: str) -> str:
    clauses = [c for c in re.split(r"[,.;:?!]", fold(question).lower()) if c.strip()]
    return folded_words(clauses[-1], "/") if clauses else ""


def citing_wrong_asked(question: str) -> bool:
    """The last clause asks whether what is told is wrong ("… thì có sai không")."""
    return _WRONG_ASKED.search(_last_clause(question)) is not None


def wrong_turned(question: str, body: str) -> str | None:
    """``body`` with its "Không." turned into "Có." when it says a text is no longer in force
    and the question asks whether citing or using it is wrong: the plain answer to "is it
    wrong" is then "Có", and the reason (replaced by …) reads the same after either verdict.
    None when the question asks otherwise or the body is not such a block."""
    if not body.startswith("Không. ") or not citing_wrong_asked(question):
        return None
    lead = re.split(r"(?<=[.!?])\s+", body, maxsplit=2)
    if _REPLACED.search(folded_words(" ".join(lead[:2]), "/")) is None:
        return None
    return f"Có. {body.removeprefix('Không. ')}"


#: "lương cơ sở mới", "theo lương mới", "lcs mới": the new base asked to apply
_NEW_BASE = re.compile(r"\b(?:luong co so|lcs|muc luong|theo luong|(?:theo|chi) muc) moi\b")
#: "vẫn tính theo lương cơ sở cũ": the base asked to be the one before the newest
_OLD_BASE = re.compile(r"\b(?:luong co so|muc luong|luong|(?:theo|chi) muc) cu\b")
#: "lương cơ sở đổi rồi", "tăng chưa", "có thay đổi không": the base asked to have changed
_CHANGED = re.compile(r"\bluong co so (?:da |co |lai )?(?:doi|tang|thay doi|khac)\b")
#: the prizes of two decisions put up as equal ("QĐ tháng 3/2026 với QĐ tháng 1/2027 thưởng bằng
#: nhau phải k") or as differing ("ký tháng 6 với ký tháng 8 có chênh lệch k"): the bases on the
#: two days decide (task f201, b201 F2)
_PRIZES_SAME = re.compile(r"\b(?:bang nhau|nhu nhau|giong nhau|ngang nhau|y nhu nhau)\b")
_PRIZES_DIFFER = re.compile(r"\b(?:chenh lech|khac nhau|chenh nhau|lech nhau)\b")
#: a decision's date as officers write it: "1/7/2026", "12/2025" (a month)
_DATE = re.compile(r"\b(?:(\d{1,2})/)?(\d{1,2})/(20\d\d)\b")
#: a month and its year in words: "tháng 6 năm 2026", "tháng 6 nhưng năm 2026" (task h286)
_MONTH_OF_YEAR = re.compile(r"\b()thang (\d{1,2}) (?:(?:nhung|ma|cua|trong|thuoc) )?nam (20\d\d)\b")


#: "lương cơ sở mới từ 1/7/2026", "áp dụng từ ngày 1/7/2026": the day a base took effect,
#: told beside the claim, not a decision's date
_BASE_START = re.compile(r"\b(?:moi|tang|ap dung|hieu luc) (?:tu|ke tu) (?:ngay )?$")


def _dates(words: str) -> list[date]:
    found = []
    for match in (*_DATE.finditer(words), *_MONTH_OF_YEAR.finditer(words)):
        if _BASE_START.search(words[: match.start()]):
            continue
        day, month, year = match.groups()
        try:
            found.append(date(int(year), int(month), int(day or 1)))
        except ValueError:
            continue
    return found


def base_changed_verdict(
    question: str, base_at: Callable[[date], int], signed: date | None = None
) -> str | None:
    """ "qđ ký ngày 1/7/2026 thì thưởng theo lương cơ sở mới chưa": whether the base in force
    on the one date told is the newest (``base_at(d)`` gives the amount on ``d``); "năm ngoái
    qđ ký 12/2025, năm nay 12/2026, lương cơ sở đổi rồi phải không": whether the first and
    last dates told fall under different bases. None unless the question asks about the base
    being new or changed and tells the dates that decide it (NĐ 152/2025 Điều 49: the base on
    the day the decision is signed). ``signed``: the day the decision was read as signed when
    the question writes no date this reader reads ("quyết định ký tháng 2": the month's last
    base before today, task h286)."""
    words = folded_words(question, "/")
    dates = _dates(words) or ([signed] if signed is not None else [])
    if _CHANGED.search(words) and len(dates) >= 2:
        return "Có" if base_at(min(dates)) != base_at(max(dates)) else "Không"
    if len(dates) >= 2 and (_PRIZES_SAME.search(words) or _PRIZES_DIFFER.search(words)):
        differ = base_at(min(dates)) != base_at(max(dates))
        return "Có" if differ == bool(_PRIZES_DIFFER.search(words)) else "Không"
    if _NEW_BASE.search(words) and len(dates) == 1:
        return "Có" if base_at(dates[0]) == base_at(date.max) else "Không"
    if _OLD_BASE.search(words) and len(dates) == 1:
        # "LĐTT ký ngày 30/6/2026 vẫn tính theo lương cơ sở cũ đúng k": right when the day
        # signed falls before the newest base took effect (task h168)
        return "Có" if base_at(dates[0]) != base_at(date.max) else "Không"
    if signed is not None and len(dates) >= 2 and signed in dates:
        # "QĐ ký 20/6/2026 nhưng 10/7/2026 mới chi, kế toán bảo chi theo mức mới": the day the
        # decision is signed decides, not the day it is paid (h354)
        if _NEW_BASE.search(words):
            return "Có" if base_at(signed) == base_at(date.max) else "Không"
        if _OLD_BASE.search(words):
            return "Có" if base_at(signed) != base_at(date.max) else "Không"
    return None


#: the title's coefficient asked to have changed: "hệ số có thay đổi không", "có đổi hệ số
#: không", "giờ xã ký thì hệ số có khác không"
_COEFFICIENT_CHANGED = re.compile(
    r"\b(?:(?:thay doi|doi|khac|tang|giam) (?:\w+ ){0,2}?he so"
    r"|he so (?:\w+ ){0,4}?(?:co |da |bi )?(?:thay doi|doi|khac|tang|giam))\b"
)
#: why it has not (domain brief: NĐ 152/2025 keeps NĐ 98/2023's coefficients; Điều 50 sets
#: them per title, whoever signs)
COEFFICIENT_KEPT = (
    "Hệ số không đổi: Nghị định 152/2025/NĐ-CP (thay Nghị định 98/2023/NĐ-CP từ 01/7/2025) giữ"
    " nguyên hệ số tiền thưởng như trước, tính theo danh hiệu, không theo cấp ký quyết định. Số"
    " tiền chỉ đổi theo mức lương cơ sở tại ngày ký quyết định."
)


def coefficient_change_asked(question: str) -> bool:
    """The question asks whether a title's prize coefficient has changed (task h108)."""
    return _COEFFICIENT_CHANGED.search(folded_words(question, "/")) is not None


#: the asker claims the award must wait for a later meeting: "có phải đợi tổng kết cuối năm
#: không", "phải chờ đến cuối năm mới khen à"
_WAIT_CLAIMED = re.compile(
    r"\b(?:phai|can|cu|van) (?:doi|cho) (?:den |toi )?(?:dip |luc |khi )?"
    r"(?:tong ket|cuoi nam|cuoi dot|het nam|so ket|hop cuoi nam)\b"
    # "đột xuất chỉ được khen vào dịp tổng kết cuối năm học" claims the same wait (task h328)
    r"|\bchi (?:duoc |dc |co the )?(?:khen|xet|tang|de nghi|trinh)? ?(?:khen |xet )?"
    r"(?:vao |trong |khi |luc |o )?(?:dip )?(?:tong ket|cuoi nam|het nam|so ket)\b"
)
#: the asker asks to award now, without that wait: "khen ngay chứ không đợi cuối năm thì có
#: được không", "không chờ tổng kết năm học được không" (task h326); "không phải đợi …, đúng
#: không" is a claim put up, which the claim readers turn themselves
_NO_WAIT_ASKED = re.compile(
    r"\b(?:khong|k|ko|kg|chang) (?:doi|cho) (?:den |toi )?"
    r"(?:dip |luc |khi )?(?:tong ket|cuoi nam|cuoi dot|het nam|so ket|hop cuoi nam)\b"
)
#: a deadline fact saying the award is considered at once, with no such wait
_AT_ONCE = re.compile(r"\b(?:xet ngay|khen ngay|ngay sau khi|khong (?:phai |can )?(?:doi|cho))\b")


#: a deadline fact saying the award is considered at the year's review
_AT_YEAR_END = re.compile(r"\bkhi tong ket (?:nam|cuoi nam)\b")


def wait_verdict(question: str, body: str, first: str | None = None) -> str | None:
    """ "ông cụ cứu người … có phải đợi tổng kết cuối năm không" against khen đột xuất's "Xét
    ngay sau khi có thành tích": "Không" when the fact says the award is made at once, "Có"
    when it says the award waits for the year's review (LĐTT "khi tổng kết năm"); None
    when the question claims no wait or the fact states none (task h108)."""
    words = folded_words(question, "/")
    if _NO_WAIT_ASKED.search(words) is not None:
        # the way asked is the award now; the fact confirms it when it says "xét ngay"
        return no_wait_verdict(folded_words(body, "/"))
    if _WAIT_CLAIMED.search(words) is None:
        return None
    said = folded_words(body, "/")
    # "khen đột xuất được k hay phải đợi tổng kết năm học": the wait is the rival way
    # offered after "hay"; the yes/no asks the first way (may it be done now), which the
    # same fact answers the other way round (task h287)
    # ``first`` is that first way (the question up to its "không hay"), when one is offered
    rival = first is not None and _WAIT_CLAIMED.search(folded_words(first, "/")) is None
    if _AT_ONCE.search(said):
        return "Có" if rival else "Không"
    # "LĐTT có phải đợi tổng kết cuối năm không" against "xét hằng năm … khi tổng kết năm"
    if _AT_YEAR_END.search(said):
        return "Không" if rival else "Có"
    return None


def no_wait_verdict(said: str) -> str | None:
    """ "khen ngay, không đợi cuối năm được không" against the folded deadline fact ``said``:
    "Có" when the fact says the award is made at once (Luật 2022 Điều 85: khen đột xuất),
    "Không" when it waits for the year's review; None when the fact tells neither."""
    if _AT_ONCE.search(said):
        return "Có"
    if _AT_YEAR_END.search(said):
        return "Không"
    return None


#: sameness claimed of criteria: "tiêu chuẩn giống LĐTT", "có giống nhau không", "như nhau"
_SAME = re.compile(r"\b(?:giong|nhu nhau|tuong tu|y nhu|y het|cung tieu chuan|cung dieu kien)\b")
#: a fact saying its criteria are another title's: "Cùng tiêu chuẩn Lao động tiên tiến"
_SAME_AS = "cung tieu chuan {name}"
#: a fact's clause giving one group its own criteria: "Với công nhân, nông dân, …: …"
_GROUP_CLAUSE = re.compile(r"\bvoi ([a-z ,]+?):")


def criteria_same_verdict(
    question: str,
    own: str,
    own_names: tuple[tuple[str, ...], ...],
    others: list[tuple[tuple[tuple[str, ...], ...], str]],
) -> str | None:
    """ "Chiến sĩ tiên tiến tiêu chuẩn giống LĐTT đúng không": "Có" when either title's
    criteria fact says it has the other's ("Cùng tiêu chuẩn Lao động tiên tiến", Luật 2022 Điều
    24 khoản 2); "LĐTT cho công chức và cho nông dân tiêu chuẩn có giống nhau không": "Không"
    when the fact gives one of the two groups named after "cho" its own clause ("Với công nhân,
    nông dân …: …", Điều 24 khoản 3) and not the other. ``own`` is the asked title's criteria
    text, ``others`` each other title named with its criteria text. None otherwise: sameness
    is never inferred from silence (task h108)."""
    asked = folded_words(question, "/")
    if _SAME.search(asked) is None:
        return None
    mine, theirs = folded_words(own, "/"), [(names, folded_words(t, "/")) for names, t in others]
    for names, text in theirs:
        if any(_SAME_AS.format(name=" ".join(n)) in mine for n in names) or any(
            _SAME_AS.format(name=" ".join(n)) in text for n in own_names
        ):
            return "Có"
    clause = _GROUP_CLAUSE.search(" ".join(fold(own).lower().split()))
    groups = [g.split()[:2] for g in re.findall(r"\bcho ((?:[a-z]+ ?){1,2})", asked)]
    if clause is None or len(groups) < 2:
        return None
    listed = set(clause.group(1).replace(",", " ").split())
    inside = [set(g) <= listed for g in groups]
    return "Không" if any(inside) and not all(inside) else None


#: a route named after "hoặc" ("… hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến")
_OR_ROUTE = re.compile(r"\bhoac (?:la )?(?:co |dat )?(sang kien|de tai)\b")


def route_offered(question: str, fact_text: str) -> bool:
    """ "CSTĐCS phải đạt LĐTT và hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến đúng không":
    the question names the route only as an alternative ("hoặc có sáng kiến"), as the title's
    own rule does; it restates the rule and claims nothing required of that route, so the
    fact's "not required" answers another question (task h108). False when the fact gives no
    such alternative (LĐTT needs no sáng kiến at all)."""
    asked = _OR_ROUTE.findall(folded_words(question, "/"))
    return bool(asked) and set(asked) <= set(_OR_ROUTE.findall(folded_words(fact_text, "/")))


#: the level a question says pays the prize, by any name: "xã (có) (tự) chi tiền", "phường
#: phải tự chi", "do ngân sách huyện chi", "ngân sách tỉnh cấp riêng", "trường tự lo", "huyện vẫn
#: giữ quỹ để chi"; "tỉnh chỉ tặng cờ" (chỉ = only) and "xã chi hội" (a branch) are no payer
#: (task h166); "cơ quan cấp trên chi" claims the level above pays (task h219)
_PAYS = re.compile(
    r"\b(?:ngan sach |quy (?:cua )?)?(xa|phuong|dac khu|tinh|huyen|quan|truong|tram|cap tren) "
    r"(?:(?:phai|co|van|con|cung|se) )*"
    r"(?:(?:tu )?(?:chi|tra)|tu lo|giu quy)\b"
    # "xã chỉ làm hồ sơ / gửi / trình / lập": chỉ (only) before another act (task h276)
    r"(?! (?:tang|duoc|dc|la|lay|can|moi|nhan|ky|xet|khen|de nghi|hoi|bo|doan|nhanh"
    r"|lam|gui|trinh|lap)\b"
    r"| co (?!dung|phai|hop|k|ko|khong|kg|duoc khong)\S*\b"
    # "tỉnh chi 5.060.000 có đúng k": an amount told as paid, the sum judged (task h235)
    r"| (?:(?:moi|cho) \w+ )?\d"
    # "CSTĐ tỉnh chi thưởng 2 lần lương cơ sở": a coefficient told right after is "chỉ"
    # (only) the prize, the figure judged, not who pays it (task h358)
    r"| thuong (?:(?:co|duoc|dc|bang|khoang) )?\d)"
    r"|\bngan sach (tinh|huyen|xa) (?:\w+ )?cap\b"
)
#: "chỉ" (only) typed with its mark, and the verb "chi" (to pay) typed bare: which one a
#: marked text holds
_ONLY_TYPED = re.compile(r"(?i)\bchỉ\b")
_PAY_TYPED = re.compile(r"(?i)\bchi\b")
#: the general rule claimed: "cấp ra quyết định khen thì cấp đó chi", "chi từ quỹ của mình"
_DECIDER_PAYS = re.compile(
    r"\b(?:quyet dinh|cap nao) (?:\w+ ){0,4}?(?:thi )?cap (?:do|day|ay) (?:\w+ )?(?:tu )?chi\b"
    r"|\bchi (?:\w+ ){0,4}?quy (?:\w+ ){0,4}?cua minh\b"
)
#: the names of a level folded to the level that pays: the xã, phường and đặc khu are one level
#: since 01/7/2025 (NĐ 129/2025/NĐ-CP Điều 59); a quận is a district
#: "cơ quan cấp trên chi" names the level above the one deciding, never the decider (task h219)
#: a unit under the xã ("trạm y tế", "nguồn của trạm") pays as a school does: no state prize
_LEVEL_OF = {
    "phuong": "xa",
    "dac khu": "xa",
    "quan": "huyen",
    "tram": "truong",
    "cap tren": "other",
}
#: the fund named: "chi từ quỹ TĐKT của tỉnh", "lấy từ quỹ thi đua khen thưởng cấp xã"; it says
#: whose money it is even when "giấy khen xã chi …" stands before it (task h137)
_FUND_OF = re.compile(
    # "chẳng phải từ quỹ thi đua xã sao" (task h220): "từ" alone names the source too
    # "lấy ở quỹ thi đua của xã" (task h341): "ở" names the source as "từ" does
    r"\b(?:(?:chi|lay) (?:tien (?:thuong )?)?(?:tu |o )?|tu )quy "
    r"(?:tdkt |thi dua khen thuong |thi dua |khen thuong )?"
    # task f197 (b197): "vẫn chi từ quỹ thi đua của huyện": the district's fund claimed, gone
    # with the district since 01/7/2025 (the xã's decisions are paid from the xã's fund)
    r"(?:cua )?(?:cap )?(xa|phuong|dac khu|tinh|huyen|quan)\b"
    # "chi tiền thưởng từ nguồn của trạm", "lấy kinh phí của trường chi": a unit's own money
    r"|\b(?:chi|lay|tra)(?: tien(?: thuong)?)?(?: tu)? (?:nguon|kinh phi|quy) "
    r"(?:cua )?(tram|truong)\b"
)

#: the Quỹ thi đua, khen thưởng named as the payer with no level ("chị văn phòng bảo quỹ thi
#: đua khen thưởng", "lấy từ quỹ TĐKT chứ gì"): the fund the prize is paid from, of the level
#: that decides (NĐ 152/2025/NĐ-CP Điều 46), so the general rule is claimed (task h220)
_TDKT_FUND = re.compile(
    # "tỉnh đồng bằng trích quỹ …" names a region, no payer
    r"\b(?:chi|lay|tu|(?<!dong )bang|do|bao|noi|la) (?:(?!nop\b)\w+ ){0,2}?quy "
    r"(?:tdkt|thi dua(?: khen thuong)?|khen thuong)\b"
    # whole: "quỹ thi đua khen thưởng của tỉnh" names a level (not "quỹ thi đua" + "khen …")
    r"(?!(?: khen thuong)?(?: (?:cua|cap|o|tai))? "
    r"(?:xa|phuong|dac khu|tinh|huyen|quan|truong|minh|do|day|ay)\b)"
)
#: another fund named as paying the prize: "lấy từ quỹ khuyến học", "do quỹ vì người nghèo chi",
#: "trích quỹ phúc lợi": the prize of a state award is paid from the Quỹ thi đua, khen thưởng
#: of the level that decides (NĐ 152/2025/NĐ-CP), never from a fund kept for another purpose
_FUNDS = (
    r"(khuyen hoc|khuyen tai|phuc loi|den on dap nghia|vi nguoi ngheo|phong chong thien tai"
    r"|bao tro tre em|luong|an ninh quoc phong|quoc phong an ninh|ho tro nong dan|hoi"
    r"|cong doan|doan|chi hoi|mat tran)"
)
#: only a fund told as paying: "ủng hộ quỹ vì người nghèo 100 triệu" gives to it
_OTHER_FUND = re.compile(
    r"\b(?:lay|chi|trich|tra|dung|tu|bang|do)(?: \w+){0,2}? quy (?:cua )?" + _FUNDS + r"\b"
    r"|\bquy (?:cua )?" + _FUNDS + r" (?:\w+ ){0,2}(?:chi|tra)\b"
    # "tiền lấy từ quỹ nào, có phải tiền của hội k": the money claimed to be another body's
    # own (task h305)
    r"|\b(?:phai|la) tien (?:thuong )?(?:cua )?(?:" + _FUNDS[1:-1] + r"|clb|cau lac bo|nhom)\b"
    r"(?! dong)"
    # "chi từ lương của trạm" (task h239): the wages named with no "quỹ"; not the base of a
    # prize ("lương cơ sở")
    r"|\b(?:lay|chi|tra)(?: tu)? luong\b(?! co so)"
)
#: money raised or granted for another purpose told as paying the prize: "lấy từ tiền quyên
#: góp của chính nhóm", "lấy từ vốn chương trình nông thôn mới", "chi bằng tiền tài trợ"; the
#: prize is paid from the Quỹ thi đua, khen thưởng of the level that decides (task h244). Not
#: where the fund itself is said to take such money in ("quỹ thi đua lấy từ tiền ủng hộ")
_RAISED = re.compile(
    r"\b(?:lay|chi|trich|tra|dung|bang)(?: tu)? (?:tien (?:quyen gop|ung ho|dong gop|tai tro"
    r"|xa hoi hoa)|von(?! co so)\b|kinh phi (?:chuong trinh|du an|xay dung)|nguon (?:quyen gop"
    r"|ung ho|xa hoi hoa|von chuong trinh))"
)
#: the words some pattern of :func:`payer_claimed` needs, each whole: "chi", "trả", "tự lo" and
#: "ngân sách … cấp" (``_PAYS``, ``_DECIDER_PAYS``), "quỹ", "nguồn", "kinh phí" (the funds),
#: "tiền", "lương" (``_OTHER_FUND``), "tiền", "vốn", "kinh phí", "nguồn" (``_RAISED``)
_PAYER_WORD = re.compile(r"\b(?:chi|tra|lo|quy|cap|tien|luong|von|kinh|nguon)\b")
#: the denied half of "X chứ không phải Y": the claim is X (task h239)
_NOT_THIS = re.compile(
    r"\bchu (?:khong|ko|k|kp) phai\b.*?(?=\b(?:dung|phai) (?:khong|ko|k)\b|$)"
    # task f189a: "… do xã chi từ quỹ thi đua xã, k phải tỉnh chi đúng k": a level denied
    # paying after the one claimed is the other side of the claim, not the payer claimed
    r"|\b(?:khong|ko|k|kp) phai (?:quy (?:cua )?)?(?:xa|phuong|tinh|huyen) (?:tu )?(?:chi|tra)\b"
)


#: the chairman told as deciding: "Chủ tịch UBND tỉnh tặng …", "do chủ tịch xã quyết định"
_CHAIR_OF = re.compile(
    r"\b(?:chu tich|ct) (?:ubnd |uy ban (?:nhan dan )?)?(?:cap )?(xa|phuong|dac khu|tinh)\b"
    r"|\b(?:ubnd|uy ban nhan dan) (?:cap )?(xa|phuong|dac khu|tinh) (?:tang|khen|quyet dinh|ky)\b"
)


#: a firm's head told giving the award: "giám đốc công ty tặng LĐTT", "được giám đốc công ty
#: tặng", "doanh nghiệp tự khen": the firm decides (Luật 2022 Điều 80 khoản 4) and pays
_FIRM_GIVES = re.compile(
    r"\b(?:(?:tong )?giam doc|chu nhiem) (?:cong ty|cty|doanh nghiep|dn|htx|hop tac xa)\b"
    r"(?: \w+){0,3}? (?:tang|ky|khen|cong nhan|quyet dinh)\b"
    r"|\b(?:cong ty|cty|doanh nghiep|htx|hop tac xa) (?:\w+ ){0,3}?tu (?:tang|khen|xet|cong nhan)\b"
)
#: what a firm's own award is paid from (Luật 2022 Điều 80 khoản 4; domain brief: the fund of
#: the level that decides pays)
FIRM_PAYS = (
    "Anh/chị nêu Giám đốc doanh nghiệp quyết định tặng (Luật Thi đua, khen thưởng 2022, Điều 80"
    " khoản 4): tiền thưởng do doanh nghiệp chi, không chi từ quỹ của xã hay tỉnh."
)


def firm_gives_told(question: str) -> bool:
    """The letter tells a firm's director (or the firm itself) giving the award; the firm is
    then the level that decides and pays, whatever level usually gives the title (h286)."""
    return _FIRM_GIVES.search(folded_words(question, "/")) is not None


def decider_level_told(question: str) -> str | None:
    """ "Khi Chủ tịch UBND tỉnh tặng danh hiệu … thì tiền thưởng chi từ quỹ của xã, đúng không":
    the level ("xa" / "tinh") whose chairman the question tells deciding, when it names one
    level only; the prize is paid from that level's fund (NĐ 152/2025/NĐ-CP Điều 46)."""
    levels = {
        _LEVEL_OF.get(level, level)
        for m in _CHAIR_OF.finditer(folded_words(question, "/"))
        for level in m.groups()
        if level
    }
    return levels.pop() if len(levels) == 1 else None


#: the pairs whose fact names no awarding level: the general rule and the awards of a
#: campaign or a theme, which either level may give
_LEVELLESS_PAYERS = frozenset({"quy_tdkt", "khen_chuyen_de", "*"})
#: another level or giver named: the award may then not be the commune's
_OTHER_GIVER = re.compile(
    r"\b(?:tinh|thu tuong|chinh phu|chu tich nuoc|nha nuoc|bo|so|nganh|huan chuong"
    r"|bang khen|giam doc|thu truong|cong ty|cty|doanh nghiep|dn|htx|hop tac xa|truong)\b"
)
#: the commune's own award named: its giấy khen, or "xã" told as both paying and holding the fund
#: ("xã lấy tiền thưởng cho nhà hảo tâm từ quỹ thi đua khen thưởng của xã": who the prize is
#: for may stand between the xã and its fund, task h356)
_COMMUNE_AWARD = re.compile(r"\b(?:giay khen|gk)\b|\bxa (?:\w+ ){0,14}?quy (?:\w+ ){0,4}?cua xa\b")


def commune_award_paid(entity: str, question: str) -> str | None:
    """ "tiền thưởng giấy khen chuyên đề có chi từ quỹ thi đua của xã không", "giờ xã chi từ quỹ
    thi đua khen thưởng của xã phải không": no title with a fixed level is named, but the award
    asked of is the commune's (its giấy khen; the xã's own fund) and no other level or giver is;
    "xa" then, as the xã's decisions are paid from its fund (NĐ 152/2025/NĐ-CP; task h300)."""
    if entity not in _LEVELLESS_PAYERS:
        return None
    said = folded_words(question, "/")
    if _OTHER_GIVER.search(said) or not _COMMUNE_AWARD.search(said):
        return None
    return "xa"


def payer_claimed(question: str) -> str | None:
    """ "bằng khen tỉnh cho cá nhân xã thì xã có tự chi tiền thưởng được không": the level
    ("xa" / "tinh" / "huyen" / "truong") the question says pays, "decider" for the general rule
    ("cấp ra quyết định thì cấp đó chi"), "other" for a fund kept for another purpose
    ("lấy từ quỹ khuyến học"), or None (tasks h108, h166, h194)."""
    folded = folded_words(question, "/")
    if _PAYER_WORD.search(folded) is None:
        # s48a: every pattern below needs one of these words whole; most clauses (four in five
        # of the tuning questions') name none, and the six scans are skipped
        return None
    said = _NOT_THIS.sub("", folded)
    if _DECIDER_PAYS.search(said):
        return "decider"
    # the last level named is the one claimed now: "trước đó huyện chi, giờ xã chi à"
    paying = _PAYS.finditer(said)
    if _ONLY_TYPED.search(question) and not _PAY_TYPED.search(question):
        # typed with its marks, "chỉ" (only) folds to "chi" too: a text with no bare "chi"
        # names no paying "chi" (task h358); "trả" still does
        paying = (m for m in paying if not m.group(0).endswith("chi"))
    found = max(
        (
            *_FUND_OF.finditer(said),
            *paying,
            *_OTHER_FUND.finditer(said),
            *_TDKT_FUND.finditer(said),
        ),
        key=lambda m: m.start(),
        default=None,
    )
    raised = _RAISED.search(said)
    if raised and (found is None or raised.start() > found.start()):
        before = said[: raised.start()].split()
        if "quy" not in before or "tien thuong" in " ".join(before):
            return "other"
    if found is None:
        return None
    if found.re is _OTHER_FUND:
        return "other"
    if found.re is _TDKT_FUND:
        return "decider"
    level = next(g for g in found.groups() if g)
    return _LEVEL_OF.get(level, level)


def payer_claimed_in_a_clause(question: str) -> bool:
    """Whether one clause of ``question`` (cut at ",.;:?!") claims who pays: "xã. Chi hội …"
    names a branch of an organisation, not a payment, so each clause is read on its own."""
    if _PAYER_WORD.search(folded_words(question, "/")) is None:
        # s49a: a clause's words are the whole question's words (the marks it is cut at are no
        # word's letters), so with no payer word in the whole (three questions in five), no
        # clause names one, and the clauses are not folded one by one
        return False
    return any(payer_claimed(clause) for clause in re.split(r"[,.;:?!]", question))


#: "X có phải (là) Y không", "X là Y à / phải không": X claimed to be Y
_IS_CLAIMED = re.compile(r"\b(?:co phai|phai|chinh|cung) la\b|\bco phai\b|\bla\b")


def distinct_papers_verdict(question: str, papers: tuple[str, ...]) -> str | None:
    """ "tờ trình là gì, có phải là báo cáo thành tích không": two different papers of a
    dossier (``papers``: the fact model's list, folded, longest first) named on either side of
    "có phải (là)" are not one another: "Không. … là hai giấy khác nhau …" (Luật 2022 Điều
    84 khoản 1 lists them apart). None unless the clause that asks names two different papers
    around that claim (task h108)."""
    clauses = [c for c in re.split(r"[,.;:?!]", fold(question).lower()) if c.strip()]
    for clause in reversed(clauses):
        said = f" {folded_words(clause, '/')} "
        claim = _IS_CLAIMED.search(said)
        if claim is None:
            continue
        before, after = said[: claim.start()], said[claim.end() :]
        listed = [p for p in papers if p in _PAPER_NAMES]
        left = [p for p in listed if f" {p} " in before]
        right = [p for p in listed if f" {p} " in after]
        if not left:
            # "tờ trình là gì, có phải là …": the paper named in the clause before
            earlier = folded_words(" ".join(clauses[:-1]), "/")
            left = [p for p in listed if f" {p} " in f" {earlier} "][:1]
        if left and right and left[-1] != right[0]:
            one, other = (_PAPER_NAMES.get(p, p) for p in (left[-1], right[0]))
            return (
                f"Không. {one.capitalize()} và {other} là hai giấy khác nhau trong hồ sơ (Luật"
                " Thi đua, khen thưởng 2022, Điều 84 khoản 1)."
            )
        return None
    return None


#: the papers Luật 2022 Điều 84 khoản 1 lists apart (folded → written); the list of names goes
#: with the tờ trình ("kèm danh sách") and is left out
_PAPER_NAMES = {
    "to trinh": "tờ trình",
    "bao cao thanh tich": "báo cáo thành tích",
    "bien ban": "biên bản",
}


#: someone of the xã's staff (not a chairman) claimed to sign an award decision: "công chức …
#: có được ký quyết định khen thay chủ tịch không", "văn phòng ký qđ khen được không"
_STAFF = re.compile(r"\b(?:cong chuc|can bo|chuyen vien|van phong|ke toan|van thu|nhan vien)\b")
#: the staff named before "ký" with no chairman between: "cán bộ phường bảo chủ tịch UBND
#: phường ký QĐ" tells who signs (the chairman), it claims no stand-in (task h277)
_STAFF_SIGNS = re.compile(
    r"\b(?:cong chuc|can bo|van phong|ke toan)\b(?:(?! chu tich\b| ct\b).)* ky\b"
)
_SIGNS_AWARD = re.compile(
    r"\bky (?:qd|quyet dinh)(?: \w+){0,2}? (?:khen|tang|cong nhan)|\bky (?:\w+ ){0,4}?thay chu tich"
)


#: another office-holder of the commune named as the one who signs: "phó chủ tịch phường có
#: được ký giấy khen …", "bí thư đảng ủy xã ký … thay chủ tịch"; only words of a unit or of
#: ability between the holder and "ký", so "tôi là phó chủ tịch, chủ tịch xã ký à" is not one
_HOLDER_SIGNS = re.compile(
    r"\b(?P<who>pho chu tich|bi thu|chu tich (?:hdnd|hoi dong nhan dan)|chu tich (?:uy ban )?"
    r"mat tran|truong cong an|chi huy truong)"
    # task f184: the holder's field ("phó chủ tịch phụ trách văn hóa (xã hội) ký")
    r"(?: (?:ubnd|xa|phuong|dac khu))*(?: phu trach(?: (?!ky\b)\w+){1,4}?)?"
    r"(?: (?:ubnd|uy ban nhan dan|ub|xa|phuong|dac khu|thi tran|dang uy|dang|uy|co|duoc|dc|the"
    r"|tu|minh|cung|lai|nay|hdnd|to quoc|quan su|cong an))* ky\b"
)
#: what the holder signs is an award, or in the chairman's stead or own name
_AWARD_SIGNED = re.compile(
    r"\bky (?:\w+ ){0,3}?(?:giay khen|bang khen|khen|quyet dinh|qd|danh hieu|ldtt|cstdcs"
    r"|ttldtt|ttldxs|lao dong tien tien|chien si thi dua)\b|\bky thay\b|\bthay chu tich\b"
    r"|\bdanh nghia\b"
)
#: task f184: the award named first, the holder after "do": "giấy khen chủ tịch xã cho cá nhân
#: có phải do phó chủ tịch phụ trách văn hóa ký không"
_AWARD_BEFORE = re.compile(
    r"\b(?:giay khen|gk|bang khen|quyet dinh|qd|danh hieu|ldtt|cstdcs|ttldtt|ttldxs|gdvh"
    r"|gia dinh van hoa|thon van hoa|lao dong tien tien|chien si thi dua)\b"
    r"(?: \w+){0,10}? (?:(?:co phai|phai|la|deu|cung) (?:do )?|do )$"
)
#: the asker tells they hold such an office ("e là phó chủ tịch đặc khu") and asks to sign in
#: the chairman's stead ("e ký … thay chủ tịch được k"): the same claim in the first person
_HOLDER_TOLD = re.compile(r"\b(?:toi|e|em|minh) la (?P<who>pho chu tich|bi thu)\b")
_ASKER_STANDS_IN = re.compile(
    r"\b(?:toi|e|em|minh) (?:(?:co|duoc|dc|the|tu) )*ky\b.*\bthay chu tich\b"
)
#: who each holder is, as the answer names them
_HOLDER_NAMES = {
    "pho chu tich": "Phó Chủ tịch",
    "bi thu": "Bí thư",
    "chu tich hdnd": "Chủ tịch HĐND",
    "chu tich hoi dong nhan dan": "Chủ tịch HĐND",
    "truong cong an": "Trưởng Công an",
    "chi huy truong": "Chỉ huy trưởng Quân sự",
}


#: a mass organisation, a steering committee or an organising board of the commune named as
#: the one who signs or decides an award: "hội nông dân xã có được ký GK …", "chủ tịch UBMTTQ
#: xã ký GK luôn được", "ban chỉ đạo bầu cử xã có được tự ra qđ tặng GK", "mặt trận có tự ký
#: GK được k" (task h277); up to three words of its name between ("ban chỉ đạo bầu cử xã"), but
#: none that hands the act on ("mặt trận đề nghị xã ký": the xã signs)
_BODIES = (
    r"(?:uy ban |ban cong tac )?mat tran(?: to quoc)?|ubmttq|mttq|ub mttq"
    r"|hoi (?:nong dan|phu nu|lien hiep phu nu|cuu chien binh|ccb|nguoi cao tuoi|khuyen hoc"
    r"|chu thap do|cuu giao chuc)|hnd|hlhpn|hpn|hccb|doan thanh nien|doan tn|chi doan"
    r"|doan the|ban chi dao|bcd|ban to chuc|btc"
)
_BODY_SIGNS = re.compile(
    r"\b(?P<who>" + _BODIES + r")"
    r"(?: (?!de\b|trinh\b|chu\b|ct\b|ubnd\b|uy\b|cho\b|gui\b|xin\b|bao\b|noi\b|hay\b"
    r"|hoac\b|roi\b|nhung\b|va\b|khong\b|k\b|ko\b|chi\b|duoc\b|dc\b)\w+){0,3}?"
    r"(?: (?:co|duoc|dc|the|tu|minh|quyen|se|lai|cung|nay|xa|phuong|dac khu|thon))*"
    r" (?:ky|ki|ra qd|ra quyet dinh|quyet dinh|cong nhan|xet tang|tang)"
    r" (?:\w+ ){0,2}?(?:giay khen|gk|bang khen|qd|quyet dinh|danh hieu|gdvh|gia dinh van hoa"
    r"|thon van hoa|ldtt|cstdcs|khen thuong|khen)\b"
)
#: the same claim with the award named first: "GĐVH do Ủy ban Mặt trận xã công nhận", "giấy
#: khen là do hội nông dân ký à" (task h300); the verb must follow the body and its level
_BODY_SIGNS_AFTER = re.compile(
    r"\b(?:giay khen|gk|danh hieu|gdvh|gia dinh van hoa|thon van hoa|ldtt|cstdcs)"
    r"(?: \w+){0,4}? (?:la |deu |cung )?do (?P<who>" + _BODIES + r")"
    r"(?: (?:xa|phuong|dac khu|thon))?(?: (?:co|duoc|dc|tu|se|cung|minh))*"
    r" (?:ky|ki|ra qd|ra quyet dinh|quyet dinh|cong nhan|xet tang|tang)\b"
)
#: a body of the village ("ban công tác mặt trận", "chi hội … thôn"), which the village reader
#: already answers as the village claimed to decide
_VILLAGE_BODY = re.compile(r"\b(?:thon|to dan pho|tdp|khu dan cu|ap|ban|xom)\b")
#: "hội … được tặng giấy khen": the body is given the award, it gives nothing
_BODY_GIVEN = re.compile(r"\b(?:duoc|dc|bi) (?:tang|cong nhan)\b")


def body_signer(question: str) -> str | None:
    """ "hội nông dân xã có được ký giấy khen của chủ tịch xã không", "ban chỉ đạo có tự ra
    quyết định tặng giấy khen được k": a mass organisation, a steering committee or a board
    claimed to sign or decide the xã's award. The xã's awards and titles are the Chủ tịch UBND
    xã's to decide (Luật 2022 Điều 80 khoản 3; NĐ 129/2025 Điều 59); the body reviews and
    proposes. Only the claim before "hay" counts ("… hay phải đề nghị chủ tịch xã")."""
    for clause in re.split(r"[,.;:?!]", question):
        # "… hay phải đề nghị chủ tịch xã": the other answer offered is not the claim
        said = f" {folded_words(clause)} ".split(" hay ")[0]
        signs = _BODY_SIGNS.search(said) or _BODY_SIGNS_AFTER.search(said)
        if signs is None:
            continue
        if _BODY_GIVEN.search(signs.group(0)) and "cho" not in said[signs.end() :].split()[:6]:
            # "hội … được tặng giấy khen": the body is given it; "mặt trận cũng được tặng giấy
            # khen … cho người cứu người" gives it to someone
            continue
        # what follows the body's name (the award may come before it: _BODY_SIGNS_AFTER)
        rest = said[signs.end("who") : signs.end()]
        if signs.group("who").startswith("ban cong tac") or _VILLAGE_BODY.search(rest):
            return None  # the village's own body: the village's answer says it (task h186)
        return (
            "Không. Giấy khen, danh hiệu thi đua của xã do Chủ tịch UBND xã (phường, đặc khu)"
            " quyết định và ký (Luật Thi đua, khen thưởng 2022, Điều 80 khoản 3; Nghị định"
            " 129/2025/NĐ-CP, Điều 59); Mặt trận, các hội, đoàn thể, ban chỉ đạo chỉ bình xét,"
            " đề nghị, không tự ký quyết định khen thưởng của xã."
        )
    return None


def holder_signer(question: str) -> str | None:
    """ "bí thư đảng ủy xã ký giấy khen của UBND xã thay chủ tịch được không", "phó chủ tịch
    phường ký giấy khen mang danh nghĩa phó chủ tịch được k": a commune office-holder other
    than the chairman claimed to sign the xã's award. The xã's awards are the Chủ tịch UBND
    xã's to decide, in his name (Luật 2022 Điều 80 khoản 3; NĐ 129/2025 Điều 59), so "Không"
    with who decides; None unless such a holder is named as the signer of an award (h236)."""
    told = _HOLDER_TOLD.search(folded_words(question))
    for clause in re.split(r"[,.;:?!]", question):
        said = folded_words(clause, "/")
        signs = _HOLDER_SIGNS.search(said)
        if signs is None and told is not None and _ASKER_STANDS_IN.search(said):
            signs = told
        elif signs is None or (
            _AWARD_SIGNED.search(said, signs.start()) is None
            and _AWARD_BEFORE.search(said[: signs.start()]) is None
        ):
            continue
        who = signs.group("who")
        name = _HOLDER_NAMES.get(who, "Chủ tịch Ủy ban Mặt trận Tổ quốc")
        return (
            "Không. Giấy khen, danh hiệu thi đua của xã do Chủ tịch UBND xã (phường, đặc khu)"
            " quyết định và ký, mang danh nghĩa Chủ tịch UBND (Luật Thi đua, khen thưởng 2022,"
            " Điều 80 khoản 3; Nghị định 129/2025/NĐ-CP, Điều 59); "
            f"{name} không quyết định khen thưởng của xã nhân danh mình hay thay Chủ tịch UBND."
        )
    return None


def stand_in_signer(question: str) -> str | None:
    """ "công chức VH-XH phụ trách TĐKT có được ký quyết định khen thay chủ tịch không": the
    xã's awards are the chairman's to decide (Luật 2022 Điều 80 khoản 3; NĐ 129/2025 Điều 59),
    so a member of staff claimed to sign one is answered "Không" with who does; None unless
    the question names staff (no chairman, no vice-chairman) signing an award (task h108), or
    another office-holder signing one (``holder_signer``)."""
    if (holder := holder_signer(question) or body_signer(question)) is not None:
        return holder
    said = folded_words(question, "/")
    if "pho chu tich" in said or _STAFF.search(said) is None or not _SIGNS_AWARD.search(said):
        return None
    if _STAFF_SIGNS.search(said) is None:
        return None
    return (
        "Không. Quyết định khen thưởng của xã thuộc thẩm quyền của Chủ tịch UBND xã (Luật Thi"
        " đua, khen thưởng 2022, Điều 80 khoản 3; Nghị định 129/2025/NĐ-CP, Điều 59); công chức"
        " phụ trách thi đua, khen thưởng tham mưu, dự thảo, không ký thay."
    )


#: a second award for the same deed claimed barred: "không đề nghị thêm bằng khen …", "k được
#: khen lại", "không tặng thêm … nữa" (the negation first, the repeat word after the verb)
_REPEAT_DENIED = re.compile(
    r"\b(?:khong|k|ko) (?:duoc |dc |the |nen )?"
    # task h240: the giver named between ("k được xã khen thêm", "không được tỉnh tặng lại")
    r"(?:(?:ubnd |chu tich )?(?:xa|tinh|truong|cap tren|nha nuoc|cong ty|doanh nghiep|htx) )?"
    r"(?:de nghi|khen thuong|khen|tang|xet|trinh|nhan)"
    r" (?:\w+ ){0,1}?(?:them|lai)\b"
)


def repeat_denied(question: str) -> bool:
    """The question claims one achievement is not commended a second time ("một thành tích đã
    được giấy khen xã thì không đề nghị thêm bằng khen tỉnh nữa, đúng k"): the claim is the
    rule itself (Luật 2022 Điều 5 khoản 2 điểm c), so the rule's "Không" (to "may it be
    commended twice?") turns to "Có" (task h138)."""
    return _REPEAT_DENIED.search(folded_words(question, "/")) is not None


#: task h240: a story telling two different deeds or grounds for its two awards ("giấy khen vì
#: hiến đất và nhà được gia đình văn hóa", "một cái vì chống lũ, một cái vì bắt trộm", "2 thành
#: tích khác nhau"); the same deed named again ("cùng việc đó", "chính thành tích này") is not
_DIFFERENT_DEEDS = re.compile(
    r"\b(?:hai|2|cac) (?:thanh tich|viec|dot|phong trao|linh vuc) khac nhau\b"
    r"|\bvi (?:\S+ ){1,6}(?:va|con) (?:\S+ ){0,2}vi\b"
    r"|\bmot (?:cai|lan|giay khen|hinh thuc) (?:\S+ ){0,2}vi (?:\S+ ){1,6}"
    r"(?:mot|1) (?:cai|lan|giay khen|hinh thuc) (?:\S+ ){0,2}vi\b"
    # a deed's giấy khen beside a title held for the year (Luật 2022 Điều 24, 25, 27: the
    # title rewards the year's emulation, not the deed)
    r"|\bvi (?:\S+ ){1,5}va (?:\S+ ){0,2}(?:dc|duoc|dat) (?:danh hieu |cong nhan )?"
    r"(?:gia dinh van hoa|gdvh|ldtt|lao dong tien tien|cstdcs|chien si thi dua|thon van hoa)\b"
)
#: "một thành tích" alone names the principle asked, not the deed told
_SAME_DEED = re.compile(r"\b(?:cung|chinh|dung) (?:mot |1 )?(?:viec|vu|dot|lan|thanh tich)\b")


def different_deeds_told(question: str) -> bool:
    """The story gives its two awards for different deeds or grounds, and names no deed twice:
    asked whether that breaks "một thành tích, một hình thức" (Luật 2022 Điều 5 khoản 2 điểm
    c), the answer is the rule's own "Không" (task h240)."""
    words = folded_words(question)
    return _DIFFERENT_DEEDS.search(words) is not None and _SAME_DEED.search(words) is None


#: the prize claimed or asked free of tax: "được miễn thuế", "miễn thuế TNCN", "miễn nộp thuế"
# task h340: "… có người bảo phải khai, có đúng là được miễn không": the tax asked already, the
# exemption may go unnamed
_EXEMPT = re.compile(r"\bmien (?:(?:nop|dong|tinh) )?thue\b|\b(?:duoc|dc) mien\b")
#: the not-taxed claim inside "có đúng là … không", "có phải … không" (task h340): the frame
#: puts it up as much as "… đúng không" after it
_NOT_TAXED_FRAMED = re.compile(
    r"\bco (?:dung|phai) (?:la |rang )?(?:\S+ ){0,8}?(?:khong|k|ko|kg|chang) "
    r"(?:(?:duoc|bi|phai|can|dc) )?(?:tinh vao (?:thu nhap )?chiu thue|tinh thue|chiu thue"
    r"|(?:nop|dong|tru|khau tru|khai) thue)\b"
)
#: the same claim in negated words, put up for confirmation: "không tính vào thu nhập chịu
#: thuế phải k", "k phải nộp thuế đúng không"; an echo ("không phải đóng thuế à") is answered
#: "Không" as the taxing question it repeats (task h171)
_NOT_TAXED_CONFIRMED = re.compile(
    r"\b(?:khong|k|ko|kg|chang) (?:(?:duoc|bi|phai|can|dc) )?"
    # "không bị trừ thuế": the tax withheld from the prize is the tax itself (task h286)
    r"(?:tinh vao (?:thu nhap )?chiu thue|tinh thue|chiu thue|(?:nop|dong|tru|khau tru) thue)\b"
    r".*\b(?:phai|dung) (?:khong|k|ko|kg)\b"
)


def exemption_asked(question: str) -> bool:
    """The question claims or asks the prize is exempt from tax ("tiền thưởng LĐTT được miễn
    thuế TNCN đúng k", "… có được miễn thuế không"): the tax fact's verdict answers "is it
    taxed?", so its "Không" turns to "Có" (TT 111/2013/TT-BTC Điều 2 khoản 2 điểm e.1: the
    prize is not counted as taxable income) (task h142)."""
    folded = folded_words(question)
    return _EXEMPT.search(folded) is not None or _NOT_TAXED_FRAMED.search(folded) is not None


def exemption_turned(question: str, body: str) -> str | None:
    """``body`` (a KB entry answering "is the prize taxed?" with "Không. … không tính vào thu
    nhập chịu thuế …") opening "Có." instead when the question asks or claims the prize exempt
    (``exemption_asked``); None when it does not, or the body is about something else."""
    exempt = exemption_asked(question)
    exempt = exempt or _NOT_TAXED_CONFIRMED.search(folded_words(question)) is not None
    if not exempt or not body.startswith("Không. "):
        return None
    if "thu nhap chiu thue" not in fold(body).lower():
        return None
    return f"Có. {body.removeprefix('Không. ')}"


#: a form named by its number: "mẫu 06", "mẫu số 5", "theo mẫu số 05"
_FORM_NUMBER = re.compile(r"\bmau (?:so )?0*(\d{1,2})\b")


def form_number_verdict(question: str, body: str, papers: tuple[str, ...]) -> str | None:
    """ "báo cáo thành tích thôn văn hóa theo mẫu 06 phải k" against a body giving each paper
    its form in one clause ("báo cáo thành tích (Mẫu 05), …, biên bản họp bình xét … (Mẫu
    06)"): "Có" when the number claimed is the one of the paper named, "Không" when the body
    gives that paper another (NĐ 86/2023 Mẫu 04, 05, 06 for thôn văn hóa; task h142). None when
    the question claims no single number or names no paper, or the body numbers it nowhere."""
    said = folded_words(question)
    claimed = {int(n) for n in _FORM_NUMBER.findall(said)}
    # the decision itself has its form too ("quyết định công nhận GĐVH theo Mẫu số 10"), though
    # it is no paper of the dossier sent up
    named = [
        folded_words(p) for p in (*papers, "quyet dinh") if f" {folded_words(p)} " in f" {said} "
    ]
    if len(claimed) != 1 or len(named) != 1:
        return None
    for clause in re.split(r"[,;.:]", body):
        found = re.search(
            rf"\b{named[0]}\b(?: \w+){{0,8}}? mau (?:so )?0*(\d{{1,2}})\b", folded_words(clause)
        )
        if found is not None:
            return "Có" if int(found.group(1)) in claimed else "Không"
    return None


#: a unit or person told as the commune's: "trường mầm non xã em", "trạm y tế của xã", "công
#: chức phường"
#: task h260: "trung tâm dịch vụ tổng hợp xã", a public service unit of the xã
_OF_COMMUNE = re.compile(
    r"\b(?:truong|tram|thon|van phong|cong chuc|can bo|vien chuc)\b(?: \w+){0,3}? "
    r"(?:cua |thuoc |o )?(?:xa|phuong|dac khu)\b"
    r"|\btrung tam\b(?: \w+){0,4}? "
    r"(?:cua |thuoc |o )?(?:xa|phuong|dac khu)\b"
    # task h281: a public school below upper secondary is the xã's by its kind (domain.md 1.2:
    # "trường MN/TH/THCS thuộc xã"), named with its xã or not
    r"|\b(?:thcs|trung hoc co so|tieu hoc|mam non)\b"
)
#: task h277: the schools the commune runs, named by their level alone ("gv THCS", "trường
#: tiểu học"): mầm non, tiểu học, trung học cơ sở are the xã's units, not a department's
_COMMUNE_SCHOOL = re.compile(r"\b(?:mam non|mau giao|tieu hoc|thcs|trung hoc co so)\b")


def commune_school_told(question: str) -> bool:
    """A school the commune runs is named ("giáo viên THCS", "trường tiểu học"), which a
    provincial department's head claimed to award is not his own unit (task h277)."""
    return _COMMUNE_SCHOOL.search(folded_words(question)) is not None


def commune_unit_told(question: str) -> bool:
    """The recipient is told as the commune's ("trường mầm non xã em đạt TTLĐTT, … giám đốc sở
    giáo dục ký à"): a provincial department's head gives titles to its own units and staff
    only (Luật 2022 Điều 80 khoản 1); the commune's are the xã chairman's (Điều 80 khoản 3; NĐ
    129/2025 Điều 59) (task h142)."""
    return _OF_COMMUNE.search(folded_words(question)) is not None


#: times told not in a row: "không liên tục", "ngắt quãng", "cách quãng", "gián đoạn"
_BROKEN = re.compile(
    r"\b(?:khong|k|ko|chua) (?:lien tuc|lien tiep|lien)\b|\b(?:cach|ngat|dut) quang\b"
    r"|\bgian doan\b|\bxen ke\b"
)


def run_broken(question: str) -> bool:
    """The times told are not in a row ("3 lần CSTĐCS không liên tục", "cách quãng") (h142)."""
    return _BROKEN.search(folded_words(question)) is not None
