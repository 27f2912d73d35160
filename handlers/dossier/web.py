"""The whole dossier as a PDF behind a signed link (for channels that cannot receive files)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from starlette.routing import Route

from bot.core.numbers import parse_id
from bot.offload import JobFailed, JobTimeout
from bot.storage.models import Unit
from bot.storage.models.dossier import Dossier
from bot.web.links import EXPIRED_OR_INVALID, LinkSigner
from handlers.dossier.pdf_cache import DossierPdfCache

#: A reviewer opens the PDF while reviewing; a week covers a review, then a new link is one tap.
PDF_LINK_TTL = timedelta(days=7)

if TYPE_CHECKING:
    from bot.app import Application


class DossierLinks:
    """Unguessable, expiring links to a dossier's PDF: an HMAC of the id and the expiry."""

    def __init__(self, signer: LinkSigner, base_url: Callable[[], str]) -> None:
        self.signer = signer
        self.base_url = base_url

    def signature(self, dossier_id: int) -> str:
        return self.signer.token("dossier-pdf", str(dossier_id), ttl=PDF_LINK_TTL)

    def path(self, dossier: Dossier) -> str:
        return f"/hoso/{dossier.id}/{self.signature(dossier.id)}/hoso-{dossier.code}.pdf"

    def pdf_url(self, dossier: Dossier) -> str:
        return self.base_url() + self.path(dossier)

    def verify(self, dossier_id: str, signature: str) -> bool:
        return parse_id(dossier_id) is not None and self.signer.check(
            signature, "dossier-pdf", dossier_id
        )


def pdf_route(app: Application, links: DossierLinks) -> Route:
    from handlers.dossier import service
    from handlers.dossier.kinds import catalogue_at

    async def serve(request: Request) -> Response:
        dossier_id = request.path_params["id"]
        if not links.verify(dossier_id, request.path_params["sig"]):
            return PlainTextResponse(EXPIRED_OR_INVALID, status_code=404)
        async with app.db.session() as session:
            dossier = await session.get(Dossier, int(dossier_id))
            if dossier is None:
                return PlainTextResponse("Không tìm thấy hồ sơ.", status_code=404)
            kind = catalogue_at(app.settings.content_dir).get(dossier.kind)
            if kind is None:
                return PlainTextResponse("Không tìm thấy hồ sơ.", status_code=404)
            pages = await service.pages_of(session, dossier, kind)
            if not pages:
                return PlainTextResponse("Hồ sơ chưa có trang nào.", status_code=404)
            unit = await session.get(Unit, dossier.unit_id)
            cache = app.services.get(DossierPdfCache)
            try:
                path = await service.dossier_pdf_file(
                    cache,
                    app.services.media,
                    dossier,
                    kind,
                    pages,
                    unit=unit.name if unit else "",
                    tz=app.settings.tz,
                )
            except (JobTimeout, JobFailed, ValueError, OSError):
                return PlainTextResponse(
                    "Chưa tạo được tệp PDF của hồ sơ. Vui lòng thử lại sau.", status_code=503
                )
        # Streamed from the cached file: neither rebuilt nor held in memory per request.
        return FileResponse(
            path,
            media_type="application/pdf",
            headers={
                "Content-Disposition": f'inline; filename="hoso-{dossier.code}.pdf"',
                "Cache-Control": "private, no-store",
            },
        )

    return Route("/hoso/{id}/{sig}/{name}", serve)
