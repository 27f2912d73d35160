"""Conversation steps shared by the dossier end-to-end tests."""

from __future__ import annotations

from sqlalchemy import select

from bot.storage.models.dossier import Dossier, DossierPage
from tests.e2e.harness import Harness, UserChat


async def start_dossier(
    officer: UserChat,
    kind: str = "Lao động tiên tiến",
    subject: str = "Nguyễn Văn An",
    year: str = "2026",
    route: str | None = None,
) -> None:
    """Answer the questions up to the first document request (``route``: the grounds, for a
    kind that asks them, e.g. Chiến sĩ thi đua cơ sở)."""
    await officer.choose("Nộp hồ sơ")
    await officer.expect("đề nghị khen thưởng gì")
    await officer.choose(kind)
    if route is not None:
        await officer.expect("theo tiêu chuẩn nào")
        await officer.choose(route)
    await officer.expect("Họ tên cá nhân")
    await officer.say(subject)
    await officer.expect("năm nào")
    await officer.say(year)
    await officer.expect("Đợt hoặc giai đoạn")
    await officer.choose("Bỏ qua")
    await officer.expect("Ghi chú")
    await officer.choose("Bỏ qua")
    await officer.expect(subject)
    await officer.choose("Đúng, sang phần giấy tờ")
    await officer.expect("Đã tạo hồ sơ nháp", "Tờ trình")


async def latest_dossier(harness: Harness) -> tuple[Dossier, list[DossierPage]]:
    assert harness.app is not None
    async with harness.app.db.session() as session:
        dossier = await session.scalar(select(Dossier).order_by(Dossier.id.desc()).limit(1))
        assert dossier is not None
        pages = (
            await session.scalars(
                select(DossierPage)
                .where(DossierPage.dossier_id == dossier.id)
                .order_by(DossierPage.document, DossierPage.position)
            )
        ).all()
        return dossier, list(pages)


async def send_page(officer: UserChat, label: str, seed: int = 0) -> None:
    from tests.dossier import samples

    await officer.send_files([(f"{label}.jpg", samples.jpeg(label, seed=seed))], as_="photo")
    await officer.expect("Đã nhận")


async def submit_simple_dossier(
    harness: Harness, officer: UserChat, subject: str = "Nguyễn Văn An"
) -> Dossier:
    """A Lao động tiên tiến dossier with one page per required document, submitted."""
    await start_dossier(officer, subject=subject)
    for index, label in enumerate(("Tờ trình", "Báo cáo thành tích", "Biên bản")):
        await send_page(officer, f"{subject} {label}", seed=index)
        await officer.choose("Xong giấy tờ này")
    await officer.expect("Đã đủ giấy tờ bắt buộc")
    await officer.choose("Nộp hồ sơ")
    await officer.expect("Đã nộp hồ sơ", "Mã theo dõi")
    dossier, _ = await latest_dossier(harness)
    return dossier
