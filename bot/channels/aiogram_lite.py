"""Import aiogram with its Telegram types validated lazily: about 100 MB less memory.

``aiogram.types`` ends by calling ``model_rebuild()`` on all of its ~400 pydantic models with a
namespace holding every type, which builds every validator and serializer at import: ~160 MB
RSS and seconds of CPU, although the bot only ever meets a dozen types (Update, Message, the
keyboards). The models are declared ``defer_build=True``, so pydantic would build each on first
use, but their forward references (``Optional[User]``) name types imported only under
``TYPE_CHECKING`` and cannot be resolved later. While ``aiogram.types`` is imported here,
``model_rebuild`` instead puts the names each model's annotations mention into the model's
module, then returns: the first validation builds the model (and what it references) from its
module's namespace. The ~190 API methods (``SendMessage``...) are not deferred by aiogram and
build at class creation (~30 MB): ``TelegramMethod`` is marked ``defer_build`` as soon as its
module has run, before the methods subclass it. The result is the same validators, built when
needed.

Import this module before anything imports aiogram (``bot.channels.telegram`` does). If aiogram
was already imported elsewhere, it is left as it is. ``tests/foundation/test_lean_imports.py``
builds every type after this import, so a new aiogram or pydantic that breaks it fails there.
"""

from __future__ import annotations

import contextlib
import importlib.abc
import importlib.machinery
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from types import ModuleType
from typing import Any

from pydantic import BaseModel

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _publish_names(model: type[BaseModel], namespace: Mapping[str, Any]) -> None:
    """Make the names ``model``'s string annotations use resolvable from its own module."""
    module = vars(sys.modules[model.__module__])
    for klass in model.__mro__:
        for annotation in vars(klass).get("__annotations__", {}).values():
            if not isinstance(annotation, str):
                continue
            for name in _IDENTIFIER.findall(annotation):
                if name not in module and name in namespace:
                    module[name] = namespace[name]


class _DeferMethods(importlib.abc.MetaPathFinder):
    """Marks ``TelegramMethod`` ``defer_build`` right after ``aiogram.methods.base`` runs."""

    NAME = "aiogram.methods.base"

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != self.NAME:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return spec
        run = spec.loader.exec_module

        def exec_module(module: ModuleType) -> None:
            run(module)
            module.TelegramMethod.model_config["defer_build"] = True

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


@contextlib.contextmanager
def _deferred_rebuilds() -> Iterator[None]:
    original = BaseModel.model_rebuild.__func__  # type: ignore[attr-defined]

    def model_rebuild(cls: type[BaseModel], **kwargs: Any) -> bool | None:
        namespace = kwargs.get("_types_namespace")
        if (
            namespace is not None
            and cls.__module__.startswith("aiogram.")
            and not cls.__pydantic_complete__
            and not kwargs.get("force")
        ):
            _publish_names(cls, namespace)
            return None
        return original(cls, **kwargs)  # type: ignore[no-any-return]

    BaseModel.model_rebuild = classmethod(model_rebuild)  # type: ignore[assignment, method-assign]
    finder = _DeferMethods()
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)
        BaseModel.model_rebuild = classmethod(original)  # type: ignore[method-assign]


if "aiogram.types" not in sys.modules:
    with _deferred_rebuilds():
        import aiogram.types  # noqa: F401
