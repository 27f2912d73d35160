"""The papers of a dossier and where it is submitted, as a question claims them.

"hồ sơ gồm tờ trình và danh sách, như vậy đủ chưa", "… nhưng không có biên bản họp",
"giấy khen xã có phải nộp lên tỉnh không": the papers listed, missing or asked to be required,
read against the dossier fact's "gồm: …" list, and the place or level of submission claimed.
"""

from __future__ import annotations

import itertools
import re

from bot.core.text import fold, folded_words
from bot.knowledge.facts.conditions import REQUIRE_WORDS
from bot.knowledge.facts.deciders import proposing_level
from bot.knowledge.facts.model import Fact, tokens
from bot.knowledge.facts.words import NEGATED, TYPED_NOT

__all__ = [
    "centre_claimed",
    "direct_verdict",
    "fuller_report_asked",
    "lacking_item",
    "lacking_required_asked",
    "paper_denied",
    "paper_required",
    "paper_told_lacking",
    "papers_listed",
    "papers_named",
    "place_claimed",
    "sends",
]

#: "gửi thẳng lên tỉnh", "nộp thẳng về Sở": sent directly, past any level between ("thẳng"
#: folds like "tháng": only next to a verb of sending or a direction)
_DIRECTLY = re.compile(r"\b(?:gui|nop|trinh|chuyen) thang\b|\bthang (?:len|ve|toi|den)\b")


#: a dossier claimed sent to a central body ("gửi thẳng về Ban TĐKT TW", "nộp lên Bộ Ngoại
#: giao", "trình Thủ tướng"): a few words may sit between the verb and the body
#: ("xã đề nghị thẳng lên Bộ Nội vụ": a proposal sent straight up is a dossier sent; h392)
_TO_CENTRE = re.compile(
    r"\b(?:gui|nop|trinh|chuyen|de nghi thang)(?: \w+){0,4}? "
    r"(?:(?:ban|hoi dong) (?:thi dua khen thuong |tdkt"
    r" |thi dua )?(?:tw|trung uong)|trung uong|tw|thu tuong|chinh phu|bo nganh|bo (?:noi vu"
    r"|ngoai giao|giao duc|y te|cong an|quoc phong|tai chinh|lao dong|van hoa|nong nghiep))\b"
)
#: a submit fact that names the central level itself ("tỉnh trình Thủ tướng Chính phủ")
_CENTRE_NAMED = re.compile(r"\b(?:trung uong|thu tuong|chinh phu|chu tich nuoc)\b")


def centre_claimed(question: str) -> bool:
    """Whether the question says a dossier is sent to a central body ("nộp lên Bộ Ngoại giao"),
    not denied ("gửi qua tỉnh chứ không gửi thẳng Bộ Nội vụ" names the route it does not take)."""
    words = " ".join(tokens(question))
    return any(
        not set(words[: m.start()].split()[-2:]) & (NEGATED | TYPED_NOT)
        for m in _TO_CENTRE.finditer(words)
    )


def _to_centre(question: str, said: str) -> bool:
    """ "hồ sơ khen cao gửi thẳng về Ban TĐKT TW, không qua tỉnh": a xã's dossier is sent to
    the province (Sở Nội vụ, Luật 2022 Điều 79, NĐ 152/2025) whatever the title; the central
    level receives it from the province. Claimed sent to a central body past the province, or
    for a title the province decides, the claim is wrong (task h244)."""
    # the body first: most submit facts never name Sở Nội vụ, and no question is read again
    if "so noi vu" not in said or not centre_claimed(question):
        return False
    words = " ".join(tokens(question))
    past = _DIRECTLY.search(words) is not None or re.search(r"\bk\w* qua tinh\b", words)
    return bool(past) or _CENTRE_NAMED.search(said) is None


#: a dossier put up as sent to a body above or beside the xã: "gửi về Sở GD&ĐT", "nộp lên
#: phòng giáo dục", "gửi huyện"
_SENT_ELSEWHERE = re.compile(
    r"\b(?:gui|nop|trinh|chuyen)(?: ve| len| cho| qua| toi| den)? (?:so|phong|huyen|tinh|bo)\b"
)


#: a province's department other than Sở Nội vụ named as a dossier's destination
_OTHER_DEPARTMENT = re.compile(
    r"\b(?:gui|nop|trinh|chuyen)(?: ve| len| cho| qua| toi| den)? so (?:giao duc|gd|gddt|y te"
    r"|van hoa|vhttdl|nong nghiep|tai chinh|lao dong)\b"
)


def _sent_past_xa(question: str, body: str) -> bool:
    """ "hồ sơ LĐTT giáo viên có phải gửi về Sở GD&ĐT xét k" against "Nộp cho công chức … của
    UBND xã; … Chủ tịch UBND xã quyết định": a title the xã's chairman decides is handed in at
    the xã, so a body above or beside it named as where it goes is "Không" (NĐ 129/2025 Điều
    59; task h328). Two places offered ("gửi về xã hay về sở") ask which, no yes/no."""
    if "Chủ tịch UBND xã quyết định" not in body or "nộp cho công chức" not in body.lower():
        return False
    words = " ".join(tokens(question))
    return " hay " not in f" {words} " and _SENT_ELSEWHERE.search(words) is not None


