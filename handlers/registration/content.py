"""The registration feature's data: its two forms, the titles and who may hold them, and the
movements seed list, all from ``content/forms``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field

from bot.forms import Condition, FormDef, FormLibrary, Option
from bot.storage.models import Unit, UnitKind
from bot.storage.models.accounts import UNIT_KIND_LABELS

UNIT_FORM = "registration"
PERSON_FORM = "registration_person"


class Requirement(BaseModel):
    """An optional person field a title cannot do without (CSTĐ tỉnh: a sáng kiến)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    field: str
    message: str


class TitleDef(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    value: str
    label: str
    short: str | None = None
    aliases: list[str] = Field(default_factory=list)
    #: Kinds of unit whose collective (or whose people) may hold the title; None: every kind.
    unit_kinds: list[UnitKind] | None = None
    basis: str | None = None
    help: str | None = None
    note: str | None = None
    refuse_if: Condition | None = None
    reason: str | None = None
    requires: Requirement | None = None

    def open_to(self, kind: UnitKind) -> bool:
        return self.unit_kinds is None or kind in self.unit_kinds

    def kinds_text(self) -> str:
        kinds = self.unit_kinds or list(UnitKind)
        return ", ".join(UNIT_KIND_LABELS[k].lower() for k in kinds)


class TitlesFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    collective: list[TitleDef]
    individual: list[TitleDef]


@dataclass
class RegistrationContent:
    unit_form: FormDef
    person_form: FormDef
    collective: list[TitleDef]
    individual: list[TitleDef]
    movements_seed: list[str]

    @classmethod
    def load(cls, content_dir: Path) -> RegistrationContent:
        forms_dir = content_dir / "forms"
        library = FormLibrary(forms_dir)
        titles = TitlesFile.model_validate(_yaml(forms_dir / "titles.yaml"))
        seed = _yaml(forms_dir / "movements.yaml").get("movements") or []
        return cls(
            unit_form=library.get(UNIT_FORM),
            person_form=library.get(PERSON_FORM),
            collective=titles.collective,
            individual=titles.individual,
            movements_seed=[str(name) for name in seed],
        )

    # Titles -------------------------------------------------------------------------------
    def title(self, value: str | None) -> TitleDef | None:
        for title in (*self.collective, *self.individual):
            if title.value == value:
                return title
        return None

    def title_label(self, value: str | None) -> str:
        title = self.title(value)
        return title.label if title else (value or "")

    def unit_title_options(self, unit: Unit) -> list[Option]:
        """Collective titles; those the unit's kind cannot hold are refused with the reason."""
        return [self._option(t, unit, collective=True) for t in self.collective]

    def person_title_options(self, unit: Unit) -> list[Option]:
        return [self._option(t, unit, collective=False) for t in self.individual]

    def _option(self, title: TitleDef, unit: Unit, *, collective: bool) -> Option:
        refused = None
        if not title.open_to(unit.kind):
            refused = (
                f"danh hiệu này chỉ dành cho {title.kinds_text()}"
                f"{'' if collective else ' (cá nhân thuộc các đơn vị đó)'}; "
                f"{unit.name} là {UNIT_KIND_LABELS[unit.kind].lower()}"
                f"{f' ({title.basis})' if title.basis else ''}."
            )
        aliases = list(title.aliases)
        if title.short:
            aliases.append(title.short)
        return Option(
            value=title.value,
            label=title.label,
            aliases=aliases,
            help=title.help,
            note=title.note,
            refused=refused,
        )

    def person_refusal(self, values: dict[str, Any]) -> str | None:
        """Why the chosen individual title is refused given the other answers, if it is."""
        title = self.title(values.get("title"))
        if title is None or title.refuse_if is None:
            return None
        if values.get(title.refuse_if.field) is None:
            return None
        if title.refuse_if.holds(values):
            return title.reason or f"Không đăng ký được danh hiệu {title.label}."
        return None

    def person_missing(self, values: dict[str, Any]) -> Requirement | None:
        """The field the chosen individual title requires but the answers leave empty."""
        title = self.title(values.get("title"))
        if title is None or title.requires is None:
            return None
        if str(values.get(title.requires.field) or "").strip():
            return None
        return title.requires


def _yaml(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping")
    return data
