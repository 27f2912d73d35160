"""Questions typed anywhere: cited answers, related topics, and a handoff to the staff.

Any text nobody else claims lands here. A tracking code goes to the dossier lookup; everything
else is asked of the knowledge base. Below its confidence threshold the bot does not guess: it
shows the closest topics and offers to send the question to the commune's TĐKT staff, whose
answer comes back through the bot and can be saved into this deployment's knowledge base.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select, true

from bot.core import codes
from bot.core.context import Context
from bot.core.messages import Choice, Reply
from bot.core.numbers import parse_id
from bot.core.router import REVIEWERS, Router
from bot.core.text import fold
from bot.knowledge import Answer, Deadline, KnowledgeBase
from bot.knowledge.gaps import gap_report
from bot.knowledge.gaps_store import declined_in_month
from bot.knowledge.law import store as law_store
from bot.knowledge.loader import ContentMarks, KnowledgeLoader, content_key
from bot.storage.models import Role, Unit, User
from bot.storage.models.qa import LocalAnswer, Question, QuestionStatus

log = logging.getLogger(__name__)
router = Router()

#: How long after an album's last photo its single acknowledgement goes out.
ALBUM_SETTLE = timedelta(seconds=1.5)

#: Greetings get the menu, not a "không biết" from the knowledge base.
GREETINGS = {"xin chao", "chao", "chao ban", "hello", "hi", "alo", "a lo", "cam on", "thank you"}
#: Zalo has no command menu: typing the words does what /lienket does.
LINK_WORDS = {"lien ket", "lienket", "lien ket tai khoan"}
STARTER_TOPICS = (
    "cstdcs-ho-so",
    "ldtt-tieu-chuan",
    "tien-thuong-bang-tong-hop",
    "bo-cap-huyen",
)


async def setup(app) -> None:  # type: ignore[no-untyped-def]
    settings = app.settings
    loader = KnowledgeLoader(lambda: _load_knowledge(app))
    app.services.provide(loader)
    # Loaded on first use (bot/knowledge/loader.py), unless this content has not been loaded
    # successfully before: then now, so that a broken entry stops start-up, not a question.
    marks = ContentMarks(settings.data_dir / "cache" / "knowledge")
    key = await asyncio.to_thread(content_key, settings.content_dir, date.today())
    if not marks.seen(key):
        await loader.get()
        marks.remember(key)


async def _load_knowledge(app) -> KnowledgeBase:  # type: ignore[no-untyped-def]
    settings = app.settings
    # In a worker thread: a question arriving meanwhile waits, the event loop does not.
    knowledge = await asyncio.to_thread(KnowledgeBase.load, settings.content_dir, settings.data_dir)
    async with app.db.session() as session:
        local = (await session.scalars(select(LocalAnswer).where(LocalAnswer.active))).all()
        if knowledge.law is not None:
            # official texts admins imported (tdkt law import, /vanban); an earlier version
            # kept them as JSON in the data folder: moved into the database once
            await law_store.adopt_legacy_files(session, settings.data_dir)
            await law_store.refresh(session, knowledge.law)
    if local:
        knowledge.add_local_answers([_local_entry(a) for a in local])
    return knowledge


_TOKEN = re.compile(r"[A-Za-z0-9]+")
#: a Vietnamese syllable typed without marks ("nghieng"): never taken for a mistyped code
_SYLLABLE = re.compile(
    r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]+(ch|ng|nh|[cmnpt])?$"
)
#: what may join the pieces of one typed code: "K7M3-9PX", "k7m3 9px", "K7M3.9PX"
_JOINER = re.compile(r"^[\s\-_.]{1,2}$")


@dataclass(frozen=True, slots=True)
class CodeMention:
    #: upper-case, without separators
    code: str
    #: False when the check character is wrong (a typo, or a code from somewhere else)
    valid: bool


def _windows(text: str) -> list[tuple[str, str]]:
    """(compact, as typed) for every run of 1-3 tokens joined only by separators."""
    tokens = list(_TOKEN.finditer(text))
    out = []
    for i in range(len(tokens)):
        for j in range(i, min(i + 3, len(tokens))):
            if j > i and not _JOINER.match(text[tokens[j - 1].end() : tokens[j].start()]):
                break
            typed = text[tokens[i].start() : tokens[j].end()]
            compact = "".join(t.group() for t in tokens[i : j + 1])
            if len(compact) > codes.TRACKING_LENGTH:
                break
            if len(compact) == codes.TRACKING_LENGTH:
                out.append((compact, typed))
    return out


def find_tracking_code(text: str) -> CodeMention | None:
    """A tracking code anywhere in ``text`` ("tra cuu ho so ETPENKG", "mã k7m3-9pf nhé"), in
    any case and with separators; or something shaped like one whose check character is wrong.

    Shaped like a code: 7 characters of the code alphabet with a letter and a digit, typed in
    capitals ("ETPENKH"), or one piece that no Vietnamese syllable could be ("pfxbama").
    """
    windows = _windows(text)
    for compact, typed in windows:
        code = codes.parse(compact, codes.TRACKING_LENGTH)
        # Words of a sentence can spell a valid code by chance ("len tren": 1 in 32), so a run
        # of lower-case pieces split by spaces counts only with a digit in it.
        spaced_words = " " in typed and typed.islower() and not any(c.isdigit() for c in typed)
        if code is not None and not spaced_words:
            return CodeMention(code, True)
    for compact, typed in windows:
        code = codes.normalize(compact)
        if code is None:
            continue
        pieces = typed.split()
        if len(pieces) > 2 or any(len(p) < 3 for p in pieces):
            continue  # "quy 2 lam" is words, "k7m3 9pq" is a code
        mixed = any(c.isdigit() for c in code) and any(c.isalpha() for c in code)
        capitals = typed.isupper() and typed.replace("-", "").isalnum()
        not_a_word = len(pieces) == 1 and not _SYLLABLE.match(typed.lower())
        if mixed or capitals or not_a_word:
            return CodeMention(code, False)
    return None


async def _kb(ctx: Context) -> KnowledgeBase:
    return await ctx.services.get(KnowledgeLoader).get()


def _local_entry(answer: LocalAnswer) -> dict[str, object]:
    return {
        "id": f"local-{answer.id}",
        "title": answer.title,
        "question": answer.question,
        "answer": answer.answer,
        "created": answer.created_at.date(),
    }


# Answering ------------------------------------------------------------------------------------
async def _deadlines(ctx: Context, as_of: date) -> list[Deadline]:
    """The deadlines of the plans that apply to the user's unit, for "hạn … năm nay" questions."""
    if ctx.unit is None:
        return []
    try:
        from reminders.deadlines import upcoming_deadlines
    except ImportError:  # the calendar feature is not installed
        return []
    try:
        rows = await upcoming_deadlines(ctx.session, ctx.unit, as_of)
    except Exception:
        log.exception("could not read deadlines for a Q&A answer")
        return []
    return [Deadline(task=r.task, due=r.due, when=r.when, plan=r.plan) for r in rows]