def direct_verdict(question: str, body: str) -> str | None:
    """ "xã gửi thẳng lên tỉnh được không" against "Xã gửi hồ sơ lên Sở Nội vụ …, không qua
    huyện": the fact says it goes past no level in between → "Có"; against "… không gửi thẳng
    Trung ương" (a state honour's dossier goes through the tỉnh) → "Không"; sent to a central
    body while the fact sends it to Sở Nội vụ → "Không"; sent past the xã when the xã decides
    → "Không"."""
    if "Sở Nội vụ" in body and _to_centre(question, " ".join(tokens(body))):
        return "Không"
    if _sent_past_xa(question, body) or (
        "Sở Nội vụ" in body and _OTHER_DEPARTMENT.search(" ".join(tokens(question)))
    ):
        # "hồ sơ TTLĐXS của trường thì xã gửi Sở Giáo dục phải k": the province's council
        # takes it through Sở Nội vụ, not the school's own department (task h328)
        return "Không"
    if _DIRECTLY.search(" ".join(tokens(question))) is None:
        return None
    said = " ".join(tokens(body))
    if re.search(r"\bkhong gui thang\b", said):
        return "Không"
    return "Có" if re.search(r"\bkhong qua\b", said) else None


#: a fuller report asked to be needed: "có phải báo cáo thành tích đầy đủ như tổng kết năm k",
#: "cần báo cáo chi tiết không", "phải làm như xét cuối năm không"
_FULLER_ASKED = re.compile(
    r"\b(?:can|phai|bat buoc)(?: \w+){0,6}? (?:day du|chi tiet|nhu (?:tong ket|cuoi nam"
    r"|xet cuoi nam|binh thuong|thuong le|hang nam|xet thuong xuyen))\b"
)


def fuller_report_asked(question: str, body: str) -> str | None:
    """ "hồ sơ đột xuất có phải báo cáo thành tích đầy đủ như tổng kết năm k" against "Thủ
    tục đơn giản: chỉ cần tờ trình đề nghị và báo cáo tóm tắt thành tích": a fuller report
    than the summary the fact says is enough → "Không" (Luật 2022 Điều 85; task h356); None
    when the fact asks no summary only or the question asks no fuller report."""
    if "chỉ cần" not in body or "tóm tắt" not in body:
        return None
    said = folded_words(question)
    if _enough_paper_denied(said, body):
        # "khen đột xuất thì không cần báo cáo tóm tắt thành tích phải không": a paper the
        # fact names as what is enough, claimed not needed (Luật 2022 Điều 85; task h419)
        return "Không"
    if _SIMPLER_ASKED.search(said) and "đơn giản" in body:
        # "trường muốn xã khen đột xuất, thủ tục có đơn giản hơn bình thường k": the fact's
        # simple procedure is the answer (Luật 2022 Điều 85; task h401)
        return "Có"
    return "Không" if _FULLER_ASKED.search(said) else None


def _enough_paper_denied(said: str, body: str) -> bool:
    """The claim denies a need ("không cần báo cáo tóm tắt …, phải không") of a paper named
    after the fact's "chỉ cần" (two words of it in a row)."""
    if _DENIAL_PUT_UP.search(said) is None:
        return False
    enough = folded_words(body.split("chỉ cần", 1)[1].split(";", 1)[0])
    for denied in _NEED_DENIED.finditer(said):
        named = _PAPER_ENDS.sub("", denied.group(1)).split()
        if any(f" {a} {b} " in f" {enough} " for a, b in itertools.pairwise(named)):
            return True
    return False


#: a simpler procedure asked: "thủ tục có đơn giản hơn (bình thường) k", "hồ sơ có gọn hơn
#: không", "có rút gọn không", "có nhanh hơn xét cuối năm k" (task h401)
_SIMPLER_ASKED = re.compile(
    r"\b(?:don gian|gon|nhe|it (?:giay to|thu tuc)|nhanh) hon\b(?: \w+){0,4}? "
    r"(?:khong|ko|k|kg|hong|chu|ha)\b|\b(?:co )?(?:rut gon|don gian hoa)(?: \w+){0,3}? "
    r"(?:khong|ko|k|kg|hong)\b"
)


#: a level's name as the one a submit fact says sends the proposal ("Xã gửi hồ sơ …")
_SENDERS = {"xa": ("xa", "ubnd xa"), "thon": ("thon", "truong thon")}


