"""The consecutive-year notes in the chat, for an officer registering someone for a title that
needs earlier titles (CSTĐ tỉnh needs 03 lần liên tục CSTĐCS…) and for a reviewer opening a
dossier: what the award history holds, the rule and its source. A note, never a refusal: the
history may be incomplete, and the reviewer decides."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from bot.awards import catalogue as awards_catalogue
from bot.awards import store as award_store
from bot.core.context import Context
from bot.storage.models.dossier import Dossier
from bot.storage.models.registration import RegisteredPerson, Registration


async def person_notes(
    ctx: Context, reg: Registration, people: Iterable[RegisteredPerson]
) -> list[str]:
    catalogue = awards_catalogue.load(Path(ctx.services.settings.content_dir))
    notes: list[str] = []
    for person in people:
        award = catalogue.for_title(person.title)
        if award is None:
            continue
        found = await award_store.checks_for_subject(
            ctx.session,
            catalogue,
            unit_id=reg.unit_id,
            subject_type="ca_nhan",
            name=person.full_name,
            award=award.key,
            year=reg.year,
            birth_year=person.birth_year,
        )
        if found is not None:
            notes.append(ctx.t("awards.checks", found=found))
    return notes


def with_notes(ctx: Context, text: str, notes: list[str]) -> str:
    return ctx.t("awards.with_notes", text=text, notes=notes) if notes else text


async def dossier_notes(ctx: Context, dossier: Dossier) -> list[str]:
    """For a reviewer opening a dossier in chat: the same checks as the desk viewer shows."""
    catalogue = awards_catalogue.load(Path(ctx.services.settings.content_dir))
    found = await award_store.dossier_checks(ctx.session, catalogue, dossier)
    return [ctx.t("awards.checks", found=found)] if found is not None else []
