"""No GPL-family licence (GPL, LGPL, AGPL) in what we ship, so any government can deploy it."""

from __future__ import annotations

import importlib.metadata as metadata
import re

from packaging.requirements import Requirement

COPYLEFT = re.compile(r"GPL|General Public License", re.IGNORECASE)


def _licence_text(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    parts = [meta.get("License-Expression") or "", (meta.get("License") or "")[:300]]
    parts += [c for c in meta.get_all("Classifier") or [] if c.startswith("License")]
    return " | ".join(parts)


def _runtime_closure() -> dict[str, str]:
    """Every distribution the project needs at run time (not the test extras)."""
    project = metadata.distribution("tro-ly-thi-dua") if _installed("tro-ly-thi-dua") else None
    if project is not None:
        roots = [Requirement(r) for r in project.requires or [] if "extra ==" not in r]
    else:  # running from a checkout: read pyproject
        import tomllib
        from pathlib import Path

        pyproject = tomllib.loads(Path(__file__).parents[2].joinpath("pyproject.toml").read_text())
        roots = [Requirement(r) for r in pyproject["project"]["dependencies"]]
    seen: dict[str, str] = {}
    stack = list(roots)
    while stack:
        req = stack.pop()
        name = req.name.lower()
        if name in seen or not _installed(name):
            continue
        dist = metadata.distribution(name)
        seen[name] = _licence_text(dist)
        for child in dist.requires or []:
            child_req = Requirement(child)
            if child_req.marker is None or child_req.marker.evaluate({"extra": ""}):
                stack.append(child_req)
    return seen


def _installed(name: str) -> bool:
    try:
        metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return False
    return True


def test_the_pattern_catches_the_gpl_family() -> None:
    for text in ("GPL-3.0-only", "LGPL-2.1+", "AGPL-3.0", "GNU General Public License v2"):
        assert COPYLEFT.search(text)
    for text in ("MIT", "BSD-3-Clause", "Apache-2.0", "MPL-2.0", "PSF-2.0"):
        assert not COPYLEFT.search(text)


def test_no_copyleft_runtime_dependency() -> None:
    closure = _runtime_closure()
    assert len(closure) > 20  # the walk really found the dependency tree
    offenders = {name: text for name, text in closure.items() if COPYLEFT.search(text)}
    assert offenders == {}