def sends(question: str, body: str) -> bool:
    """Whether the question names a level as proposing and ``body`` opens by naming that level
    as the one that sends or submits ("Xã gửi hồ sơ …"); a claim on how it is sent ("… qua
    huyện") is another question, left to the fact's own text."""
    level = proposing_level(question)
    if level is None:
        return False
    opening = " ".join(tokens(body)[:4])
    # "Hồ sơ gửi Sở Nội vụ …": the dossier the level asked about sends, its sender unnamed
    senders = ("ho so", *_SENDERS.get(level, ()))
    return any(
        opening.startswith(f"{name} {verb}")
        for name in senders
        for verb in ("gui", "trinh", "nop", "de nghi")
    )


#: "không có / chưa có / thiếu …": a paper told missing from a dossier
_LACKING = re.compile(
    r"\b(?:khong co|chua co|thieu|khong kem|chua kem|khong gui|chua gui|khong nop|chua nop"
    r"|khong lam|chua lam|ko co|k co)\s+(?:ban\s+|cai\s+)?([a-z]+ [a-z]+)"
)
#: the routes of a title's criteria, told missing as the case, not as a paper
_ROUTES_NAMED = frozenset({"sang kien", "de tai", "de an"})
#: words in a dossier's clause that make the paper optional or one case of several
_OPTIONAL = (" chi khi ", " neu ", " hoac ", " khong can ", " tuy ", " khong bat buoc ")


def paper_told_lacking(question: str) -> bool:
    """ "… theo đường sáng kiến mà thiếu giấy công nhận sáng kiến": a paper told missing from
    a dossier, named by one of the routes' proofs (task h214)."""
    asked = folded_words(question)
    return any(
        any(k in m.group(1) for k in ("giay", "van ban", "bien ban", "quyet dinh", "to trinh"))
        for m in _LACKING.finditer(asked)
    )


def _case_told(asked: str, clause: str) -> bool:
    """ "đề nghị CSTĐCS theo đường sáng kiến mà thiếu giấy công nhận sáng kiến": the clause
    makes its paper required in one route only ("Chỉ khi đề nghị theo con đường sáng kiến …"),
    and the question tells that route as the asker's, so the paper is required here (task h214;
    NĐ 152/2025: the sáng kiến route's proof of recognition)."""
    route = _ROUTE_TOLD.search(asked)
    if route is None or not any(c in clause for c in _PAPER_CASE):
        return False
    return any(k in route.group(0) and f" {k} " in clause for k in ("sang kien", "de tai"))


def lacking_item(question: str, body: str) -> str | None:
    """The paper of a dossier ``body`` that the question says is missing ("trưởng thôn gửi …
    nhưng không có biên bản họp" against "…; biên bản họp bình xét"), as the body words it;
    None when it tells none missing, or the body makes that paper optional."""
    asked = folded_words(question)
    # "k có sáng kiến thì có cần biên bản không": a route of the criteria told missing is the
    # case, no paper of the dossier (task h297)
    told = [m.group(1) for m in _LACKING.finditer(asked) if m.group(1) not in _ROUTES_NAMED]
    if not told:
        return None
    clauses = [
        (clause, sentence)
        for sentence in re.split(r"(?<=\.)\s+", body)
        for clause in re.split(r"[;:.]\s*|,\s+", sentence)
    ]
    for clause, sentence in clauses:
        words = f" {folded_words(clause)} "
        # "(kết quả biểu quyết hoặc bỏ phiếu kín)" says how the paper is made, not that it is
        # one route among several
        plain = f" {folded_words(re.sub(r'[(][^)]*[)]', ' ', clause))} "
        if any(o in plain for o in _OPTIONAL) and not _case_told(
            asked, f" {folded_words(sentence)} "
        ):
            continue
        for paper in told:
            if f" {paper} " in words:
                # "… đề tài mới cần thêm giấy công nhận …": the paper, not the case's words
                return re.sub(r"^.*?\bcần(?: thêm| có)?\s+", "", clause.strip().rstrip("."))
    return None


#: a requiring word as an ask: "cán bộ" folds to "can bo" and requires nothing
_NEED_WORD = re.compile(r"\b(?:can(?! bo\b)|phai|bat buoc|yeu cau)\b")


#: a closing ask of need alone, pointing back at the paper told: "có cần thật k ạ", "có bắt
#: buộc không", "cần k" (task h401)
_BARE_NEED_ASKED = re.compile(
    r"(?:^|[.,;?!] ?)(?:vay |the |nhu vay )?(?:co )?(?:can|bat buoc|can phai co|phai co)"
    r"(?: (?:that|thiet|nua|lam))? (?:khong|ko|k|kg|hong|chu)(?: (?:a|ad|ha|anh|chi))* ?[.?!]*$"
)


