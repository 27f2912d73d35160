"""A running bot does not rebuild aiogram's answer models for every message it sends."""

from __future__ import annotations

import gc
import weakref

from tests.e2e.harness import Harness


async def test_sending_keeps_the_answer_model_built(harness: Harness) -> None:
    from aiogram.methods.base import Response
    from aiogram.types import Message

    chat = harness.user("Lò Văn An")
    await chat.say("/start")
    await chat.expect("")  # the bot answered: a sendMessage went through aiogram
    # aiogram reads each answer as Response[Message]; pydantic caches that model weakly, so
    # unless the channel keeps it, it is collected and built again (5-13 ms) at every send.
    built = weakref.ref(Response[Message])
    gc.collect()
    assert built() is not None
    await chat.say("/start")
    await chat.expect("")
    assert Response[Message] is built()
