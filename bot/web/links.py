"""Signed links to things an officer opens from a chat: media files, feeds, dossier PDFs.

Zalo cannot receive file uploads, so an image or a PDF goes out as a public URL; the URL carries
an HMAC of what it points to and of its expiry date, so it cannot be guessed, altered or kept
working past :data:`LINK_TTL`, and needs no login.
"""

from __future__ import annotations

import hashlib
import hmac
import mimetypes
import secrets
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from bot.config import Settings
from bot.core.clock import Clock, SystemClock
from bot.storage.media import MediaStore

EXPIRED_OR_INVALID = (
    "Liên kết không hợp lệ hoặc đã hết hạn. Anh/chị mở lại mục này trong cuộc trò chuyện với "
    "trợ lý để nhận liên kết mới."
)


def load_secret(settings: Settings) -> bytes:
    """The deployment's signing key: configured, or generated once and kept in data_dir."""
    if settings.secret_key is not None:
        return settings.secret_key.get_secret_value().encode()
    path = settings.data_dir / "secret.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip().encode()


def derived_secret(secret: bytes, purpose: str) -> str:
    """A secret for one purpose (e.g. a webhook's token) derived from the deployment's key.

    Replicas sharing TDKT_SECRET_KEY derive the same value, so any of them can verify what
    another registered. Only ``[A-Za-z0-9_-]`` (hex), as Telegram's secret_token requires.
    """
    return hmac.new(secret, f"derived\x1f{purpose}".encode(), hashlib.sha256).hexdigest()


#: How long a link an officer receives keeps working. Long enough to open it from the chat
#: days later; short enough that a link forwarded out of the commune stops working.
LINK_TTL = timedelta(days=30)


class LinkSigner:
    def __init__(self, secret: bytes, clock: Clock | None = None) -> None:
        self._secret = secret
        self._clock = clock or SystemClock()

    def sign(self, *parts: str) -> str:
        message = "\x1f".join(parts).encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()[:24]

    def verify(self, signature: str, *parts: str) -> bool:
        return hmac.compare_digest(signature, self.sign(*parts))

    # Expiring tokens: "<expiry unix seconds>-<HMAC of the parts and the expiry>" -------------
    def token(self, *parts: str, ttl: timedelta = LINK_TTL) -> str:
        """A signature that stops verifying ``ttl`` from now; the expiry is signed with it."""
        expires = int((self._clock.now() + ttl).timestamp())
        return f"{expires}-{self.sign(*parts, str(expires))}"

    def check(self, token: str, *parts: str) -> bool:
        """True if ``token`` was made by :meth:`token` for ``parts`` and has not expired."""
        expires, _, signature = token.partition("-")
        if not (expires.isascii() and expires.isdigit() and len(expires) <= 12):
            return False
        # The signature is checked before the date, so a forger learns nothing from the answer.
        genuine = self.verify(signature, *parts, expires)
        return genuine and self._clock.now().timestamp() <= int(expires)


def media_path(signer: LinkSigner, key: str, file_name: str) -> str:
    return f"/media/{key}/{signer.token('media', key)}/{quote(file_name)}"


def media_route(signer: LinkSigner, media: MediaStore) -> Route:
    async def serve(request: Request) -> Response:
        key = request.path_params["key"]
        if not signer.check(request.path_params["sig"], "media", key):
            return PlainTextResponse(EXPIRED_OR_INVALID, status_code=404)
        try:
            data = await media.get(key)
        except KeyError:
            return PlainTextResponse("Không tìm thấy tệp.", status_code=404)
        name = Path(request.path_params["name"]).name
        kind = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return Response(data, media_type=kind, headers={"Cache-Control": "private, max-age=86400"})

    return Route("/media/{key}/{sig}/{name}", serve)