def lacking_required_asked(question: str, lacking: str) -> bool:
    """ "(thôn nộp thiếu biên bản họp,) biên bản họp có bắt buộc trong hồ sơ GĐVH không": a
    clause asks whether the paper told missing is required (a requiring word not negated
    with the paper's first two words a few words after or before it), which the dossier's
    list answers "Có"; a sufficiency asked ("hồ sơ vậy đủ chưa") is not (task h356)."""
    head = " ".join(folded_words(lacking).split()[:2])
    if len(head.split()) != 2 or _ENOUGH_ASKED.search(folded_words(question)):
        return False
    if _BARE_NEED_ASKED.search(" ".join(fold(question).lower().split())):
        # "chị văn phòng bảo còn thiếu biên bản họp xét. có cần thật k ạ": the bare need asked
        # points back at the paper told missing (task h401)
        return True
    for clause in re.split(r"[,.;:?!\n]+", fold(question)):
        said = folded_words(clause)
        for need in _NEED_WORD.finditer(said):
            if _need_denied(said, need.start()) or _CONFIRMED.search(said):
                continue
            after = " ".join(said[need.end() :].split()[:6])
            before = " ".join(said[: need.start()].split()[-5:])
            if f" {head} " in f" {after} " or f" {head} " in f" {before} ":
                return True
    return False


#: the list of papers a dossier fact requires: "01 bộ gồm: a; b; c." (its first sentence)
_REQUIRED = re.compile(r"gồm:\s*([^.]*)")
#: what a paper is said to record: "Biên bản họp … ghi: thời gian, địa điểm; …; kết quả biểu
#: quyết …" (its items are required as the papers of a list are)
_RECORDS = re.compile(r"\bghi:\s*([^.]*)")
#: a sufficiency asked of what the letter told ("như vậy đủ chưa", "thế đã đủ không")
#: (task h144) or the claim of enough put up: "chỉ cần tờ trình là đủ đúng không / à"
_ENOUGH_ASKED = re.compile(
    r"\b(?:du|day du) (?:chua|khong|ko|k|chu|roi)\b"
    r"|\b(?:la|thi) du(?: roi)?(?: (?:co )?(?:dung|phai|that))? (?:khong|ko|k|hong|chu|chua|a|ha)\b"
    # "chỉ cần tờ trình là được, đúng không": only the papers named suffice (task h218)
    r"|\bchi can(?: \S+){1,8} (?:la|thi) duoc(?: (?:co )?(?:dung|phai))? (?:khong|ko|k|hong)\b"
)


#: a dossier's papers listed and put up for confirmation: "hồ sơ gồm tờ trình, báo cáo thành
#: tích và biên bản, đúng không" (the words between "gồm" and the asking words)
_LISTED_PUT_UP = re.compile(
    r"\b(?:gom|bao gom)((?: \S+){3,24}?) (?:(?:co )?(?:dung|phai) (?:khong|ko|k|hong|kg|chua)"
    r"|dung chua"
    # task h483 (b173 F): "… gồm tờ trình, báo cáo thành tích, biên bản bình xét chứ nhỉ": the
    # tag "chứ" closing the message puts the list up as "đúng không" does
    r"|chu(?: nhi| a| ha| nhe)?$)\b"
)


#: the verb that sends a dossier somewhere, and the places it may be claimed to go
_SENT = re.compile(r"\b(?:nop|gui|trinh|chuyen)\b")
_PROVINCE = re.compile(r"\b(?:so noi vu|tinh)\b")
#: the sending verb negated just before it: "k cần trình", "không phải gửi", "khỏi nộp" (h421)
_SEND_DENIED = re.compile(
    r"\b(?:khong|k|ko|kg|khg|khoi|chang|cha) (?:can |phai |bat buoc |con |con phai |can phai )?"
    r"(?:nop|gui|trinh|chuyen)$"
)
_COMMUNE = re.compile(r"\b(?:xa|mot cua|trung tam phuc vu)\b")
#: task h234: the province's file claimed to go straight to the chairman or his office ("nộp
#: thẳng cho văn phòng chủ tịch tỉnh"), past Sở Nội vụ, which receives it (Luật Điều 79)
#: ("gửi thẳng lên tỉnh", past the district, is right)
_PAST_SO_NOI_VU = re.compile(
    r"^ ?(?:thang|truc tiep) (?:cho |den |toi |len )?(?:ong |ba )?chu tich\b|\bvan phong\b"
)


#: the Sở Nội vụ named only as claimed passed by: "không qua Sở Nội vụ", "khỏi phải gửi Sở Nội vụ"
_PAST_NOI_VU = re.compile(
    r"\b(?:khong|k|ko|chang|bo|khoi) (?:can |phai )*(?:qua|thong qua|gui|nop|gui qua)"
    r" (?:cho |ve |len )?(?:so noi vu|snv)\b"
)


#: a form of award named in a question, and where its file goes (domain.md, table of titles)
_FORM_NAMED = re.compile(r"\b(?:giay khen|bang khen)\b")
_FORM_PLACE = {"giay khen": "xa", "bang khen": "tinh"}


def _place_of(text: str) -> str | None:
    """Where a submission fact sends the dossier: the province (Sở Nội vụ named, not denied)
    or the xã; None when it names neither."""
    folded = folded_words(text)
    folded = re.sub(
        r"\bkhong (?:gui |nop |qua |trinh )?(?:len )?[a-z ]*?(?:huyen|tinh)\b", " ", folded
    )
    if "so noi vu" in folded:
        return "tinh"
    return "xa" if _COMMUNE.search(folded) else None


