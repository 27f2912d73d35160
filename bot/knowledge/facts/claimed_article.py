"""The article or the text a question claims states the rule asked ("mức trích quỹ quy định ở
Điều 46 NĐ 152 đúng k", "quỹ TĐKT xã được quy định tại NĐ 152/2025 phải không"): judged against
the sources of the facts the title rests on. Named and among them: "Có"; an article of a named
text that none of the title's facts cites: "Không" (the block states the right one)."""

from __future__ import annotations

import re

from bot.core.text import fold
from bot.knowledge.facts.draft import Block, Draft
from bot.knowledge.facts.model import FactModel

#: "Điều 46", "dieu 46"
_ARTICLE = re.compile(r"\bdieu (\d{1,3})\b")
#: a text typed by its number: "152/2025", "NĐ 152", "nghị định 152", "luật 06/2022"
_TEXT_NUMBER = re.compile(
    r"\b(\d{1,3})/(?:20)?\d\d\b|\b(?:nd|nghi dinh|tt|thong tu|luat)[ -]?(\d{1,3})\b"
)
#: the law typed by name, not number ("luật TĐKT", "luật thi đua khen thưởng")
_LAW_BY_NAME = re.compile(r"\bluat (?:tdkt|thi dua)\b")
#: the number of a source's text ("Nghị định 152/2025/NĐ-CP" → "152"), the law's being "06"
_SOURCE_NUMBER = re.compile(r"(\d{1,3})/\d{4}")
_SOURCE_ARTICLE = re.compile(r"Điều (\d{1,3})")


def article_claimed(draft: Draft, block: Block) -> None:
    """Opens the article block with the verdict on the article or text claimed, when the
    question is a yes/no naming one (see the module)."""
    if block.pair.attr != "article" or not block.pair.yesno or _has_verdict(block.body):
        return
    said = f" {fold(draft.reading.question)} "
    articles = set(_ARTICLE.findall(said))
    # an article's number is no text's ("Điều 46 NĐ 152": 46 is the article, 152 the decree)
    texts = {a or b for a, b in _TEXT_NUMBER.findall(said)} - articles
    if _LAW_BY_NAME.search(said):
        texts.add("06")
    if not articles and not texts:
        return
    cited = _cited(draft.model, block.pair.entity)
    if not texts <= set(cited):
        return  # a text the title's facts do not cite may still hold a rule on it: no verdict
    named = (
        {a for t in texts for a in cited[t]} if texts else {a for v in cited.values() for a in v}
    )
    if articles <= named:
        block.body = f"Có. {block.body}"
    elif texts:
        block.body = f"Không. {block.body}"


def _has_verdict(body: str) -> bool:
    return body.startswith(("Có.", "Không.", "Tùy"))


def _cited(model: FactModel, entity: str) -> dict[str, set[str]]:
    """The texts (by number) every fact of ``entity`` cites, each with its articles."""
    cited: dict[str, set[str]] = {}
    for fact in model.facts.get(entity, {}).values():
        for source in fact.sources:
            number = _SOURCE_NUMBER.search(source.doc)
            if number is None:
                continue
            cited.setdefault(number.group(1), set()).update(_SOURCE_ARTICLE.findall(source.cite))
    return cited
