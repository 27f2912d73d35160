"""Readers of a claim that restates, in the asker's own voice, what a fact says (task h119).

Kept apart from ``composer.py`` so that parallel work on the composer merges cleanly; the
composer calls them where it turns a fact's verdict round to answer a claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from bot.core.text import fold, folded_words
from bot.knowledge.facts.claim import COMMON_SYLLABLES as _COMMON_CLAIM
from bot.knowledge.facts.claim import claimed_amounts
from bot.knowledge.facts.model import FactModel, tokens
from bot.knowledge.facts.side_clause import in_side_clause, opens_loss
from bot.knowledge.facts.triggers import per_question
from bot.knowledge.facts.words import NEGATED, NOT_SPELLED, STRESSED_TAIL, TYPED_NOT

#: "… đúng không (ạ / ad)", "… phải không", "… đúng chứ": the claim put up for confirmation
_CONFIRM_TAIL = re.compile(
    # "… đúng k anh", "… phải không chị": the one asked, named after the asking words
    r" (?:dung|phai)(?: (?:khong|chu|a|ha|nhi|chua))?(?: (?:a|ad|ah|ak|ha|nhe|anh|chi))? $"
)
_STRESSED_TAIL = re.compile(STRESSED_TAIL)
#: words between a negation and what it denies: "không được khen", "không phải đóng thuế",
#: "không cần có sáng kiến", "không bắt buộc phải …"
_FILL = frozenset(
    {"duoc", "dc", "phai", "can", "bat", "buoc", "co", "con", "bi", "the", "he", "nen", "tu"}
)
#: words that end what a negation denies ("không phải đóng thuế gì cả")
_STOP = frozenset(
    {"gi", "ca", "nua", "dau", "ma", "vi", "nen", "thi", "la", "ha", "a", "nhe", "theo"}
)
#: words too common in the facts to show by themselves that the fact denies the same thing
_GENERIC = frozenset(
    {"khen", "thuong", "xet", "tang", "danh", "hieu", "duoc", "dc", "co", "cho", "nguoi", "nhan"}
)


def closing_words(claim: str) -> str:
    """The closing sentence of a claim as spelled words, padded with spaces: the sentence a
    "đúng / phải không" puts up for confirmation (shared with the composer's removal reader)."""
    sentences = [c for c in re.split(r"[.;?!\n]", claim) if c.strip()]
    toks = [NOT_SPELLED.get(t, t) for t in tokens(sentences[-1] if sentences else claim)]
    return f" {' '.join(t for t in toks if t.isalnum())} "


#: what follows a folded "cam" that makes it no ban: "cam kết", "cảm ơn", "cảm nhận", "cảm thấy"
_NOT_BANNED = (["ket"], ["on"], ["nhan"], ["thay"], ["xuc"], ["tinh"], [])


def _held_right(toks: list[str]) -> bool:
    """ "… tố cáo anh K không có sáng kiến là đúng (rồi)", the words before the asking tail: a
    claim that what someone did or said is right; its negation is the case told, not a
    prohibition restated (h304)."""
    judged = toks[:-1] if toks[-1:] in (["roi"], ["that"]) else toks
    return judged[-2:] == ["la", "dung"]


def held_right_claimed(claim: str) -> bool:
    """The claim put up for confirmation holds an act or a saying right ("… là đúng, đúng k")."""
    text = closing_words(claim)
    tail = _CONFIRM_TAIL.search(text) or _STRESSED_TAIL.search(text)
    return tail is not None and _held_right(text[: tail.start()].split())


def _claimed_denial(claim: str) -> list[str]:
    """The words a claim put up for confirmation denies: of "1 thành tích thì k được khen nhiều
    hình thức đúng k", ["khen", "nhieu", "hinh", "thuc"]; [] when the closing sentence does not
    end "đúng / phải không" or denies nothing."""
    text = closing_words(claim)
    # "tiền thưởng giấy khen không phải nộp thuế đâu nhỉ": the denial asserted (h208)
    tail = _CONFIRM_TAIL.search(text) or _STRESSED_TAIL.search(text)
    if tail is None:
        return []
    toks = text[: tail.start()].split()
    if _held_right(toks):
        return []
    if "thi" in toks:
        # "… thì không được …": the consequence after the last "thì" is what is claimed
        toks = toks[len(toks) - toks[::-1].index("thi") :]
    elif "la" in toks:
        # "k có sáng kiến là loại": "là" before a loss opens the consequence as "thì" does;
        # the negation before it is the unmet condition (h359)
        lost = [at for at, tok in enumerate(toks[:-1]) if tok == "la" and opens_loss(toks, at)]
        if lost:
            toks = toks[lost[-1] + 1 :]
    # "luật cấm khen nhiều hình thức cho 1 thành tích phải k": a ban restates the prohibition
    # as a negation does ("cam" of "cam kết", "cảm ơn" bans nothing)
    negations = [
        at
        for at, tok in enumerate(toks)
        if (tok in NEGATED and not in_side_clause(toks, at))
        or (tok == "cam" and toks[at + 1 : at + 2] not in _NOT_BANNED)
    ]
    if not negations:
        return []
    start = negations[-1] + 1
    if toks[start : start + 1] in (["can"], ["bat"]):
        # "không cần / không bắt buộc sáng kiến đúng không": the yes/no tuning set keys these
        # by the requirement itself ("Không." it is not needed), which the fact's own verdict
        # already answers; only a denied deed or duty ("không được khen", "không phải đóng
        # thuế") is read here
        return []
    while start < len(toks) and toks[start] in _FILL:
        start += 1
    denied: list[str] = []
    for tok in toks[start : start + 4]:
        if tok in _STOP or tok in NEGATED:
            break
        denied.append(tok)
    return denied


def prohibition_restated(claim: str, body: str) -> bool:
    """The claim negates what one clause of the fact itself negates: "tiền thưởng đó không phải
    đóng thuế đúng không" against "Không phải nộp thuế …", "một thành tích thì không được khen
    nhiều hình thức phải không" against "Không khen thưởng nhiều lần, nhiều hình thức cho một
    thành tích". The fact's "Không" answers the positive question; the claim restates the
    prohibition, so it holds. At least half of the denied words (one of them not a word every
    fact uses) must stand within six words after a negation of one clause of the fact."""
    denied = _claimed_denial(claim)
    if not denied:
        return False
    needed = max(1, (len(denied) + 1) // 2)
    for clause in re.split(r"[.;:()]", fold(body).lower()):
        words = re.findall(r"\w+", clause)
        for at, word in enumerate(words):
            if word not in NEGATED:
                continue
            window = set(words[at + 1 : at + 7])
            found = [w for w in denied if w in window]
            if len(found) >= needed and any(w not in _GENERIC for w in found):
                return True
    return False


#: "chỉ được 1 lần tiền thưởng", "chỉ nhận tiền 1 lần", "chỉ được nhận một tiền thưởng", "chỉ
#: lĩnh 1 khoản": a single payment claimed for what the letter tells (folded, phone spellings
#: kept: "dc")
_SINGLE_PAID = re.compile(
    r"\bchi (?:(?:duoc|dc|co) )?(?:(?:nhan|lanh|linh|huong|lay) )?(?:(?:tien|tien thuong) )?"
    r"(?:1|mot) (?:(?:lan|khoan|muc|suat) )?(?:(?:tien thuong|tien|thuong)\b)?"
)
#: the same achievement told: two forms for it is the rule of one achievement, not this one
_SAME_DEED = re.compile(r"\b(?:cung|chinh|dung) (?:(?:1|mot) )?thanh tich\b(?! khac)")


#: paying both called a double payment: "bị coi là chi trùng", "nhận trùng", "thưởng trùng lặp"
_DOUBLE_CHARGED = re.compile(r"\b(?:chi|nhan|linh|lanh|thuong|tinh|bi|la) trung(?: lap)?\b")
#: both prizes told paid: "chi cả 2 khoản", "nhận cả hai", "2 khoản tiền"
_BOTH_PAID = re.compile(r"\b(?:ca (?:2|hai)|(?:2|hai) (?:khoan|lan|muc|suat))\b")


def double_payment_asked(text: str) -> bool:
    """ "kế toán chi cả 2 khoản có bị coi là chi trùng k": paying both asked as a double
    payment, the negation of whether both are paid (task h361)."""
    words = folded_words(text)
    return "trung" in words and bool(_DOUBLE_CHARGED.search(words) and _BOTH_PAID.search(words))


@per_question
def single_payment_claimed(text: str) -> bool:
    """The letter claims only one prize is paid for two awards it tells ("… 2 cái là trùng nên
    chỉ nhận tiền 1 lần", "chỉ được 1 lần tiền thưởng") and asks whether that is right: the
    claim is the negation of whether both prizes are paid (NĐ 152/2025 Điều 49 khoản 5, 7).
    A money word must stand in the claim or right after it; the same achievement told is the
    rule of one achievement (Luật 2022 Điều 5 khoản 2 điểm c), read elsewhere."""
    words = folded_words(text)
    if _SAME_DEED.search(words):
        return False
    if double_payment_asked(words):
        return True
    for found in _SINGLE_PAID.finditer(words):
        claim = found.group(0).split()
        # "… cả hai khoản không hay là chỉ được nhận một khoản": the other answer offered after
        # "hay", no claim put up
        if "hay" in words[: found.start()].split()[-2:]:
            continue
        after = words[found.end() :].split()[:2]
        # "chỉ được nhận 1 khoản": a "khoản" paid is a sum of money itself (h282)
        if {"tien", "thuong", "khoan"} & set(claim) or {"tien", "thuong"} & set(after):
            return True
    return False


def single_payment_read(segments: list, question: str) -> None:
    """The analyser's side: a single payment claimed makes the part holding the claim ask
    whether two awards pay both (``several``), not the repeat, the one-achievement rule or the
    amount; the other parts tell the awards ("… vì một thành tích khác"), they ask no rule of
    repeating or of one achievement."""
    if not single_payment_claimed(question):
        return
    for seg in segments:
        said = " ".join(seg.words)
        if _SINGLE_PAID.search(said):
            # the claim's own part, told after "kế toán bảo …" (a story by its reporting verb)
            seg.attrs = ["several"]
            seg.weak = []
        else:
            # "… giấy khen vì thành tích khác": the awards told are the case, not a question of
            # repeating a form or of one achievement
            seg.attrs = [a for a in seg.attrs if a not in ("one_achievement", "repeat")]


def single_payment_pairs(pairs: list, question: str) -> list:
    """The pairs' side: with a single payment claimed, the yes/no is on ``several`` (whether
    both prizes are paid) for every title it is read of, so the block shown first carries it;
    each title's amount is shown beside it, asked no yes/no of its own."""
    if not single_payment_claimed(question) or not any(p.attr == "several" for p in pairs):
        return pairs
    return [
        replace(p, yesno=True)
        if p.attr == "several"
        else replace(p, yesno=False)
        if p.attr == "money"
        else p
        for p in pairs
    ]


#: the province claimed to act now where the district did: "CSTĐCS giờ do tỉnh ký", "phải gửi
#: tỉnh", "chuyển lên tỉnh quyết định" (folded); task h167: the power itself told as moved up
#: ("quyền tặng CSTĐCS chuyển lên chủ tịch tỉnh") and the file sent on "cho tỉnh quyết định"
_PROVINCE_ACTS = re.compile(
    r"\b(?:do|la|phai|phai do|chuyen len|chuyen ve|giao cho|len|cho) (?:ubnd |chu tich |chu tich "
    r"ubnd |so noi vu )?tinh (?:ky|quyet dinh|cong nhan|tang|xet|khen)\b"
    r"|\bphai (?:gui|trinh|nop|chuyen) (?:ho so )?(?:len |ve )?tinh\b"
    # "thôn văn hóa giờ phải trình Sở Nội vụ": the province's own office (task h220)
    r"|\bphai (?:gui|trinh|nop|chuyen) (?:ho so )?(?:len |ve |qua |toi )?(?:cho )?so noi vu\b"
    # "hồ sơ LĐTT của trường phải gửi lên Sở Giáo dục ký": a provincial department (task h284)
    r"|\bphai (?:gui|trinh|nop|chuyen) (?:ho so )?(?:len |ve |qua |toi )?(?:cho )?so "
    r"(?:giao duc|gd|gddt|y te) (?:\w+ ){0,3}?(?:ky|quyet dinh|cong nhan|tang|xet|khen)\b"
    r"|\b(?:chuyen|dua|don) (?:len|ve) (?:cho )?(?:ubnd |chu tich |chu tich ubnd |cap )?tinh\b"
    # "bỏ huyện rồi … giờ lên tỉnh hết": everything claimed gone up to the province (h323)
    r"|\b(?:gio|nay|bay gio|hien nay|deu) (?:la |thi )?len (?:cap )?tinh (?:het|ca|luon|roi)\b"
)


def province_claimed(question: str) -> bool:
    """With the district gone, the letter claims a power the district held now went up to the
    province ("bỏ huyện thì CSTĐCS giờ do tỉnh ký", "xã không được ký nữa, phải gửi tỉnh"):
    NĐ 129/2025 Điều 59 gave it to the xã's chairman, so the claim is wrong. The caller checks
    that every title named is one the xã now decides."""
    words = folded_words(question)
    # "phường tự công nhận được không hay phải trình tỉnh": the province is the other answer
    # offered, not the claim; only what comes before "hay" is claimed
    return _PROVINCE_ACTS.search(words.split(" hay ")[0]) is not None


_DISTRICT = re.compile(r"\b(?:huyen|quan|thi xa)\b")
#: what tells a district named as a former unit within the few words after it: "thị xã cũ
#: của em giờ sáp nhập", "quận ký trước sáp nhập", "thị xã cũ giờ thành phường"
# (a bare "quận cũ" is not enough: "quận cũ còn tặng giấy khen không" asks of the district)
_FORMER = re.compile(r"^(?:\w+ ){0,5}?(?:sap nhap|thanh phuong|thanh xa|nhap vao|giai the)\b")


def former_district_only(question: str) -> bool:
    """Every district the letter names is named as a former unit ("thị xã cũ của em giờ sáp
    nhập, CSTĐCS …", "CSTĐCS quận ký trước sáp nhập"): the reform is the asker's premise, as
    with "bỏ huyện rồi thì …" (``reform_claim.abolition_only_told``); the parts decide."""
    words = folded_words(question)
    named = list(_DISTRICT.finditer(words))
    return bool(named) and all(_FORMER.match(words[m.end() :].strip()) for m in named)


#: "…, đúng k, và thưởng bao nhiêu": a claim put up for confirmation closes its clause, and
#: another part of the question follows after a comma (raw text, marks kept or not)
_TAIL_THEN_MORE = re.compile(
    # task h405: "… nên k dc LĐTT, có đúng vậy k; tiêu chuẩn LĐTT là gì": "vậy / thế" pointing
    # back at the line closes the claim as "đúng k" does
    r"\b(?:đúng|dung|phải|phai)(?:\s+(?:như\s+|nhu\s+)?(?:vậy|vay|thế|the))?"
    r"\s+(?:không|khong|ko|k|hông|hong|chứ|chu)\b(?:\s+(?:ạ|a|ad))?"
    r"\s*[,;]\s*(?=\S)",
    re.IGNORECASE,
)


def claim_put_up(question: str) -> str:
    """The question up to the end of the claim it puts up for confirmation, when another part
    follows it ("nghe nói CSTĐCS không cần LĐTT, đúng không, và thưởng bao nhiêu" → "nghe nói
    CSTĐCS không cần LĐTT, đúng không"): a reported denial is read there as when it closes the
    question. The whole question otherwise."""
    found = _TAIL_THEN_MORE.search(question)
    return question[: found.start() + len(found.group(0).rstrip(",; "))] if found else question


#: the sum said as what is received, in a claim put up for confirmation: "được 710.000, đúng
#: k", "thưởng 2,53 triệu phải không" (a sum a story tells, "ủng hộ 50 triệu", is no prize)
_PRIZE_SAID = re.compile(
    r"\b(?:duoc|dc|thuong|nhan|linh|la) (?:tien )?\d[\d ]*(?:trieu|tr|nghin|ngan|k|d|dong)?\b"
    r"(?: \w+){0,2}? (?:dung|phai) (?:khong|k|ko|chu)\b"
)
#: words telling a sum is not one person's prize: a fund, a budget, a salary, a fine
_OTHER_SUMS = re.compile(r"\b(?:quy|kinh phi|ngan sach|trich|luong|phat|du toan|chi tieu)\b")


def amount_pairs(pairs: list, question: str, model) -> list:
    """A sum told as what a title brings ("LĐTT quyết định cuối năm nay được 710.000, đúng k",
    "người ta bảo LĐTT năm nay được 710.000") with no money word of its own: the yes/no is
    on the title's prize, not on who decides it ("quyết định" names the decision's date) nor
    on who may have it. Only when every yes/no part asks one of those two and the title has
    a prize fact; a fund, budget or salary named keeps the reading."""

    asked = [p for p in pairs if p.yesno]
    if (
        not asked
        or any(p.attr not in ("decides", "eligible") for p in asked)
        or any(p.attr == "money" for p in pairs)
        or not claimed_amounts(question)
        or not _PRIZE_SAID.search(folded_words(question))
        or _OTHER_SUMS.search(folded_words(question))
    ):
        return pairs
    if any(model.fact(p.entity, "money") is None for p in asked):
        return pairs
    return [replace(p, attr="money", subject=None) if p.yesno else p for p in pairs]


#: rules about a prize had twice or taken back, which say nothing of its sum
_BESIDE_SUM = frozenset({"several", "repeat", "revoke"})


def prizes_beside(pairs: list, question: str, named: list[str], model: FactModel) -> list:
    """ "vừa LĐTT vừa giấy khen, nhận cả 2 khoản 760k + 760k được k", "nhận 2 lần 760k", "có
    phải nộp lại 710k không": a sum claimed beside the rule of two awards, a repeat or a
    revocation is the prize of each title named; its amount is shown after the rule (asked no
    yes/no of its own), so the sum the letter names is confirmed or corrected (NĐ 152/2025
    Điều 49-50; task h182)."""
    rule = next((p for p in pairs if p.attr in _BESIDE_SUM), None)
    if rule is None or not claimed_amounts(question):
        return pairs
    priced = {p.entity for p in pairs if p.attr == "money"}
    added = [
        replace(rule, entity=title, attr="money", subject=None, yesno=False, cases=())
        for title in dict.fromkeys([*named, rule.entity])
        if title not in priced
        and model.fact(title, "money") is not None
        and model.facts.get(title, {}).get("money") is not None
    ]
    return pairs + added


#: "chỉ tòa án mới hủy được", "chỉ có thanh tra mới thu hồi": one holder claimed alone
# (the act after "mới" must be a power: "chỉ người lớn mới được" names a recipient)
_ONLY_AGENT = re.compile(
    r"\bchi (?:co )?((?:\w+ ){1,3}?)moi (?:(?:duoc|dc|co quyen|co the|la) ){0,2}"
    r"(?:huy|thu hoi|tuoc|ky|quyet dinh)\b"
)
#: words that name no holder of their own
_NO_AGENT = frozenset({"co", "ubnd", "uy", "ban", "cap", "nguoi", "can", "khi", "sau", "nam"})


def only_agent_absent(question: str, body: str) -> str | None:
    """ "nghe nói chỉ tòa án mới hủy được quyết định khen thưởng, đúng k" against a fact that
    gives the power to someone the claim does not name (Luật 2022 Điều 93 khoản 8: who decided
    cancels): "Không". None when no one is claimed alone, or the fact names the one claimed
    (then the level reader, or the fact's own verdict, answers)."""
    said = folded_words(question)
    # "… được không hay chỉ người lớn mới được": the other answer offered is not claimed
    found = _ONLY_AGENT.search(said.split(" hay ")[0])
    if found is None:
        return None
    agent = [w for w in found.group(1).split() if w not in _NO_AGENT and not w.isdigit()]
    if not agent:
        return None
    words = folded_words(body)
    text = f" {words} "
    named = f" {' '.join(agent)} " in text or any(f" {w} " in text for w in agent if len(w) > 3)
    return None if named else "Không"


#: the head of a unit under the xã, who proposes but gives no award of his own (Luật 2022 Điều
#: 80 names the heads who decide: none of these); "giám đốc" alone is left out, a company's or a
#: department's director does decide (Điều 80 khoản 1, 4), but the director of a public service
#: unit of the xã ("giám đốc trung tâm dịch vụ … thuộc xã") does not (khoản 3; task h221). The
#: heads of the xã's đoàn thể, its Mặt trận and its HĐND are no deciders either (task h221)
_UNIT_HEAD = (
    r"(?P<head>hieu truong|hieu pho|pho hieu truong|truong tram(?: y te)?|tram truong|truong thon"
    r"|to truong(?: to dan pho| chuyen mon)?|bi thu(?: chi bo| chi doan| xa doan| doan)?"
    r"|(?:pho )?chu tich (?:cong doan|hoi (?:lien hiep |lh )?phu nu|hoi lhpn|hoi nong dan"
    r"|hoi (?:ccb|cuu chien binh)|hoi nguoi cao tuoi|hoi chu thap do|hoi khuyen hoc"
    r"|(?:uy ban |ub )?(?:ubmttq|mttq|mat tran))"
    r"|(?:chu tich|thuong truc) (?:hdnd|hoi dong nhan dan)"
    r"|giam doc (?:trung tam|ban quan ly|don vi su nghiep)(?: \w+){0,6}? (?:thuoc|cua) (?:ubnd )?xa"
    r"|truong cong an(?: xa)?|chi huy truong(?: quan su)?"
    r"|truong ban(?: cong tac mat tran)?|chi hoi truong|truong khu pho|truong ap"
    # "HT trường TH", "HT MN": the principal typed short; "ht" alone is "hoàn thành" ("ht nv")
    r"|ht(?= (?:truong|mn|th|thcs|thpt|mam non|tieu hoc)\b))"
)
#: the head said to give the award himself: "hiệu trưởng tự ký giấy khen", "trưởng thôn tặng
#: giấy khen cho hộ …", "bí thư đoàn quyết định tặng …", "chủ tịch mặt trận có quyền ký quyết
#: định công nhận gia đình văn hóa"
_AWARD = (
    r"(?:giay khen|danh hieu|ldtt|lao dong tien tien|cstdcs|chien si thi dua|bang khen"
    r"|gia dinh van hoa|gdvh|thon van hoa|ttldtt|tap the lao dong)\b"
)
_HEAD_GIVES = re.compile(
    rf"\b{_UNIT_HEAD} (?P<between>(?:\w+ ){{0,4}}?)(?:tu |duoc |dc |co the |co quyen )*"
    rf"(?P<verb>ky|tang|quyet dinh|cap|trao|cong nhan) (?:\w+ ){{0,3}}?{_AWARD}"
)
#: the award put to the head to sign after it is named: "… giấy khen của xã, phải trình chủ
#: tịch hội đồng nhân dân xã ký", "GĐVH do chủ tịch mặt trận công nhận"
_HEAD_SIGNS = re.compile(
    rf"\b{_AWARD}.*\b(?:trinh|do|de) {_UNIT_HEAD} (?P<between>(?:\w+ ){{0,2}}?)"
    r"(?:ky|quyet dinh|cong nhan)\b"
)
#: words showing the head signs what is his to sign (the proposal, the minutes) or that the
#: one signing is the people's committee after all
_HIS_PAPER = re.compile(
    r"\b(?:de nghi|de xuat|to trinh|trinh|bien ban|bao cao|xac nhan|ubnd|uy ban nhan dan)\b"
)
_DENIED = frozenset({"khong", "k", "ko", "kg", "chang", "chua"})
#: an asking verb or another level between the head and the verb: someone else acts
_ACTORS = frozenset({"hoi", "xa", "ubnd", "tinh", "phuong", "huyen"})


def unit_head_gives(question: str, body: str, signing: bool = False) -> str | None:
    """ "hiệu trưởng tự ký giấy khen cho giáo viên được k", "chủ tịch hội phụ nữ xã được ký
    quyết định tặng LĐTT à" against a fact whose holder of the power is someone else (the xã
    chairman): "Không"; the head proposes, he does not decide (Luật 2022 Điều 80). "Có" when the
    claim itself denies him the power ("chủ tịch hội không được ký … đúng k"). None when no unit
    head is said to give it, or the fact names him. ``signing``: only a head said to sign or
    decide counts, "trưởng thôn có được tặng giấy khen không" asks whether he is given one."""
    said = folded_words(question)
    found = _HEAD_GIVES.search(said)
    if found is not None and _HIS_PAPER.search(said[found.end("head") : found.end()]):
        found = None
    if found is not None and signing and found.group("verb") in ("tang", "cap", "trao"):
        found = None
    if found is None:
        found = _HEAD_SIGNS.search(said)
        if found is not None and _HIS_PAPER.search(found.group("between")) is not None:
            found = None
    if found is None:
        return None
    # "trưởng thôn hỏi xã có được tự công nhận thôn văn hóa không": another actor named between
    # the head and the verb is the one claimed to give it (the head's own "xã" aside)
    between = found.group("between").split()
    if set(between[1 if between[:1] in (["xa"], ["thon"], ["phuong"]) else 0 :]) & _ACTORS:
        return None
    if f" {found.group('head')} " in f" {folded_words(body)} ":
        return None
    return "Có" if _DENIED & set(found.group("between").split()) else "Không"


#: words that frame a claim put up for confirmation ("nghe nói …, đúng không"), not its content
FRAMING = frozenset({"nghe", "noi", "dung", "phai", "ha", "chu", "k", "ko", "hong"})


#: "Chỉ <condition> mới …": the one case a "Tùy" fact allows, as the body writes it
_ONLY_CASE = re.compile(r"\bchi (.+?) moi\b")
#: words of a claim that say nothing of its content: the asking frame and "là" itself
_RESTATED_FRAME = FRAMING | {"la", "khong", "dc", "duoc", "a", "ah", "vay", "nhi", "thi"}


def condition_restated(question: str, body: str, model: FactModel, entity: str) -> bool:
    """ "X là <Y> đúng không" where <Y> is, word for word (the title's own name aside), the
    condition of the body's "Chỉ <Y> mới …": the claim defines the thing as the fact does. At
    least three words of <Y>, and no negation in it ("không phải", "không cần")."""
    toks = [t for t in tokens(question) if t.isalnum()]
    if "la" not in toks[1:]:
        return False
    after = toks[toks.index("la", 1) + 1 :]
    while after and (after[-1] in _RESTATED_FRAME or after[-1] in NOT_WORDS):
        after.pop()  # the asking tail: "đúng không ạ", "phải k"
    if "hay" in after:
        return False  # "… là A hay B": a choice offered, no definition
    named = set(tokens(model.entities.get(entity, "")))
    content = [t for t in after if t not in _RESTATED_FRAME and t not in named]
    if len(content) < 3:
        return False
    # a negation told must be the case's own ("không lường trước"), never one of its own
    # making ("không cần biên bản")
    negated = [" ".join(after[i : i + 2]) for i, t in enumerate(after) if t in NOT_WORDS]
    folded = " ".join(t for t in tokens(body) if t.isalnum())
    return any(
        all(t in set(case.split()) for t in content)
        and all(f" {n} " in f" {case} " for n in negated)
        for case in _ONLY_CASE.findall(folded)
    )


#: negations as typed, phone spellings included ("k phải đột xuất")
NOT_WORDS = NEGATED | TYPED_NOT


#: "… đúng không", "… phải không", "… đúng k": a claim put up for confirmation
_RESTATE_TAIL = re.compile(r" (?:dung|phai)(?: (?:khong|chu|a|ha|nhi))?(?: a| ad| ah)? $")
#: what may stand between the negation and what it removes: "không còn là căn cứ"
_RESTATE_FILL = frozenset({"con", "la", "duoc", "dc", "co", "nam", "thuoc"})
#: words of the fact's clause that say a thing was taken out: "bỏ … khỏi căn cứ"
_REMOVED = frozenset({"bo", "khoi", "bai", "khong"})


def removal_restated(claim: str, body: str) -> bool:
    """The claim, put up for confirmation, negates the very thing the fact's own clause says was
    removed ("không còn là căn cứ" against "bỏ … khỏi căn cứ xét danh hiệu"): it agrees with the
    fact's "Không" and holds (task h106). The two words after the last negation and its fillers
    must stand in one clause of the fact right after a removal word or a negation ("bỏ … khỏi
    căn cứ")."""
    text = closing_words(claim)
    tail = _RESTATE_TAIL.search(text)
    if tail is None:
        return False
    toks = text[: tail.start()].split()
    if "thi" in toks:
        # "không đăng ký thì không được xét": what comes before "thì" is the condition, the
        # consequence after it is what is claimed
        toks = toks[len(toks) - toks[::-1].index("thi") :]
    # "luật cấm khen nhiều hình thức cho 1 thành tích phải k": a ban restates the prohibition
    # as a negation does ("cam" of "cam kết", "cảm ơn" bans nothing)
    negations = [
        at
        for at, tok in enumerate(toks)
        if (tok in NEGATED and not in_side_clause(toks, at))
        or (tok == "cam" and toks[at + 1 : at + 2] not in _NOT_BANNED)
    ]
    # "không đăng ký … là không được xét": the last negation is the one claimed
    for at in negations[-1:]:
        if toks[at + 1 : at + 2] in (["can"], ["phai"], ["bat"]):
            # "không cần / không phải / không bắt buộc …": asks whether it is required, which
            # the fact's own verdict answers
            continue
        start = at + 1
        while start < len(toks) and start - at <= 3 and toks[start] in _RESTATE_FILL:
            start += 1
        removed = toks[start : start + 2]
        if len(removed) < 2:
            continue
        phrase = " ".join(removed)
        for clause in re.split(r"[.;:(),]", fold(body).lower()):
            words = clause.split()
            joined = f" {' '.join(words)} "
            where = joined.find(f" {phrase} ")
            if where > 0 and _REMOVED & set(joined[:where].split()[-1:]):
                return True
    return False


#: "quyết định vẫn giữ", "vẫn còn giá trị", "chỉ bị phê bình / nhắc nhở": a decision claimed
#: to stand after a wrong the revocation rule covers
_KEPT = re.compile(
    r"\b(?:van|con) (?:giu|giu nguyen|con gia tri|gia tri|hieu luc|con hieu luc|duoc giu)\b"
    # "chỉ thu hồi tiền, còn danh hiệu giữ nguyên" (h282)
    r"|\b(?:danh hieu|quyet dinh|qd) (?:van )?giu nguyen\b"
    # task f190 (b190 F1): "k chỉ bị nhắc nhở mà còn …" denies the "only": no award kept
    r"|(?<!khong )(?<!\bko )(?<!\bk )"
    r"\bchi (?:bi )?(?:phe binh|nhac nho|rut kinh nghiem|kiem diem)\b"
    # "kết luận ra sau khi khen thì không ảnh hưởng gì" (task h235)
    r"|\b(?:khong|k|ko) (?:anh huong|sao|bi sao|bi gi|mat gi)\b"
)
#: a conclusion that finds a violation (Luật 2022 Điều 93): "kết luận thanh tra cho thấy đơn
#: vị vi phạm ngay trong năm được khen"
_FOUND_WRONG = re.compile(r"\bket luan (?:\w+ ){0,10}?(?:vi pham|sai pham|gian doi|khai sai)\b")


#: the wrongs for which the rule cancels a decision (Luật 2022 Điều 93)
_REVOKING_WRONGS = ("gian doi", "gia mao", "lam gia", "khai gian", "sai su that", "trai phap luat")
#: h282: a review against the criteria ("xét sai tiêu chuẩn") is one "trái pháp luật"; an
#: initiative copied ("đi chép") is a false declaration of the achievement
_REVOKING_WRONGS += ("xet sai", "xet nham", "di chep", "sao chep", "khai khong")


#: the prize or the hiện vật claimed kept: "tiền thưởng không phải trả lại", "chỉ thu hồi bằng
#: thôi" (then the money stays), "không bị thu hồi tiền"
_SPARED = re.compile(
    r"\b(?:tien thuong|tien|hien vat|bang|giay khen)(?: \w+){0,3} (?:khong|ko|k) "
    r"(?:phai |bi |can )?(?:tra lai|thu hoi|nop lai|hoan tra|hoan lai|tra)\b"
    r"|\b(?:khong|ko|k) (?:phai |bi )?(?:tra lai|thu hoi|nop lai|hoan tra) (?:tien|hien vat)"
    r"|\bchi (?:bi )?thu hoi (?:bang|giay khen|hien vat|quyet dinh)(?: \w+){0,3} thoi\b"
)


def spared_claimed(question: str, body: str) -> bool:
    """The letter tells a wrong the revocation rule covers and claims the prize money or the
    hiện vật is kept, against a fact that recovers both (task h118)."""
    said = " ".join(fold(question).lower().split())
    if not any(w in said for w in _REVOKING_WRONGS) or _SPARED.search(said) is None:
        return False
    folded = fold(body).lower()
    return "thu hoi" in folded and "tien thuong" in folded


def kept_claimed(question: str, body: str) -> bool:
    """The letter tells a wrong the revocation rule covers (forged papers, false declaration)
    and claims the decision stands or only a reprimand follows, against a fact that cancels it
    (task h106)."""
    said = " ".join(fold(question).lower().split())
    wrong = any(w in said for w in _REVOKING_WRONGS) or _FOUND_WRONG.search(said) is not None
    if not wrong or _KEPT.search(said) is None:
        return False
    return "huy bo" in fold(body).lower()


#: attributes whose fact states a rule in words a claim may restate: the criteria, the timing,
#: the steps of the review (task h222)
RESTATABLE = frozenset({"criteria", "deadline", "steps", "review"})
#: words a claim uses around what it restates: the linking words and the ask itself
_LINKING = frozenset(
    {"neu", "theo", "vao", "dip", "khi", "luc", "o", "tai", "trong", "cung", "van", "voi"}
    | {"muon", "dat", "de"}  # "muốn đạt LĐTT thì …": the aim, not what is claimed
)
#: words naming the attribute asked rather than stating it ("tiêu chuẩn", "thời hạn")
_ATTR_NAMES = frozenset(
    {"tieu", "chuan", "dieu", "kien", "thoi", "han", "quy", "trinh", "thu", "tuc"}
)
#: words that make a claim more than a restatement: only, enough, also, either/or, again
_NARROWING = frozenset(
    {"chi", "moi", "thoi", "du", "nua", "hay", "hoac", "rieng", "ngoai", "tru", "tat", "ca"}
)


def content_restated(claim: str, body: str, model: FactModel) -> str | None:
    """ "nông dân là xã viên HTX thì LĐTT xét theo tiêu chuẩn lao động sản xuất có hiệu quả
    đúng k": "Có" when the claim's own words (the title, the attribute's name, the linking
    words and the ask aside) all stand in one clause of the body that states them plainly;
    "Không" when that clause denies them ("không phải theo năm dương lịch"); None otherwise.
    Strict: at least two such words, none missing, three with who it is for; no negation,
    figure, "chỉ / mới / đủ" or alternative in the claim (a partial overlap or a narrowed
    claim is judged elsewhere, or left without a verdict)."""
    toks = [t for t in tokens(claim) if t.isalnum()]
    if any(t.isdigit() for t in toks):
        return None
    while toks and (toks[-1] in _RESTATED_FRAME or toks[-1] in TYPED_NOT):
        toks.pop()  # the asking tail: "đúng không ạ", "phải k"
    if any(t in NEGATED or t in TYPED_NOT or t in _NARROWING for t in toks):
        return None
    wanted: set[str] = set()
    whom: set[str] = set()  # who the claim is about: counted when the clause names it too
    i = 0
    while i < len(toks):
        size = next(
            (
                n
                for n in range(min(model.longest, len(toks) - i), 0, -1)
                if tuple(toks[i : i + n]) in model.phrases
            ),
            1,
        )
        words = toks[i : i + size]
        phrase = model.phrases.get(tuple(words))
        i += size
        if phrase is not None and phrase.kind in ("subject", "authority"):
            whom.update(words)
        elif phrase is None or phrase.kind not in ("entity", "weak"):
            wanted.update(w for w in words if w not in _ATTR_NAMES)
    wanted -= _RESTATED_FRAME | _LINKING | _COMMON_CLAIM
    if len(wanted) < 2:
        return None
    for sentence in re.split(r"(?<=\.)\s+|\n", body):
        # an aside in brackets is a clause of its own: "(không phải theo năm dương lịch)"
        asides = re.findall(r"[(]([^)]*)[)]", sentence)
        for clause in [*re.split(r";", re.sub(r"[(][^)]*[)]", " ", sentence)), *asides]:
            said = tokens(clause)
            if not wanted <= set(said) or len(wanted | (whom & set(said))) < 3:
                continue
            text = f" {' '.join(said)} "
            first = min(text.find(f" {w} ") for w in wanted)
            if any(f" {n} " in text[: first + 1] for n in ("khong", "chua")):
                return "Không"  # the clause denies what the claim states
            # a clause that conditions what it states confirms nothing plainly
            return None if any(f" {w} " in text for w in ("neu", "hoac", "tuy")) else "Có"
    return None


#: a negative conclusion the asker draws and puts up ("như vậy là không đạt vì … đúng không",
#: "vậy là chưa đủ TTLĐTT phải k", "có người tố là em không đạt tiêu chuẩn, đúng k"): the case
#: is said to fall short, the reason may follow ("vì … cần trên 50 %") (task h285)
_SHORT_CONCLUDED = re.compile(
    r"\b(?:la|thi|nen|bao|to|noi)"
    r" (?:(?:e|em|toi|minh|anh|chi|to|phong|xa|no|ho|nguoi do|tap the do|don vi) )?"
    r"(?:khong|chua) (?:dat|du|dap ung)\b(?: \S+){0,16}?"
    r" (?:dung|phai) (?:khong|chu|a|ha)(?: (?:a|ad|ah|ak|ha|nhe))? $"
    # task h403: the shortfall told as a failure ("vậy trường trượt rồi đúng k", "tổ bị rớt
    # TTLĐTT phải k"): the same conclusion in the chat's word for failing
    r"|\b(?:bi )?(?:truot|rot)\b(?: \S+){0,6}?"
    r" (?:dung|phai) (?:khong|chu|a|ha)(?: (?:a|ad|ah|ak|ha|nhe))? $"
)


def shortfall_put_up(question: str) -> bool:
    """The asker concludes the case falls short of the title and asks to confirm it: a verdict
    on whether the case reaches the title answers the opposite of that claim."""
    said = " ".join(NOT_SPELLED.get(w, w) for w in folded_words(question).split())
    return _SHORT_CONCLUDED.search(f"{said} ") is not None


#: words that deny what follows for good ("không bao giờ", "không thể", "vĩnh viễn không")
_NEVER = re.compile(
    r"\b(?:khong bao gio|chang bao gio|khong the|vinh vien khong|khong con|khong)"
    r" (?:(?:duoc|dc|the|co|con) ){0,2}$"
)


def denied_before(said: str, at: int) -> bool:
    """The words of ``said`` (folded, phone negations spelled out) just before ``at`` deny what
    starts there: "bị tước thì không bao giờ được trao lại" claims no restoring (task h285)."""
    return _NEVER.search(said[:at]) is not None


#: "… chỉ (được) xét cho lãnh đạo", "chỉ dành cho cán bộ quản lý", "chỉ người có chức vụ
#: mới được": a personal title claimed for holders of a post only; no personal title of the
#: law is kept to a post (Luật 2022 Điều 23, 24; task h285)
_POST_ONLY = re.compile(
    r"\bchi (?:(?:duoc|dc|xet|binh|danh|tang|ap dung|cho|danh cho) ){0,3}"
    r"(?:(?:nguoi|can bo|cong chuc|ca nhan|nhung nguoi|ai) )?(?:co |giu |lam )?"
    r"(?:lanh dao|quan ly|chuc vu|chuc danh|truong phong|cap truong|cap pho|sep)\b"
    # task h362: "chị trưởng phòng nói …" folds like "chỉ trưởng phòng": a post followed by a
    # verb of saying is the speaker, not the post claimed required
    r"(?!(?: \S+){0,2} (?:noi|bao|ke|cho biet|nhac|giai thich|phan)\b)"
)


def post_only_claimed(question: str) -> bool:
    """A title claimed open only to leaders, managers or holders of a post."""
    said = " ".join(NOT_SPELLED.get(w, w) for w in folded_words(question).split())
    return _POST_ONLY.search(said) is not None


#: "(vậy / cho em hỏi) có phải (là) X không": a claim put up by its opening "có phải", its
#: closing negation (any phone form) and particles after it
_HEAD_PUT_UP = re.compile(
    r"^(?P<lead>(?:vay |the |cho (?:em|e|toi|tui|minh) hoi )?)co phai (?:la )?(?P<claim>.+?)"
    r" (?:khong|ko|k|kg|khg|hong|hok|chu)(?: (?:a|ad|ah|ak|ha|nhe|vay|anh|chi|ban))*$"
)
#: the first word of X that makes "có phải X không" ask a duty ("có phải nộp …", "có phải có
#: sáng kiến …"), not a claim put up: a verb, where a claim opens with what it is about
_DUTY_VERBS = frozenset(
    {"co", "nop", "lam", "dang", "qua", "xin", "doi", "cho", "gui", "trinh", "bao", "lap", "ky"}
    | {"hop", "dong", "in", "ghi", "kem", "tra", "bo", "thong", "cong", "niem", "lay", "xet"}
    | {"chi", "dat", "hoan", "tham", "di", "ve", "len", "to", "mo", "tu", "can", "duoc", "dc"}
    | {"khong", "chua", "thi", "nop", "chung", "xac", "nhan", "dong", "sua", "viet", "ke"}
)


@per_question
def put_up_at_end(claim: str) -> str:
    """``claim`` with a closing sentence "có phải (là) X không" written "X đúng không": the same
    claim put up for confirmation, so that readers of "… đúng không" read it too ("có phải luật
    2022 đã bỏ đăng ký … hông" is "luật 2022 đã bỏ đăng ký … đúng không"; task h301). Unchanged
    when X opens with a verb ("có phải nộp … không" asks a duty) or no such frame closes it."""
    cut = max(claim.rfind(c) for c in ".;?!\n")
    head, last = claim[: cut + 1], claim[cut + 1 :]
    if not last.strip():
        cut = max(claim[:cut].rfind(c) for c in ".;?!\n")
        head, last = claim[: cut + 1], claim[cut + 1 :]
    words = " ".join(_figures_kept(NOT_SPELLED.get(t, t) for t in tokens(last)))
    found = _HEAD_PUT_UP.match(words)
    if found is None or found.group("claim").split()[0] in _DUTY_VERBS:
        return claim
    return f"{head} {found.group('lead')}{found.group('claim')} đúng không"


def _figures_kept(toks: Iterable[str]) -> list[str]:
    """The words of ``toks`` (marks dropped), a decimal figure kept whole: "có phải TTLĐTT thưởng
    0,8 lần lương cơ sở k" restated "… 0,8 lần …", not "0 8 lần", which the coefficient's reader
    weighs as another figure (NĐ 152/2025 Điều 50 khoản 2 điểm b: 0,8) (task f197, b197)."""
    out: list[str] = []
    pending = ""
    for tok in toks:
        if tok in (",", ".") and out and out[-1].isdigit() and not pending:
            pending = tok
            continue
        if pending and tok.isdigit():
            out[-1] += pending + tok
        elif tok.isalnum():
            out.append(tok)
        pending = ""
    return out