#: "chứ không (phải)": what follows is set aside, not claimed
_CONTRAST = re.compile(
    r"\bchu (?:khong|k|ko|kg)\b"
    # fixer f48l (b180): "nộp xã là xong, k phải lên tỉnh": the way denied after the place
    r"|\b(?:khong|k|ko|kg|khoi) (?:can |can phai |phai )(?:len|gui|nop|trinh|chuyen)\b"
)


def place_claimed(asked: str, submit: Fact | None) -> tuple[str, str] | None:
    """ "giấy khen của chủ tịch xã có phải nộp lên tỉnh không": the place the question says
    the dossier is sent to (after the verb that sends it) against the one the title's
    submission fact names: ("Có" or "Không", that fact's text); None when no place is claimed
    or the fact names none (the district is the reform block's to answer)."""
    if submit is None:
        return None
    if _to_centre(asked, " ".join(tokens(submit.text))):
        # "gửi thẳng về Ban TĐKT TW, không qua tỉnh": the province named only as passed by
        return "Không", submit.text
    folded = folded_words(asked)
    sent = _SENT.search(folded)
    if not sent:
        return None
    # task h422: "nộp cho văn phòng UBND xã chứ không gửi lên tỉnh": the place after the
    # contrast is the way not taken, not the one claimed
    after = _CONTRAST.split(folded[sent.end() :], maxsplit=1)[0]
    claimed = "tinh" if _PROVINCE.search(after) else "xa" if _COMMUNE.search(after) else None
    place = _place_of(submit.text)
    if submit.verdict and submit.verdict.startswith("Tùy"):
        # khen đột xuất, khen theo chuyên đề: where the file goes depends on the form, so only
        # a form the question names decides it (the xã chairman's giấy khen stays at the xã)
        place = _FORM_PLACE.get(next(iter(_FORM_NAMED.findall(folded)), ""))
    if claimed is None or place is None:
        return None
    # "… gửi thẳng văn phòng UBND tỉnh, không qua Sở Nội vụ": named only as passed by (h361)
    past = "so noi vu" not in after or _PAST_NOI_VU.search(after) is not None
    if claimed == place == "tinh" and past and _PAST_SO_NOI_VU.search(after):
        return "Không", submit.text
    if _SEND_DENIED.search(folded[: sent.end()]):
        # "chủ tịch xã ký luôn, k cần trình tỉnh đúng k": the sending is what is denied, so
        # the claim holds when the fact keeps the file away from the place named (task h421)
        return ("Không" if claimed == place else "Có"), submit.text
    return ("Có" if claimed == place else "Không"), submit.text


#: what makes a yes/no ask whether a thing is required ("có cần", "có phải", "bắt buộc")
_NEED_ASKED = re.compile(rf"\b(?:{'|'.join(REQUIRE_WORDS)})\b")


#: a dossier fact that lists its papers without "gồm:" ("Văn bản đề nghị …; bảng tổng hợp …;
#: biên bản họp bình xét."): its first sentence, when it is a list of two or more papers and
#: says nothing of what is not needed ("chỉ cần …; không cần …" is another rule)
_PLAIN_LIST = re.compile(r"^([^.:]*;[^.:]*)\.")


def _required_list(body: str) -> re.Match[str] | None:
    """The dossier fact's list of required papers, written with "gồm:" or as a plain list."""
    found = _REQUIRED.search(body) or _RECORDS.search(body)
    if found is not None:
        return found
    plain = _PLAIN_LIST.match(body)
    return plain if plain is not None and " cần " not in f" {plain.group(1)} " else None


#: a requiring word negated: "k cần", "không cần", "khỏi cần", "không bắt buộc", "không phải có"
_NEED_DENIED = re.compile(
    r"\b(?:khong|k|ko|kg|khg|chua|chang|khoi) (?:can|bat buoc|yeu cau|phai co|phai nop|phai lam)"
    r"(?: (?:co|nop|lam|kem|gui|ghi|lap))? ((?:\S+ ){0,5}\S+)"
)
#: the claim put up for confirmation after the paper denied ("đúng không", "phải ko", "đúng chưa")
_DENIAL_PUT_UP = re.compile(r"\b(?:dung|phai) (?:khong|ko|k|hong|kg|chua|chu)\b")
#: words that end the paper named after a denied need: another clause or the asking words
_PAPER_ENDS = re.compile(r"\b(?:thi|dung|phai|la|nhung|ma|vi|con)\b.*$")


