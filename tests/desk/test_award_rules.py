"""The award history's rules and Excel reading, without a browser: the consecutive-year count,
the content file's integrity, and the import's limits on bad files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.awards import catalogue, sheet
from bot.awards.rules import MET, MISSING, PENDING, checks_for
from bot.content import content_dir

CONTENT = Path(content_dir())


@pytest.mark.parametrize(
    ("years", "state", "streak"),
    [
        ([2023, 2024, 2025], MET, (2023, 2024, 2025)),
        ([2024, 2025, 2026], MET, (2024, 2025, 2026)),
        ([2024, 2025], PENDING, (2024, 2025)),  # 2026 still open
        ([2022, 2023, 2025], MISSING, (2025,)),  # broken run
        ([2021, 2022, 2023], MISSING, ()),  # long ago: not consecutive up to now
        ([], MISSING, ()),
        ([2024, 2025, 2027], PENDING, (2024, 2025)),  # a later year is ignored
    ],
)
def test_cstd_tinh_needs_three_consecutive_cstdcs(
    years: list[int], state: str, streak: tuple[int, ...]
) -> None:
    cat = catalogue.load(CONTENT)
    [check] = checks_for(cat, "cstd_tinh", "ca_nhan", [("cstdcs", y) for y in years], 2026)
    assert (check.state, check.streak) == (state, streak)
    assert check.rule.source == "Luật Thi đua, khen thưởng 2022, Điều 22 khoản 1 điểm a"


def test_rules_quote_the_law_and_name_known_awards() -> None:
    cat = catalogue.load(CONTENT)
    law = (
        Path("/work/shared/reference/law/luat-tdkt-2022-trich.md").read_text(encoding="utf-8")
        if Path("/work/shared/reference/law/luat-tdkt-2022-trich.md").exists()
        else None
    )
    assert cat.rules
    for rule in cat.rules:
        assert rule.award in cat.awards and rule.needs in cat.awards
        assert "Điều" in rule.source
        if rule.confidence == "H":
            assert rule.quote, rule
            if law is not None:  # the quotation is verbatim
                assert rule.quote in law, rule.quote
    # Every dossier kind and registration title files under an award.
    assert cat.for_dossier_kind("chien_si_thi_dua_co_so.sang_kien").key == "cstdcs"  # type: ignore[union-attr]
    assert cat.for_title("cstd_tinh").key == "cstd_tinh"  # type: ignore[union-attr]
    assert cat.find("CSTĐCS").key == "cstdcs"  # type: ignore[union-attr]


def _read(data: bytes) -> sheet.Outcome:
    return sheet.read(
        data,
        content_dir=CONTENT,
        catalogue=catalogue.load(CONTENT),
        units=[sheet.UnitRef(1, "XA-CM", "Xã Chiềng Mung")],
        today=date(2026, 3, 2),
        render=lambda name, **kw: name,
    )


def test_import_refuses_bad_files_whole() -> None:
    too_big = _read(b"x" * (sheet.MAX_FILE_BYTES + 1))
    assert too_big.sheet_error is not None and too_big.sheet_error.code == "file_too_big"
    not_xlsx = _read(b"PK\x03\x04 not really a workbook")
    assert not_xlsx.sheet_error is not None and not_xlsx.sheet_error.code == "not_xlsx"
    empty = _read(sheet.template(CONTENT, catalogue.load(CONTENT), "Xã Chiềng Mung"))
    assert empty.sheet_error is not None and empty.sheet_error.code == "empty"
    assert not empty.rows
