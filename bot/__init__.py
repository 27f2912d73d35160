"""Trợ lý Thi đua: the bot's runtime (channels, storage, knowledge, web)."""

import sys

# httpx imports its command-line client on import, and with it rich and pygments (~4 MB and
# tens of ms at every start, issue 16); the bot never runs it. A None entry makes that one
# import fail, which httpx expects (it then defines a stub that explains how to install the CLI).
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
