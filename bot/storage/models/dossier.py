"""Tables of the dossier feature."""

from __future__ import annotations