def _provider(deadlines: Sequence[Deadline]):  # type: ignore[no-untyped-def]
    def provide(keywords: Sequence[str], question: str, as_of: date) -> Sequence[Deadline]:
        folded = [fold(k) for k in keywords]
        return [d for d in deadlines if any(k in fold(d.task) for k in folded)]

    # Lets the answer tell "no plan imported" from "the plan sets no date for this".
    provide.has_plans = bool(deadlines)  # type: ignore[attr-defined]
    return provide


async def _not_ours(ctx: Context) -> set[str]:
    """Staff answers saved by other communes: a commune's answer is served only to the units
    under the reviewer who saved it (what one commune's staff decided may not hold in another).
    """
    scope = [int(p) for p in ctx.unit.path.strip("/").split("/") if p] if ctx.unit else []
    others = await ctx.session.scalars(
        select(LocalAnswer.id).where(LocalAnswer.unit_id.not_in(scope) if scope else true())
    )
    return {f"local-{answer_id}" for answer_id in others.all()}


def _choices(answer: Answer, *, handoff: Question | None) -> list[Choice]:
    choices = [Choice(title, f"qa:topic:{entry_id}") for entry_id, title in answer.related[:3]]
    if handoff is not None:
        choices.append(Choice("Gửi câu hỏi cho cán bộ phụ trách", f"qa:send:{handoff.id}"))
    choices.append(Choice("Trình đơn chính", "menu"))
    return choices


