"""The running channels, looked up by (kind, bot_key)."""

from __future__ import annotations

from bot.channels.base import Channel
from bot.core.messages import TELEGRAM, ZALO, Capabilities

_DEFAULT_CAPS = {"telegram": TELEGRAM, "zalo": ZALO}


class ChannelRegistry:
    def __init__(self) -> None:
        self._channels: dict[tuple[str, str], Channel] = {}

    def add(self, channel: Channel) -> None:
        self._channels[(channel.kind, channel.bot_key)] = channel

    def remove(self, channel: Channel) -> None:
        self._channels.pop((channel.kind, channel.bot_key), None)

    def get(self, kind: str, bot_key: str) -> Channel | None:
        return self._channels.get((kind, bot_key))

    def require(self, kind: str, bot_key: str) -> Channel:
        channel = self.get(kind, bot_key)
        if channel is None:
            raise LookupError(f"channel {kind}/{bot_key} is not running")
        return channel

    def caps(self, kind: str, bot_key: str) -> Capabilities:
        channel = self.get(kind, bot_key)
        return channel.caps if channel is not None else _DEFAULT_CAPS[kind]

    def of_kind(self, kind: str) -> list[Channel]:
        return [c for (k, _), c in self._channels.items() if k == kind]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(list(self._channels.values()))
