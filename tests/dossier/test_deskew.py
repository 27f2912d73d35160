"""A page photographed a few degrees turned is stored level (issue 14: pages look scanned)."""

from __future__ import annotations

import io
import random

import pytest
from PIL import Image

from benchmarks.page_quality_bench import render_page
from handlers.dossier.files import PDF_MAX_SIDE
from handlers.dossier.quality import cleaned, skew_angle


def turned_photo(angle: float) -> bytes:
    page = render_page("bien_ban", random.Random(4))
    turned = page.rotate(angle, expand=True, fillcolor=250, resample=Image.Resampling.BICUBIC)
    out = io.BytesIO()
    turned.convert("RGB").save(out, format="JPEG", quality=85)
    return out.getvalue()


@pytest.mark.parametrize("angle", [-4.0, -1.5, 2.0, 3.5])
def test_the_angle_of_the_text_lines_is_found(angle: float) -> None:
    with Image.open(io.BytesIO(turned_photo(angle))) as image:
        assert skew_angle(image) == pytest.approx(-angle, abs=0.25)


def test_a_turned_page_is_stored_level_and_a_level_one_untouched() -> None:
    data, _, _ = cleaned(turned_photo(3.0), PDF_MAX_SIDE)
    with Image.open(io.BytesIO(data)) as stored:
        assert abs(skew_angle(stored)) < 0.3
    level, width, height = cleaned(turned_photo(0.0), PDF_MAX_SIDE)
    with Image.open(io.BytesIO(level)) as stored:
        assert abs(skew_angle(stored)) < 0.3  # below the turn threshold: left as it was
        assert stored.size == (width, height)
