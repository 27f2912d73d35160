"""Is a page photo good enough to keep, and making what is kept look scanned.

Pure functions on bytes (no database, no chat); CPU-bound, so callers run them off the event
loop (``asyncio.to_thread``). Every measure is taken on a grey copy downscaled to
:data:`MEASURE_SIDE` on the long side: cheap (JPEG ``draft`` decodes at 1/2, 1/4 or 1/8), and the
thresholds then do not depend on the camera's resolution.

The thresholds were tuned on ``benchmarks/page_quality_bench.py``'s generated set (Vietnamese
document pages degraded like phone photos); its held-out results are in BENCHMARKS.md.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter, ImageOps

from bot.core.messages import Attachment
from handlers.dossier.files import PDF_MAX_SIDE, Refusal

#: Long side of the grey copy every measure is taken on.
MEASURE_SIDE = 1000

#: Grey level (0-255) of the paper (90th percentile) below which a page is too dark: white
#: paper in a dim room photographs at 60-90 and the text is lost in sensor noise. On the set,
#: dark pages measured 23-54, dim but readable ones 128-148.
DARK_PAPER = 80
#: Spread between the ink (2nd percentile) and the paper (90th) below which there is no text
#: to read: burnt out by a flash (paper at white) or fogged/faded (paper grey). On the set,
#: spoilt pages measured 8-54, good ones 79 and up.
MIN_CONTRAST = 65
#: Paper at or above this with too little contrast is "too bright" rather than "faded".
BRIGHT_PAPER = 240
#: A sparse page (the signature page of a tờ trình, a clean scan with a few lines) has too little
#: ink for the 2nd percentile to see it, so its "contrast" reads low; but its few strokes are
#: crisp: the darkest 0.3 % sit this far below the paper. Burnt-out and faded pages on the set
#: measured at most 123 here, a clean page with five lines of text 194.
CRISP_INK = 150
#: Variance of the Laplacian over the contrast squared, below which the text is smeared. On
#: the set, blurred pages measured 0.0003-0.0041, softly focused but legible ones 0.036 and up.
MIN_SHARPNESS = 0.02
#: A document is mostly paper: the share of pixels close to the paper level. Unsharp pictures
#: with little paper are "not a document" rather than "blurred" (a shadowed sharp page can
#: measure as low as 0.35, so this alone does not refuse).
MIN_PAPER_SHARE = 0.45

#: Straightening: the skew of the text lines is looked for within ±MAX_SKEW degrees, first in
#: SKEW_STEP steps, then in SKEW_FINE steps around the best. A photo tilted further than 5° is
#: rare (the officer squares the page in the viewfinder) and a wider search risks locking onto a
#: table or a stamp.
MAX_SKEW = 5.0
SKEW_STEP = 0.5
SKEW_FINE = 0.1
#: Below this the page is left as it is: resampling softens the letters a little, and Tesseract
#: reads a line tilted by a few tenths of a degree as well as a level one.
MIN_SKEW = 0.3
#: Long side of the copy the skew is estimated on: 5° across 1000 px is 87 px of drift, plenty
#: to tell 0.1° steps apart, and the estimate takes milliseconds.
SKEW_SIDE = 1000


@dataclass(frozen=True, slots=True)
class Verdict:
    """The measures of one page and, if refused, why (``reason`` names a template branch)."""

    reason: str | None  # None | dark | bright | contrast | blur | notdoc
    paper: float
    contrast: float
    sharpness: float
    paper_share: float
    burnt: float


def _grey(data: bytes) -> np.ndarray:
    with Image.open(io.BytesIO(data)) as opened:
        opened.draft("L", (MEASURE_SIDE, MEASURE_SIDE))
        image = ImageOps.exif_transpose(opened).convert("L")
    image.thumbnail((MEASURE_SIDE, MEASURE_SIDE))
    return np.asarray(image, dtype=np.float32)


def _laplacian_var(grey: np.ndarray) -> float:
    lap = grey[:-2, 1:-1] + grey[2:, 1:-1] + grey[1:-1, :-2] + grey[1:-1, 2:] - 4 * grey[1:-1, 1:-1]
    return float(lap.var())


def measure(data: bytes) -> Verdict:
    """Measure one page image and say whether (and why) it should be retaken."""
    grey = _grey(data)
    darkest, ink, paper = (float(v) for v in np.percentile(grey, [0.3, 2, 90]))
    contrast = paper - ink
    sparse = paper - darkest >= CRISP_INK
    burnt = float((grey >= 250).mean())
    # A sharp page has high Laplacian energy relative to its contrast; a low-contrast sharp
    # page must not pass as blurred, so the energy is scaled by the contrast squared.
    sharpness = _laplacian_var(grey) / max(contrast, 1.0) ** 2
    paper_share = float((np.abs(grey - paper) <= max(contrast * 0.25, 12)).mean())
    reason: str | None = None
    if paper < DARK_PAPER:
        reason = "dark"
    elif contrast < MIN_CONTRAST and not sparse:
        reason = "bright" if paper >= BRIGHT_PAPER else "contrast"
    elif sharpness < MIN_SHARPNESS:
        reason = "notdoc" if paper_share < MIN_PAPER_SHARE else "blur"
    return Verdict(reason, paper, contrast, sharpness, paper_share, burnt)


def _ink(image: Image.Image) -> np.ndarray:
    """Where the ink is: pixels well below the paper around them (a shadow lowers both)."""
    step = 8
    small = image.resize(
        (max(1, image.width // step), max(1, image.height // step)), Image.Resampling.BOX
    )
    light = small.filter(ImageFilter.MaxFilter(3)).filter(ImageFilter.GaussianBlur(2))
    light = light.resize(image.size, Image.Resampling.BILINEAR)
    grey = np.asarray(image, dtype=np.float32)
    return grey < np.asarray(light, dtype=np.float32) * 0.7  # type: ignore[no-any-return]


def _profile_score(ys: np.ndarray, xs: np.ndarray, angle: float, rows: int) -> float:
    """How sharply the ink falls into rows when the page is turned by ``angle`` degrees: text
    lines give tall peaks and empty gaps, so the squared row-to-row change is largest when they
    lie level."""
    shifted = ys - xs * np.tan(np.radians(angle))
    counts = np.bincount(np.round(shifted).astype(np.int64) + rows, minlength=3 * rows)
    return float(np.square(np.diff(counts.astype(np.float64))).sum())


def skew_angle(image: Image.Image) -> float:
    """Degrees to turn the page counter-clockwise (``Image.rotate``'s sense) so its lines of
    text lie level; 0.0 when there is too little text to tell.

    Projection profiles of the ink on a small copy: the ink pixels are sheared instead of the
    image being rotated, so each angle tried is one ``bincount``.
    """
    small = image.convert("L")
    small.thumbnail((SKEW_SIDE, SKEW_SIDE))
    ink = _ink(small)
    # Only the middle of the picture: the edges may hold the table or the paper's own border,
    # long dark bands whose level edges would outvote the text.
    margin_y, margin_x = ink.shape[0] // 10, ink.shape[1] // 10
    middle = ink[margin_y : ink.shape[0] - margin_y, margin_x : ink.shape[1] - margin_x]
    ys, xs = np.nonzero(middle)
    if ys.size < 500:  # a blank page or a few strokes: no lines to level
        return 0.0
    ys, xs = ys.astype(np.float64), xs.astype(np.float64) - middle.shape[1] / 2
    rows = middle.shape[0]

    def best(angles: np.ndarray) -> tuple[float, float]:
        scores = [_profile_score(ys, xs, float(a), rows) for a in angles]
        top = int(np.argmax(scores))
        return float(angles[top]), scores[top]

    coarse, _ = best(np.arange(-MAX_SKEW, MAX_SKEW + SKEW_STEP / 2, SKEW_STEP))
    fine, _ = best(np.arange(coarse - SKEW_STEP, coarse + SKEW_STEP + SKEW_FINE / 2, SKEW_FINE))
    # A page turned counter-clockwise by a° has lines y = y0 - x·tan a, levelled by the shear
    # of -a°: the best shear is itself the turn that levels the page.
    return round(fine, 2)


def straightened(image: Image.Image) -> Image.Image:
    """The page turned so its lines lie level; unchanged if it is level enough already. The
    corners the turn uncovers are filled with the paper's own grey, so they vanish with it
    when the contrast is stretched."""
    angle = skew_angle(image)
    if abs(angle) < MIN_SKEW:
        return image
    paper = int(np.percentile(np.asarray(image.reduce(4)), 90))
    return image.rotate(angle, Image.Resampling.BICUBIC, expand=True, fillcolor=paper)


def cleaned(data: bytes, max_side: int) -> tuple[bytes, int, int]:
    """The page as a scan would show it: cropped to the paper, straightened, grey, contrast
    stretched.

    Cropping keeps the bounding box of the bright (paper) region with a small margin, so a
    table top around the page goes. Straightening turns the page so its text lines lie level
    (:func:`skew_angle`); a perspective fit is left out (not cheap, and a wrong one garbles
    text that Tesseract reads fine slightly keystoned).
    """
    with Image.open(io.BytesIO(data)) as opened:
        opened.draft("L", (max_side, max_side))
        image = ImageOps.exif_transpose(opened).convert("L")
    if max(image.size) > max_side:
        image.thumbnail((max_side, max_side))
    small = image.copy()
    small.thumbnail((400, 400))
    arr = np.asarray(small.filter(ImageFilter.MedianFilter(5)), dtype=np.float32)
    paper = float(np.percentile(arr, 90))
    mask = arr >= paper * 0.8
    rows, cols = np.where(mask.any(axis=1))[0], np.where(mask.any(axis=0))[0]
    if rows.size and cols.size:
        scale = image.width / small.width
        top, bottom = max(0, rows[0] - 3), min(arr.shape[0], rows[-1] + 4)
        left, right = max(0, cols[0] - 3), min(arr.shape[1], cols[-1] + 4)
        box = (int(left * scale), int(top * scale), int(right * scale), int(bottom * scale))
        # Only crop a real margin away: never cut into the page itself by more than a sliver.
        if (box[2] - box[0]) * (box[3] - box[1]) >= 0.5 * image.width * image.height:
            image = image.crop(box)
    image = straightened(image)
    if max(image.size) > max_side:  # turning adds corners: keep within the stored size
        image.thumbnail((max_side, max_side))
    image = ImageOps.autocontrast(image, cutoff=(1, 2))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85)
    return out.getvalue(), image.width, image.height


def photo_intake(data: bytes, attachment: Attachment) -> tuple[bytes, int, int] | Refusal:
    """A page photo that passed the size checks: refused with the reason, or cleaned.

    The cleaned page (grey JPEG, long side at most :data:`PDF_MAX_SIDE`) replaces the original:
    every later use (previews, the PDF, OCR) reads the small, clear version.
    """
    verdict = measure(data)
    if verdict.reason is not None:
        return Refusal(
            verdict.reason,
            file_name=attachment.file_name or "",
            was_photo=attachment.kind == "photo",
        )
    return cleaned(data, PDF_MAX_SIDE)
