"""Check TDKT_PUBLIC_URL at start against what Telegram and Zalo accept for a webhook.

Telegram takes only HTTPS on port 443, 80, 88 or 8443, Zalo only HTTPS. A wrong URL would
otherwise surface as a setWebhook error from far away (or, with a proxy in between, as silence).
A custom Bot API server (TDKT_TELEGRAM_API_BASE, e.g. the official one run with ``--local``, or
the sandbox) accepts any URL, and so does a non-default Zalo API base; those are not checked.
"""

from __future__ import annotations

from urllib.parse import urlparse

from bot.config import Settings

TELEGRAM_WEBHOOK_PORTS = (443, 80, 88, 8443)
ZALO_OFFICIAL_BASE = Settings.model_fields["zalo_api_base"].default


class PublicUrlError(ValueError):
    """TDKT_PUBLIC_URL cannot work as a webhook address; the message says how to fix it."""


def check_public_url(settings: Settings) -> None:
    url = settings.public_url
    if not url:
        return
    parsed = urlparse(url)
    telegram = settings.telegram_token is not None and settings.telegram_api_base is None
    zalo = settings.zalo_api_base.rstrip("/") == str(ZALO_OFFICIAL_BASE).rstrip("/")
    if not (telegram or zalo):
        return
    if parsed.scheme != "https" or not parsed.hostname:
        raise PublicUrlError(
            f"TDKT_PUBLIC_URL={url!r}: Telegram and Zalo deliver webhooks only to an https:// "
            "address; put the bot behind an HTTPS reverse proxy (deploy/nginx) and set "
            "TDKT_PUBLIC_URL=https://<your domain>, or unset it to use polling."
        )
    try:
        port = parsed.port or 443
    except ValueError:
        raise PublicUrlError(f"TDKT_PUBLIC_URL={url!r}: the port is not a number.") from None
    if telegram and port not in TELEGRAM_WEBHOOK_PORTS:
        raise PublicUrlError(
            f"TDKT_PUBLIC_URL={url!r}: Telegram webhooks work only on port 443, 80, 88 or "
            f"8443, not {port}; let the HTTPS proxy listen on 443 (TDKT_WEB_PORT stays local)."
        )
