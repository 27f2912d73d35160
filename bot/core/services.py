"""The shared services handlers reach through their context."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from bot.config import Settings
from bot.core.clock import Clock
from bot.core.templates import Messages
from bot.storage.db import Database

if TYPE_CHECKING:
    from bot.channels.registry import ChannelRegistry
    from bot.outbox.outbox import Outbox
    from bot.storage.media import MediaStore

T = TypeVar("T")


@dataclass
class Services:
    settings: Settings
    db: Database
    messages: Messages
    clock: Clock
    media: MediaStore
    channels: ChannelRegistry
    outbox: Outbox
    #: Feature services (knowledge base, calendar...) registered by type.
    _extras: dict[type, Any] = field(default_factory=dict)

    def provide(self, service: object, as_type: type | None = None) -> None:
        self._extras[as_type or type(service)] = service

    def get(self, kind: type[T]) -> T:
        try:
            return self._extras[kind]  # type: ignore[no-any-return]
        except KeyError:
            raise LookupError(f"service {kind.__name__} is not configured") from None

    def find(self, kind: type[T]) -> T | None:
        return self._extras.get(kind)
