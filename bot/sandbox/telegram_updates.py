"""Turning simulated-user actions into Telegram updates and routing them (queue or webhook)."""

from __future__ import annotations

import json
from typing import Any

from bot.sandbox.state import SandboxState
from bot.sandbox.telegram_state import QueuedUpdate, TgBot
from bot.sandbox.webhooks import Delivery


def enqueue_update(
    state: SandboxState, bot: TgBot, kind: str, chat_id: int, obj: dict[str, Any]
) -> int:
    """Create one update ``{"update_id": N, kind: obj}`` and hand it to the bot.

    With ``duplicate-next`` armed, the same update (same update_id) is delivered twice: a
    webhook gets two POSTs; a poller gets a second queue entry that survives one offset
    confirmation, i.e. it comes back even after the bot acknowledged the first copy.
    """
    update_id = bot.next_update_id()
    payload = {"update_id": update_id, kind: obj}
    bot.stats.updates_created += 1
    duplicate = state.take_duplicate("telegram")
    if duplicate:
        bot.stats.duplicates += 1
    item = QueuedUpdate(update_id=update_id, kind=kind, chat_id=chat_id, payload=payload)
    if bot.webhook is not None:
        submit_to_webhook(bot, item, copies=2 if duplicate else 1)
    else:
        bot.updates.push(item)
        if duplicate:
            bot.updates.push(QueuedUpdate(update_id, kind, chat_id, payload, redelivery=True))
    return update_id


def submit_to_webhook(bot: TgBot, item: QueuedUpdate, copies: int = 1) -> None:
    assert bot.webhook is not None
    allowed = bot.webhook.allowed_updates
    if allowed and item.kind not in allowed:
        return
    body = json.dumps(item.payload, ensure_ascii=False).encode()
    bot.webhook.deliverer.submit(Delivery(chat=item.chat_id, body=body, copies=copies, item=item))
