"""Hearsay claims about sudden deeds and outside contributors, put up for confirmation (task h127).

Officers quote a rule they were told: "nghe nói khen đột xuất vẫn phải họp hội đồng bỏ phiếu,
đúng k", "doanh nghiệp thì không thuộc đối tượng khen thưởng phải không", "trực bão theo lịch
phân công có tính là đột xuất không". The fact model answers the title such a line names (its
criteria, its decider) and misses the relation the line claims, so the plain answer came out
wrong or missing. Each claim kind lives in ``content/facts/hearsay.yaml`` with its legal source:
``about`` patterns that must all be in the question (the case: khen đột xuất, two forms, an
outside recipient), then ``claims``: patterns read in order, the first found decides the verdict
of a block that leads the answer. A rule reads a kind of sentence, never one question: its
patterns are the relation ("không được khen", "cùng một thành tích", "theo lịch phân công").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.core.text import fold, folded_words
from bot.knowledge.facts.triggers import Prefilter, compiled_gated, gate_module, needed, present
from bot.knowledge.retype import REPORTED

__all__ = ["HearsayRule", "load_hearsay", "ruling"]

#: a clause ends at these marks ("… đúng không, gồm những gì"); a comma or dot inside a number
#: ("3,0 lần", "2.530.000") ends nothing (task h264)
#: (" / " typed between two asks is a new line too, not the "/" of a date; task h392)
#: (task h432: "mẫu 04, 05, 06 của NĐ 86": numbers listed after commas are one list, no new clause)
_CLAUSE = re.compile(r"(?:(?<!\d)[,.]|[,.](?!\d)(?! \d)|[;?!\n]|(?<=\s)/(?=\s))+")
#: the line is put up for confirmation rather than asked: "… đúng k", "phải không ạ", "có
#: đúng không ad", "e hiểu vậy có đúng k", "thấy sai sai … giải thích giúp"
_CONFIRM = re.compile(
    # "… vậy có đúng quy định k ạ" weighs the line told against the rule as "… đúng k" does
    r"\b(?:dung|phai|that|chuan|sai)(?: (?:voi |theo )?(?:quy dinh|luat))?"
    r"(?: (?:vay|the|khong|ko|k|kg|hong|hok|hem|chua|chu|a|ha|ad|ak|nhi"
    # task h362: the chat's tails "… đúng k z", "… đúng k mn" (mọi người), "… phải k v"
    r"|nha|ah|khong a|k a|ko a|z|v|mn|moi nguoi|ac|nhe|admin"
    # task h375: the one asked, typed last ("… phải hok chị", "… đúng k anh oi")
    # task h372: "… vậy là đúng quy định phải k": the rule weighed, then put up with "phải"
    r"|chi|anh|em|ban|oi|phai"
    # task h388: "… đúng k c" (chị), "… dung k e" typed as one letter
    r"|c|e"
    # task h418 (b159): the Central and Southern tails "… phải hông mấy ông", "… đúng k may
    # ba", "… đúng hông nghen": the ones asked, named last
    r"|may ong|may ba|may anh|may chi|may ban|ong|ba|bac|chu|thay|nghen|ne|hen"
    # task h402: "… có đúng như vậy không ạ", "đúng như thế k": the line pointed back at
    r"|nhu))*$"
    r"|\bsai sai\b|\bcan cu nao\b|\bgiai thich\b"
    # task f180b (b180): "… vậy là trưởng thôn nói sai rồi à", "… kế toán nói đúng rồi hả": the
    # line told put up with "rồi" before the rising tail
    # ("… vậy là mất thật rồi ư": "thật rồi" the same)
    r"|\b(?:dung|sai|that) roi"
    r"(?: (?:a|ha|u|ak|ah|sao|phai khong|phai k|phai ko|dung khong|dung k))+$"
    # task f180b: a bare "vậy hả", "thế à" clause after the line told
    r"|^(?:vay|the|nhu vay) (?:ha|a|u|ak|ah|sao)$"
    # task h388: "e hỏi luật có nói vậy k", "luật có quy định thế thật k": the line told is
    # weighed against the law as "… đúng k" does
    r"|\b(?:luat|quy dinh|nghi dinh|van ban) (?:co |that )?(?:noi|ghi|quy dinh|bao|viet)"
    r" (?:nhu )?(?:vay|the)(?: that)? (?:khong|ko|k|kg|hong|hok|hem)(?: (?:a|ad|ha|z|v|mn))*$"
    # task h387: "… chỉ dành cho vụ cứu người thôi hả ad": a limit put up with "thôi hả / à"
    r"|\bthoi (?:ha|a|ah|ak|sao)(?: (?:ad|anh|chi|em|ban|admin|oi))*$"
    # task h128: "… bảo em không được bình, quy định thế nào ạ" asks the rule against the line
    r"|\bquy dinh (?:the nao|ra sao|nhu the nao)\b"
    # task h320: "… có quy định như vậy không ạ" asks the line told to be confirmed as the rule
    r"|\bco (?:quy dinh|dieu) (?:nao )?(?:nhu vay|nhu the|vay|the|do|nay)"
    r" (?:khong|ko|k|kg|hong|hok|hem)(?: (?:a|ad|ha|anh|chi|ban))*$"
    # task h386: "quy định có cho cắt như vậy k ạ", "làm như thế có được không": the act told
    # is pointed back at and weighed, as "… đúng k" weighs the line
    r"|\b(?:cho|lam|noi|xu ly|cat|tinh|xet) (?:\S+ ){0,2}?(?:nhu vay|nhu the)"
    r"(?: (?:co )?(?:duoc|dc))? (?:khong|ko|k|kg|hong|hok|hem)(?: (?:a|ad|ha|anh|chi|ban))*$"
    # "… luật có nói vậy k": the line told asked to be the law's
    r"|\b(?:noi|bao) (?:vay|the) (?:khong|ko|k|kg|hong|hok|hem)(?: (?:a|ad|ha|anh|chi|ban))*$"
    # task h433: "vậy có đúng là quỹ chỉ có nguồn đó không", "có phải đúng là năm nay thôn
    # không phải làm k": the line told restated after "có đúng là" is put up as "… đúng k" is
    # (a line of four words or more: "có đúng là khen đột xuất k" names a kind, whose case the
    # case rules judge; stop 45 merge, b108)
    r"|\bco (?:phai |that )?dung (?:la|rang|nhu) (?:\S+ ){4,30}(?:khong|ko|k|kg|hong|hok|hem)"
    r"(?: (?:a|ad|ha|nhi|anh|chi|ban))*$"
)
#: task h128: "có phải nghỉ thai sản thì chỉ được LĐTT, không được CSTĐCS không" puts the line
#: up as much as "… đúng k"; read in each clause ("…, nghe phòng nội vụ bảo vậy" after it) and
#: over the whole question (its clauses may run on past commas)
_PUT_UP = re.compile(
    r"^(?:co )?phai (?:\S+ ){2,}(?:khong|ko|k|kg|hong|hok|hem)(?: (?:a|ad|ha|nhi))*$"
)
#: the question asks directly whether it may be done: "… có khen được không", "… dc k"
#: task h362: "hok" / "hem" are the chat's "không" too; "… vẫn dc LĐTT bình thường hok" asks as
#: "… dc LĐTT k" does
_ASKED = re.compile(
    r"\b(?:dc|duoc)(?: \S+){0,2}(?: binh thuong| luon| nua)? (?:khong|ko|k|kg|hong|hok|hem)"
    r"(?: \S+){0,3}$"
)
#: a plain yes/no tail: "… có tính là đột xuất không", "… có cần họp hội đồng ko ạ"; read only
#: by rules marked ``direct`` (a case whose claim words are themselves the question)
_YESNO = re.compile(
    # "xã có được tự tính … theo lương tối thiểu vùng cho cao hơn k": a long ask runs on
    # task h376: "quỹ thi đua xã có dc nhận tiền ủng hộ của con em xa quê để thưởng cho phong trào
    # TDĐK k": a purpose told inside the ask runs it on to 20 words
    # task h388: the chat's tails "… k mn", "… k z", "… k ak" end a yes/no as "… k ạ" does
    r"\b(?:co|phai|can) (?:\S+ ){1,20}(?:khong|ko|k|kg|hong|hok|hem)"
    r"(?: (?:a|ad|ha|nhi|mn|moi nguoi|z|v|ak|ac|nha))*$"
    # task h388: the tag "chứ" closes a yes/no ("… vẫn đủ LĐTT chứ mn", "… vẫn đc chứ hả")
    r"|\b(?:\S+ ){2,}chu(?: (?:a|ad|ha|nhi|mn|z|v|ak|nha|nhe|c|e))*$"
    # "… có bắt buộc theo mẫu chung không hay tỉnh quy định": a yes/no with its alternative
    # task h373: "… có được xét LĐTT k hay LĐTT chỉ dành cho cán bộ công chức ạ": the
    # alternative may run on; "luật bây giờ còn khen cho hộ gia đình k hay bỏ rồi": "còn … k"
    # asks yes/no as "có … k" does (issue 11)
    # task h407: "bên e có phải gửi hồ sơ lên UBND xã để chủ tịch xã quyết định k hay giám đốc
    # tự ký": the first alternative may run on to 12 words
    r"|\b(?:co|phai|can|con) (?:\S+ ){1,12}(?:khong|ko|k|kg|hong|hok|hem) hay(?: \S+){1,12}$"
    r"|\bcon (?:\S+ ){1,12}(?:khong|ko|k|kg|hong|hok|hem)(?: (?:a|ad|ha|nhi))*$"
    # task h421: "vậy đủ CSTĐCS chưa / rồi hay còn phải HTXS nữa": whether A suffices, its
    # alternative after "hay"
    r"|\bdu (?:\S+ ){0,4}(?:chua|roi|khong|ko|k) hay(?: \S+){1,12}$"
    # task h407: "LĐTT có tiền thưởng hay chỉ có tên trong quyết định thôi": a yes/no whose
    # other answer, after "hay chỉ", stands for its "không"
    r"|\bco (?:\S+ ){1,6}hay (?:la )?chi(?: \S+){1,10}$"
    # task h362: "… có thể đề nghị lên bằng khen tỉnh k nếu thành tích lớn": a condition after
    r"|\b(?:co|phai|can) (?:\S+ ){1,12}(?:khong|ko|k|kg|hong|hok|hem) neu(?: \S+){1,8}$"
    # task h406: "… như vậy đủ chuẩn CSTĐCS chưa", "… đạt … chưa ad": sufficiency asked with "chưa"
    r"|\b(?:du|dat) (?:\S+ ){0,8}chua(?: (?:a|ad|ha|nhi|z|v))*$"
    # "hình thức huy hiệu tỉnh nay còn k": whether a thing still is, asked bare
    r"|\b(?:nay|gio|bay gio|van) con (?:khong|ko|k|kg|hong)(?: (?:a|ad|ha|nhi))*$"
    # task f180b (b180): "chẳng lẽ vẫn bị cấm xét LĐTT năm 2026": a clause opened by "chẳng lẽ"
    # asks in surprise whether the line holds, with no tail typed
    r"|^(?:\S+ ){0,3}?chang le(?: \S+)+$"
    # task h431: "đề nghị CSTĐCS dc ngay hay phải có 1 năm LĐTT rồi mới xét": may it be done
    # at once, or must one wait for something first; a yes/no with no "không" typed
    r"|\b(?:dc|duoc) (?:ngay|luon|lien) hay (?:la )?(?:phai|can|cho|doi)(?: \S+){1,12}$"
    # task h476: "… nộp lên phường luôn dc chưa hay phải niêm yết đủ bn ngày": may it be done
    # yet, or must one wait, the "chưa" typed where "không" is
    r"|\b(?:dc|duoc) chua hay (?:la )?(?:phai|can|cho|doi)(?: \S+){1,12}$"
    # task h431: "… LĐTT còn xét tinh thần đoàn kết, tích cực thi đua nữa k": "nữa không" closes
    # a yes/no whose "còn" stood before a list's comma
    r"|\b(?:\S+ ){1,12}nua (?:khong|ko|k|kg|hong|hok|hem)(?: (?:a|ad|ha|nhi))*$"
)

#: task h483: a statement of four words or more put up with a rising tail ("… à", "… ư", "…
#: thôi", "… chứ nhỉ"), no question word in it; read only by rules marked ``rising``
_RISING = re.compile(
    r"^(?!.*\b(?:ai|gi|nao|sao|bn|bao nhieu|bao lau|the nao|o dau)\b)"
    # ("không bao giờ" is never, no "when" asked)
    r"(?!.*(?<!\bk )(?<!\bko )(?<!\bkhong )(?<!\bchang )\bbao gio\b)"
    r"(?:\S+ ){3,}(?:a|ha|ak|ah|u|thoi|chu nhi|chu nhe|dau nhi)$"
)

#: task f181: a premise told, then the next step asked after "nên / vậy / thì": who signs,
#: where the dossier goes, how much ("… nên e đưa vào ds trình xã, vậy ai ký QĐ", "… nên đủ điều
#: kiện TTLĐXS, vậy hồ sơ gửi tỉnh qua đâu", "… thì hồ sơ gửi cơ quan nào")
_NEXT_STEP = re.compile(
    r"\b(?:nen|vay|thi)\b(?: \S+){0,14} (?:ai ky|ai ki|ai quyet dinh|qua dau|o dau|gui dau"
    r"|nop dau|cho ai|co quan nao|bn|bao nhieu)(?: (?:qd|quyet dinh|a|ad|ha|vay|z|v|nhi))*$"
)

#: task f180b (b180): the line told is put up as WRONG ("… vậy là kế toán nói sai rồi à", "tổ
#: trưởng nói vậy có sai không"): the claim's verdict says whether the line holds, so the
#: answer to "is it wrong" is its opposite ("đúng hay sai" weighs both ways, and is not turned)
_WRONG_PUT_UP = re.compile(
    r"(?<!\bdung hay )(?<!\bdung )\bsai(?: (?:roi|that|vay|the|quy dinh|luat))*"
    r" (?:khong|ko|k|kg|hong|chu|a|ha|u|ak|ah|sao|nhi|phai khong|phai k|phai ko)"
    r"(?: (?:a|ad|ha|ah|anh|chi|em|oi))*$"
)
_TURNED = {"Có": "Không", "Không": "Có"}


#: task h432: a choice between two ways, "có A hay (vẫn) B (ạ)", no "không" between them
#: ("… phải xin UBND xã hay giám đốc ký": whether one way is needed, the other offered)
_CHOICE = re.compile(r"\b(?:co|phai) (?:\S+ ){1,8}hay (?:van |la |chi |cu )?(?:\S+ ){1,10}\S+$")

#: task h189: a claim's words right after a negator or a contrast ("xét Chiến sĩ tiên tiến chứ
#: không phải LĐTT": "phải LĐTT" is denied, not claimed) are not the claim its pattern reads
#: task h233: "chùa" folds like "chưa": after "ngôi / nhà / sư / trụ trì" it is a pagoda ("sư thầy ở
#: ngôi chùa không được khen"), no negator of the claim after it
_NEGATED = re.compile(
    r"\b(?:chu )?(?:khong|k|ko|kg|(?<!\bngoi )(?<!\bnha )(?<!\bsu )(?<!\btri )chua|chang) $"
)
#: a rule's case told as what the claim is NOT ("thành tích ngoài kế hoạch, nhiệm vụ được giao",
#: "… chứ không phải theo phân công"): the line states the law's own rule, not the rule's case
_CONTRARY = re.compile(
    # task h389: "năm ngoái" (last year) folds like "ngoài": no case told as what it is not
    # task h402: "cõng cháu bé ra ngoài, bị bỏng" (out of the house) tells no case as what it is not
    r"\b(?:(?<!\bnam )(?<!\bra )ngoai(?: (?:chuong trinh|ke hoach|nhiem vu))*"
    r"|chu (?:khong|k|ko|kg)(?: phai)?(?: la)?) $"
)
#: words that report nothing of their own after a reporting verb ("chị kế toán cũng bảo vậy")
_BARE = frozenset(
    {"vay", "the", "nhu", "la", "cung", "rang", "ay", "do", "nay", "dung", "khong", "ko", "k",
     "a", "ad", "ha", "nhi", "nhe", "roi", "chu", "co", "phai", "luon", "ma", "luat", "quy", "dinh",
     "voi", "theo", "hong", "chua", "ah", "ak",
     # task f180b (b180): "… vậy là kế toán nói sai rồi à" judges the line told, as "… nói
     # đúng không" does; it reports no line of its own
     "sai"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class HearsayRule:
    key: str
    title: str
    about: tuple[re.Pattern[str], ...]
    #: (pattern, verdict) read in order: the first found in the question decides
    claims: tuple[tuple[re.Pattern[str], str], ...]
    #: the verdict when the question asks directly ("có … được không") rather than confirming
    asked: str | None
    text: str
    src: str
    #: patterns that leave the question to another reading (a province title named)
    unless: tuple[re.Pattern[str], ...] = ()
    #: also read when the question asks its case directly ("… có tính là đột xuất không")
    direct: bool = False
    #: a case told anywhere that the rule refuses ("kết quả trung bình"): it decides "Không"
    #: whatever clause the ask sits in, unless the ask itself restates the refusal
    bars: re.Pattern[str] | None = None
    #: the ask restating the refusal ("… thì không được kết hợp, đúng k"): then "Có"
    bar_restated: re.Pattern[str] | None = None
    #: whether the rule's block follows facts that already lead with its verdict; False where
    #: the facts' own block says the same (the revoke facts on "không ai hủy được")
    adds_reason: bool = True
    #: whether the rule's block leads even when the facts open with its verdict: they answer a
    #: title the line names only by its likeness (the Đoàn's giấy khen read as the xã chairman's)
    leads: bool = False
    #: leads unless the facts' first block already names this (task h377: the course rule
    #: leads a generic "Có. Cán bộ … được xét" block, not one that speaks of the course)
    leads_unless: str | None = None
    #: its claims read the asker's own act on the rule ("… nên e loại khỏi danh sách, đúng k"):
    #: the verdict already judges that act and is not turned again as an act on the case
    #: (task h393)
    judges_act: bool = False
    #: "… dc k hay <the other way>" is read as its first option, "… dc k" (task h407)
    first_option: bool = False
    #: two yes/no asks of the rule's own case and no line put up ("có dc xét LĐTT k, thời gian
    #: nằm viện có bị trừ k"): the first ask's claim decides, the answer opens on it
    first_ask: bool = False
    #: also read when the question only offers a choice, "có A hay B" (task h432)
    choice: bool = False
    #: also read when a clause is a statement put up with a rising "à / ư / thôi" (task h483)
    rising: bool = False
    #: also read when the rule's claim is told as the premise of a next step asked ("… nên e
    #: đưa vào danh sách, vậy ai ký QĐ"): the claim's verdict opens, the step follows (task f181)
    premise: bool = False


def load_hearsay(content_dir: Path) -> tuple[HearsayRule, ...]:
    path = content_dir / "facts" / "hearsay.yaml"
    if not path.exists():
        return ()
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    # s46b: each rule's patterns are gated as the readers' module-level ones are (s45a): one
    # whose needed strings are all absent from a clause answers "no match" without its regex
    return tuple(
        HearsayRule(
            key=r["key"],
            title=r["title"],
            about=tuple(compiled_gated(p) for p in r.get("about", [])),
            claims=tuple((compiled_gated(p), v) for p, v in r.get("claims", [])),
            asked=r.get("asked"),
            text=" ".join(r["text"].split()),
            src=r["src"],
            direct=bool(r.get("direct", False)),
            unless=tuple(compiled_gated(p) for p in r.get("unless", [])),
            bars=compiled_gated(r["bars"]) if r.get("bars") else None,
            bar_restated=compiled_gated(r["bar_restated"]) if r.get("bar_restated") else None,
            adds_reason=bool(r.get("adds_reason", True)),
            leads=bool(r.get("leads", False)),
            leads_unless=r.get("leads_unless"),
            judges_act=bool(r.get("judges_act", False)),
            first_option=bool(r.get("first_option", False)),
            first_ask=bool(r.get("first_ask", False)),
            choice=bool(r.get("choice", False)),
            rising=bool(r.get("rising", False)),
            premise=bool(r.get("premise", False)),
        )
        for r in data
    )


def ruling(question: str, rules: Sequence[HearsayRule]) -> tuple[HearsayRule, str] | None:
    """The first rule whose case and claim the question states, with the verdict its block
    opens with; None when no rule reads the question or it puts nothing up to confirm."""
    found = _ruling(question, rules)
    firsts = _first_option_rules(rules)
    if found is None and firsts:
        # task h407: "giám đốc tự ký giấy khen dc k hay phải xin xã": the ask is its first
        # option, "… dc k"; the other way after "hay" is offered, not a line put up. Read so
        # only by the rules marked ``first_option`` (others keep their own reading of it)
        first = _OTHER_WAY.sub(r"\1", fold(question))
        if first != fold(question):
            found = _ruling(first, firsts)
    return found


#: the loaded rules' ``first_option`` ones by the rules' id, the rules kept beside them (s46b:
#: found once, not on every question; and, a tuple, their pre-filter is built once too)
_FIRSTS: dict[int, tuple[Sequence[HearsayRule], tuple[HearsayRule, ...]]] = {}


def _first_option_rules(rules: Sequence[HearsayRule]) -> tuple[HearsayRule, ...]:
    kept = _FIRSTS.get(id(rules))
    if kept is not None and kept[0] is rules:
        return kept[1]
    firsts = tuple(r for r in rules if r.first_option)
    if isinstance(rules, tuple):
        _FIRSTS[id(rules)] = (rules, firsts)
    return firsts


def _ruling(question: str, rules: Sequence[HearsayRule]) -> tuple[HearsayRule, str] | None:
    if not rules:
        return None
    words = _chat_spelled(folded_words(question))
    # each clause's end is read: "… đơn giản hơn đúng không ạ, gồm những gì" puts up the line
    # before the comma and asks another part after it
    ends = [_chat_spelled(folded_words(c)) for c in _CLAUSE.split(question)]
    ends = [e for e in ends if e] or [words]
    # each clause read once for each way of asking: (confirms, "… được không", plain yes/no)
    kinds = _asking_kinds(ends)
    confirm = any(k[0] for k in kinds) or bool(_CONFIRM.search(words) or _PUT_UP.search(words))
    asked = any(k[1] for k in kinds)
    # task h432: "tỉnh mình có mẫu riêng hay vẫn dùng mẫu của NĐ 86 ạ": a choice between two
    # ways, read only by the rules marked ``choice``
    only_choice = not (confirm or asked or any(k[2] for k in kinds))
    # task h483: a line stated and put up with a rising "à / ư / thôi" ("GĐVH k phải danh hiệu
    # thi đua à", "xã văn hóa vẫn là danh hiệu … chứ nhỉ"), read only by rules marked ``rising``
    # (s47b: read only when asked, once: by a question asking nothing else, or by the first
    # rule marked ``rising`` the loop reaches; most questions ask, and 10 rules of 282 rise)
    # task f181: a rule told as the premise, then the next step asked ("… nên du điều kiện
    # TTLĐXS, vậy hồ sơ gửi tỉnh qua đâu"), read only by rules marked ``premise``
    # (read lazily as ``risen`` is: few questions reach a rule marked ``premise``)
    risen: bool | None = None
    premised: bool | None = None
    if only_choice:
        risen = any(_RISING.search(e) for e in ends)
        if not risen:
            premised = _NEXT_STEP.search(words) is not None
            if not premised and not any(_CHOICE.search(e) for e in ends):
                return None
    # a case told after the last asking clause ("… mất LĐTT đúng k ad, e đạt loại giỏi") is
    # background to the claim put up, not a later claim
    asking = [i for i, k in enumerate(kinds) if any(k)]
    # task h189: a letter's story before the line reported ("2 người hoàn thành xuất sắc k có
    # sáng kiến. chị văn phòng bảo cả 3 đều phải kèm sáng kiến, đúng k") is the case, not the
    # claim: claims are read from the last clause that reports someone's words on, unless
    # that line itself speaks of the rule's case ("nghe nói vẫn được xét LĐTT đúng k" after
    # "em đi bồi dưỡng 2 tháng"): then the story told is what the line is about
    said = _reported_from(ends[: asking[-1] + 1] if asking else ends)
    # s43: a rule whose first "about" needs words the question lacks is not searched; s44:
    # which rules may be read is found for all of them in one pass over the needed strings
    possible = _prefilter(rules).possible(words)
    # s46b: whether each "about" pattern is told in the question, read once a question (22
    # rules ask whether LĐTT is told, 14 CSTĐCS …), by the pattern's text
    told: dict[str, bool] = {}
    # s46b: only the rules let through are visited, in the rules' order (a long question lets
    # 70 of 267 through, a short one a handful), not every rule to ask whether it was
    count = len(rules)
    for i in sorted(possible):
        if i >= count:
            break
        rule = rules[i]
        # s46b: the checks of the whole question come before the clauses are read (each is
        # pure and none reads ``start``: a rule they skip was skipped after its clauses were
        # searched, 48 rules a long question, of which 6 pass them)
        if rule.rising and risen is None:
            risen = any(_RISING.search(e) for e in ends)
        if rule.premise and premised is None:
            premised = _NEXT_STEP.search(words) is not None
        rises = (rule.rising and bool(risen)) or (rule.premise and bool(premised))
        if not (confirm or asked or rule.direct or rises) or (
            only_choice and not rule.choice and not rises
        ):
            continue
        if not _abouts_present(rule, words):
            # s51: an "about" none of whose needed strings is in the question is told nowhere
            # in it: the rule is skipped before any of its "about" patterns is searched (the
            # pre-filter reads only the first; on a long question 88 "about" searches → 51)
            continue
        # every "about" must be told in the question; the first one missing skips the rule
        # (a rule whose first "about" is not even found is skipped at its first, as before)
        missing = False
        for p in rule.about:
            key = p.pattern  # every rule's patterns are compiled without flags
            if key not in told:
                told[key] = _told(p, words, _CONTRARY)
            if not told[key]:
                missing = True
                break
        if missing:
            continue
        if any(p.search(words) for p in rule.unless):
            continue
        start = _claims_start(rule, ends, said)
        if start != said and _claimed(rule, ends[said : asking[-1] + 1] if asking else ends[said:]):
            # "bà con muốn xã khen ngay. Nhưng a phó thôn bảo khen đột xuất phải đợi đến tổng
            # kết": the line reported makes its own claim, which the story's does not replace
            # (task h326)
            start = said
        upto = ends[start : asking[-1] + 1] if asking else ends[start:]
        found = None
        bare = _bare_confirm_at(ends, start, asking)
        if bare is not None:
            # task h388: "… chị trong trạm bảo nghỉ sinh nửa năm là mất LĐTT. có đúng vậy k a,
            # thời gian thai sản có đc tính k": the line put up is what "có đúng vậy k" points
            # back at; the ask after it is a second part, whose own verdict does not decide
            found = _claimed(rule, ends[start : bare + 1])
            if found is not None:
                upto = ends[start : bare + 1]
        if found is None:
            found = _claimed(rule, upto)
        if found is None and len(upto) < len(ends) - start:
            found = _claimed(rule, ends[start:])
        if found is None:
            continue
        if rule.first_ask and not confirm:
            found = _first_asked(rule, upto, [i - start for i in asking]) or found
        at, verdict = found
        barred = _barred(rule, words, upto[at] if 0 <= at < len(upto) else words)
        if barred is not None:
            return rule, barred
        # nothing put up to confirm: the asker's own case is asked ("… có được không"), or a
        # plain yes/no after a saying told in an earlier clause, so the rule's direct answer
        # leads; a plain yes/no that is itself the claim ("nghỉ đẻ 6 tháng có bị mất LĐTT
        # không") keeps the claim's verdict
        if not confirm and rule.asked and (asked or at < len(upto) - 1):
            return rule, rule.asked
        if asking and _WRONG_PUT_UP.search(ends[asking[-1]]):
            # "giấy khen k có tiền … vậy là kế toán nói sai rồi à": the line's "Không" is the
            # asker's "yes, it is wrong" (task f180b)
            return rule, _TURNED.get(verdict, verdict)
        return rule, verdict
    return None


def _asking_kinds(ends: Sequence[str]) -> list[tuple[bool, bool, bool | None]]:
    """Each clause's ways of asking: (confirms, "… được không", plain yes/no). s51: the plain
    yes/no (``_YESNO``, the costliest of the three patterns) is read only in a clause that
    neither confirms nor asks "… được không", None elsewhere: it is read for whether a
    clause asks at all (then either of the others already says so) and for ``only_choice``
    (read only when no clause confirms or asks, so every clause's third is read then)."""
    kinds: list[tuple[bool, bool, bool | None]] = []
    for e in ends:
        confirms = bool(_CONFIRM.search(e) or _PUT_UP.search(e))
        asks = bool(_ASKED.search(e))
        kinds.append((confirms, asks, None if confirms or asks else bool(_YESNO.search(e))))
    return kinds


#: each rule's "about" patterns' needed strings (None: any text may match), by the rule's id,
#: the rule kept beside them so the id is never reused (s51)
_ABOUT_NEEDS: dict[int, tuple[HearsayRule, tuple[tuple[str, ...] | None, ...]]] = {}


def _about_needs(rule: HearsayRule) -> tuple[tuple[str, ...] | None, ...]:
    """The needed strings of each of the rule's "about" patterns, found once a rule (one dict
    look-up a rule visited, where ``present`` looks each pattern up)."""
    kept = _ABOUT_NEEDS.get(id(rule))
    if kept is None or kept[0] is not rule:
        found = tuple(None if (s := needed(p)) is None else tuple(s) for p in rule.about)
        kept = _ABOUT_NEEDS[id(rule)] = (rule, found)
    return kept[1]


def _abouts_present(rule: HearsayRule, words: str) -> bool:
    """False when one of the rule's "about" patterns cannot match ``words`` (none of its
    needed strings is in them, as ``present`` reads them): that "about" is then not told, and
    the rule is skipped whatever its other "about" patterns find (s51)."""
    for strings in _about_needs(rule):
        if strings is None:
            continue
        for string in strings:
            if string in words:
                break
        else:
            return False
    return True


def _claims_start(rule: HearsayRule, ends: Sequence[str], said: int) -> int:
    """The first clause the rule's claims are read from: the first clause when a clause from
    the line reported on (``said``) tells the rule's case, else that line. s51: with no line
    reported (``said`` 0, most questions) both are the first clause, and the clauses are not
    searched for the case."""
    if said == 0:
        return 0
    return 0 if any(p.search(e) for p in rule.about for e in ends[said:]) else said


#: the rules' pre-filter by the rules' id, the rules kept beside it so the id is never reused
_FILTERS: dict[int, tuple[Sequence[HearsayRule], Prefilter]] = {}


def _prefilter(rules: Sequence[HearsayRule]) -> Prefilter:
    """The pre-filter of each rule's first ``about`` pattern, built once for the loaded rules
    (a tuple); a list made for one call (the ``first_option`` rules) gets its own, not kept."""
    kept = _FILTERS.get(id(rules))
    if kept is not None and kept[0] is rules:
        return kept[1]
    built = Prefilter([r.about[0] if r.about else None for r in rules])
    if isinstance(rules, tuple):
        _FILTERS[id(rules)] = (rules, built)
    return built


#: "… dc k hay phải xin xã": an ask "được không" and the other way offered after "hay", up to
#: the clause's end (task h407)
_OTHER_WAY = re.compile(r"\b((?:dc|duoc) (?:khong|ko|k|kg|hong|hok|hem)) hay\b[^,.;?!\n]*")


def _bare_confirm_at(ends: Sequence[str], start: int, asking: Sequence[int]) -> int | None:
    """The last clause before the message's last ask that only puts the line told before it up
    ("có đúng vậy k a", "chị nói đúng k", "e hỏi luật có nói vậy k"), with a line before it;
    None when there is none."""
    if not asking:
        return None
    for i in range(asking[-1] - 1, start, -1):
        put = _CONFIRM.search(ends[i])
        if _OWN_VIEW.search(ends[i]):
            # task h405: "e nghĩ k phải. cho hỏi … có tham gia họp bình xét k": the asker's own
            # doubt of the line, then their own ask, which decides
            continue
        if put is not None and len(ends[i][: put.start()].split()) <= 3:
            return i
    return None


#: the asker's own view of the line told ("e nghĩ k phải", "em thấy không đúng"), no line put up
_OWN_VIEW = re.compile(r"^(?:e|em|toi|minh|tui) (?:nghi|thay|cho rang)\b")


#: task h375: the chat's spellings of a word the rules write plainly, each only ever that word:
#: "jấy" for "giấy", "f" for "ph" ("fai", "fong"), "hok / hem / hum" for "không"; task f200
#: (b200): "HTXSNV" typed as one word is "HTXS NV", which the rules' "htxs" reads
_CHAT = {
    "jay": "giay",
    "fai": "phai",
    "hok": "khong",
    "hem": "khong",
    "hum": "khong",
    "htxsnv": "htxs nv",
}
_CHAT_WORD = re.compile(r"\b(?:" + "|".join(_CHAT) + r")\b")


def _chat_spelled(words: str) -> str:
    """The folded words with the chat's spellings written out, as the rules' patterns read."""
    return _CHAT_WORD.sub(lambda m: _CHAT[m.group(0)], words)


def _barred(rule: HearsayRule, words: str, claim: str) -> str | None:
    """The verdict a refused case told decides ("đi bồi dưỡng 4 tháng kết quả trung bình, có
    được kết hợp … không": "Không" though the ask's clause alone reads "Có"); "Có" when the
    claim restates the refusal; None when no such case is told (task h283)."""
    if rule.bars is None or not _told(rule.bars, words, _NEGATED):
        return None
    if rule.bar_restated is not None and _told(rule.bar_restated, claim, _CONTRARY):
        return "Có"
    return "Không"


def _reported_from(ends: Sequence[str]) -> int:
    """The index of the last clause that reports someone's words of their own ("c văn phòng bảo
    cả 3 đều phải …"), 0 when none does: a clause only echoing ("chị ấy cũng bảo vậy") is no
    new line."""
    for i in range(len(ends) - 1, -1, -1):
        said = list(REPORTED.finditer(ends[i]))
        if said and _HOW_TO_ANSWER.match(ends[i][said[-1].end() :]):
            # task h403: "anh em hỏi mà e k biết trả lời thế nào": how to answer is asked, no
            # one's words are reported
            continue
        if said and _ASKER_RESTATES.match(ends[i]):
            # task f200 (b200 F4): "… nghe nói CSTĐ toàn quốc phải 3 lần nên cô còn thiếu 1 lần.
            # vậy nói cô còn thiếu 1 lần là đúng k": the asker points back at the line told before
            # and restates its conclusion; the line reported is the earlier one
            continue
        if said and _ECHO.match(ends[i][said[-1].end() :]):
            # task h372: "…, bảo vậy mới xứng đáng": the saying points back at the line told
            # before it and only gives its reason; no new line is reported
            continue
        if said and set(ends[i][said[-1].end() :].split()) - _BARE:
            return i
    return 0


#: the asker's own frame that puts the line told before up again ("vậy nói … là đúng k", "thế
#: bảo … có đúng không"): no one else's words reported
_ASKER_RESTATES = re.compile(r"^(?:vay |the |nhu vay |vay thi |vay la )(?:noi|bao)\b")
#: the words after a reporting verb that point back at the line before and give its reason
#: ("bảo vậy mới xứng đáng"); "nghe nói như vậy là khen trùng" is a line of its own
_ECHO = re.compile(r"^\s*(?:vay|the) moi\b")
#: the words after "trả lời" that ask how to answer ("k biết trả lời thế nào / ra sao")
_HOW_TO_ANSWER = re.compile(r"^\s*(?:(?:cho |voi )?\S+ )?(?:the nao|ra sao|sao|nhu the nao)\b")


def _told(pattern: re.Pattern[str], text: str, contrary: re.Pattern[str]) -> bool:
    """Whether ``pattern`` is found in ``text`` once not right after ``contrary``."""
    # s47b: a plain loop, not any() of a generator (11,000 calls a bench round, most finding
    # nothing: the generator and any() were two calls more each)
    for m in pattern.finditer(text):  # noqa: SIM110 - see above
        if not contrary.search(text[: m.start()]):
            return True
    return False


def _first_asked(
    rule: HearsayRule, ends: Sequence[str], asking: Sequence[int]
) -> tuple[int, str] | None:
    """The clause and verdict of the first asking clause that makes one of the rule's own
    claims, for a rule marked ``first_ask`` (b72: "co dc xet LDTT k, thoi gian nam vien co bi
    tru k" opens on the first ask, "Có"); None when no asking clause makes one."""
    for at, clause in enumerate(ends):
        if at not in asking:
            continue
        hit = _claimed(rule, [clause])
        if hit is not None and hit[0] >= 0:
            return at, hit[1]
    return None


def _claimed(rule: HearsayRule, ends: Sequence[str]) -> tuple[int, str] | None:
    """The clause and verdict of the claim the question makes last. A claim is read inside one
    clause ("… được k, tiền thưởng …" is no "k tiền"); of claims in several clauses the latest
    wins, so the asker's own question ("còn em muốn hỏi: cùng 1 thành tích … được k") beats a
    line quoted before it (task h136); in one clause the rule's order decides. A rule's default
    (pattern ".") is read only when no claim of its own is found, and counts as told before."""
    best: tuple[int, int, str] | None = None
    # s46b: a claim none of whose needed strings is in the clauses is told in none of them
    # (each clause is a piece of ``joined``): looked for once, not clause by clause
    joined = "\n".join(ends)
    for order, (pattern, verdict) in enumerate(rule.claims):
        if pattern.pattern == "." or not present(pattern, joined):
            continue
        # s51: a later claim of the rule wins only in a later clause than the best one found
        # (in one clause the rule's order decides): only the clauses after it are read, from
        # the last, and the first told is the latest
        at = _last_told(pattern, ends, 0 if best is None else best[0] + 1)
        if at >= 0:
            best = (at, -order, verdict)
    if best is not None:
        return best[0], best[2]
    for pattern, verdict in rule.claims:
        if pattern.pattern == "." and any(ends):
            return -1, verdict
    return None


def _last_told(pattern: re.Pattern[str], ends: Sequence[str], first: int) -> int:
    """The last clause from ``first`` on in which ``pattern`` is told, -1 when none is."""
    for at in range(len(ends) - 1, first - 1, -1):
        if _told(pattern, ends[at], _NEGATED):
            return at
    return -1


__all__ += ["asked_after_another"]


def asked_after_another(question: str, rule: HearsayRule) -> bool:
    """ "…, nghe nói thưởng 760 nghìn đúng k, hồ sơ có cần biên bản họp k": the rule's claim
    is in a later clause than another yes/no of the letter that none of the rule's claims
    reads; the facts' first block answers that earlier ask, so the rule's block follows it
    rather than leading (task h356). Read only once a rule has ruled."""
    ends = [e for e in (_chat_spelled(folded_words(c)) for c in _CLAUSE.split(question)) if e]
    claims = [p for p, _ in rule.claims if p.pattern != "."]
    found = _claimed(rule, ends)
    if found is None or found[0] <= 0:
        return False
    return any(
        (_own_claim_put_up(e) or _own_yesno_asked(e))
        and not any(_told(p, e, _NEGATED) for p in claims)
        for e in ends[: found[0]]
    )


def _own_yesno_asked(clause: str) -> bool:
    """The clause asks a yes/no of its own ("xã khen đột xuất cho em Nam dc k", "cán bộ nghỉ
    sinh 4 tháng có dc LĐTT k"): a message's first ask keeps its own verdict when a rule reads
    a later one (task h405)."""
    if _CONFIRM.search(clause) or _PUT_UP.search(clause):
        return False  # "có đúng vậy k ạ" puts the line told up, it asks nothing of its own
    if not _TITLE_ASKED.search(clause):
        return False
    return len(clause.split()) >= 4 and bool(_ASKED.search(clause) or _YESNO.search(clause))


#: the ask of whether a deed or a person gets the award: khen đột xuất, or a yearly title
_TITLE_ASKED = re.compile(
    r"\bdot xuat\b|\b(?:dc|duoc) (?:xet |de nghi )?(?:ldtt|lao dong tien tien|cstdcs)\b"
)


def _own_claim_put_up(clause: str) -> bool:
    """The clause puts a claim of its own up ("nghe nói thưởng 760 nghìn đúng k"), not a bare
    "vậy có đúng không" pointing back at the line told before it."""
    if _OWN_VIEW.search(clause):
        return False  # "e nghĩ k phải": the asker's doubt, no claim of its own (task h405)
    put = _CONFIRM.search(clause) or _PUT_UP.search(clause)
    return put is not None and len(clause[: put.start()].split()) >= 3


#: s46b: loaded after the package gated its readers (s45a), so its own patterns are gated here
gate_module(__name__)
