"""Page quality at the door (issue 14, step 1): spoilt photos refused with the reason and how to
retake them, good ones cleaned to look scanned."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from benchmarks.page_quality_bench import make_sample
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
