"""One verifying TLS context for every HTTP client of the process.

Each ``httpx.AsyncClient`` builds its own context by default, reading the CA bundle: ~15 ms of
CPU per client, and a start makes one for Telegram and one per Zalo bot (issue 16). A context
can serve any number of connections, so they share this one. ``trust_env=False`` as the clients
themselves: a proxy or CA file from the environment does not silently apply.
"""

from __future__ import annotations

import functools
import ssl

import httpx


@functools.cache
def shared_tls() -> ssl.SSLContext:
    return httpx.create_ssl_context(trust_env=False)
