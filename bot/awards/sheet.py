"""The Excel import of past years' awards: the template, and reading it row by row.

Reading unpacks and parses XML, so :func:`read` runs in a worker thread (the caller's
``asyncio.to_thread``), with the project's workbook limits (``bot.forms.excel``: unpacked size,
rows). Every row is validated before anything is written; one bad row means nothing is
imported and every problem is listed with its row number, so the officer fixes the file once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bot.awards.catalogue import Catalogue
from bot.awards.store import ImportRow
from bot.core.text import syllables
from bot.forms import FormDef, Option, load_form
from bot.forms.excel import SheetError, build_template, read_sheet
from bot.forms.values import Invalid, explain, parse_value

#: An uploaded history workbook: a filled template of 2,000 rows is about 100 KB.
MAX_FILE_BYTES = 900 * 1024
MAX_ROWS = 2000

Render = Callable[..., str]


@dataclass(frozen=True, slots=True)
class UnitRef:
    id: int
    code: str
    name: str


@dataclass
class Outcome:
    rows: list[ImportRow] = field(default_factory=list)
    #: "Dòng 7: …" sentences, in row order.
    errors: list[str] = field(default_factory=list)
    #: A problem with the whole file (SheetError code and params), instead of row errors.
    sheet_error: SheetError | None = None


def form(content_dir: Path) -> FormDef:
    return load_form(Path(content_dir) / "forms" / "award_history.yaml")


def award_options(catalogue: Catalogue) -> list[Option]:
    return [
        Option(value=a.key, label=a.label, aliases=[a.short, *a.aliases])
        for a in catalogue.awards.values()
    ]


def template(content_dir: Path, catalogue: Catalogue, scope_name: str) -> bytes:
    return build_template(
        form(content_dir),
        title=f"LỊCH SỬ KHEN THƯỞNG CÁC NĂM TRƯỚC — {scope_name}",
        note=(
            "Mỗi lần khen thưởng một dòng: người (hoặc tập thể), đơn vị, danh hiệu, năm. "
            "Cột có dấu (*) là bắt buộc. Đơn vị ghi đúng tên hoặc mã như trên bàn làm việc. "
            "Xem trang Hướng dẫn."
        ),
        example={
            "full_name": "Nguyễn Văn An",
            "birth_year": "1980",
            "subject_type": "Cá nhân",
            "unit": "Thôn Bản Mé",
            "award": "Chiến sĩ thi đua cơ sở",
            "year": "2024",
            "decision_number": "125/QĐ-UBND",
            "decision_date": "15/01/2025",
        },
        options={"award": award_options(catalogue)},
    )


def _key(text: str) -> str:
    return " ".join(syllables(text))


def read(
    data: bytes,
    *,
    content_dir: Path,
    catalogue: Catalogue,
    units: Sequence[UnitRef],
    today: date,
    render: Render,
) -> Outcome:
    """Parse and validate a filled template (blocking: run it in a thread)."""
    definition = form(content_dir)
    if len(data) > MAX_FILE_BYTES:
        return Outcome(sheet_error=SheetError("file_too_big", limit_kb=MAX_FILE_BYTES // 1024))
    try:
        rows = read_sheet(definition, data)
    except SheetError as error:
        return Outcome(sheet_error=error)
    if len(rows) > MAX_ROWS:
        return Outcome(sheet_error=SheetError("too_many", max=MAX_ROWS))
    if not rows:
        return Outcome(sheet_error=SheetError("empty"))
    by_name: dict[str, UnitRef] = {}
    for unit in units:
        by_name.setdefault(_key(unit.code), unit)
        by_name.setdefault(_key(unit.name), unit)
    options = {"award": award_options(catalogue)}
    outcome = Outcome()
    seen: dict[tuple[int, str, str, str, int], int] = {}
    for row in rows:
        values: dict[str, object] = {}
        problems: list[str] = []
        for f in definition.fields:
            text = (row.raw.get(f.id) or "").strip()
            if not text:
                if f.required:
                    problems.append(explain(render, f, Invalid("missing")))
                continue
            try:
                values[f.id] = parse_value(f, text, options.get(f.id, f.choices or ()), today=today)
            except Invalid as error:
                problems.append(explain(render, f, error))
        unit = by_name.get(_key(str(values.get("unit", "")))) if "unit" in values else None
        if "unit" in values and unit is None:
            problems.append(render("awards.import_unknown_unit", unit=values["unit"]))
        award = catalogue.awards.get(str(values.get("award", "")))
        subject = str(values.get("subject_type", ""))
        if award is not None and subject and subject not in award.subjects:
            problems.append(
                render(
                    "awards.import_wrong_subject",
                    award=award.label,
                    subject=render("awards.subject", subject=subject),
                )
            )
        if problems:
            outcome.errors.append(
                render(
                    "awards.import_row_error",
                    number=row.number,
                    problems=[str(p).rstrip(". ") for p in problems],
                )
            )
            continue
        assert unit is not None and award is not None
        name = " ".join(str(values["full_name"]).split())
        year = int(values["year"])  # type: ignore[call-overload]
        key = (unit.id, subject, _key(name), award.key, year)
        if key in seen:
            outcome.errors.append(
                render("awards.import_row_twice", number=row.number, first=seen[key])
            )
            continue
        seen[key] = row.number
        decided = values.get("decision_date")
        outcome.rows.append(
            ImportRow(
                number=row.number,
                unit_id=unit.id,
                subject_type=subject,
                name=name,
                birth_year=int(values["birth_year"]) if "birth_year" in values else None,  # type: ignore[call-overload]
                award=award.key,
                year=year,
                decision_number=str(values["decision_number"])
                if "decision_number" in values
                else None,
                decision_date=date.fromisoformat(str(decided)) if decided else None,
            )
        )
    return outcome