async def _imported_plan_answer(ctx: Context, text: str, as_of: date) -> str | None:
    """A question about what the asker's imported plan says, answered from its items."""
    if ctx.unit is None or "ke hoach" not in fold(text):
        return None
    try:
        from reminders.deadlines import plan_items
    except ImportError:  # the calendar feature is not installed
        return None
    from bot.knowledge.plan_items import PlanItem, answer_from_plan

    rows = await plan_items(ctx.session, ctx.unit, as_of.year)
    items = [
        PlanItem(d.task, d.who, d.when_text, d.due, d.section,
                 p.title or f"Kế hoạch năm {p.year}", p.issuer, p.year)
        for d, p in rows
    ]  # fmt: skip
    found = answer_from_plan(text, items)
    return found[0] if found else None


async def answer_question(ctx: Context, text: str) -> None:
    as_of = ctx.today()
    kb = await _kb(ctx)
    if kb.law is not None:
        # another replica may have imported a text since: a one-row read tells
        await law_store.refresh(ctx.session, kb.law)
    from_plan = await _imported_plan_answer(ctx, text, as_of)
    if from_plan is not None:
        await ctx.reply(from_plan, [Choice("Trình đơn chính", "menu")])
        return
    deadlines = await _deadlines(ctx, as_of)
    answer = (await _kb(ctx)).ask(
        text, as_of=as_of, deadlines=_provider(deadlines), exclude=await _not_ours(ctx)
    )
    handoff = None
    if not answer.answered and ctx.user is not None and ctx.unit is not None:
        handoff = Question(
            asker_user_id=ctx.user.id,
            unit_id=ctx.unit.id,
            text=text[:4000],
            status=QuestionStatus.UNANSWERED,
            confidence=answer.confidence,
            asked_at=ctx.services.clock.now(),
        )
        ctx.session.add(handoff)
        await ctx.session.flush()
    await ctx.reply(answer.text, _choices(answer, handoff=handoff))


@router.on_fallback
async def fallback(ctx: Context) -> None:
    if ctx.incoming.attachments:
        album = ctx.incoming.album_id
        await ctx.reply(
            ctx.t("qa.attachment_outside_flow"),
            [Choice("Nộp hồ sơ", "menu:dossier"), Choice("Trình đơn chính", "menu")],
            # One answer for a whole album, not one per photo.
            coalesce_key=f"album:{ctx.account.id}:{album}" if album else None,
            delay=ALBUM_SETTLE if album else None,
        )
        return
    text = ctx.text
    mention = find_tracking_code(text)
    if mention is not None:
        # A code anywhere in the message wins over Q&A: "tra cứu hồ sơ ETPENKG" is a lookup.
        if mention.valid:
            from handlers.dossier import lookup_code

            await lookup_code(ctx, mention.code)
        else:
            await wrong_code(ctx, mention.code)
        return
    if fold(text).strip(" !.?") in LINK_WORDS:
        from handlers.link import link

        await link(ctx)
        return
    if len(fold(text)) < 2 or fold(text).strip(" !.?") in GREETINGS:
        from handlers.menu import show_menu

        await show_menu(ctx, ctx.t("qa.greeting", name=ctx.user.full_name if ctx.user else ""))
        return
    await answer_question(ctx, text)


async def wrong_code(ctx: Context, code: str) -> None:
    """A code whose check character is wrong: say so, and offer the asker's own recent codes."""
    recent: list[str] = []
    if ctx.user is not None:
        from bot.storage.models.dossier import Dossier

        rows = await ctx.session.scalars(
            select(Dossier.code)
            .where(Dossier.created_by == ctx.user.id)
            .order_by(Dossier.created_at.desc(), Dossier.id.desc())
            .limit(3)
        )
        recent = list(rows)
    await ctx.reply(
        ctx.t("qa.wrong_code", code=codes.display(code), recent=[codes.display(c) for c in recent]),
        [Choice(codes.display(c), f"qa:code:{c}") for c in recent]
        + [Choice("Trình đơn chính", "menu")],
    )


@router.action("qa:code")
async def code_choice(ctx: Context) -> None:
    """One of the asker's own codes, offered after a mistyped one."""
    from handlers.dossier import lookup_code

    code = codes.parse(ctx.args, codes.TRACKING_LENGTH)
    if code is None:
        await ctx.reply(ctx.t("core.stale_choice"))
        return
    await lookup_code(ctx, code)


@router.action("menu:qa")
async def intro(ctx: Context) -> None:
    kb = await _kb(ctx)
    topics = [(t, kb.entry(t)) for t in STARTER_TOPICS]
    await ctx.reply(
        ctx.t("qa.intro"),
        [Choice(entry.title, f"qa:topic:{entry_id}") for entry_id, entry in topics if entry]
        + [Choice("Trình đơn chính", "menu")],
    )


