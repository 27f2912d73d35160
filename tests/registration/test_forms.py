"""The form engine (bot/forms) without a database or channel: schema, values, driver, lines,
Excel."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from openpyxl import load_workbook

from bot.core.context import FlowState
from bot.core.messages import Choice, Incoming
from bot.core.templates import Messages
from bot.forms import FormDef, FormLibrary, FormRunner, Invalid, Option, Problem, parse_value
from bot.forms.excel import SheetError, build_template, read_sheet
from bot.forms.values import format_value, match_option, pick_options

ROOT = Path(__file__).resolve().parents[2]
MESSAGES = Messages(ROOT / "content" / "templates")
TODAY = date(2026, 3, 2)


@dataclass
class FakeContext:
    """Just what FormRunner uses of a Context."""

    state: FlowState = field(default_factory=lambda: FlowState("demo", "form", {}))
    incoming: Incoming = field(default_factory=lambda: Incoming("telegram", "b", "1", "1", "u1"))
    sent: list[tuple[str, list[Choice]]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return (self.incoming.text or "").strip()

    def today(self) -> date:
        return TODAY

    def t(self, name: str, /, **kwargs: Any) -> str:
        return MESSAGES.render(name, **kwargs)

    async def reply(self, text: str, choices: Any = None, **_: Any) -> None:
        self.sent.append((text, list(choices or [])))

    @property
    def last(self) -> tuple[str, list[Choice]]:
        return self.sent[-1]

    def said(self, text: str) -> FakeContext:
        self.incoming = Incoming("telegram", "b", "1", "1", "u", text=text)
        return self

    def tapped(self, label: str) -> FakeContext:
        payload = next(c.payload for c in self.last[1] if label in c.label)
        self.incoming = Incoming("telegram", "b", "1", "1", "u", choice=payload)
        return self


DEMO = FormDef.model_validate(
    yaml.safe_load(
        """
id: demo
title: Thử
fields:
  - {id: name, type: text, label: Họ và tên, min_length: 4}
  - {id: born, type: year, label: Năm sinh, min: year-75, max: year-16, example: "1980"}
  - id: kind
    type: choice
    label: Loại
    choices:
      - {value: a, label: Lao động tiên tiến, aliases: [LĐTT]}
      - {value: b, label: Chiến sĩ thi đua cơ sở, aliases: [CSTĐCS]}
      - {value: c, label: Cờ thi đua, refused: chỉ dành cho tập thể.}
  - {id: idea, type: text, label: Sáng kiến, when: {field: kind, equals: b}, help: Tên dự kiến.}
  - {id: tags, type: multichoice, label: Phong trào, source: tags, required: false}
  - {id: ok, type: boolean, label: Đồng ý}
  - {id: note, type: text, label: Ghi chú, required: false}
line:
  columns: [name, born, kind, idea, note]
