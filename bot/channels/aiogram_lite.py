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

The ~190 method classes are not even created until used: ``aiogram.methods`` is imported as a
package whose names load their module on first access (its ``__init__`` is only a list of
``from .module import Name`` lines, read here instead of run), and ``aiogram.client.bot``, whose
``Bot`` imports every method to call it, gets for each a stand-in that imports the real class
on its first call and puts it in the module's place. A bot that sends messages, photos and
files and answers buttons creates about ten method classes instead of all (~0.1 s of CPU at
every start, issue 16).

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
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
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


_FROM_IMPORT = re.compile(r"^from \.(\w+) import ([\w, ]+)$", re.MULTILINE)


def _wrap_exec(
    spec: importlib.machinery.ModuleSpec, run: Callable[[ModuleType], None]
) -> importlib.machinery.ModuleSpec:
    assert spec.loader is not None
    spec.loader.exec_module = run  # type: ignore[method-assign]
    return spec


class _LazyMethods(importlib.abc.MetaPathFinder):
    """Loads aiogram's method classes on first use (see the module's docstring).

    Also marks ``TelegramMethod`` ``defer_build`` right after ``aiogram.methods.base`` runs,
    before any method subclasses it, and loads aiogram's aiohttp session (and aiohttp) only
    when something other than ``Bot``'s default uses it."""

    PACKAGE, BASE, CLIENT = "aiogram.methods", "aiogram.methods.base", "aiogram.client.bot"
    AIOHTTP = "aiogram.client.session.aiohttp"

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in (self.PACKAGE, self.BASE, self.AIOHTTP):
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None or spec.origin is None:
            return spec
        run = spec.loader.exec_module
        if fullname == self.BASE:

            def exec_base(module: ModuleType) -> None:
                run(module)
                module.TelegramMethod.model_config["defer_build"] = True

            return _wrap_exec(spec, exec_base)
        if fullname == self.AIOHTTP:

            def exec_session(module: ModuleType) -> None:
                module.__getattr__ = lambda name: self._session_attribute(module, run, name)  # type: ignore[method-assign]

            return _wrap_exec(spec, exec_session)
        imports = _FROM_IMPORT.findall(Path(spec.origin).read_text(encoding="utf-8"))
        where = {name.strip(): sub for sub, names in imports for name in names.split(",")}

        def exec_package(module: ModuleType) -> None:
            module.__all__ = tuple(where)
            module.__getattr__ = lambda name: self._attribute(module, where, name)  # type: ignore[method-assign]

        return _wrap_exec(spec, exec_package)

    def _attribute(self, package: ModuleType, where: dict[str, str], name: str) -> Any:
        if name not in where:
            raise AttributeError(f"module {package.__name__!r} has no attribute {name!r}")
        sub = f"{package.__name__}.{where[name]}"

        def load() -> Any:
            value = getattr(importlib.import_module(sub), name)
            setattr(package, name, value)
            return value

        if sub not in sys.modules and where[name] != "base":
            importer = _importer()
            if importer.get("__name__") == self.CLIENT:
                return _StandIn(importer, f"{sub}.{name}", load)
        return load()

    def _session_attribute(
        self, module: ModuleType, run: Callable[[ModuleType], None], name: str
    ) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)

        def load() -> Any:
            if vars(module).pop("__getattr__", None) is not None:
                run(module)  # the real module, into the module object already imported
            return getattr(module, name)

        importer = _importer()
        if importer.get("__name__") == self.CLIENT:
            return _StandIn(importer, f"{self.AIOHTTP}.{name}", load)
        return load()


def _importer() -> dict[str, Any]:
    """The globals of the module whose ``from ... import`` is asking for a name."""
    frame = sys._getframe(1)
    while frame is not None and frame.f_globals.get("__name__") in (
        __name__,
        "importlib._bootstrap",
    ):
        frame = frame.f_back  # type: ignore[assignment]
    return frame.f_globals if frame is not None else {}


class _StandIn:
    """A class named in ``aiogram.client.bot``, loaded on its first call there."""

    def __init__(self, namespace: dict[str, Any], qualname: str, load: Callable[[], Any]) -> None:
        self.namespace, self.qualname, self.load = namespace, qualname, load
        self.name = qualname.rsplit(".", 1)[1]

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        real = self.load()
        self.namespace[self.name] = real
        return real(*args, **kwargs)

    def __repr__(self) -> str:
        return f"<{self.qualname}, created on its first call>"


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
    try:
        yield
    finally:
        BaseModel.model_rebuild = classmethod(original)  # type: ignore[method-assign]


if "aiogram.types" not in sys.modules:
    # Stays installed: the package's names load their modules whenever first asked for.
    sys.meta_path.insert(0, _LazyMethods())
    with _deferred_rebuilds():
        import aiogram.types  # noqa: F401
