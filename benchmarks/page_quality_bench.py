"""Page quality at the door: refuse-good and accept-bad rates on a generated set of phone photos.

Vietnamese document pages (tờ trình, báo cáo thành tích, biên bản họp, danh sách, sáng kiến)
are rendered with Pillow and DejaVu, photographed on a table (perspective, shadow, noise,
JPEG) and either kept good (mild degradations) or spoilt (dark, burnt out, fog, blur, a photo
that is not a document). A fixed seed gives the same set every run; even-numbered samples are
the tuning split, odd-numbered the held-out split whose rates are reported.

    python -m benchmarks.page_quality_bench --count 120 [--json] [--save DIR]
"""

from __future__ import annotations

import argparse
import io
import json
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SEED = 20261202

HEADER = [
    "ỦY BAN NHÂN DÂN XÃ {xa}",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
]
DOCS: dict[str, tuple[str, list[str]]] = {
    "to_trinh": (
        "TỜ TRÌNH",
        [
            "Về việc đề nghị tặng danh hiệu Lao động tiên tiến năm {nam}",
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025;",
            "Xét đề nghị của Hội đồng Thi đua - Khen thưởng xã,",
            "Ủy ban nhân dân xã kính trình Chủ tịch xem xét, quyết định tặng",
            "danh hiệu cho ông (bà) {ten}, chức vụ: {cv}.",
        ],
    ),
    "bao_cao": (
        "BÁO CÁO THÀNH TÍCH",
        [
            "Đề nghị tặng danh hiệu Chiến sĩ thi đua cơ sở năm {nam}",
            "Họ và tên: {ten}; chức vụ: {cv}",
            "I. SƠ LƯỢC LÝ LỊCH, ĐẶC ĐIỂM, NHIỆM VỤ ĐƯỢC GIAO",
            "II. THÀNH TÍCH ĐẠT ĐƯỢC",
            "1. Hoàn thành xuất sắc nhiệm vụ được giao trong năm;",
            "2. Có sáng kiến được Hội đồng sáng kiến cấp xã công nhận;",
            "III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN",
        ],
    ),
    "bien_ban": (
        "BIÊN BẢN HỌP",
        [
            "Hội đồng Thi đua - Khen thưởng xã {xa}",
            "Thời gian: 14 giờ 00 ngày 10 tháng 12 năm {nam}",
            "Địa điểm: Hội trường Ủy ban nhân dân xã",
            "Thành phần: có mặt 7/7 thành viên Hội đồng",
            "Nội dung: xét đề nghị danh hiệu thi đua năm {nam}",
            "Kết quả bỏ phiếu kín: 7/7 phiếu đồng ý (đạt 100%)",
            "Cuộc họp kết thúc lúc 16 giờ 30 cùng ngày.",
        ],
    ),
    "danh_sach": (
        "DANH SÁCH",
        [
            "Cá nhân đề nghị tặng danh hiệu Lao động tiên tiến năm {nam}",
            "STT   Họ và tên              Chức vụ            Ghi chú",
            "1     {ten}            {cv}",
            "2     Lò Thị Hoa               Công chức          ",
            "3     Quàng Văn Minh           Văn thư            ",
            "4     Tòng Thị Lan             Kế toán            ",
            "5     Hà Văn Tuấn              Địa chính          ",
        ],
    ),
    "sang_kien": (
        "BÁO CÁO SÁNG KIẾN",
        [
            "Tên sáng kiến: Số hóa hồ sơ thi đua, khen thưởng cấp xã",
            "Tác giả: {ten}; chức vụ: {cv}",
            "1. Mô tả giải pháp đã biết và những hạn chế",
            "2. Nội dung giải pháp đề nghị công nhận là sáng kiến",
            "3. Khả năng áp dụng và hiệu quả đạt được",
            "Tôi xin cam đoan mọi thông tin nêu trên là trung thực.",
        ],
    ),
}
NAMES = ["Nguyễn Văn An", "Lò Thị Mai", "Hoàng Đức Thắng", "Vi Thị Hằng", "Cầm Bá Tùng"]
POSTS = ["Chủ tịch Hội Nông dân", "Công chức Văn hóa - Xã hội", "Trưởng thôn", "Kế toán"]
COMMUNES = ["CHIỀNG MUNG", "MƯỜNG BON", "TÀ XÙA", "NẬM LẦU"]

GOOD_KINDS = ["clean", "photo", "photo_shadow", "photo_soft", "photo_dim", "scan_jpeg"]
BAD_KINDS = ["dark", "bright", "contrast", "blur", "notdoc"]