def _paper_denied(folded: str, papers: list[str]) -> bool:
    """Whether the question, put up for confirmation, says a paper of the required list is not
    needed: named by its head ("… k cần biên bản họp bình xét, đúng k") or by three words of
    it in a row ("k cần thôn họp bình xét" against "biên bản họp bình xét"); a denied need
    followed by "thì" asks an outcome ("không cần biên bản thì có sao không")."""
    if _DENIAL_PUT_UP.search(folded) is None:
        return False
    said = [f" {folded_words(p)} " for p in papers]
    heads = [" ".join(p.split()[:2]) for p in said]
    for denied in _NEED_DENIED.finditer(folded):
        named = _PAPER_ENDS.sub("", denied.group(1)).split()
        runs = {" ".join(named[i : i + 3]) for i in range(len(named) - 2)}
        if any(
            f" {h} " in f" {' '.join(named)} " or any(f" {r} " in p for r in runs)
            for h, p in zip(heads, said, strict=True)
        ):
            return True
    return False


def paper_denied(asked: str, body: str) -> bool:
    """Whether the question claims unneeded a paper (or an item a paper records) that the
    dossier fact ``body`` requires: a claim to judge even where the dossier was not the part
    asked as a yes/no ("biên bản chỉ cần ghi ý kiến chung, k cần ghi kết quả biểu quyết")."""
    found = _required_list(body)
    return found is not None and _paper_denied(folded_words(asked), _papers_required(found)[0])


def _papers_required(found: re.Match[str]) -> tuple[list[str], list[str]]:
    """The papers a dossier's "gồm: …" list requires, and each one's head: its first two words
    folded, its bracketed note left out ("tờ trình", "biên bản"), which is how a letter names it."""
    papers = [p.strip() for p in found.group(1).split(";") if p.strip()]
    heads = [" ".join(folded_words(re.sub(r"[(][^)]*[)]", " ", p)).split()[:2]) for p in papers]
    return papers, heads


def paper_required(
    asked: str, body: str, read_denial: bool = True, attached: bool = False
) -> str | None:
    """ "hồ sơ giấy khen có cần biên bản họp hội đồng không": "Có" when the paper the question
    asks to be required (known by its first two words) is one of the list the dossier fact
    requires ("01 bộ gồm: …"); None otherwise (a paper the list does not name may be required
    by another rule: silence decides nothing, and a negated clause is ``denied``'s)."""
    folded = folded_words(asked)
    need = _NEED_ASKED.search(folded)
    if attached:
        # "đề nghị … có đề tài, ngoài tờ trình, biên bản … thì kèm thêm văn bản nghiệm thu đề
        # tài, đúng k": the route's own paper claimed attached as well, on the route told, is
        # claimed required; only the conditional paper is read so (task h386)
        need = _ATTACHED.search(folded)
        if need is None or not _ROUTE_TOLD.search(f" {folded[: need.start()]} "):
            return None
        if not any(f" {k} " in f" {folded[need.end() :]} " for k in _PAPER_KEYS):
            return None
    listed = _required_list(body)
    if not need or not listed:
        return None
    denied = _paper_denied(folded, _papers_required(listed)[0])
    # a list without "gồm:" judges only a paper claimed unneeded; what else is asked of it
    # is left to the fact's own text, as before
    found = _REQUIRED.search(body)
    if denied:
        # "chỉ cần ý kiến giám đốc, k cần họp bình xét có biên bản, đúng k": a paper of the
        # required list claimed unneeded anywhere in the claim, not only at its first "cần"
        # (the "chỉ cần" of what is said to suffice comes first)
        return "Không" if read_denial else "Có"
    if found is None:
        # task h422: "hồ sơ GĐVH cần có văn bản đề nghị, bảng tổng hợp và biên bản họp bình xét
        # phải k": papers of a list without "gồm:" confirmed required, each one in the list
        claim = f" {folded[need.end() :]} "
        heads = _papers_required(listed)[1]
        named = [h for h in heads if len(h.split()) == 2 and f" {h} " in claim]
        return "Có" if named and _CONFIRMED.search(folded) else None
    claim = f" {folded[need.end() :]} "
    if _PART_OF_DOSSIER.match(f" {claim.strip()}"):
        # "biên bản họp hội đồng có phải là 1 thành phần trong hồ sơ không": the paper is
        # named before the asking words, which ask whether it belongs to the list (task h95)
        claim = f" {folded[: need.start()]} "
    heads = _papers_required(found)[1]
    if _need_denied(folded, need.start()) and _CONFIRMED.search(folded) and " thi " not in claim:
        # "hồ sơ LĐTT không cần biên bản bình xét, đúng k", "biên bản k cần trong hồ sơ":
        # a paper of the required list claimed unneeded and put up with "đúng / phải không"
        # (task h212). A bare "… à" keeps the keys' convention of answering "cần" ("Có");
        # "… thì có sao không" asks an outcome; a reported one ("nghe nói … không cần …") is
        # judged as required ("Có") and turned by the reported-denial reader.
        near = f" {' '.join(folded[: need.start()].split()[-_PAPER_BEFORE:])} {claim} "
        if any(len(h.split()) == 2 and f" {h} " in near for h in heads):
            return "Không" if read_denial else "Có"
        return None
    if any(len(h.split()) == 2 and f" {h} " in claim for h in heads):
        return "Có"
    if _IN_DOSSIER.match(f" {claim.strip()}"):
        # "biên bản bình xét có bắt buộc trong hồ sơ LĐTT không": the paper named before the
        # asking words, asked to belong to the dossier
        before = f" {' '.join(folded[: need.start()].split()[-_PAPER_BEFORE - 2 :])} "
        if any(len(h.split()) == 2 and f" {h} " in before for h in heads):
            return "Có"
    # "hồ sơ CSTĐCS có bắt buộc kèm xác nhận sáng kiến không" against "Chỉ khi đề nghị theo con
    # đường sáng kiến … mới cần thêm giấy công nhận sáng kiến": a paper the fact requires only in
    # a case is "Tùy" that case (task h90)
    for sentence in _SENTENCE_SPLIT.split(body):
        said = f" {folded_words(sentence)} "
        if any(c in said for c in _PAPER_CASE) and any(
            f" {w} " in said for w in _PAPER_KEYS if f" {w} " in claim
        ):
            # "đề nghị CSTĐCS vì có sáng kiến thì hồ sơ phải kèm chứng nhận sáng kiến": the
            # case the paper is required in is the one told before the asking words (task h101)
            if _ROUTE_TOLD.search(f" {folded[: need.start()]} "):
                return "Có"
            # "có bắt buộc phải kèm giấy công nhận sáng kiến không", no route told: a paper
            # required on one route only is no paper every dossier must carry (Luật 2022 Điều
            # 23 khoản 2: hoàn thành xuất sắc nhiệm vụ is a route of its own; task h360)
            return "Không" if " bat buoc " in f" {folded} " else "Tùy"
    return None


