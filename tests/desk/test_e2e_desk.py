"""The reviewers' desk in headless Chromium, signed in by the bot's own link (issue 17).

Screenshots of every page at 1366×768 and 820×1180 go to ``var/test-artifacts/desk/``
(``tests/desk/browsing.py``).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from bot.core import codes
from bot.storage.models import AuditLog, User
from bot.storage.models.dossier import Dossier, DossierStatus
from handlers.desk import auth
from tests.desk.browsing import LINK, browser, shots, sign_in, sign_in_link
from tests.dossier.flow import submit_simple_dossier
from tests.e2e.harness import Harness

pytestmark = pytest.mark.browser


async def test_sign_in_review_and_notify(harness: Harness, tmp_path: Path, out: Path) -> None:
    from playwright.async_api import expect

    assert harness.app is not None
    officer = await harness.officer("THON-BM", name="Lò Văn An")
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Hoa")
    returned = await submit_simple_dossier(harness, officer, subject="Nguyễn Văn An")
    approved = await submit_simple_dossier(harness, officer, subject="Quàng Thị Bình")
    url = await sign_in_link(reviewer)

    async with browser(tmp_path / "profile") as context:
        page = context.pages[0] if context.pages else await context.new_page()
        # A link preview (GET) does not use the link up; the button does.
        await page.goto(url)
        await shots(page, out, "vao")
        await page.get_by_role("button", name="Vào bàn làm việc").click()
        await expect(page.get_by_role("heading", name="Tổng quan — Xã Chiềng Mung")).to_be_visible()
        row = page.locator("tr", has_text="Thôn Bản Mé")
        await expect(row).to_contain_text("Đã nộp 2")
        await shots(page, out, "tongquan")
        cookie = next(c for c in await context.cookies() if c["name"] == auth.COOKIE)
        assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"

        # The same link a second time fails, and signs nobody in.
        second = await context.new_page()
        await second.goto(url)
        await expect(second.get_by_role("heading", name="Liên kết không dùng được")).to_be_visible()
        await shots(second, out, "lienket-hong")
        await second.close()

        # The queue, filtered by unit; open the first dossier.
        await page.get_by_role("link", name="Hồ sơ", exact=True).click()
        await page.select_option("select[name=donvi]", label="Thôn Bản Mé")
        await page.get_by_role("button", name="Lọc").click()
        await expect(page.locator("tbody tr")).to_have_count(2)
        await shots(page, out, "hoso")
        await page.get_by_role("link", name=codes.display(returned.code)).click()
        await expect(page.locator("figure.page img")).to_have_count(3)
        await expect(page.locator(".checklist")).to_contain_text("Biên bản")
        await shots(page, out, "hoso-chitiet")

        # Return it for a missing document, with a reason: the officer hears it in the chat.
        form = page.locator("form", has=page.get_by_role("button", name="Trả lại để bổ sung"))
        await form.get_by_label("Biên bản bình xét").check()
        await form.locator("textarea").fill("Biên bản thiếu chữ ký của thư ký")
        await form.get_by_role("button", name="Trả lại để bổ sung").click()
        await expect(page.locator(".flash")).to_contain_text("Cần bổ sung")
        note = await officer.expect(codes.display(returned.code), "Cần bổ sung")
        assert "Biên bản" in note.text and "thiếu chữ ký của thư ký" in note.text

        # A form posted without the CSRF token is refused, and changes nothing.
        refused = await page.request.post(
            f"{harness.app.public_base_url()}/banlamviec/hoso/{approved.id}",
            form={"action": "approve"},
        )
        assert refused.status == 403
        assert "Không thực hiện được" in await refused.text()

        # Approve the other one from the viewer.
        await page.goto(f"{harness.app.public_base_url()}/banlamviec/hoso/{approved.id}")
        await page.get_by_role("button", name="Đạt", exact=True).click()
        await expect(page.locator(".flash")).to_contain_text("Đạt")
        await officer.expect(codes.display(approved.code), "Đạt")

        # Approving it again (another tab, a colleague) says why nothing happened.
        csrf = await page.locator("input[name=csrf]").first.input_value()
        again = await page.request.post(
            f"{harness.app.public_base_url()}/banlamviec/hoso/{approved.id}",
            form={"csrf": csrf, "action": "approve"},
        )
        assert again.status == 409 and "không chuyển được" in await again.text()
        empty = await page.request.post(
            f"{harness.app.public_base_url()}/banlamviec/hoso/{returned.id}",
            form={"csrf": csrf, "action": "reject", "reason": " "},
        )
        assert empty.status in (409, 400)

    async with harness.app.db.session() as session:
        statuses = {
            row.id: row.status for row in await session.execute(select(Dossier.id, Dossier.status))
        }
        assert statuses[returned.id] == DossierStatus.NEEDS_MORE
        assert statuses[approved.id] == DossierStatus.APPROVED
        actions = (await session.scalars(select(AuditLog.action))).all()
        assert {"desk.link", "desk.sign_in", "dossier.status"} <= set(actions)


async def test_expired_link_fails(harness: Harness, tmp_path: Path, out: Path) -> None:
    from playwright.async_api import expect

    assert harness.app is not None
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Hoa")
    await sign_in_link(reviewer)  # the command works; now make one that is 11 minutes old
    async with harness.app.db.session() as session:
        user = await session.scalar(select(User).where(User.full_name == "Cầm Thị Hoa"))
        assert user is not None
        token = await auth.issue_link(
            session, user.id, harness.clock.now() - auth.LINK_TTL - timedelta(minutes=1)
        )
        await session.commit()
    url = f"{harness.app.public_base_url()}/banlamviec/vao/{token}"
    async with browser(tmp_path / "profile") as context:
        page = context.pages[0] if context.pages else await context.new_page()
        await page.goto(url)
        await expect(page.get_by_role("heading", name="Liên kết không dùng được")).to_be_visible()
        # Posting to it directly fails too, and no session cookie is set.
        response = await page.request.post(url)
        assert response.status == 403
        assert not [c for c in await context.cookies() if c["name"] == auth.COOKIE]
        # Without a session every desk page says to sign in.
        await page.goto(f"{harness.app.public_base_url()}/banlamviec/")
        await expect(page.get_by_role("heading", name="Chưa đăng nhập")).to_be_visible()
        await shots(page, out, "chua-dang-nhap")


async def test_reviewer_of_another_commune_gets_404(
    harness: Harness, tmp_path: Path, out: Path
) -> None:
    from playwright.async_api import expect

    assert harness.app is not None
    officer = await harness.officer("THON-BM", name="Lò Văn An")
    dossier = await submit_simple_dossier(harness, officer)
    far = await harness.officer("XA-MB", role="reviewer", name="Tòng Văn C")
    url = await sign_in_link(far)
    async with harness.app.db.session() as session:
        from bot.storage.models.dossier import DossierPage

        page_id = await session.scalar(
            select(DossierPage.id).where(DossierPage.dossier_id == dossier.id).limit(1)
        )
    from datetime import date

    from bot.accounts import unit_by_code
    from bot.storage.models.plans import Plan
    from bot.storage.models.qa import Question, QuestionStatus
    from reminders import store
    from reminders.parsing.models import ParsedPlan, PlanTask

    async with harness.app.db.session() as session:
        commune = await unit_by_code(session, "XA-CM")
        assert commune is not None
        plan = await store.create_plan(
            session,
            unit=commune,
            parsed=ParsedPlan(year=2026, tasks=[PlanTask("Đăng ký", None, due=date(2026, 3, 1))]),
            year=2026,
            now=harness.clock.now(),
        )
        asker = await session.scalar(select(User).where(User.full_name == "Lò Văn An"))
        assert asker is not None
        question = Question(
            asker_user_id=asker.id,
            unit_id=asker.unit_id,
            text="Hỏi thử?",
            status=QuestionStatus.OPEN,
            asked_at=harness.clock.now(),
        )
        session.add(question)
        await session.flush()
        plan_id, question_id = plan.id, question.id
    base = f"{harness.app.public_base_url()}/banlamviec"
    async with browser(tmp_path / "profile") as context:
        page = context.pages[0] if context.pages else await context.new_page()
        await sign_in(page, url)
        # Their own overview and queue do not show the other commune's units or dossiers.
        await expect(page.locator("main")).not_to_contain_text("Bản Mé")
        await page.goto(f"{base}/hoso?nhom=")
        await expect(page.locator("main")).not_to_contain_text(dossier.subject_name)
        for path in (
            f"/hoso/{dossier.id}",
            f"/trang/{page_id}",
            "/hoso/999999",
            f"/kehoach/{plan_id}",
        ):
            response = await page.goto(base + path)
            assert response is not None and response.status == 404, path
        await expect(page.get_by_role("heading", name="Không tìm thấy")).to_be_visible()
        await shots(page, out, "khong-tim-thay")
        csrf = await page.locator("input[name=csrf]").first.input_value()
        for action in ("approve", "reject", "return"):
            posted = await page.request.post(
                f"{base}/hoso/{dossier.id}", form={"csrf": csrf, "action": action, "reason": "x"}
            )
            assert posted.status == 404, action
        for path, form in (
            (f"/kehoach/{plan_id}", {"action": "confirm"}),
            (f"/cauhoi/{question_id}", {"answer": "Trả lời từ xã khác", "save": "1"}),
            ("/quyetdinh", {"hoso": str(dossier.id), "ngay": "2026-07-15", "action": "draft"}),
        ):
            posted = await page.request.post(base + path, form={"csrf": csrf, **form})
            assert posted.status == 404, path
    async with harness.app.db.session() as session:
        assert (await session.get(Dossier, dossier.id)).status == DossierStatus.SUBMITTED  # type: ignore[union-attr]
        assert not (await session.get(Plan, plan_id)).active  # type: ignore[union-attr]
        assert (await session.get(Question, question_id)).status == QuestionStatus.OPEN  # type: ignore[union-attr]


async def test_decision_draft_and_record(harness: Harness, tmp_path: Path, out: Path) -> None:
    import io

    from docx import Document
    from playwright.async_api import expect

    assert harness.app is not None
    officer = await harness.officer("THON-BM", name="Lò Văn An")
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Hoa")
    first = await submit_simple_dossier(harness, officer, subject="Nguyễn Văn An")
    second = await submit_simple_dossier(harness, officer, subject="Quàng Thị Bình")
    url = await sign_in_link(reviewer)
    base = f"{harness.app.public_base_url()}/banlamviec"
    async with browser(tmp_path / "profile") as context:
        page = context.pages[0] if context.pages else await context.new_page()
        await sign_in(page, url)
        for dossier in (first, second):
            await page.goto(f"{base}/hoso/{dossier.id}")
            await page.get_by_role("button", name="Đạt", exact=True).click()
            await expect(page.locator(".flash")).to_contain_text("Đạt")
        await page.get_by_role("link", name="Quyết định").click()
        await expect(page.locator("tbody tr")).to_have_count(2)
        # 15/7/2026: lương cơ sở 2.530.000 (from 1/7/2026); 0,3 × 2.530.000 = 759.000 → 760.000.
        await page.fill("input[name=ngay]", "2026-07-15")
        await shots(page, out, "quyetdinh")
        async with page.expect_download() as waiting:
            await page.get_by_role("button", name="Tải dự thảo quyết định (.docx)").click()
        download = await waiting.value
        saved = tmp_path / "du-thao.docx"
        await download.save_as(str(saved))
        doc = Document(io.BytesIO(saved.read_bytes()))
        text = "\n".join(p.text for p in doc.paragraphs)
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in doc.tables[0].cell(0, 1).text
        assert "ỦY BAN NHÂN DÂN XÃ CHIỀNG MUNG" in doc.tables[0].cell(0, 0).text
        assert "Chiềng Mung, ngày 15 tháng 07 năm 2026" in doc.tables[0].cell(1, 1).text
        assert "Điều 1." in text and "Điều 2." in text and "Điều 3." in text
        assert "“Lao động tiên tiến”" in text and "1.520.000 đồng" in text
        listing = doc.tables[-1]
        rows = [[c.text for c in row.cells] for row in listing.rows]
        by_name = {r[1]: r for r in rows[1:-1]}
        assert by_name["Nguyễn Văn An"][4:] == ["0,3", "760.000"]
        assert by_name["Quàng Thị Bình"][4:] == ["0,3", "760.000"]
        assert rows[-1][1] == "Tổng cộng" and rows[-1][5] == "1.520.000"

        # Recording the signed decision without its number is refused; with it, done.
        await page.get_by_role("button", name="Ghi quyết định đã ký").click()
        await expect(page.locator(".error")).to_contain_text("số, ký hiệu")
        await page.fill("input[name=ngay]", "2026-07-15")
        await page.fill("input[name=so]", "125/QĐ-UBND")
        await page.get_by_role("button", name="Ghi quyết định đã ký").click()
        await expect(page.locator(".flash")).to_contain_text("2 hồ sơ")
        await expect(page.locator(".empty")).to_be_visible()

        # The recorded decision filled the award history.
        await page.get_by_role("link", name="Lịch sử khen thưởng").click()
        history = page.locator("table.history tbody")
        await expect(history.locator("tr")).to_have_count(2)
        for name in ("Nguyễn Văn An", "Quàng Thị Bình"):
            row = history.locator("tr", has_text=name)
            await expect(row).to_contain_text("Lao động tiên tiến")
            await expect(row).to_contain_text("Số 125/QĐ-UBND ngày 15/07/2026")
            await expect(row).to_contain_text("Quyết định trên hệ thống")
        await shots(page, out, "lichsu-quyetdinh")

        # Báo cáo: the year's awards by unit and title, and the same as Excel.
        await page.get_by_role("link", name="Báo cáo").click()
        row = page.locator("tr", has_text="Thôn Bản Mé")
        await expect(row).to_contain_text("2")
        await expect(row).to_contain_text("1.520.000")
        await shots(page, out, "baocao")
        report = await page.request.get(f"{base}/baocao.xlsx")
        assert report.status == 200
        from openpyxl import load_workbook

        sheet = load_workbook(io.BytesIO(await report.body())).active
        assert sheet is not None
        table = [[c.value for c in r] for r in sheet.iter_rows(min_row=3)]
        assert table[0][1] == "Lao động tiên tiến"
        by_unit = {r[0]: r[1:] for r in table[1:]}
        assert by_unit["Thôn Bản Mé"] == [2, 2, 1520000]
        assert by_unit["Tổng cộng"] == [2, 2, 1520000]
    note = await officer.expect(codes.display(first.code), "Đã có quyết định")
    assert "125/QĐ-UBND" in note.text
    await officer.expect(codes.display(second.code), "Đã có quyết định")
    async with harness.app.db.session() as session:
        for dossier in (first, second):
            row = await session.get(Dossier, dossier.id)
            assert row is not None and row.status == DossierStatus.DECIDED


async def test_edit_and_confirm_a_plan(harness: Harness, tmp_path: Path, out: Path) -> None:
    from datetime import date

    from playwright.async_api import expect

    from bot.accounts import unit_by_code
    from bot.storage.models.plans import Deadline, Plan
    from reminders import store
    from reminders.parsing.models import ParsedPlan, PlanTask

    assert harness.app is not None
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Hoa")
    async with harness.app.db.session() as session:
        unit = await unit_by_code(session, "XA-CM")
        assert unit is not None
        parsed = ParsedPlan(
            year=2026,
            title="Kế hoạch công tác thi đua, khen thưởng năm 2026",
            tasks=[
                PlanTask("Các thôn đăng ký thi đua", "trước ngày 15/3", due=date(2026, 3, 15)),
                PlanTask("Nộp hồ sơ đề nghị khen thưởng", "trước 30/11", due=date(2026, 11, 30)),
            ],
        )
        plan = await store.create_plan(
            session, unit=unit, parsed=parsed, year=2026, now=harness.clock.now()
        )
        await session.commit()
        plan_id = plan.id
    url = await sign_in_link(reviewer)
    async with browser(tmp_path / "profile") as context:
        page = context.pages[0] if context.pages else await context.new_page()
        await sign_in(page, url)
        await page.get_by_role("link", name="Kế hoạch", exact=True).click()
        await expect(page.locator("tbody tr")).to_contain_text("Bản nháp")
        await shots(page, out, "kehoach")
        await page.get_by_role("link", name="Kế hoạch công tác thi đua").click()
        await shots(page, out, "kehoach-chitiet")
        # A bad row: nothing is saved and what was typed stays on the page.
        await page.get_by_label("Hạn việc 1").fill("2026-03-20")
        await page.get_by_label("Công việc 2").fill("x")
        await page.get_by_role("button", name="Lưu và xác nhận kế hoạch").click()
        await expect(page.locator(".error").first).to_contain_text("cần sửa")
        await expect(page.get_by_label("Hạn việc 1")).to_have_value("2026-03-20")
        # Fixed: saved and confirmed.
        await page.get_by_label("Công việc 2").fill("Nộp hồ sơ đề nghị khen thưởng cuối năm")
        await page.get_by_label("Đối tượng việc 1").select_option(label="Thôn, tổ dân phố")
        await page.get_by_label("Xong khi, việc 1").select_option(label="Đã đăng ký thi đua")
        await page.get_by_role("button", name="Lưu và xác nhận kế hoạch").click()
        await expect(page.locator(".flash")).to_contain_text("xác nhận")
    async with harness.app.db.session() as session:
        saved = await session.get(Plan, plan_id)
        assert saved is not None and saved.active
        rows = await store.plan_deadlines(session, plan_id)
        first, second = rows
        assert isinstance(first, Deadline)
        assert first.due == date(2026, 3, 20) and first.completes_by == "registration"
        assert "thon" in first.unit_kinds
        assert second.task == "Nộp hồ sơ đề nghị khen thưởng cuối năm"
        actions = (await session.scalars(select(AuditLog.action))).all()
        assert "plan.confirm" in actions and "deadline.edit" in actions


async def test_registrations_table_and_excel(harness: Harness, tmp_path: Path, out: Path) -> None:
    import io
    from datetime import date

    from openpyxl import load_workbook
    from playwright.async_api import expect

    from bot.accounts import unit_by_code
    from handlers.registration import service as registrations

    assert harness.app is not None
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Hoa")
    now = harness.clock.now()
    year = now.year
    async with harness.app.db.session() as session:
        for code, people in (
            ("THON-BM", [("Nguyễn Văn An", 1980), ("Lò Thị Hoa", 1990)]),
            ("THON-NA", [("Người Xã Khác", 1985)]),  # Xã Mường Bú: not in this subtree
        ):
            unit = await unit_by_code(session, code)
            assert unit is not None
            reg, _ = await registrations.open_registration(session, unit, year, None, now)
            await registrations.add_persons(
                session,
                reg,
                [
                    {"full_name": n, "birth_year": y, "gender": "nam", "title": "ldtt"}
                    for n, y in people
                ],
                None,
                now,
            )
            await registrations.submit(session, reg, unit, None, now, date(year, 3, 1))
    url = await sign_in_link(reviewer)
    async with browser(tmp_path / "profile") as context:
        page = context.pages[0] if context.pages else await context.new_page()
        await sign_in(page, url)
        await page.get_by_role("link", name="Đăng ký thi đua").click()
        main = page.locator("main")
        await expect(main).to_contain_text("Nguyễn Văn An")
        await expect(main).to_contain_text("Lò Thị Hoa")
        await expect(main).not_to_contain_text("Người Xã Khác")
        await expect(main).to_contain_text("Chưa đăng ký: Trường Tiểu học Chiềng Mung")
        await shots(page, out, "dangky")
        async with page.expect_download() as waiting:
            await page.get_by_role("link", name="Tải Excel").click()
        download = await waiting.value
        saved = tmp_path / "dangky.xlsx"
        await download.save_as(str(saved))
    book = load_workbook(io.BytesIO(saved.read_bytes()))
    cells = {str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value}
    assert {"Nguyễn Văn An", "Lò Thị Hoa"} <= cells
    assert "Người Xã Khác" not in cells


async def test_answer_a_question_and_save_it(harness: Harness, tmp_path: Path, out: Path) -> None:
    from playwright.async_api import expect

    from bot.storage.models.qa import LocalAnswer, Question, QuestionStatus

    assert harness.app is not None
    officer = await harness.officer("THON-BM", name="Lò Văn An")
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Hoa")
    asked = "Thôn có được đề nghị Giấy khen cho đội văn nghệ không?"
    async with harness.app.db.session() as session:
        asker = await session.scalar(select(User).where(User.full_name == "Lò Văn An"))
        assert asker is not None
        question = Question(
            asker_user_id=asker.id,
            unit_id=asker.unit_id,
            text=asked,
            status=QuestionStatus.OPEN,
            asked_at=harness.clock.now(),
            sent_at=harness.clock.now(),
        )
        session.add(question)
    url = await sign_in_link(reviewer)
    reply = "Được: đội văn nghệ là tập thể, thôn lập tờ trình gửi UBND xã trước 30/11."
    async with browser(tmp_path / "profile") as context:
        page = context.pages[0] if context.pages else await context.new_page()
        await sign_in(page, url)
        await page.get_by_role("link", name="Câu hỏi").click()
        await expect(page.locator("blockquote")).to_have_text(asked)
        await shots(page, out, "cauhoi")
        box = page.get_by_label("Trả lời câu hỏi của Lò Văn An")
        await box.fill("Có")  # too short: the chat's own refusal, the text stays
        await page.get_by_role("button", name="Gửi trả lời").click()
        await expect(page.locator(".error")).to_be_visible()
        await expect(box).to_have_value("Có")
        await box.fill(reply)
        await page.get_by_role("button", name="Gửi trả lời").click()
        await expect(page.locator(".flash")).to_contain_text("lưu vào cơ sở tri thức")
        await expect(page.locator("table")).to_contain_text(reply)
    note = await officer.expect("đội văn nghệ là tập thể")
    assert "Cầm Thị Hoa" in note.text
    async with harness.app.db.session() as session:
        saved = (await session.scalars(select(LocalAnswer))).all()
        assert [a.answer for a in saved] == [reply]


async def test_zalo_reviewer_gets_a_link_and_an_officer_does_not(harness: Harness) -> None:
    assert harness.app is not None
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Hoa", channel="zalo")
    url = await sign_in_link(reviewer)
    async with httpx.AsyncClient() as http:
        shown = await http.get(url)
        assert shown.status_code == 200 and "Vào bàn làm việc" in shown.text
    officer = await harness.officer("THON-BM", name="Lò Văn An")
    await officer.say("/banlamviec")
    answer = await officer.expect()
    assert not LINK.search(answer.text)
