"""Page quality at the door (issue 14, step 1): spoilt photos refused with the reason and how to
retake them, good ones cleaned to look scanned."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from benchmarks.page_quality_bench import make_sample, render_page
from handlers.dossier import quality
from tests.dossier import samples
from tests.dossier.flow import latest_dossier, send_page, start_dossier
from tests.e2e.harness import Harness


def darkened(data: bytes, gain: float) -> bytes:
    with Image.open(io.BytesIO(data)) as image:
        arr = np.asarray(image.convert("RGB"), dtype=np.float32) * gain
    out = io.BytesIO()
    Image.fromarray(arr.clip(0, 255).astype(np.uint8)).save(out, format="JPEG", quality=85)
    return out.getvalue()


# Indices in the generated set (fixed seed) of one sample of each kind.
@pytest.mark.parametrize(
    ("index", "reason"),
    [(26, "dark"), (8, "bright"), (11, "contrast"), (16, "blur"), (21, "notdoc"), (10, None)],
)
def test_generated_pages_are_judged_by_kind(index: int, reason: str | None) -> None:
    sample = make_sample(index)
    expected = {"clean": None}.get(sample.kind, sample.kind)
    assert expected == reason  # the index still names the kind this case is about
    assert quality.measure(sample.data).reason == reason


@pytest.mark.parametrize("lines", [5, 10])
def test_a_clean_page_with_few_lines_is_accepted(lines: int) -> None:
    # The signature page of a tờ trình, or a scanner app's clean white page: little ink, so the
    # 2nd percentile sees only paper, yet nothing is wrong with it.
    page = Image.new("L", (1240, 1754), 250)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 28)
    for line in range(lines):
        draw.text((120, 150 + line * 46), "Ủy ban nhân dân xã kính trình", fill=20, font=font)
    out = io.BytesIO()
    page.save(out, format="JPEG", quality=85)
    assert quality.measure(out.getvalue()).reason is None


def test_an_accepted_page_is_cropped_to_the_paper_and_stretched() -> None:
    # A page on a dark table, photographed dim: the table goes, the paper becomes white.
    page = samples.page_image("Tờ trình", size=(1240, 1754)).convert("L")
    table = Image.new("L", (1500, 2000), 60)
    table.paste(page.point(lambda v: int(v * 0.7)), (130, 120))
    out = io.BytesIO()
    table.save(out, format="JPEG", quality=85)
    data, width, height = quality.cleaned(out.getvalue(), 2480)
    assert width < 1320 and height < 1840  # the margin of table is cropped away
    with Image.open(io.BytesIO(data)) as image:
        grey = np.asarray(image.convert("L"))
    assert np.percentile(grey, 90) >= 240  # paper looks white, as on a scan


async def test_a_dark_photo_is_refused_with_the_reason_and_earlier_pages_kept(
    harness: Harness,
) -> None:
    officer = await harness.officer("THON-BM", name="Lò Văn An")
    await start_dossier(officer)
    await send_page(officer, "Tờ trình trang 1")
    dark = darkened(samples.jpeg("Tờ trình trang 2", seed=1), 0.12)
    await officer.send_files([("trang2.jpg", dark)], as_="photo")
    refused = await officer.expect("quá tối")
    assert "chụp lại ở chỗ sáng hơn" in refused.text
    assert "Các trang đã gửi trước đó vẫn được giữ nguyên" in refused.text
    _, pages = await latest_dossier(harness)
    assert len(pages) == 1
    # A blurred one is refused too, for its own reason.
    blurred = make_sample(16).data
    await officer.send_files([("trang2b.jpg", blurred)], as_="photo")
    await officer.expect("bị nhòe")
    _, pages = await latest_dossier(harness)
    assert len(pages) == 1


def tilted_page(doc: str, angle: float, seed: int = 1, around: int = 250) -> Image.Image:
    """A generated page turned counter-clockwise by ``angle`` degrees, as if laid askew on
    something of grey level ``around``."""
    page = render_page(doc, random.Random(seed))
    return page.rotate(angle, Image.Resampling.BICUBIC, expand=True, fillcolor=around)


@pytest.mark.parametrize(
    ("doc", "angle"),
    [
        ("to_trinh", 3.0),
        ("bien_ban", -2.2),
        ("danh_sach", 4.6),
        ("sang_kien", -4.9),
        ("bao_cao", 0.7),
        ("bao_cao", -1.3),
        ("to_trinh", 0.0),
    ],
)
def test_the_skew_of_a_page_is_found_within_half_a_degree(doc: str, angle: float) -> None:
    # The turn that levels the page undoes the tilt.
    assert quality.skew_angle(tilted_page(doc, angle)) == pytest.approx(-angle, abs=0.5)


def test_a_blank_page_is_not_turned() -> None:
    assert quality.skew_angle(Image.new("L", (1240, 1754), 250)) == 0.0


async def test_a_skewed_photo_is_stored_straight(harness: Harness) -> None:
    # A page laid 3.5° askew on a dark table, photographed: the page kept is level.
    page = tilted_page("to_trinh", 3.5, around=70)
    table = Image.new("L", (page.width + 200, page.height + 200), 70)
    table.paste(page, (100, 100))
    assert quality.skew_angle(table) == pytest.approx(-3.5, abs=0.5)
    out = io.BytesIO()
    table.convert("RGB").save(out, format="JPEG", quality=85)
    officer = await harness.officer("THON-BM", name="Lò Văn An")
    await start_dossier(officer)
    await officer.send_files([("lech.jpg", out.getvalue())], as_="photo")
    await officer.expect("Đã nhận 1 trang")
    _, pages = await latest_dossier(harness)
    assert harness.app is not None
    stored = await harness.app.services.media.get(pages[0].media_key)
    with Image.open(io.BytesIO(stored)) as image:
        assert abs(quality.skew_angle(image)) <= 0.5