#: the asking words of a paper asked to belong to the dossier: "… (phải có) trong hồ sơ …"
_IN_DOSSIER = re.compile(
    r"^ (?:(?:phai |co )?(?:co|nop|kem) )?(?:trong|o|cua|thuoc) (?:bo )?ho so\b"
)
#: how many words before a denied "cần" may name the paper ("biên bản bình xét k cần")
_PAPER_BEFORE = 6


#: a paper claimed attached as well: "kèm thêm", "kèm theo" (task h386), or a bare "kèm"
#: ("theo đề tài thì kèm biên bản nghiệm thu đúng k", task h434)
_ATTACHED = re.compile(r"\bkem(?: (?:them|theo))?\b")
__all__ += ["attached_claimed"]


def attached_claimed(question: str) -> bool:
    """ "… kèm thêm văn bản nghiệm thu, đúng k": a paper claimed attached as well, put up."""
    folded = folded_words(question)
    return bool(_ATTACHED.search(folded) and _CONFIRMED.search(folded))


#: the claim put up for confirmation: "đúng không", "phải k"
_CONFIRMED = re.compile(r"\b(?:dung|phai) (?:khong|ko|k|hong|kg)\b")


def _need_denied(folded: str, at: int) -> bool:
    """The requiring word at ``at`` is negated: "không cần", "k cần", "chẳng cần"."""
    before = folded[:at].split()[-1:]
    return bool(before) and before[0] in NEGATED | TYPED_NOT


#: the route a proposal takes told as the asker's case: "vì có sáng kiến", "theo đường đề tài"
#: (not "không / chưa có sáng kiến")
_ROUTE_TOLD = re.compile(
    r"(?<!khong )(?<!chua )(?<!ko )\bco (?:sang kien|de tai)\b"
    r"|\btheo (?:con )?duong (?:sang kien|de tai)\b"
    # task h187: "đi theo hướng sáng kiến", "diện đề tài", "xét vì sáng kiến", "nhờ sáng kiến"
    r"|\b(?:theo (?:con )?huong|dien|xet vi|nho) (?:sang kien|de tai)\b"
    # task h356: "hồ sơ CSTĐCS theo sáng kiến cần giấy xác nhận … đúng k", "đề nghị vì đề tài"
    r"|\b(?:theo|vi) (?:sang kien|de tai)\b"
    # "xét CSTĐCS bằng sáng kiến" (task h144)
    r"|\bbang (?:con duong )?(?:sang kien|de tai)\b"
)


#: "… có phải là (một) thành phần / giấy tờ (bắt buộc) trong hồ sơ": belonging to the list
_PART_OF_DOSSIER = re.compile(r" (?:la )?(?:1 |mot )?(?:thanh phan|giay to|tai lieu|phan)\b")
#: words of a sentence that make the paper it names required in a case only
_PAPER_CASE = (" chi khi ", " neu ", " truong hop ")
#: what a conditional paper is about, as the question and the fact both name it
_PAPER_KEYS = ("sang kien", "de tai", "nghiem thu")


