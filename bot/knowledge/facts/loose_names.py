"""Loose, old and non-existent names an asker calls a title or body by ("lao động giỏi",
"gia đình văn minh", "bằng khen của xã", "khen bất chợt", "hội đồng khen thưởng"), read as the
real one before any reader sees the question (task h436, b171).

The names are data (``content/facts/loose_names.yaml``), each with what it means: ``write`` is
the real name written into the question in its place, so the fact model answers the title it
means; ``note`` (with ``src``) says, for a name that is no title of the Law, what exists
instead. A yes/no asking whether such a name is a title, still exists, is the same as another
or is given by the xã ("có danh hiệu này k", "có phải là … k", "xã có ký bằng khen k") is
answered "Không." with the note first; otherwise the note goes with the real title's answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.core.text import fold, fold_chars, nfc
from bot.knowledge.facts.triggers import Prefilter, compiled_gated, gate_module

__all__ = ["LooseName", "identity_asked", "load_loose_names", "named", "rewritten"]


@dataclass(frozen=True, slots=True)
class LooseName:
    key: str
    #: the folded names, longest first
    names: tuple[str, ...]
    #: the real name written in its place (None: left as typed, the note alone answers)
    write: str | None
    #: the line saying what the name is not and what exists instead (None: a real name)
    note: str | None
    src: str | None
    title: str | None
    #: a clause naming one of these (folded) is not this name's case
    unless: re.Pattern[str] | None = None
    #: extra folded patterns that, in the asking clause, ask whether the xã gives it
    asked: re.Pattern[str] | None = None
    pattern: re.Pattern[str] | None = None
    #: read only when the whole question matches this (folded regex): "đơn vị tiên tiến" is a
    #: loose name only for a civil unit
    needs: re.Pattern[str] | None = None
    #: read only when the question also uses the loose name of this rule ("bằng khen đó" after
    #: "bằng khen của xã" points back at it)
    with_key: str | None = None
    #: the verdict an identity ask gets ("Có" for a real thing's other name: "giấy báo thành
    #: tích chính là báo cáo thành tích"); its note is then told only to that ask
    verdict: str = "Không"
    #: a real thing of its own, no title ("giáo viên dạy giỏi", "5 không 3 sạch"): its note is
    #: told only to a question asking whether it is one
    quiet: bool = False


def _name_pattern(names: Sequence[str]) -> re.Pattern[str]:
    alts = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    return compiled_gated(rf"(?<![\w]){'(?:' + alts + ')'}(?![\w])")


def load_loose_names(content_dir: Path) -> tuple[LooseName, ...]:
    path = content_dir / "facts" / "loose_names.yaml"
    if not path.exists():
        return ()
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    out = []
    for item in data:
        # a name of one short word ("3" cut off a "0,3" by a flow list's comma) names nothing
        named = {fold(str(n)) for n in item["names"]}
        names = tuple(sorted((n for n in named if len(n) >= 4), key=len, reverse=True))
        out.append(
            LooseName(
                key=str(item["key"]),
                names=names,
                write=item.get("write"),
                note=" ".join(str(item["note"]).split()) if item.get("note") else None,
                src=item.get("src"),
                title=item.get("title"),
                unless=compiled_gated(item["unless"]) if item.get("unless") else None,
                asked=compiled_gated(item["asked"]) if item.get("asked") else None,
                pattern=_name_pattern(names),
                needs=compiled_gated(item["needs"]) if item.get("needs") else None,
                with_key=item.get("with"),
                verdict=str(item.get("verdict", "Không")),
                quiet=bool(item.get("quiet", False)),
            )
        )
    return tuple(out)


def _spans(folded: str, squeezed: str, rule: LooseName) -> list[tuple[int, int]]:
    """Where ``rule``'s names stand in ``folded`` (the question folded in place, so positions
    are the question's); ``squeezed`` is the same with its spaces collapsed, for ``needs``."""
    assert rule.pattern is not None
    if rule.needs is not None and not rule.needs.search(squeezed):
        return []
    spans: list[tuple[int, int]] = []
    for m in rule.pattern.finditer(folded):
        if rule.unless is not None:
            start = max(folded.rfind(",", 0, m.start()), folded.rfind(".", 0, m.start()), 0)
            ends = (folded.find(",", m.end()), folded.find(".", m.end()))
            end = min((i for i in ends if i >= 0), default=len(folded))
            if rule.unless.search(folded[start:end]):
                continue
        spans.append((m.start(), m.end()))
    return spans


