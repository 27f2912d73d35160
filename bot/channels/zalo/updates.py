"""Zalo update JSON → our :class:`~bot.core.messages.Incoming`.

Payloads come wrapped (``{"ok": true, "result": {...}}``, as documented) or bare (as observed by
other clients); both are accepted. Images carry a URL in ``photo_url`` (seen in real payloads)
or ``photo`` (the documentation). Zalo has no update id: a message is identified by its chat and
message id, which is what makes a replayed update a duplicate.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from bot.core.messages import Attachment, Incoming

log = logging.getLogger(__name__)

TEXT = "message.text.received"
IMAGE = "message.image.received"
STICKER = "message.sticker.received"
UNSUPPORTED = "message.unsupported.received"
#: A voice note: the bot cannot listen to it, so it gets the same answer as on Telegram.
VOICE = "message.voice.received"


def _obj(value: Any) -> dict[str, Any]:
    # A malformed body ("message": "x") must be skipped, not crash the webhook with a 500.
    return value if isinstance(value, dict) else {}


def _when(value: Any) -> datetime | None:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return None
    try:
        return datetime.fromtimestamp(value / 1000, UTC)
    except (OverflowError, OSError, ValueError):  # 1e30 ms is no date
        return None


def unwrap(payload: dict[str, Any]) -> dict[str, Any]:
    if "event_name" not in payload and isinstance(payload.get("result"), dict):
        return payload["result"]  # type: ignore[no-any-return]
    return payload


def incoming_from_update(payload: dict[str, Any], bot_key: str) -> Incoming | None:
    update = unwrap(_obj(payload))
    event = update.get("event_name")
    message = _obj(update.get("message"))
    sender = _obj(message.get("from"))
    chat = _obj(message.get("chat"))
    sender_id, chat_id = str(sender.get("id") or ""), str(chat.get("id") or "")
    message_id = str(message.get("message_id") or "")
    if not sender_id or not chat_id or not message_id:
        log.warning("Zalo update without sender, chat or message id skipped (%s)", event)
        return None
    if sender.get("is_bot") or sender_id == bot_key:
        return None  # our own message echoed back
    if str(chat.get("chat_type") or "PRIVATE").upper() != "PRIVATE":
        return None
    received = _when(message.get("date"))
    common: dict[str, Any] = {
        "channel": "zalo",
        "bot_key": bot_key,
        "user_id": sender_id,
        "chat_id": chat_id,
        "update_key": f"{chat_id}:{message_id}",
        "display_name": sender.get("display_name"),
        "received_at": received,
    }
    if event == TEXT:
        return Incoming(text=str(message.get("text") or ""), **common)
    if event == IMAGE:
        url = message.get("photo_url") or message.get("photo")
        if not url:
            log.warning("Zalo image event without a URL skipped")
            return None
        attachment = Attachment(kind="photo", ref=str(url), mime_type="image/jpeg")
        caption = message.get("caption")
        return Incoming(text=str(caption) if caption else None, attachments=(attachment,), **common)
    if event == STICKER:
        return Incoming(unsupported="sticker", **common)
    if event == VOICE:
        return Incoming(unsupported="voice", **common)
    if event == UNSUPPORTED:
        # Zalo sends this instead of the content for protected users (children, people with
        # disabilities...): answer kindly, never treat it as an error.
        return Incoming(unsupported="protected", **common)
    log.info("Zalo event %r ignored", event)
    return None
