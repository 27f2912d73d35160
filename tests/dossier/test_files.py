"""Accepting and refusing uploads; the dossier kinds file; the question form."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.messages import Attachment
from bot.forms.schema import FormDef
from handlers.dossier import files
from handlers.dossier.files import Checked, Refusal
from handlers.dossier.kinds import catalogue_at, parse_catalogue
from handlers.dossier.officer import dossier_form
from tests.dossier import samples

CONTENT = Path(__file__).resolve().parents[2] / "content"
LIMIT = 20 * 1024 * 1024


def doc(name: str, mime: str | None = None, size: int | None = None) -> Attachment:
    return Attachment(kind="document", ref="x", file_name=name, mime_type=mime, size=size)


PHOTO = Attachment(kind="photo", ref="x", mime_type="image/jpeg")


def test_precheck_refuses_type_and_size_before_download() -> None:
    docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert files.precheck(doc("to-trinh.docx", docx), LIMIT) == Refusal(
        "type", file_name="to-trinh.docx"
    )
    big = files.precheck(doc("scan.pdf", "application/pdf", LIMIT + 1), LIMIT)
    assert big is not None and big.reason == "size" and big.limit == LIMIT
    assert files.precheck(doc("scan.pdf", "application/pdf", 1000), LIMIT) is None
    assert files.precheck(doc("anh.PNG", None, 1000), LIMIT) is None  # by extension
    assert files.precheck(PHOTO, LIMIT) is None


def test_inspect_reads_the_real_content() -> None:
    assert files.inspect(samples.jpeg("A"), PHOTO, LIMIT) == Checked("image/jpeg", 1280, 960, 1)
    png = files.inspect(samples.png("B"), doc("b.png"), LIMIT)
    assert isinstance(png, Checked) and png.mime_type == "image/png"
    pdf = files.inspect(samples.pdf(3), doc("c.pdf"), LIMIT)
    assert isinstance(pdf, Checked) and pdf.page_count == 3
    # A Word file renamed to .pdf is still refused by its content.
    renamed = files.inspect(samples.docx_bytes(), doc("c.pdf", "application/pdf"), LIMIT)
    assert isinstance(renamed, Refusal) and renamed.reason == "type"
    locked = files.inspect(samples.encrypted_pdf(), doc("d.pdf"), LIMIT)
    assert isinstance(locked, Refusal) and locked.reason == "encrypted"
    broken = files.inspect(b"%PDF-1.4 garbage", doc("e.pdf"), LIMIT)
    assert isinstance(broken, Refusal) and broken.reason == "broken"


@pytest.mark.parametrize(
    ("size", "ok"),
    [
        ((1280, 960), True),
        ((960, 1280), True),
        ((1000, 600), True),
        ((999, 700), False),
        ((1600, 500), False),
        ((800, 600), False),
    ],
)
def test_small_photo_threshold(size: tuple[int, int], ok: bool) -> None:
    result = files.inspect(samples.jpeg("x", size=size), PHOTO, LIMIT)
    assert isinstance(result, Checked) is ok
    if not ok:
        assert isinstance(result, Refusal) and result.reason == "small" and result.was_photo


def test_catalogue_has_the_documents_each_award_needs() -> None:
    cat = catalogue_at(CONTENT)
    required = {k: [d.key for d in kind.required] for k, kind in cat.kinds.items()}
    core = ["to_trinh", "bao_cao_thanh_tich", "bien_ban"]
    for key in (
        "lao_dong_tien_tien",
        "tap_the_lao_dong_tien_tien",
        "tap_the_lao_dong_xuat_sac",
        "giay_khen",
        "bang_khen_tinh",
    ):
        assert required[key] == core, key
    # CSTĐCS: the proof of the route it is proposed on, nothing for hoàn thành xuất sắc
    # nhiệm vụ (Luật TĐKT 2022 Điều 23 khoản 2); the plain kind (older dossiers) demands none.
    assert required["chien_si_thi_dua_co_so"] == core
    assert required["chien_si_thi_dua_co_so.xuat_sac"] == core
    assert required["chien_si_thi_dua_co_so.sang_kien"] == [*core, "sang_kien"]
    assert required["chien_si_thi_dua_co_so.de_tai"] == [*core, "de_tai"]
    assert required["khen_dot_xuat"] == ["to_trinh", "tom_tat_thanh_tich"]
    assert "danh_sach_y_kien" in required["gia_dinh_van_hoa"]
    # A thôn sends its own report; the xã makes the rest.
    assert required["thon_van_hoa"] == ["bao_cao_thanh_tich"]
    assert cat.get("bang_khen_tinh").decided_by == "tinh"  # type: ignore[union-attr]
    for kind in cat.kinds.values():
        for document in kind.documents:
            assert document.hint and "\n" not in document.hint, (kind.key, document.key)


def test_catalogue_rejects_mistakes() -> None:
    base = {"subject_labels": {"ca_nhan": "Cá nhân"}}
    with pytest.raises(ValueError, match="no required"):
        parse_catalogue(
            {
                **base,
                "kinds": {
                    "x": {
                        "label": "X",
                        "documents": [{"key": "a", "label": "A", "required": False}],
                    }
                },
            }
        )
    with pytest.raises(ValueError, match="duplicate"):
        parse_catalogue(
            {
                **base,
                "kinds": {
                    "x": {
                        "label": "X",
                        "documents": [
                            {"key": "a", "label": "A", "required": True},
                            {"key": "a", "label": "B"},
                        ],
                    }
                },
            }
        )


def test_question_form_is_a_valid_form_engine_definition() -> None:
    form = dossier_form(catalogue_at(CONTENT))
    assert isinstance(form, FormDef)
    assert [f.id for f in form.fields] == [
        "kind",
        "route",
        "subject_type",
        "subject_name",
        "year",
        "period",
        "note",
    ]
    subject = form.field("subject_type")
    assert subject.when is not None and subject.when.in_ is not None
    assert "giay_khen" in subject.when.in_ and "lao_dong_tien_tien" not in subject.when.in_
    route = form.field("route")
    assert route.when is not None and route.when.in_ == ["chien_si_thi_dua_co_so"]