def _read(question: str, rules: Sequence[LooseName]) -> list[tuple[LooseName, int, int]]:
    """Each loose name's place in ``question`` (NFC), earlier rules first, none overlapping."""
    # folded once for every rule: this runs on every question the chat is asked
    folded = fold_chars(question)
    squeezed = " ".join(folded.split())
    found: list[tuple[LooseName, int, int]] = []
    # s46b: a rule none of whose names' needed strings is in the question finds no span
    # (``_spans`` would search its pattern in vain): only the rules let through are read, in
    # their order (30 rules on every question the chat is asked, most naming nothing)
    possible = _prefilter(rules).possible(folded)
    for i in sorted(possible):
        if i >= len(rules):
            break
        rule = rules[i]
        if rule.with_key is not None and not any(r.key == rule.with_key for r, _, _ in found):
            continue
        for start, end in _spans(folded, squeezed, rule):
            if any(start < e and s < end for _, s, e in found):
                continue
            found.append((rule, start, end))
    return found


#: the rules' pre-filter by the rules' id, the rules kept beside it so the id is never reused
_FILTERS: dict[int, tuple[Sequence[LooseName], Prefilter]] = {}


def _prefilter(rules: Sequence[LooseName]) -> Prefilter:
    """The pre-filter of each rule's name pattern, built once for the loaded rules (a tuple)."""
    kept = _FILTERS.get(id(rules))
    if kept is not None and kept[0] is rules:
        return kept[1]
    built = Prefilter([r.pattern for r in rules])
    if isinstance(rules, tuple):
        _FILTERS[id(rules)] = (rules, built)
    return built


def named(question: str, rules: Sequence[LooseName]) -> list[tuple[LooseName, str]]:
    """The loose names ``question`` uses, each with the words as typed."""
    question = nfc(question)
    return [(rule, question[start:end]) for rule, start, end in _read(question, rules)]


def rewritten(question: str, rules: Sequence[LooseName]) -> str:
    """``question`` with every loose name that has a real one written as it."""
    question = nfc(question)
    edits = [(s, e, r.write) for r, s, e in _read(question, rules) if r.write is not None]
    for start, end, text in sorted(edits, reverse=True):
        question = question[:start] + text + question[end:]
    return question


#: a clause ends at these marks (a comma inside a number ends nothing)
_CLAUSE = re.compile(r"(?:(?<!\d)[,.]|[,.](?!\d)|[;?!\n])+")
#: the tail of a yes/no ("… k", "… dung k ad", "… phai khong a", "… chua")
_TAIL = re.compile(
    r"(?:\b(?:khong|ko|k|kg|hong|hok|hem|chua)|\bchu gi)"
    r"(?: (?:a|ad|ha|nhi|z|v|ak|ah|admin|anh|chi|oi|nha|nhe|mn|hay \S+(?: \S+){0,8}))*$"
)
#: a tail alone ("…, dung k ad"): the claim is the clause before it
_BARE_TAIL = re.compile(
    # "…, ghi vậy đúng k", "…, làm thế có đúng không": the act told before, pointed back at
    r"^(?:(?:ghi|noi|lam|xet|tang|viet|hieu|bao) )?(?:(?:nhu )?(?:vay|the) )?"
    r"(?:(?:co )?(?:dung|phai|that|chuan)"
    r"(?: (?:vay|the|khong|ko|k|kg|hong|hok|a|ad|ha|z|v|nhi|ak|anh|chi|admin|oi))*"
    r"|vay co dung khong)$"
)
#: words of an ask about something else than whether the name is a title (money, time, papers)
_OTHER_ASK = re.compile(
    r"\b(?:bao nhieu|bn|may lan|tien thuong|muc thuong|thuong bao|duoc thuong|dc thuong|he so"
    r"|luong co so|bao gio|khi nao|ngay nao|truoc ngay|ho so|giay to|nop|han|thoi han|bien ban"
    r"|danh sach|to trinh|ti le|ty le)\b|\d+ ?%"
)
#: words pointing back at the name ("danh hiệu này", "tên đó", "loại bằng khen đó")
_POINTED = re.compile(
    r"\b(?:danh hieu|ten|ten goi|loai|hinh thuc|cai) (?:\S+ ){0,2}(?:nay|do|ay|vay|nhu vay)\b"
)
#: an identity or existence ask: "có phải là", "chính là", "có trong luật", "còn … không",
#: "thay được cho", "tính là", "là danh hiệu … không"
_IDENTITY = re.compile(
    r"\b(?:co phai|chinh la|dung la|co trong luat|trong luat|co danh hieu|la danh hieu|la mot"
    r"|la 1|thay duoc|thay cho|thay the|tinh la|coi la|van con|con danh hieu|van xet|con xet"
    r"|nam trong|thuoc danh hieu|co loai|co ten|la ten|goi la|co that|co khong)\b"
)


