"""Dossier kinds as data: ``content/forms/dossiers.yaml`` (documents required per award)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml


@dataclass(frozen=True, slots=True)
class DocumentSpec:
    key: str
    label: str
    hint: str
    required: bool


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

    def get(self, key: str) -> DossierKind | None:
        return self.kinds.get(key)

    def subject_label(self, key: str) -> str:
        return self.subject_labels.get(key, key)


def parse_catalogue(data: dict[str, Any]) -> Catalogue:
    kinds: dict[str, DossierKind] = {}
    subject_labels = {str(k): str(v) for k, v in (data.get("subject_labels") or {}).items()}
    for key, raw in (data.get("kinds") or {}).items():
        documents = tuple(
            DocumentSpec(
                key=str(d["key"]),
                label=str(d["label"]),
                hint=str(d.get("hint") or ""),
                required=bool(d.get("required", False)),
            )
            for d in raw["documents"]
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
        kinds[str(key)] = DossierKind(
            key=str(key),
            label=str(raw["label"]),
            aliases=tuple(str(a) for a in raw.get("aliases") or ()),
            subjects=subjects,
            decided_by=decided_by,
            about=str(raw.get("about") or ""),
            documents=documents,
        )
    return Catalogue(kinds, subject_labels, dict(data.get("form") or {}))


def load_catalogue(path: Path) -> Catalogue:
    return parse_catalogue(yaml.safe_load(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=4)
def catalogue_at(content_dir: Path) -> Catalogue:
    return load_catalogue(content_dir / "forms" / "dossiers.yaml")
