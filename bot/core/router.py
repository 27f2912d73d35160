"""Where a message goes: commands, tapped choices, the active flow, or the fallback.

Handlers register here once and run on every channel. Dispatch order, for a known user:
``/command`` → a choice whose payload matches a registered action prefix → the active flow →
content we do not handle → the fallback (questions go to Q&A). Users without an account reach
only the anonymous handler, which redeems invites.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.core.messages import Choice
from bot.storage.models import Role

if TYPE_CHECKING:
    from bot.core.context import Context

Handler = Callable[["Context"], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class Route:
    handler: Handler
    #: Roles allowed to use the route; None means any registered user.
    roles: frozenset[Role] | None = None
    #: Shown in the bot's command list (Telegram setMyCommands), if set.
    description: str | None = None


REVIEWERS = frozenset({Role.REVIEWER, Role.ADMIN})
ADMINS = frozenset({Role.ADMIN})


class Router:
    def __init__(self) -> None:
        self.commands: dict[str, Route] = {}
        self.actions: dict[str, Route] = {}
        self.flows: dict[str, Route] = {}
        self.fallback: Route | None = None
        self.anonymous: Route | None = None
        self.unsupported: Route | None = None
        #: Choices that work whenever their words are typed (the main menu): on Zalo a user
        #: may type an item of a menu shown earlier, not only of the last message.
        self.shortcuts: list[Choice] = []
        #: Typed words that stand for a choice outside any flow ("lich nhac han", "cảm ơn"):
        #: (test on the text, payload). Checked before the fallback, so before Q&A.
        self.intents: list[tuple[Callable[[str], bool], str]] = []

    # Registration -------------------------------------------------------------------------
    def command(
        self,
        *names: str,
        roles: Iterable[Role] | None = None,
        description: str | None = None,
    ) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            route = Route(handler, _roles(roles), description)
            for name in names:
                self.commands[name.lower()] = route
            return handler

        return register

    def action(
        self, prefix: str, *, roles: Iterable[Role] | None = None
    ) -> Callable[[Handler], Handler]:
        """Handle choices whose payload is ``prefix`` or starts with ``prefix:``."""

        def register(handler: Handler) -> Handler:
            self.actions[prefix] = Route(handler, _roles(roles))
            return handler

        return register

    def flow(
        self, name: str, *, roles: Iterable[Role] | None = None
    ) -> Callable[[Handler], Handler]:
        """Handle every message while the user's conversation is in flow ``name``."""

        def register(handler: Handler) -> Handler:
            self.flows[name] = Route(handler, _roles(roles))
            return handler

        return register

    def on_fallback(self, handler: Handler) -> Handler:
        self.fallback = Route(handler)
        return handler

    def on_anonymous(self, handler: Handler) -> Handler:
        self.anonymous = Route(handler)
        return handler

    def on_unsupported(self, handler: Handler) -> Handler:
        self.unsupported = Route(handler)
        return handler

    def add_shortcuts(self, choices: Iterable[Choice]) -> None:
        self.shortcuts.extend(choices)

    def add_intent(self, matches: Callable[[str], bool], payload: str) -> None:
        self.intents.append((matches, payload))

    def include(self, other: Router) -> None:
        self.shortcuts.extend(other.shortcuts)
        self.intents.extend(other.intents)
        self.commands.update(other.commands)
        self.actions.update(other.actions)
        self.flows.update(other.flows)
        for attr in ("fallback", "anonymous", "unsupported"):
            if getattr(other, attr) is not None:
                setattr(self, attr, getattr(other, attr))

    # Lookup -------------------------------------------------------------------------------
    def match_action(self, payload: str) -> tuple[Route, str] | None:
        """The route for a choice payload and the arguments after its prefix."""
        best: tuple[Route, str] | None = None
        best_len = -1
        for prefix, route in self.actions.items():
            if (payload == prefix or payload.startswith(prefix + ":")) and len(prefix) > best_len:
                best = (route, payload[len(prefix) + 1 :])
                best_len = len(prefix)
        return best


def _roles(roles: Iterable[Role] | None) -> frozenset[Role] | None:
    return frozenset(roles) if roles is not None else None