#: an identity asked in so many words ("chính là", "có trong luật", "thay được cho"): asked so
#: even beside a word of another ask ("… chính là báo cáo thành tích trong hồ sơ")
_SAME = re.compile(
    r"\b(?:chinh la|dung la|co trong luat|thay duoc|thay cho|la danh hieu|co danh hieu"
    r"|la (?:mot|1) loai|cung la)\b"
)


#: task f194a (b194 F1): the drafter asks whether the name written is the right one ("qd ghi
#: 'danh hieu: Lao dong gioi' … dc ko hay phai ghi ten khac", "e de ten danh hieu '…' trong to
#: trinh, vay dung ten chua"): the name written is judged as in "có danh hiệu này không"
_NAME_RIGHT = re.compile(
    r"\b(?:dung ten|sai ten|ghi ten khac|ten (?:dung|chuan) (?:chua|k|ko|khong))\b"
)


#: a word pointing back at a thing told before ("chi hội đó", "cái này")
_BACK = re.compile(r"\b(?:do|nay|ay)\b")


def _clauses(folded: str) -> list[str]:
    return [" ".join(c.split()) for c in _CLAUSE.split(folded) if c.strip()]


def identity_asked(question: str, rule: LooseName) -> bool:
    """Whether a yes/no of ``question`` asks if the loose name is a title, still exists, is the
    same as another, or is given by the one named (``rule.asked``)."""
    clauses = _clauses(fold(question))
    for i, clause in enumerate(clauses):
        if not _TAIL.search(clause):
            continue
        asked = clause
        if _BARE_TAIL.match(clause) and i > 0:
            asked = clauses[i - 1]
        assert rule.pattern is not None
        has_name = bool(rule.pattern.search(asked)) or bool(_POINTED.search(asked))
        if not has_name and _IDENTITY.search(asked) and _BACK.search(asked):
            # "… xếp loại chi hội vững mạnh, vậy chi hội đó có phải là TTLĐTT không": the name
            # told in a clause before, the identity asked after it
            has_name = any(rule.pattern.search(c) for c in clauses[:i])
        if not has_name and _NAME_RIGHT.search(asked):
            # "e de ten danh hieu '…' trong to trinh, vay dung ten chua": the name is in a
            # clause before the ask whether it is right
            has_name = any(rule.pattern.search(c) for c in clauses[:i])
        if not has_name and not (rule.asked is not None and rule.asked.search(asked)):
            continue
        if rule.asked is not None and rule.asked.search(asked):
            # the rule's own ask ("đơn xin khen có phải là giấy tờ bắt buộc k"): asked so even
            # beside a word of another ask ("giấy tờ"), which names the same thing (task h474)
            return True
        if _NAME_RIGHT.search(asked):
            # task f202 (b202 F2): "tờ trình … 'Tập thể lao động xuất sắc' ghi vậy đúng tên chưa":
            # the name's rightness is asked; the paper named is only where it is written
            return True
        if _OTHER_ASK.search(asked) and not _SAME.search(asked):
            continue
        if (
            _IDENTITY.search(asked)
            or _POINTED.search(asked)
            or _BARE_TAIL.match(clause)
            or _NAME_RIGHT.search(asked)
        ):
            return True
    return False


#: s46b: loaded after the package gated its readers (s45a), so its own patterns are gated here
gate_module(__name__)
