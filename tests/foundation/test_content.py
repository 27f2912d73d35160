"""Content is found through the package, and a deployment's own directory overrides it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot import content
from bot.config import Settings
from bot.core.templates import Messages
from bot.knowledge import KnowledgeBase

ROOT = Path(__file__).resolve().parents[2]


def test_packaged_content_is_found_through_the_package() -> None:
    assert content.packaged_content_dir().resolve() == (ROOT / "content").resolve()
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert (settings.content_dir / "reference" / "luong_co_so.yaml").is_file()


def test_deployment_files_override_packaged_ones_and_the_rest_still_comes(tmp_path: Path) -> None:
    own = tmp_path / "own"
    (own / "templates").mkdir(parents=True)
    packaged = (ROOT / "content" / "templates" / "start.j2").read_text(encoding="utf-8")
    (own / "templates" / "start.j2").write_text(
        packaged.replace("Không có gì ạ!", "Dạ, không có chi!"), encoding="utf-8"
    )
    (own / "kb").mkdir()
    (own / "kb" / "rieng-cua-tinh.yaml").write_text(
        (ROOT / "content" / "kb" / "tro-ly-nop-ho-so.yaml").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    settings = Settings(_env_file=None, content_dir=own)  # type: ignore[call-arg]
    merged = settings.content_dir

    messages = Messages(merged / "templates")
    assert messages.render("start.thanks").startswith("Dạ, không có chi!")
    assert (merged / "templates" / "dossier.j2").is_file()  # not overridden: packaged
    assert (merged / "kb" / "rieng-cua-tinh.yaml").is_file()  # added by the deployment
    assert (merged / "reference" / "luong_co_so.yaml").is_file()
    # The packaged tree itself is untouched.
    assert "Không có gì ạ!" in (
        content.packaged_content_dir() / "templates" / "start.j2"
    ).read_text(encoding="utf-8")


def test_knowledge_base_loads_from_an_overlay(tmp_path: Path) -> None:
    own = tmp_path / "own"
    own.mkdir()
    kb = KnowledgeBase.load(content.resolve(own))
    assert kb.ask("tiền thưởng lao động tiên tiến", as_of=date(2026, 12, 1)).answered


def test_a_content_dir_that_does_not_exist_names_the_setting(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as raised:
        Settings(_env_file=None, content_dir=tmp_path / "missing")  # type: ignore[call-arg]
    assert "TDKT_CONTENT_DIR" in str(raised.value)
