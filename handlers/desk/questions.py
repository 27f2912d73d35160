"""Câu hỏi: questions officers handed to staff; answer them (and save to the knowledge base)
by running the chat's own handlers (``handlers.qa.reply_flow`` and ``save_answer``), so the
asker is notified, the answer audited and the knowledge base updated exactly as in the chat."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.storage.models import Unit, User
from bot.storage.models.qa import Question, QuestionStatus
from handlers.desk.auth import Reviewer
from handlers.desk.context import DeskContext
from handlers.desk.queries import in_subtree

if TYPE_CHECKING:
    from handlers.desk.web import Desk

MAX_ANSWER = 4000
SHOWN = 100


class QuestionPages:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    async def show(
        self,
        request: Request,
        session: AsyncSession,
        who: Reviewer,
        *,
        error: tuple[int, str, str] | None = None,
        status_code: int = 200,
    ) -> Response:
        def listed(status: QuestionStatus, newest_first: bool):  # type: ignore[no-untyped-def]
            order = Question.answered_at.desc() if newest_first else Question.sent_at
            return (
                select(Question, User, Unit)
                .join(User, User.id == Question.asker_user_id)
                .join(Unit, Unit.id == Question.unit_id)
                .where(in_subtree(who.unit), Question.status == status)
                .order_by(order, Question.id)
                .limit(SHOWN if not newest_first else 20)
            )

        waiting = (await session.execute(listed(QuestionStatus.OPEN, False))).all()
        answered = (await session.execute(listed(QuestionStatus.ANSWERED, True))).all()
        done = request.query_params.get("xong", "")
        return self.desk.page(
            request,
            "questions.html",
            who,
            status_code=status_code,
            title="Câu hỏi",
            waiting=waiting,
            answered=answered,
            error=error,
            done=done if done in ("gui", "luu") else "",
        )

    async def answer(self, request: Request, session: AsyncSession, who: Reviewer) -> Response:
        from handlers import qa
        from handlers.desk.web import NotFound

        question_id = request.path_params["id"]
        row = (
            await session.execute(
                select(Question, Unit)
                .join(Unit, Unit.id == Question.unit_id)
                .where(Question.id == question_id)
            )
        ).first()
        if row is None or not who.unit.contains(row[1]):
            raise NotFound
        question = row[0]
        form = await self.desk.form(request)
        text = str(form.get("answer", ""))[:MAX_ANSWER]
        ctx = DeskContext(self.desk.app.services, session, who.user, who.unit)
        ctx.args = str(question.id)
        ctx.state.data["question_id"] = question.id
        ctx.typed = text
        if question.status != QuestionStatus.ANSWERED:
            await qa.reply_flow(ctx)
            if question.status != QuestionStatus.ANSWERED:
                # The chat's own refusal (too short...), with the answer kept in the box.
                message = ctx.said[-1] if ctx.said else "Chưa gửi được câu trả lời."
                return await self.show(
                    request, session, who, error=(question.id, message, text), status_code=400
                )
        saved = form.get("save") == "1"
        if saved:
            ctx.args = str(question.id)
            await qa.save_answer(ctx)
        return RedirectResponse(
            f"{request.url.path.rsplit('/', 1)[0]}?xong={'luu' if saved else 'gui'}",
            status_code=303,
        )