def papers_listed(
    question: str, asked: str, body: str, names: tuple[str, ...] = ()
) -> tuple[str, str] | None:
    """ "Em chuẩn bị hồ sơ LĐTT gồm tờ trình và danh sách. Như vậy đủ chưa?": the papers the
    question lists read against those the dossier fact requires (each known by its first two
    words, "tờ trình", "báo cáo", "biên bản"): ("Không", the papers not listed) when some are
    not, ("Có", "") when all are; None when sufficiency is not asked or no required paper is
    listed (nothing told to judge)."""
    folded = folded_words(question)
    claim = folded_words(asked or question)
    listed = _LISTED_PUT_UP.search(claim)
    if not _ENOUGH_ASKED.search(claim) and listed is None:
        return None
    found = _required_list(body)
    if not found:
        # "hồ sơ thôn văn hóa gồm tờ trình, báo cáo thành tích, biên bản họp bình xét, đúng k"
        # against a fact that tells who makes each paper in prose (task h392)
        return _prose_papers_listed(listed, body)
    papers, heads = _papers_required(found)
    if listed is not None and not set(heads) & set(_PAPER_HEADS):
        # a plain list of sentences, each telling who makes which paper
        return _prose_papers_listed(listed, body)
    denied = _paper_denied(claim, papers)
    if denied:
        # "chỉ cần tờ trình là đủ, k cần báo cáo thành tích": the paper denied is not told as
        # one the letter has, so it is among those missing
        folded = _NEED_DENIED.sub(" ", folded)
    elif listed is not None:
        # "hồ sơ gồm tờ trình, báo cáo thành tích, biên bản, đúng k": the list claimed is the
        # papers named after "gồm", read against the fact's list
        folded = listed.group(1)
        listed_of_fact = f" {folded_words(found.group(1))} "
        if any(f" {n} " in f" {folded} " and f" {n} " not in listed_of_fact for n in names):
            # a paper named ("papers" of attributes.yaml) that this fact's list does not hold:
            # the list is of another dossier (a thôn's read beside the family's)
            return None
    if "to trinh" in heads and "van ban" not in heads:
        # the letter's "văn bản đề nghị" is the tờ trình of a list that names no văn bản of
        # its own (the Gia đình văn hóa's "văn bản đề nghị của trưởng thôn" is its own name)
        folded = _as_fact_names(folded)
    told = [f" {h} " in f" {folded} " for h in heads]
    if len(papers) < 2 or not any(told):
        return None
    # "(d) chứng nhận … khi đề nghị Chiến sĩ thi đua": a paper needed only in a case is not
    # missing from a list that leaves it out (task h392)
    missing = [
        p
        for p, t in zip(papers, told, strict=True)
        if not t and " khi de nghi " not in f" {folded_words(p)} "
    ]
    return ("Không", "; ".join(missing)) if missing else ("Có", "")


#: a paper named by the letter's other word for it: the proposal itself, which the dossier
#: facts call "tờ trình (văn bản) đề nghị" (Luật 2022 Điều 84 khoản 1) (fixer f179b)
_OTHER_NAMES = re.compile(r" (?:van ban|cong van) de nghi ")


def _as_fact_names(folded: str) -> str:
    """The listed papers with each other name put as the dossier facts name it."""
    return _OTHER_NAMES.sub(" to trinh de nghi ", f" {folded} ").strip()


#: the heads of the papers a dossier fact may name in prose, as a letter names them
_PAPER_HEADS = {"to trinh": "tờ trình", "bao cao": "báo cáo thành tích", "bien ban": "biên bản"}


def _prose_papers_listed(listed: re.Match[str] | None, body: str) -> tuple[str, str] | None:
    """The papers a "gồm …, đúng k" claim lists against those a prose dossier fact names:
    ("Có", "") when the claim names each of them, ("Không", the ones left out) when two or more
    are named and some are not; None when the claim lists no papers or the fact names fewer
    than two (task h392)."""
    if listed is None:
        return None
    said = f" {' '.join(folded_words(body).split())} "
    claimed = f" {listed.group(1)} "
    required = [h for h in _PAPER_HEADS if f" {h} " in said]
    told = [h for h in required if f" {h} " in claimed]
    if len(required) < 2 or not told:
        return None
    missing = [_PAPER_HEADS[h] for h in required if h not in told]
    return ("Không", "; ".join(missing)) if missing else ("Có", "")


def papers_named(question: str, body: str, papers: tuple[str, ...]) -> str | None:
    """The sentences of a one-sentence-per-paper fact about the papers ``question`` names, with
    the sentences that name no paper (the province's say); None when it names none."""
    asked = f" {' '.join(tokens(question))} "
    named = [p for p in papers if f" {p} " in asked]
    if not named:
        return None
    kept = []
    for sentence in _SENTENCE_SPLIT.split(body):
        opening = " ".join(tokens(sentence)[:4])
        about = next((p for p in papers if opening.startswith(p)), None)
        if about is None or about in named:
            kept.append(sentence)
    return " ".join(kept) if len(kept) > 0 else None


#: a sentence ends at ". " before a capital letter (the facts write sentences so)
_SENTENCE_SPLIT = re.compile(r"(?<=\.)\s+(?=[A-ZĐÀ-Ỹ])")
