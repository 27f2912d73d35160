"""The fact model: every (title, attribute) pair a question names, answered from data.

    model = FactModel.load(Path("content"))
    reading = model.read("tieu chuan cstdcs la gi va tien thuong bao nhieu")
    parts = compose(model, reading, as_of)      # one short block per part asked

``content/facts/`` holds the data (entities, attributes and their cue words, facts with sources
and confidence); :mod:`.analyser` finds the mentions and pairs them; :mod:`.composer` writes the
answer. :class:`bot.knowledge.KnowledgeBase` routes between this and retrieval.
"""

from bot.knowledge.facts.analyser import Reading
from bot.knowledge.facts.composer import compose
from bot.knowledge.facts.draft import Part
from bot.knowledge.facts.model import Fact, FactModel
from bot.knowledge.facts.pair import Pair
from bot.knowledge.facts.triggers import fact_modules, gate_patterns

#: s45a: the readers' patterns run only when one of their needed strings is in the text; the two
#: asked.py compares a match's ``re`` with by identity stay as compiled
gate_patterns(fact_modules(), keep=("_OTHER_FUND", "_TDKT_FUND"))

__all__ = ["Fact", "FactModel", "Pair", "Part", "Reading", "compose"]
