"""The ASGI app and ``SandboxServer``, which runs it with uvicorn inside the caller's loop."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import socket
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from bot.sandbox import control_api, telegram_api, users_api, zalo_api
from bot.sandbox.config import SandboxConfig
from bot.sandbox.state import SandboxState

log = logging.getLogger(__name__)
STATIC_DIR = Path(__file__).parent / "static"


async def index(request: Request) -> Response:
    # no-store: the page is tiny and a stale cached copy after an upgrade is confusing.
    return FileResponse(STATIC_DIR / "index.html", headers={"Cache-Control": "no-store"})


async def favicon(request: Request) -> Response:
    return Response(status_code=204)


def create_app(config: SandboxConfig | None = None, state: SandboxState | None = None) -> Starlette:
    """The sandbox as an ASGI app (``app.state.sandbox`` holds the ``SandboxState``)."""
    config = config or SandboxConfig()
    state = state or SandboxState(config)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        await state.close()

    app = Starlette(
        routes=[
            Route("/", index, methods=["GET"]),
            Route("/favicon.ico", favicon, methods=["GET"]),
            Mount("/static", StaticFiles(directory=STATIC_DIR), name="static"),
            *users_api.routes(),
            *control_api.routes(),
            *zalo_api.routes(config.zalo.prefix),
            *telegram_api.routes(),
        ],
        lifespan=lifespan,
    )
    app.state.sandbox = state
    return app


class _EmbeddedServer(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        # The host process (``tdkt run``, pytest) owns SIGINT/SIGTERM; uvicorn must not take them.
        yield


class SandboxServer:
    """Run the sandbox on ``config.host:config.port`` (0 = any free port) in the current loop."""

    def __init__(self, config: SandboxConfig | None = None) -> None:
        self.config = config or SandboxConfig()
        self.state = SandboxState(self.config)
        self.app = create_app(self.config, self.state)
        self._server: _EmbeddedServer | None = None
        self._task: asyncio.Task[None] | None = None
        self._port: int | None = None

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("SandboxServer is not started")
        return self._port

    @property
    def base_url(self) -> str:
        host = self.config.host
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}"

    @property
    def telegram_token(self) -> str:
        return self.config.telegram_token

    @property
    def zalo_token(self) -> str:
        return self.config.zalo_token

    @property
    def zalo_base_url(self) -> str:
        """What a Zalo client calls ``{base}/bot{token}/{method}`` on."""
        prefix = self.config.zalo.prefix.strip("/")
        return f"{self.base_url}/{prefix}" if prefix else self.base_url

    async def start(self) -> None:
        if self._task is not None:
            raise RuntimeError("SandboxServer already started")
        if not _is_loopback(self.config.host):
            log.warning(
                "sandbox listening on %s: its control API has no authentication", self.config.host
            )
        family = socket.AF_INET6 if ":" in self.config.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.config.host, self.config.port))
        self._port = sock.getsockname()[1]
        self.state.public_base_url = self.base_url
        uv_config = uvicorn.Config(
            self.app,
            log_level=self.config.log_level,
            lifespan="on",
            access_log=False,
            timeout_graceful_shutdown=3,
        )
        self._server = _EmbeddedServer(uv_config)
        self._task = asyncio.get_running_loop().create_task(self._server.serve(sockets=[sock]))
        while not self._server.started:
            if self._task.done():
                sock.close()
                self._task.result()  # re-raise the startup error
                raise RuntimeError("sandbox server stopped during startup")
            await asyncio.sleep(0.01)

    async def stop(self) -> None:
        if self._server is None or self._task is None:
            return
        # Wake long polls first so uvicorn's graceful shutdown does not wait for their timeouts.
        self.state.hub.close()
        self._server.should_exit = True
        try:
            await self._task
        finally:
            await self.state.close()
            self._server = None
            self._task = None

    async def __aenter__(self) -> SandboxServer:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
