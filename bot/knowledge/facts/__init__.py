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

__all__ = ["Fact", "FactModel", "Pair", "Part", "Reading", "compose"]
