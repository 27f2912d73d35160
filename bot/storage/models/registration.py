"""Tables of the registration feature."""

from __future__ import annotations
