"""Loading, validating and rendering knowledge-base entries (content/kb/*.yaml)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Protocol

import jinja2
import yaml
from pydantic import ValidationError

from bot.knowledge.money import SalaryTable, format_coefficient, format_date, format_dong
from bot.knowledge.schema import Entry, SourceRef

__all__ = ["EntryStore", "KnowledgeBaseError", "RenderedEntry", "citation_line"]

try:  # the C loader parses the whole KB several times faster; fall back where it is missing
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader


class _Template(Protocol):
    def render(self, context: dict[str, Any]) -> str: ...


@dataclass(frozen=True, slots=True)
class _Plain:
    """Text without template syntax, rendered as is."""

    text: str

    def render(self, context: dict[str, Any]) -> str:
        return self.text


class KnowledgeBaseError(ValueError):
    """The content directory does not hold a valid knowledge base; the message says where."""


@dataclass(frozen=True, slots=True)
class RenderedEntry:
    entry: Entry
    #: the answer body (template rendered), without title, province note or citation
    body: str
    #: what the user sees: bold title line, body, province note, "Căn cứ:" line
    text: str
    #: key facts rendered for the same date (they may contain amounts)
    key_facts: list[str]
    #: sources rendered for the same date ("{{ luong_co_so_vb }}" names the decree in force)
    sources: list[SourceRef]


_ARTICLE_FIRST = ("điều", "khoản", "điểm", "mẫu số", "phụ lục")


def citation(source: SourceRef) -> str:
    """Legal style puts the article first ("khoản 1 Điều 24 Luật ...", "Mẫu số 04 Nghị định
    ..."); other notes follow the document in brackets ("Nghị định 152/2025/NĐ-CP (mức tiền
    thưởng)")."""
    if not source.cite:
        return source.doc
    if source.cite.lower().startswith(_ARTICLE_FIRST):
        return f"{source.cite} {source.doc}"
    return f"{source.doc} ({source.cite})"


def citation_line(sources: list[SourceRef]) -> str:
    return "Căn cứ: " + "; ".join(citation(s) for s in sources) + "."


class EntryStore:
    """All entries, their compiled templates and the base-salary table."""

    def __init__(self, entries: list[Entry], salaries: SalaryTable) -> None:
        self.entries = {e.id: e for e in entries}
        self.salaries = salaries
        self._env = jinja2.Environment(
            undefined=jinja2.StrictUndefined,
            autoescape=False,  # plain chat text, not HTML
            keep_trailing_newline=False,
        )
        self._templates: dict[str, _Template] = {}
        self._fact_templates: dict[str, list[_Template]] = {}
        self._source_templates: dict[str, list[tuple[_Template, _Template]]] = {}
        for e in entries:
            try:
                self._templates[e.id] = self._compile(e.answer)
                self._fact_templates[e.id] = [self._compile(f) for f in e.key_facts]
                self._source_templates[e.id] = [
                    (self._compile(src.doc), self._compile(src.cite)) for src in e.sources
                ]
            except jinja2.TemplateSyntaxError as exc:
                raise KnowledgeBaseError(f"{e.id}.yaml: template error: {exc}") from exc

    def add_plain(self, entry: Entry) -> None:
        """Add (or replace) an entry whose text is shown exactly as written, never run as a
        template: staff answers typed in the chat must not be able to call helpers."""
        self.entries[entry.id] = entry
        self._templates[entry.id] = _Plain(entry.answer)
        self._fact_templates[entry.id] = [_Plain(f) for f in entry.key_facts]
        self._source_templates[entry.id] = [(_Plain(s.doc), _Plain(s.cite)) for s in entry.sources]

    def _compile(self, text: str) -> _Template:
        # Compiling is the slowest part of start-up (about 0.5 ms a template); most facts and
        # sources are plain text, so only strings with Jinja syntax are compiled.
        if "{" in text:
            return self._env.from_string(text)
        return _Plain(text)

    @classmethod
    def load(cls, content_dir: Path) -> EntryStore:
        salaries = SalaryTable.load(content_dir / "reference" / "luong_co_so.yaml")
        entries: list[Entry] = []
        errors: list[str] = []
        for path in sorted((content_dir / "kb").glob("*.yaml")):
            try:
                data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
                entry = Entry.model_validate(data)
            except (yaml.YAMLError, ValidationError) as exc:
                errors.append(f"{path.name}: {exc}")
                continue
            if entry.id != path.stem:
                errors.append(f"{path.name}: id {entry.id!r} differs from the file name")
            entries.append(entry)
        ids = {e.id for e in entries}
        for entry in entries:
            missing = [r for r in entry.related if r not in ids]
            if missing:
                errors.append(f"{entry.id}.yaml: related ids not found: {', '.join(missing)}")
        if not entries and not errors:
            errors.append(f"no entries under {content_dir / 'kb'}")
        if errors:
            raise KnowledgeBaseError("invalid knowledge base:\n" + "\n".join(errors))
        store = cls(entries, salaries)
        # Render every entry once now, so a template error stops start-up, not a user's question.
        for entry in entries:
            try:
                store.render(entry.id, date.today())
            except jinja2.TemplateError as exc:
                errors.append(f"{entry.id}.yaml: template error: {exc}")
        if errors:
            raise KnowledgeBaseError("invalid knowledge base:\n" + "\n".join(errors))
        return store

    def context(self, as_of: date) -> dict[str, Any]:
        """Template helpers; amounts always come from the base in force on ``as_of``."""
        base = self.salaries.at(as_of)
        previous = self.salaries.previous(as_of)

        def tien(coefficient: float | str) -> str:
            return format_dong(self.salaries.prize(coefficient, base.amount))

        def tien_truoc(coefficient: float | str) -> str:
            if previous is None:
                return ""
            return format_dong(self.salaries.prize(coefficient, previous.amount))

        def he_so(coefficient: float) -> str:
            """``"hệ số 0,3 × mức lương cơ sở 2.530.000 đồng"``."""
            return (
                f"hệ số {format_coefficient(coefficient)} × mức lương cơ sở "
                f"{format_dong(base.amount)}"
            )

        def muc_cu(coefficient: float) -> str:
            """A bullet line for decisions signed under the previous base, or nothing."""
            if previous is None:
                return ""
            return (
                f"- Quyết định ký trước {format_date(base.start)} tính theo mức lương cơ sở cũ: "
                f"{tien_truoc(coefficient)}."
            )

        def tu_ngay(iso: str) -> bool:
            """True once ``as_of`` reaches the date, e.g. ``{% if tu_ngay("2026-10-01") %}``."""
            return as_of >= date.fromisoformat(iso)

        helpers: dict[str, Callable[..., Any] | str | int | date | None] = {
            "tien": tien,
            "tien_truoc": tien_truoc,
            "he_so": he_so,
            "muc_cu": muc_cu,
            "tu_ngay": tu_ngay,
            "luong_co_so": format_dong(base.amount),
            "luong_co_so_tu": format_date(base.start),
            "luong_co_so_vb": base.doc,
            "luong_co_so_truoc": format_dong(previous.amount) if previous else "",
            "luong_co_so_truoc_tu": format_date(previous.start) if previous else "",
            "nam": as_of.year,
            "hom_nay": format_date(as_of),
            "as_of": as_of,
        }
        return helpers

    def render(self, entry_id: str, as_of: date) -> RenderedEntry:
        entry = self.entries[entry_id]
        ctx = self.context(as_of)
        body = _tidy(self._templates[entry_id].render(ctx))
        facts = [_tidy(t.render(ctx)) for t in self._fact_templates[entry_id]]
        sources = [
            SourceRef(doc=doc.render(ctx).strip(), cite=cite.render(ctx).strip())
            for doc, cite in self._source_templates[entry_id]
        ]
        lines = [f"**{entry.title}**", body]
        if as_of < entry.effective:
            lines.append(f"Lưu ý: quy định này áp dụng từ {format_date(entry.effective)}.")
        if entry.province_note:
            lines.append(f"Tùy quy chế tỉnh: {entry.province_note.strip()}")
        lines.append(citation_line(sources))
        return RenderedEntry(entry, body, "\n".join(lines), facts, sources)


def _tidy(text: str) -> str:
    """Strip template white space: trailing spaces, and the empty lines a helper that rendered
    nothing ({{ muc_cu(0.3) }} before any base change) or an {% if %} block leaves behind.
    Answers are written one line per point, so no empty line is ever meant."""
    return "\n".join(line.rstrip() for line in text.strip().splitlines() if line.strip())