@router.action("qa:topic")
async def topic(ctx: Context) -> None:
    as_of = ctx.today()
    if ctx.args in await _not_ours(ctx):
        await ctx.reply(ctx.t("core.stale_choice"))
        return
    try:
        answer = (await _kb(ctx)).render(
            ctx.args, as_of, deadlines=_provider(await _deadlines(ctx, as_of))
        )
    except KeyError:
        await ctx.reply(ctx.t("core.stale_choice"))
        return
    await ctx.reply(answer.text, _choices(answer, handoff=None))


# Handoff to the staff -------------------------------------------------------------------------
async def _own_question(ctx: Context) -> Question | None:
    question_id = parse_id(ctx.args)
    question = await ctx.session.get(Question, question_id) if question_id is not None else None
    if question is None or ctx.user is None or question.asker_user_id != ctx.user.id:
        return None
    return question


async def _reviewers_for(ctx: Context, unit: Unit) -> list[User]:
    """Reviewers of the nearest level above (or at) the unit that has any."""
    rows = (
        await ctx.session.execute(
            select(User, Unit)
            .join(Unit, User.unit_id == Unit.id)
            .where(User.role.in_([Role.REVIEWER, Role.ADMIN]), User.active.is_(True))
        )
    ).all()
    covering = [(user, u) for user, u in rows if unit.path.startswith(u.path)]
    if not covering:
        return []
    depth = max(len(u.path) for _, u in covering)
    return [user for user, u in covering if len(u.path) == depth]


@router.action("qa:send")
async def send_to_staff(ctx: Context) -> None:
    question = await _own_question(ctx)
    if question is None:
        await ctx.reply(ctx.t("core.stale_choice"))
        return
    if question.status != QuestionStatus.UNANSWERED:
        await ctx.reply(ctx.t("qa.already_sent"))
        return
    question.status = QuestionStatus.OPEN
    question.sent_at = ctx.services.clock.now()
    assert ctx.unit is not None and ctx.user is not None
    reviewers = await _reviewers_for(ctx, ctx.unit)
    for reviewer in reviewers:
        await ctx.notify(
            reviewer.id,
            Reply(
                ctx.t(
                    "qa.new_question_for_staff",
                    asker=ctx.user.full_name,
                    unit=ctx.unit.name,
                    text=question.text,
                ),
                [Choice("Trả lời", f"qa:reply:{question.id}")],
            ),
            dedupe_key=f"qa:new:{question.id}:{reviewer.id}",
        )
    await ctx.audit("question.send", "question", question.id)
    await ctx.reply(ctx.t("qa.sent", reviewers=len(reviewers)), [Choice("Trình đơn chính", "menu")])


async def _question_in_scope(ctx: Context) -> tuple[Question, User, Unit] | None:
    question_id = parse_id(ctx.args)
    if question_id is None:
        return None
    row = (
        await ctx.session.execute(
            select(Question, User, Unit)
            .join(User, Question.asker_user_id == User.id)
            .join(Unit, Question.unit_id == Unit.id)
            .where(Question.id == question_id)
        )
    ).first()
    if row is None or ctx.unit is None or not row[2].path.startswith(ctx.unit.path):
        return None
    return row[0], row[1], row[2]


@router.action("rv:questions", roles=REVIEWERS)
async def queue(ctx: Context) -> None:
    assert ctx.unit is not None
    rows = (
        await ctx.session.execute(
            select(Question, Unit)
            .join(Unit, Question.unit_id == Unit.id)
            .where(Question.status == QuestionStatus.OPEN, Unit.path.startswith(ctx.unit.path))
            .order_by(Question.sent_at, Question.id)
            .limit(20)
        )
    ).all()
    if not rows:
        await ctx.reply(ctx.t("qa.queue_empty"), [Choice("Hàng chờ thẩm định", "menu:review")])
        return
    choices = [
        Choice(f"{unit.name}: {question.text[:40]}", f"qa:reply:{question.id}")
        for question, unit in rows
    ]
    await ctx.reply(
        ctx.t("qa.queue", count=len(rows)), [*choices, Choice("Quay lại", "menu:review")]
    )


