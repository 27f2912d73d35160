"""The awards the history records and the consecutive-year rules, as content data."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from bot.core.text import syllables

SUBJECTS = ("ca_nhan", "tap_the", "ho_gia_dinh")
#: Dossier subject types → the history's (a thôn's dossier is the thôn as a collective).
DOSSIER_SUBJECTS = {
    "ca_nhan": "ca_nhan",
    "tap_the": "tap_the",
    "thon": "tap_the",
    "ho_gia_dinh": "ho_gia_dinh",
}


def spelling(text: str) -> str:
    return " ".join(syllables(text))


@dataclass(frozen=True, slots=True)
class Award:
    key: str
    label: str
    short: str
    subjects: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    dossier_kinds: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Rule:
    award: str
    needs: str
    times: int
    subject: str
    ground: str  # "only" or "one_of"
    rule: str
    source: str
    quote: str
    confidence: str


@dataclass(frozen=True, slots=True)
class Catalogue:
    awards: dict[str, Award]
    rules: tuple[Rule, ...]
    _spellings: dict[str, str] = field(default_factory=dict)

    def find(self, typed: str) -> Award | None:
        """The award a cell or a typed text names (label, short form, key or alias)."""
        return self.awards.get(self._spellings.get(spelling(typed), ""))

    def label(self, key: str) -> str:
        award = self.awards.get(key)
        return award.label if award else key

    def short(self, key: str) -> str:
        award = self.awards.get(key)
        return award.short if award else key

    def for_dossier_kind(self, kind: str) -> Award | None:
        base = kind.split(".", 1)[0]  # a route variant ("…co_so.sang_kien") is its base kind
        return next((a for a in self.awards.values() if base in a.dossier_kinds), None)

    def for_title(self, title: str) -> Award | None:
        return next((a for a in self.awards.values() if title in a.titles), None)

    def rules_for(self, award: str, subject: str) -> list[Rule]:
        return [r for r in self.rules if r.award == award and r.subject == subject]


def parse(data: dict) -> Catalogue:  # type: ignore[type-arg]
    awards = {
        key: Award(
            key=key,
            label=str(value["label"]),
            short=str(value.get("short") or value["label"]),
            subjects=tuple(value.get("subjects") or ("ca_nhan",)),
            aliases=tuple(str(a) for a in value.get("aliases") or ()),
            dossier_kinds=tuple(value.get("dossier_kinds") or ()),
            titles=tuple(value.get("titles") or ()),
        )
        for key, value in (data.get("awards") or {}).items()
    }
    rules = tuple(
        Rule(
            award=str(r["award"]),
            needs=str(r["needs"]),
            times=int(r["times"]),
            subject=str(r.get("subject", "ca_nhan")),
            ground=str(r.get("ground", "only")),
            rule=str(r["rule"]),
            source=str(r["source"]),
            quote=str(r.get("quote") or ""),
            confidence=str(r.get("confidence", "M")),
        )
        for r in data.get("rules") or ()
    )
    for rule in rules:
        if rule.award not in awards or rule.needs not in awards:
            raise ValueError(f"award_history.yaml: rule names an unknown award: {rule}")
        if rule.ground not in ("only", "one_of") or rule.subject not in SUBJECTS:
            raise ValueError(f"award_history.yaml: bad ground or subject in {rule}")
    spellings: dict[str, str] = {}
    for award in awards.values():
        for text in (award.key, award.label, award.short, *award.aliases):
            spellings.setdefault(spelling(text.replace("_", " ")), award.key)
    return Catalogue(awards, rules, spellings)


@lru_cache(maxsize=4)
def load(content_dir: Path) -> Catalogue:
    path = Path(content_dir) / "reference" / "award_history.yaml"
    return parse(yaml.safe_load(path.read_text(encoding="utf-8")) or {})
