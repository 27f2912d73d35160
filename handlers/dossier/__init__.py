"""Hồ sơ đề nghị khen thưởng: dossiers sent as photos, tracked by code, reviewed in chat.

=============  =================================================================================
module         what
=============  =================================================================================
``kinds``      dossier kinds as data (``content/forms/dossiers.yaml``): documents per award
``files``      accepting uploads (type, size, readability) and assembling the PDF
``service``    storage and rules: drafts, pages, checklist, lifecycle, access, queue
``officer``    "Nộp hồ sơ": questions (form engine), pages per document, submit; lookup, /hoso
``review``     the reviewers' queue (``rv:dossiers``), status changes with reasons, the PDF
``views``      a dossier's detail (checklist, history) and a unit's list
``web``        the PDF behind a signed link, for Zalo (no file uploads)
``pages_view`` the reviewer's page-through in chat and the "what OCR read" checklist
``quality``    page photos: refused when dark, burnt out, faded, blurred, not a page; cleaned
``classify``   which checklist item a page's OCR text reads as (keywords in dossiers.yaml)
``reader``     background OCR of accepted pages; points out a page sent under the wrong item
=============  =================================================================================

``lookup_code(ctx, code)`` answers a tracking code typed anywhere (the Q&A fallback calls it
when a message parses as a tracking code).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.core.router import Router
from bot.web.links import LinkSigner
from handlers.dossier import officer, pages_view, reader, review
from handlers.dossier.officer import lookup_code
from handlers.dossier.pdf_cache import DossierPdfCache
from handlers.dossier.web import DossierLinks, pdf_route

if TYPE_CHECKING:
    from bot.app import Application

router = Router()
router.include(officer.router)
router.include(review.router)
router.include(pages_view.router)


async def setup(app: Application) -> None:
    links = DossierLinks(app.services.get(LinkSigner), app.public_base_url)
    app.services.provide(links)
    app.services.provide(DossierPdfCache(app.settings.data_dir / "cache" / "hoso-pdf"))
    app.web_routes.append(pdf_route(app, links))
    reader.install(app)


__all__ = ["lookup_code", "router", "setup"]