"""
    )
)


async def tags(ctx: Any, values: dict[str, Any]) -> list[Option]:
    return [
        Option(value="1", label="Dân vận khéo"),
        Option(value="2", label="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
        Option(value="3", label="Đền ơn đáp nghĩa"),
    ]


def test_every_form_file_loads() -> None:
    library = FormLibrary(ROOT / "content" / "forms")
    for path in (ROOT / "content" / "forms").glob("registration*.yaml"):
        form = library.get(path.stem)
        assert form.fields and form.id == path.stem


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"fields": [{"id": "a", "type": "choice", "label": "A"}]}, "needs choices or a source"),
        ({"fields": [{"id": "A b", "type": "text", "label": "A"}]}, "lower_snake_case"),
        (
            {
                "fields": [
                    {"id": "a", "type": "text", "label": "A", "when": {"field": "b", "equals": 1}}
                ]
            },
            "must be an earlier field",
        ),
        ({"fields": [{"id": "a", "type": "year", "label": "A", "max": "next year"}]}, "bound"),
        ({"fields": [{"id": "a", "type": "date", "label": "A", "colour": "red"}]}, "colour"),
    ],
)
def test_bad_definitions_are_refused(body: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        FormDef.model_validate({"id": "x", "title": "X", **body})


def test_values() -> None:
    born, kind = DEMO.field("born"), DEMO.field("kind")
    assert parse_value(born, "1980", today=TODAY) == 1980
    assert parse_value(born, "năm 1980", today=TODAY) == 1980
    with pytest.raises(Invalid) as bad:
        parse_value(born, "198", today=TODAY)
    assert bad.value.code == "not_year"
    with pytest.raises(Invalid) as old:
        parse_value(born, "1940", today=TODAY)
    assert old.value.code == "year_range" and old.value.params["min"] == 1951
    options = kind.choices or []
    assert parse_value(kind, "lđtt", options, today=TODAY) == "a"
    assert parse_value(kind, "chien si thi dua co so", options, today=TODAY) == "b"
    assert parse_value(kind, "2", options, today=TODAY) == "b"
    with pytest.raises(Invalid) as refused:
        parse_value(kind, "cờ thi đua", options, today=TODAY)
    assert refused.value.code == "refused"
    phone = DEMO.field("name").model_copy(update={"type": "phone"})
    assert parse_value(phone, "+84 912.345.678", today=TODAY) == "0912345678"
    day = DEMO.field("name").model_copy(update={"type": "date", "min_length": None})
    assert parse_value(day, "15/3", today=TODAY) == "2026-03-15"
    assert format_value(day, "2026-03-15") == "15/03/2026"
    ok = DEMO.field("ok")
    assert parse_value(ok, "Không", today=TODAY) is False
    assert parse_value(ok, "co", today=TODAY) is True


async def test_multichoice_names_with_commas() -> None:
    options = await tags(None, {})
    assert [
        o.value
        for o in pick_options(
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; 3", options
        )
    ] == ["2", "3"]
    assert [o.value for o in pick_options("tất cả", options)] == ["1", "2", "3"]
    assert match_option(options, "dân vận") is not None
    with pytest.raises(Invalid):
        pick_options("1, phong trào lạ", options)


def test_error_messages_say_what_and_how() -> None:
    born = DEMO.field("born")
    from bot.forms import explain

    text = explain(MESSAGES.render, born, Invalid("not_year", text="198"))
    assert text == 'Năm sinh "198" chưa đúng: cần ghi năm đủ 4 chữ số, ví dụ 1980.'


async def check(ctx: Any, field_id: str | None, values: dict[str, Any]) -> Problem | None:
    if field_id == "ok" and values.get("ok") is False:
        return Problem("Cần đồng ý mới đăng ký Chiến sĩ thi đua cơ sở.", field="kind")
    return None


async def test_driver_conversation() -> None:
    runner = FormRunner(
        DEMO,
        key="demo",
        sources={"tags": tags},
        check=check,
        extra_choices=[Choice("Hủy", "demo:cancel")],
    )
    ctx = FakeContext()
    await runner.start(ctx, intro="Bắt đầu")  # type: ignore[arg-type]
    text, choices = ctx.last
    assert text.startswith("Bắt đầu") and "(1/6) Họ và tên" in text
    assert [c.label for c in choices] == ["Hủy"]
    assert await runner.handle(ctx.said("An")) is None  # type: ignore[arg-type]
    assert "quá ngắn" in ctx.last[0] and "(1/6) Họ và tên" in ctx.last[0]
    await runner.handle(ctx.said("Nguyễn Văn An"))  # type: ignore[arg-type]
    await runner.handle(ctx.said("1980"))  # type: ignore[arg-type]
    assert "(3/6) Loại" in ctx.last[0]
    assert [c.label for c in ctx.last[1]][:2] == ["Lao động tiên tiến", "Chiến sĩ thi đua cơ sở"]
    assert "Cờ thi đua" not in [c.label for c in ctx.last[1]]
    await runner.handle(ctx.tapped("Chiến sĩ"))  # type: ignore[arg-type]
    assert "(4/7) Sáng kiến" in ctx.last[0]  # the condition made the field appear
    await runner.handle(ctx.tapped("Hướng dẫn"))  # type: ignore[arg-type]
    assert "Tên dự kiến." in ctx.last[0] and "(4/7) Sáng kiến" in ctx.last[0]
    await runner.handle(ctx.tapped("Quay lại"))  # type: ignore[arg-type]
    assert "(3/7) Loại" in ctx.last[0] and "Đang ghi: Chiến sĩ thi đua cơ sở" in ctx.last[0]
    await runner.handle(ctx.tapped("Giữ nguyên"))  # type: ignore[arg-type]
    await runner.handle(ctx.said("Sổ tay số"))  # type: ignore[arg-type]
    assert "(5/7) Phong trào" in ctx.last[0]
    await runner.handle(ctx.tapped("Dân vận"))  # type: ignore[arg-type]
    await runner.handle(ctx.tapped("Đền ơn"))  # type: ignore[arg-type]
    assert "Đã chọn: Dân vận khéo; Đền ơn đáp nghĩa" in ctx.last[0]
    await runner.handle(ctx.tapped("Dân vận"))  # type: ignore[arg-type]
    assert "Đã chọn: Đền ơn đáp nghĩa" in ctx.last[0]
    await runner.handle(ctx.tapped("Xong"))  # type: ignore[arg-type]
    assert "(6/7) Đồng ý" in ctx.last[0]
    await runner.handle(ctx.tapped("Không"))  # type: ignore[arg-type]
    # The check refused and sends the user back to the field to change, with the reason.
    assert ctx.last[0].startswith("Cần đồng ý") and "(3/" in ctx.last[0]
    await runner.handle(ctx.said("LĐTT"))  # type: ignore[arg-type]
    assert "Đồng ý" in ctx.last[0]
    await runner.handle(ctx.said("có"))  # type: ignore[arg-type]
    await runner.handle(ctx.tapped("Bỏ qua"))  # type: ignore[arg-type]
    text, choices = ctx.last
    assert "Xem lại: Thử" in text and "Sáng kiến" not in text
    assert "Ghi chú: (bỏ trống)" in text
    await runner.handle(ctx.tapped("Sửa: Năm sinh"))  # type: ignore[arg-type]
    await runner.handle(ctx.said("1981"))  # type: ignore[arg-type]
    assert "Xem lại" in ctx.last[0] and "Năm sinh: 1981" in ctx.last[0]
    values = await runner.handle(ctx.tapped("Xác nhận"))  # type: ignore[arg-type]
    assert values == {
        "name": "Nguyễn Văn An",
        "born": 1981,
        "kind": "a",
        "tags": ["3"],
        "ok": True,
    }
    assert not runner.active(ctx)  # type: ignore[arg-type]


async def test_lines() -> None:
    runner = FormRunner(DEMO, sources={"tags": tags})
    ctx = FakeContext()
    good = await runner.read_line(ctx, "Nguyễn Văn An, 1980, CSTĐCS, Sổ tay số, ghi chú, thêm")  # type: ignore[arg-type]
    assert good.ok, good.errors
    assert good.values == {
        "name": "Nguyễn Văn An",
        "born": 1980,
        "kind": "b",
        "idea": "Sổ tay số",
        "note": "ghi chú, thêm",
    }
    no_idea = await runner.read_line(ctx, "Nguyễn Văn An, 1980, LĐTT, ghi chú")  # type: ignore[arg-type]
    assert no_idea.ok and no_idea.values["note"] == "ghi chú" and "idea" not in no_idea.values
    missing = await runner.read_line(ctx, "Nguyễn Văn An, LĐTT")  # type: ignore[arg-type]
    assert [f for f, _ in missing.errors] == ["born"]
    assert "thiếu năm sinh" in missing.errors[0][1]
    wrong = await runner.read_line(ctx, "Nguyễn Văn An, 80, CSTĐ")  # type: ignore[arg-type]
    assert [f for f, _ in wrong.errors] == ["born", "kind"]


async def test_excel_template_round_trip() -> None:
    options = {"tags": await tags(None, {})}
    data = build_template(
        DEMO, title="Mẫu", note="Ghi chú", example={"name": "Nguyễn Văn An"}, options=options
    )
    book = load_workbook(io.BytesIO(data))
    sheet = book["Danh sách"]
    assert [c.value for c in sheet[3]] == [
        "STT",
        "Họ và tên (*)",
        "Năm sinh (*)",
        "Loại (*)",
        "Sáng kiến (*)",
        "Ghi chú",
    ]
    sheet.append([1, "Lò Văn Bình", 1985, "LĐTT", None, None])
    sheet.append([None, None, None, None, None, None])
    sheet.append([2, "Lò Thị Cúc", 1990.0, "CSTĐCS", "Sáng kiến", "x"])
    out = io.BytesIO()
    book.save(out)
    rows = read_sheet(DEMO, out.getvalue())
    assert [(r.number, r.raw["name"], r.raw["born"]) for r in rows] == [
        (5, "Lò Văn Bình", "1985"),
        (7, "Lò Thị Cúc", "1990"),
    ]
    with pytest.raises(SheetError):
        read_sheet(DEMO, b"PK\x03\x04 not a workbook")
