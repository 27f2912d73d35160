"""Control API for tests and benchmarks: limits, fault injection, statistics, reset."""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.sandbox.errors import FailSpec
from bot.sandbox.state import CHANNELS, SandboxState
from bot.sandbox.users_api import fail, handle_errors, json_body, ok, sandbox


def channel_of(body: dict[str, Any]) -> str:
    channel = body.get("channel", "telegram")
    if channel not in CHANNELS:
        raise fail(400, "channel must be telegram or zalo")
    return str(channel)


def apply_fields(target: Any, body: dict[str, Any], skip: tuple[str, ...] = ()) -> None:
    """Set the dataclass fields named in ``body`` with type-checked values."""
    for f in fields(target):
        if f.name not in body or f.name in skip:
            continue
        value = body[f.name]
        current = getattr(target, f.name)
        if isinstance(current, bool):
            if not isinstance(value, bool):
                raise fail(400, f"{f.name} must be true or false")
        elif isinstance(current, int | float):
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise fail(400, f"{f.name} must be a non-negative number")
            value = type(current)(value)
        elif isinstance(current, str) and not isinstance(value, str):
            raise fail(400, f"{f.name} must be a string")
        setattr(target, f.name, value)


@handle_errors
async def flood(request: Request) -> Response:
    state = sandbox(request)
    if request.method == "POST":
        body = await json_body(request)
        apply_fields(state.config.flood, body)
        if body.get("reset_counters"):
            for bot in state.tg_bots.values():
                bot.flood.reset()
    return ok(flood=asdict(state.config.flood))


@handle_errors
async def zalo_settings(request: Request) -> Response:
    state = sandbox(request)
    if request.method == "POST":
        body = await json_body(request)
        if "webhook_payload" in body and body["webhook_payload"] not in ("wrapped", "bare"):
            raise fail(400, "webhook_payload must be wrapped or bare")
        apply_fields(state.config.zalo, body, skip=("prefix",))
        if body.get("reset_quota"):
            for bot in state.zalo_bots.values():
                bot.reset_quota()
    return ok(zalo=asdict(state.config.zalo))


def stats_json(state: SandboxState, per_chat: bool) -> dict[str, Any]:
    telegram = {
        str(bot.bot_id): {"token": bot.token, **bot.stats.to_json(per_chat=per_chat)}
        for bot in state.tg_bots.values()
    }
    zalo = {
        bot.bot_id: {
            "token": bot.token,
            **bot.stats.to_json(per_chat=per_chat),
            "quota": bot.quota_json(),
        }
        for bot in state.zalo_bots.values()
    }
    total_429 = sum(b.stats.http_429 for b in state.tg_bots.values()) + sum(
        b.stats.http_429 for b in state.zalo_bots.values()
    )
    return {"telegram": telegram, "zalo": zalo, "http_429_total": total_429}


@handle_errors
async def stats(request: Request) -> Response:
    state = sandbox(request)
    per_chat = request.query_params.get("per_chat", "1") not in ("0", "false")
    return ok(**stats_json(state, per_chat))


@handle_errors
async def deliveries(request: Request) -> Response:
    """Timeline of accepted bot messages: ``[epoch_seconds, chat_id, message_id]``."""
    state = sandbox(request)
    body = {"channel": request.query_params.get("channel", "telegram")}
    channel = channel_of(body)
    token = request.query_params.get("bot") or None
    bot = state.tg_bot(token) if channel == "telegram" else state.zalo_bot(token)
    after = int(request.query_params.get("after", "0") or 0)
    timeline = list(bot.stats.timeline)
    return ok(deliveries=[list(item) for item in timeline[after:]], total=len(timeline))


@handle_errors
async def duplicate_next(request: Request) -> Response:
    state = sandbox(request)
    body = await json_body(request)
    channel = channel_of(body)
    count = body.get("count", 1)
    if not isinstance(count, int) or count < 0:
        raise fail(400, "count must be a non-negative integer")
    state.duplicates[channel] = count
    return ok(duplicates=state.duplicates)


@handle_errors
async def block(request: Request) -> Response:
    state = sandbox(request)
    body = await json_body(request)
    channel = channel_of(body)
    uid = body.get("uid")
    if uid is None or str(uid) == "":
        raise fail(400, "uid is required")
    if body.get("blocked", True):
        state.blocked[channel].add(str(uid))
    else:
        state.blocked[channel].discard(str(uid))
    return ok(blocked=sorted(state.blocked[channel]))


@handle_errors
async def inject_failure(request: Request) -> Response:
    state = sandbox(request)
    body = await json_body(request)
    channel = channel_of(body)
    method = body.get("method")
    if not isinstance(method, str) or not method:
        raise fail(400, 'method is required ("*" for any)')
    count = body.get("count", 1)
    status = body.get("status", 500)
    timeout = body.get("timeout")
    if not isinstance(count, int) or count < 1:
        raise fail(400, "count must be a positive integer")
    if not isinstance(status, int) or not 400 <= status <= 599:
        raise fail(400, "status must be an HTTP error status (400-599)")
    if timeout is not None and (not isinstance(timeout, int | float) or timeout < 0):
        raise fail(400, "timeout must be a number of seconds")
    spec = FailSpec(
        channel=channel,
        method=method,
        count=count,
        status=status,
        timeout=float(timeout) if timeout is not None else None,
        deliver=bool(body.get("deliver", False)),
        description=body.get("description"),
    )
    state.failures.add(spec)
    return ok(failures=[r.to_json() for r in state.failures.rules])


@handle_errors
async def reset(request: Request) -> Response:
    await sandbox(request).reset()
    return ok()


def routes() -> list[Route]:
    return [
        Route("/api/control/flood", flood, methods=["GET", "POST"]),
        Route("/api/control/zalo", zalo_settings, methods=["GET", "POST"]),
        Route("/api/control/stats", stats, methods=["GET"]),
        Route("/api/control/deliveries", deliveries, methods=["GET"]),
        Route("/api/control/duplicate-next", duplicate_next, methods=["POST"]),
        Route("/api/control/block", block, methods=["POST"]),
        Route("/api/control/fail", inject_failure, methods=["POST"]),
        Route("/api/control/reset", reset, methods=["POST"]),
    ]
