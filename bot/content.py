"""Where the content lives: the packaged ``content`` data, with a deployment's own files on top.

Every loader (knowledge base, forms, templates, plans, demo units) takes the directory this
module returns, so an installed wheel, an editable checkout and a Docker image all read the
same files. ``TDKT_CONTENT_DIR`` names a deployment's own content directory: each file there
replaces the packaged file at the same relative path (``kb/ldtt.yaml``, ``templates/menu.j2``)
and new files are added, while everything it does not contain comes from the package. An
upgrade therefore brings new packaged content without touching what the deployment edited.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

__all__ = ["ENV_VAR", "ContentDirError", "content_dir", "packaged_content_dir", "resolve"]

ENV_VAR = "TDKT_CONTENT_DIR"
PACKAGE = "content"


class ContentDirError(ValueError):
    """The configured content directory cannot be used (the message names the setting)."""


def packaged_content_dir() -> Path:
    """The content shipped in the package (a real directory: wheels install unzipped)."""
    root = files(PACKAGE)
    if not isinstance(root, Path):  # a zipped install; never produced by pip
        raise ContentDirError(f"packaged content is not a directory ({root}); set {ENV_VAR}")
    return root


def resolve(override: Path | str | None) -> Path:
    """The directory loaders read: the packaged content, overlaid with ``override`` if given."""
    if override is None or str(override) == "":
        return packaged_content_dir()
    path = Path(override).expanduser().resolve()
    packaged = packaged_content_dir().resolve()
    if path == packaged:
        return packaged
    if not path.is_dir():
        raise ContentDirError(f"{ENV_VAR}={override}: không phải thư mục (not a directory)")
    return _overlay(packaged, path)


def content_dir() -> Path:
    """The content directory for this process (``$TDKT_CONTENT_DIR`` over the packaged one)."""
    return resolve(os.environ.get(ENV_VAR))


@lru_cache(maxsize=8)
def _overlay(packaged: Path, own: Path) -> Path:
    # A tree of symlinks, built once per process: loaders keep using plain paths and globs,
    # and see the union of both trees with the deployment's files winning.
    merged = Path(tempfile.mkdtemp(prefix="tdkt-content-"))
    atexit.register(shutil.rmtree, merged, True)
    for source in (packaged, own):
        for path in sorted(source.rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts or path.name == "__init__.py":
                continue
            target = merged / path.relative_to(source)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.unlink(missing_ok=True)
            target.symlink_to(path)
    return merged
