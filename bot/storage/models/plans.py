"""Tables of the plans feature."""

from __future__ import annotations
