"""The Zalo Bot Platform channel: client, update parsing, channel adapter, bot management."""

from bot.channels.zalo.channel import ZaloChannel
from bot.channels.zalo.client import ZaloClient, ZaloError, ZaloIdle

__all__ = ["ZaloChannel", "ZaloClient", "ZaloError", "ZaloIdle"]