@dataclass(frozen=True, slots=True)
class Sample:
    index: int
    doc: str
    kind: str
    good: bool
    data: bytes
    #: What is printed on the page, line by line (empty for a photo that is not a document):
    #: the reference OCR's character accuracy is measured against.
    text: str = ""

    @property
    def tuning(self) -> bool:
        return self.index % 2 == 0


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"
    return ImageFont.truetype(str(FONT_DIR / name), size)


def render_page(doc: str, rng: random.Random) -> Image.Image:
    """An A4 page at 150 dpi: national motto, title, body text, signature and stamp."""
    return render_page_with_text(doc, rng)[0]


def render_page_with_text(doc: str, rng: random.Random) -> tuple[Image.Image, str]:
    """:func:`render_page` and the text printed on it, one line per printed line."""
    width, height = 1240, 1754
    page = Image.new("L", (width, height), 250)
    draw = ImageDraw.Draw(page)
    fields = {
        "xa": rng.choice(COMMUNES),
        "nam": str(rng.choice([2025, 2026])),
        "ten": rng.choice(NAMES),
        "cv": rng.choice(POSTS),
    }
    small, body, title = _font(24, True), _font(28), _font(40, True)
    printed: list[str] = []
    y = 90
    for line in HEADER:
        printed.append(line.format(**fields))
        draw.text((width // 2, y), printed[-1], fill=15, font=small, anchor="mt")
        y += 40
    heading, lines = DOCS[doc]
    y += 60
    printed.append(heading)
    draw.text((width // 2, y), heading, fill=10, font=title, anchor="mt")
    y += 90
    filler = "Các nội dung trên được tổng hợp từ báo cáo của các thôn, bản và đơn vị trực thuộc."
    for _ in range(3):
        for line in [*lines, filler]:
            if y > height - 340:
                break
            printed.append(line.format(**fields))
            draw.text((110, y), printed[-1], fill=20, font=body)
            y += 46
    draw.text((width - 380, height - 300), "CHỦ TỊCH", fill=15, font=small)
    draw.text((width - 420, height - 140), fields["ten"], fill=15, font=body)
    draw.ellipse((width - 470, height - 330, width - 250, height - 110), outline=90, width=6)
    printed += ["CHỦ TỊCH", fields["ten"]]
    return page, "\n".join(printed)


def _perspective(image: Image.Image, rng: random.Random, amount: float) -> Image.Image:
    """The page photographed on a table from slightly off-axis."""
    w, h = image.size
    canvas_w, canvas_h = int(w * 1.15), int(h * 1.12)
    table = rng.randint(60, 130)
    corners = [
        (rng.uniform(0, amount) * w, rng.uniform(0, amount) * h),
        (w - rng.uniform(0, amount) * w, rng.uniform(0, amount) * h),
        (w - rng.uniform(0, amount) * w, h - rng.uniform(0, amount) * h),
        (rng.uniform(0, amount) * w, h - rng.uniform(0, amount) * h),
    ]
    # Coefficients mapping the output quad back to the source rectangle.
    dst = [(x + (canvas_w - w) / 2, y + (canvas_h - h) / 2) for x, y in corners]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    matrix = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        matrix.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        matrix.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    coeffs = np.linalg.solve(np.array(matrix), np.array(src).reshape(8))
    mask = Image.new("L", image.size, 255).transform(
        (canvas_w, canvas_h), Image.Transform.PERSPECTIVE, tuple(coeffs), Image.Resampling.BILINEAR
    )
    warped = image.transform(
        (canvas_w, canvas_h), Image.Transform.PERSPECTIVE, tuple(coeffs), Image.Resampling.BICUBIC
    )
    background = Image.new("L", (canvas_w, canvas_h), table)
    background.paste(warped, mask=mask)
    return background


def _shadow(image: Image.Image, rng: random.Random, depth: float) -> Image.Image:
    arr = np.asarray(image, dtype=np.float32)
    h, w = arr.shape
    xs = np.linspace(0, 1, w)[None, :]
    ys = np.linspace(0, 1, h)[:, None]
    angle = rng.uniform(0, np.pi)
    ramp = np.clip((np.cos(angle) * xs + np.sin(angle) * ys) * 1.2 - 0.2, 0, 1)
    return Image.fromarray(np.clip(arr * (1 - depth * ramp), 0, 255).astype(np.uint8))


def _scale(image: Image.Image, gain: float, offset: float = 0.0) -> Image.Image:
    arr = np.asarray(image, dtype=np.float32) * gain + offset
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def _noise(image: Image.Image, rng: random.Random, sigma: float) -> Image.Image:
    gen = np.random.default_rng(rng.randrange(2**32))
    arr = np.asarray(image, dtype=np.float32) + gen.normal(0, sigma, (image.height, image.width))
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def _not_document(rng: random.Random) -> Image.Image:
    """A photo of something else: a room, a face-sized blob, a landscape of gradients."""
    w, h = 1600, 1200
    gen = np.random.default_rng(rng.randrange(2**32))
    ys = np.linspace(0, 1, h)[:, None]
    xs = np.linspace(0, 1, w)[None, :]
    arr = 60 + 120 * ys * rng.uniform(0.3, 1) + 40 * np.sin(xs * rng.uniform(3, 12))
    image = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randint(6, 20)):
        x, y = rng.randrange(w), rng.randrange(h)
        r = rng.randint(40, 300)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=int(gen.integers(20, 230)))
    return _noise(image.filter(ImageFilter.GaussianBlur(2)), rng, 8)


def _jpeg(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    image.convert("RGB").save(out, format="JPEG", quality=quality)
    return out.getvalue()


def make_sample(index: int, seed: int = SEED) -> Sample:
    rng = random.Random(seed * 1000 + index)
    doc = list(DOCS)[index % len(DOCS)]
    # Three good samples for every two bad ones, in a fixed interleaving.
    good = index % 5 in (0, 2, 4)
    kind = rng.choice(GOOD_KINDS) if good else BAD_KINDS[(index // 5) % len(BAD_KINDS)]
    page, text = render_page_with_text(doc, rng)
    if kind == "notdoc":
        return Sample(index, doc, kind, good, _jpeg(_not_document(rng), 80))
    if kind in ("clean", "scan_jpeg"):
        image = page
    else:
        image = _perspective(page, rng, 0.06 if kind != "bright" else 0.03)
        image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    if kind == "photo_shadow":
        image = _shadow(image, rng, rng.uniform(0.25, 0.45))
    elif kind == "photo_soft":
        image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 1.2)))
    elif kind == "photo_dim":
        image = _scale(image, rng.uniform(0.45, 0.6))
    elif kind == "dark":
        image = _scale(image, rng.uniform(0.08, 0.22))
    elif kind == "bright":
        image = _scale(image, rng.uniform(1.8, 3.0), rng.uniform(40, 90))
    elif kind == "contrast":
        image = _scale(image, rng.uniform(0.1, 0.2), rng.uniform(120, 190))
    elif kind == "blur":
        image = image.filter(ImageFilter.GaussianBlur(rng.uniform(4.0, 8.0)))
    if kind not in ("clean",):
        image = _noise(image, rng, rng.uniform(2, 6))
    quality = 92 if kind == "clean" else rng.randint(55, 85)
    return Sample(index, doc, kind, good, _jpeg(image, quality), text)


def generate(count: int, seed: int = SEED) -> list[Sample]:
    return [make_sample(i, seed) for i in range(count)]


def rates(samples: list[Sample]) -> dict[str, float | int]:
    from handlers.dossier.quality import measure

    good = [s for s in samples if s.good]
    bad = [s for s in samples if not s.good]
    refused_good = [s for s in good if measure(s.data).reason is not None]
    accepted_bad = [s for s in bad if measure(s.data).reason is None]
    return {
        "good": len(good),
        "bad": len(bad),
        "refuse_good": round(len(refused_good) / max(len(good), 1), 4),
        "accept_bad": round(len(accepted_bad) / max(len(bad), 1), 4),
    }


def main(argv: list[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=120)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--save", type=Path, default=None, help="write the images here")
    parser.add_argument("--verbose", action="store_true", help="print every sample's measures")
    args = parser.parse_args(argv)
    samples = generate(args.count, args.seed)
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
        for s in samples:
            tag = "good" if s.good else "bad"
            (args.save / f"{s.index:03d}-{tag}-{s.kind}-{s.doc}.jpg").write_bytes(s.data)
    if args.verbose:
        from handlers.dossier.quality import measure

        for s in samples:
            v = measure(s.data)
            print(
                f"{s.index:3d} {'T' if s.tuning else 'H'} {s.kind:13s} good={s.good!s:5s} "
                f"-> {v.reason!s:8s} paper={v.paper:5.1f} contrast={v.contrast:5.1f} "
                f"sharp={v.sharpness:.4f} share={v.paper_share:.2f} burnt={v.burnt:.2f}"
            )
    result = {
        "samples": len(samples),
        "seed": args.seed,
        "tuning": rates([s for s in samples if s.tuning]),
        "held_out": rates([s for s in samples if not s.tuning]),
    }
    print(json.dumps(result, ensure_ascii=False) if args.json else json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