@router.action("qa:reply", roles=REVIEWERS)
async def start_reply(ctx: Context) -> None:
    found = await _question_in_scope(ctx)
    if found is None:
        await ctx.reply(ctx.t("qa.not_found"))
        return
    question, asker, unit = found
    if question.status == QuestionStatus.ANSWERED:
        await ctx.reply(ctx.t("qa.already_answered", answer=question.answer or ""))
        return
    ctx.begin("qa_reply", "answer", {"question_id": question.id})
    await ctx.reply(
        ctx.t("qa.ask_answer", asker=asker.full_name, unit=unit.name, text=question.text),
        [Choice("Hủy", "menu:review")],
    )


@router.flow("qa_reply", roles=REVIEWERS)
async def reply_flow(ctx: Context) -> None:
    ctx.args = str(ctx.state.data.get("question_id", ""))
    found = await _question_in_scope(ctx)
    if found is None:
        ctx.end()
        await ctx.reply(ctx.t("qa.not_found"))
        return
    question, asker, _ = found
    answer = ctx.text
    if len(answer) < 5:
        await ctx.reply(ctx.t("qa.answer_too_short"), [Choice("Hủy", "menu:review")])
        return
    assert ctx.user is not None and ctx.unit is not None
    question.answer = answer[:4000]
    question.status = QuestionStatus.ANSWERED
    question.answered_by = ctx.user.id
    question.answered_at = ctx.services.clock.now()
    await ctx.notify(
        asker.id,
        Reply(
            ctx.t(
                "qa.answer_for_asker",
                question=question.text,
                answer=question.answer,
                reviewer=ctx.user.full_name,
                unit=ctx.unit.name,
            )
        ),
        dedupe_key=f"qa:answer:{question.id}",
    )
    await ctx.audit("question.answer", "question", question.id)
    ctx.end()
    await ctx.reply(
        ctx.t("qa.answer_sent", asker=asker.full_name),
        [
            Choice("Lưu vào cơ sở tri thức", f"qa:save:{question.id}"),
            Choice("Không lưu", "rv:questions"),
        ],
    )


@router.action("qa:save", roles=REVIEWERS)
async def save_answer(ctx: Context) -> None:
    found = await _question_in_scope(ctx)
    if found is None or found[0].status != QuestionStatus.ANSWERED or not found[0].answer:
        await ctx.reply(ctx.t("qa.not_found"))
        return
    question = found[0]
    existing = await ctx.session.scalar(
        select(LocalAnswer).where(LocalAnswer.question_id == question.id)
    )
    if existing is None:
        assert ctx.user is not None and ctx.unit is not None
        local = LocalAnswer(
            question_id=question.id,
            title=question.text[:120],
            question=question.text,
            answer=question.answer,
            author_user_id=ctx.user.id,
            unit_id=ctx.unit.id,
            created_at=ctx.services.clock.now(),
        )
        ctx.session.add(local)
        await ctx.session.flush()
        entry, kb = _local_entry(local), await _kb(ctx)
        # Searchable once it is really stored: if this transaction rolled back, it must not be.
        ctx.session.info.setdefault("after_commit", []).append(
            lambda: kb.add_local_answers([entry])
        )
        await ctx.audit("kb.local_answer", "question", question.id)
    await ctx.reply(ctx.t("qa.saved"), [Choice("Câu hỏi chờ trả lời", "rv:questions")])


#: topics shown in the month's gap report (the message stays short enough to read on a phone)
GAP_TOPICS = 5


@router.command("chuadap", roles=REVIEWERS, description="Chủ đề bot chưa trả lời được trong tháng")
async def gaps_command(ctx: Context) -> None:
    await gaps(ctx)


@router.action("qa:gaps", roles=REVIEWERS)
async def gaps(ctx: Context) -> None:
    assert ctx.unit is not None
    month = ctx.today().replace(day=1)
    questions = await declined_in_month(ctx.session, month, ctx.unit.path)
    label = f"{month:%m/%Y}"
    if not questions:
        await ctx.reply(ctx.t("qa.gaps_empty", month=label))
        return
    # one retrieval per question: off the event loop, a busy month has hundreds
    topics = await asyncio.to_thread(gap_report, await _kb(ctx), questions)
    shown = topics[:GAP_TOPICS]
    unanswered = sum(not q.answered for q in questions)
    choices = [
        Choice(f"Trả lời: {t.examples[0][1][:40]}", f"qa:reply:{t.examples[0][0]}")
        for t in shown
        if t.examples
    ]
    await ctx.reply(
        ctx.t("qa.gaps", month=label, total=len(questions), unanswered=unanswered, topics=shown),
        [*choices, Choice("Hàng chờ thẩm định", "menu:review")],
    )
