"""Official legal texts as a knowledge source: import, split into provisions, cite.

A text (packaged in ``content/law`` or imported by an admin with ``tdkt law import``) is split
into Chương / Mục / Điều / Khoản / Điểm (:mod:`.parse`); the library (:mod:`.library`) marks
superseded texts and provisions that still name cấp huyện, and answers long-tail questions
from the best clause with a short quote and the exact citation.
"""

from bot.knowledge.law.library import LawAnswer, LawLibrary
from bot.knowledge.law.model import LawDocument, Provision
from bot.knowledge.law.parse import parse_text
from bot.knowledge.law.readers import LawImportError, read_file

__all__ = [
    "LawAnswer",
    "LawDocument",
    "LawImportError",
    "LawLibrary",
    "Provision",
    "parse_text",
    "read_file",
]
