"""Dossier kinds as data: ``content/forms/dossiers.yaml`` (documents required per award).

A kind may have *routes*: the grounds it is proposed on, each with its own proof. Chiến sĩ thi
đua cơ sở is the case (Luật Thi đua, khen thưởng 2022, Điều 23 khoản 2): hoàn thành xuất sắc
nhiệm vụ **or** a sáng kiến **or** an đề tài… — so the sáng kiến recognition is required only on
the sáng kiến route. Each route becomes its own kind, keyed ``<kind>.<route>`` (what is stored in
``Dossier.kind``), whose checklist keeps the documents without ``routes`` plus those listing the
route. The plain ``<kind>`` stays for dossiers made before routes existed: there every
route-specific document is optional.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

ROUTE_SEPARATOR = "."


@dataclass(frozen=True, slots=True)
class DocumentSpec:
    key: str
    label: str
    hint: str
    required: bool
    #: The routes this document belongs to; empty = every route.
    routes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Route:
    key: str
    label: str
    help: str


@dataclass(frozen=True, slots=True)
class DossierKind:
    key: str
    label: str
    aliases: tuple[str, ...]
    subjects: tuple[str, ...]
    #: "xa" (decided by the commune) or "tinh" (proposed on to the province).
    decided_by: str
    about: str
    documents: tuple[DocumentSpec, ...]
    #: The grounds this kind can be proposed on (only on the plain kind).
    routes: tuple[Route, ...] = ()
    #: The plain kind's key (completion, plan deadlines); equal to ``key`` without a route.
    base: str = ""
    #: The route of this variant, or "".
    route: str = ""

    def document(self, key: str) -> DocumentSpec | None:
        return next((d for d in self.documents if d.key == key), None)

    @property
    def required(self) -> tuple[DocumentSpec, ...]:
        return tuple(d for d in self.documents if d.required)


@dataclass(frozen=True, slots=True)
class Catalogue:
    kinds: dict[str, DossierKind]
    subject_labels: dict[str, str]
    #: The questions asked before the documents (a form-engine definition, as a mapping).
    form: dict[str, Any]
    #: Which rules the checklists follow (shown with every new checklist): the national
    #: pattern until a deployment replaces the file with its province's lists.
    checklist_note: str = ""

    def get(self, key: str) -> DossierKind | None:
        return self.kinds.get(key)

    def subject_label(self, key: str) -> str:
        return self.subject_labels.get(key, key)

    def choosable(self) -> list[DossierKind]:
        """The kinds offered when a dossier is started (route variants are chosen after)."""
        return [k for k in self.kinds.values() if not k.route]

    def variant(self, key: str, route: str | None) -> DossierKind | None:
        """The kind to store for ``key`` proposed on ``route`` (the plain kind without one)."""
        if route:
            return self.kinds.get(f"{key}{ROUTE_SEPARATOR}{route}")
        return self.kinds.get(key)


def _route_variants(kind: DossierKind) -> list[DossierKind]:
    variants = []
    for route in kind.routes:
        documents = tuple(d for d in kind.documents if not d.routes or route.key in d.routes)
        variants.append(
            replace(
                kind,
                key=f"{kind.key}{ROUTE_SEPARATOR}{route.key}",
                label=f"{kind.label} ({route.label[:1].lower()}{route.label[1:]})",
                documents=documents,
                routes=(),
                route=route.key,
            )
        )
    return variants


def parse_catalogue(data: dict[str, Any]) -> Catalogue:
    kinds: dict[str, DossierKind] = {}
    subject_labels = {str(k): str(v) for k, v in (data.get("subject_labels") or {}).items()}
    for key, raw in (data.get("kinds") or {}).items():
        key = str(key)
        if ROUTE_SEPARATOR in key:
            raise ValueError(f"dossier kind {key}: '{ROUTE_SEPARATOR}' is reserved for routes")
        routes = tuple(
            Route(key=str(r), label=str(spec["label"]), help=str(spec.get("help") or ""))
            for r, spec in (raw.get("routes") or {}).items()
        )
        route_keys = {r.key for r in routes}
        documents = []
        for d in raw["documents"]:
            doc_routes = tuple(str(r) for r in d.get("routes") or ())
            unknown = set(doc_routes) - route_keys
            if unknown:
                raise ValueError(f"dossier kind {key}: document {d['key']}: unknown {unknown}")
            documents.append(
                DocumentSpec(
                    key=str(d["key"]),
                    label=str(d["label"]),
                    hint=str(d.get("hint") or ""),
                    # Without a route (dossiers made before routes), nothing route-specific
                    # can be demanded: the officer may not be on that route.
                    required=bool(d.get("required", False)) and not doc_routes,
                    routes=doc_routes,
                )
            )
        doc_keys = [d.key for d in documents]
        if len(set(doc_keys)) != len(doc_keys):
            raise ValueError(f"dossier kind {key}: duplicate document keys")
        if not any(d.required for d in documents):
            raise ValueError(f"dossier kind {key}: no required document")
        subjects = tuple(str(s) for s in raw.get("subjects") or ("ca_nhan",))
        for subject in subjects:
            if subject not in subject_labels:
                raise ValueError(f"dossier kind {key}: unknown subject {subject}")
        decided_by = str(raw.get("decided_by", "xa"))
        if decided_by not in ("xa", "tinh"):
            raise ValueError(f"dossier kind {key}: decided_by must be xa or tinh")
        kind = DossierKind(
            key=key,
            label=str(raw["label"]),
            aliases=tuple(str(a) for a in raw.get("aliases") or ()),
            subjects=subjects,
            decided_by=decided_by,
            about=str(raw.get("about") or ""),
            documents=tuple(documents),
            routes=routes,
            base=key,
        )
        kinds[key] = kind
        # A variant requires what its route requires (``required`` as written in the file).
        written = {str(d["key"]): bool(d.get("required", False)) for d in raw["documents"]}
        for variant in _route_variants(kind):
            docs = tuple(replace(d, required=written[d.key]) for d in variant.documents)
            kinds[variant.key] = replace(variant, documents=docs)
    return Catalogue(
        kinds,
        subject_labels,
        dict(data.get("form") or {}),
        checklist_note=str(data.get("checklist_note") or "").strip(),
    )


def load_catalogue(path: Path) -> Catalogue:
    return parse_catalogue(yaml.safe_load(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=4)
def catalogue_at(content_dir: Path) -> Catalogue:
    return load_catalogue(content_dir / "forms" / "dossiers.yaml")
