"""Claims known to be wrong (issue 19), and a checker that finds them in any text users read.

Each rule looks at one sentence at a time, folded (no marks, lower case), so "bắt buộc có sáng
kiến", "BAT BUOC CO SANG KIEN" and a line break in the middle all count the same. A rule has
patterns that make a sentence wrong and, where a true sentence can use the same words, markers
that make it right again (a CSTĐ tỉnh sentence may require a sáng kiến; a sentence may mention
Nghị định 98/2023 to say it was replaced).

The facts behind the rules: Luật Thi đua, khen thưởng 2022 Điều 23 khoản 2 (a sáng kiến is one
route to CSTĐCS, not a requirement); NĐ 152/2025 (Bằng khen tỉnh coefficient disputed between
sources, to be checked); thị trấn no longer exist and there is no "xã văn hóa" title; NĐ 91/2017
and NĐ 98/2023 are repealed; the district level ended on 01/7/2025; the "10–15 ngày" limits
come from older procedure sets. See /work/shared/reference/domain.md and law/.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from bot.core.text import fold

#: Words that put a mention of old law or of the district level in the past.
PAST = (
    r"\b(het hieu luc|thay bang|thay the|duoc thay|thay(?! doi)|cu|khong con|truoc day|truoc|"
    r"so voi|da bo|bo cap huyen|bo|khong qua|khong gui|khong dung|khong trich dan|khong|"
    r"tu \d{2}/7/2025)\b"
)


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    #: Any of these (regex on the folded sentence) makes the sentence suspect.
    wrong: tuple[str, ...]
    #: The sentence must also match this to be suspect (the topic), if given.
    topic: str = ""
    #: Look for the topic in the whole text (an entry's title names it) instead of the sentence.
    topic_in_text: bool = False
    #: Or in the sentence or the text's first line (its title), for topics where other
    #: sentences of the same text may talk about something else (a table of amounts).
    topic_in_title: bool = False
    #: Any of these clears the sentence (a true statement using the same words).
    unless: tuple[str, ...] = ()

    def violated_by(self, sentence: str, text: str = "") -> bool:
        if self.topic_in_text:
            scope = text
        elif self.topic_in_title:
            scope = sentence + "\n" + text.partition("\n")[0]
        else:
            scope = sentence
        if self.topic and not re.search(self.topic, scope):
            return False
        if not any(re.search(p, sentence) for p in self.wrong):
            return False
        return not any(re.search(p, sentence) for p in self.unless)


AMOUNT = r"\d{1,3}(\.\d{3})+ ?(d|dong)\b|\bhe so \d|\b\d,\d\b"

RULES: tuple[Rule, ...] = (
    Rule(
        "sáng kiến presented as required for Chiến sĩ thi đua cơ sở",
        topic=r"chien si thi dua co so|cstdcs|cstd co so",
        topic_in_text=True,
        wrong=(
            r"bat buoc (phai )?co (mot )?sang kien",
            r"(can|phai|yeu cau) (co|ghi ten) sang kien",
            r"sang kien[^;]{0,40}la dieu kien",
            r"thieu (giay )?cong nhan sang kien",
            # the criteria stated without the "hoàn thành xuất sắc nhiệm vụ" route
            r"lao dong tien tien[^;]{0,30}\b(va|,) (co|them)\b[^;]{0,40}sang kien",
        ),
        unless=(
            r"khong (bat buoc|phai la dieu kien|phai dieu kien|can)",
            r"hoan thanh xuat sac",
            r"\b(cap )?tinh\b|toan quoc",
            r"chi (can )?khi",
        ),
    ),
    Rule(
        'the old title "thị trấn tiêu biểu"',
        wrong=(r"thi tran tieu bieu", r"xa, phuong, thi tran"),
    ),
    Rule('a "xã văn hóa" title', wrong=(r"\bxa van hoa\b",)),
    Rule(
        "a fixed Bằng khen tỉnh amount",
        topic=r"bang khen",
        topic_in_title=True,
        wrong=(AMOUNT,),
        unless=(r"chua thong nhat|can kiem tra lai|chua kiem chung",),
    ),
    Rule(
        "NĐ 91/2017 or NĐ 98/2023 presented as current",
        wrong=(r"\b91/2017\b", r"\b98/2023\b", r"nghi dinh 98\b", r"nghi dinh 91\b"),
        unless=(PAST,),
    ),
    Rule(
        "the district level presented as current",
        wrong=(r"\b(cap|ubnd|phong noi vu|chu tich ubnd) huyen\b", r"\bhuyen\b"),
        # a seed plan named by its issuer and year (2015–2020) is history, not advice
        unless=(PAST, r"\b20(1\d|20)\b"),
    ),
    Rule('the old "10–15 ngày" limits', wrong=(r"\b10 ?[-–—] ?15 ngay\b", r"\b10 den 15 ngay\b")),
)


def sentences(text: str) -> Iterator[str]:
    """Folded sentences: split at line breaks and at '. ' (not inside numbers like 2.530.000)."""
    # fold() collapses white space, so lines are split first.
    for line in (fold(raw) for raw in text.splitlines()):
        for part in re.split(r"(?<=[.!?])\s+", line):
            if part.strip():
                yield part.strip()


@dataclass(frozen=True, slots=True)
class Finding:
    where: str
    rule: str
    sentence: str

    def __str__(self) -> str:
        return f"{self.where}: {self.rule}: «{self.sentence}»"


def check(texts: Iterable[tuple[str, str]]) -> list[Finding]:
    """Every (where, text) checked against every rule."""
    found = []
    for where, text in texts:
        folded = "\n".join(fold(line) for line in text.splitlines())
        for sentence in sentences(text):
            for rule in RULES:
                if rule.violated_by(sentence, folded):
                    found.append(Finding(where, rule.name, sentence))
    return found
