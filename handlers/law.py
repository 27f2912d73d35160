"""Reviewers and admins import an official legal text in the chat (/vanban).

The file is read and split into Chương / Mục / Điều / khoản / điểm in a worker thread (parsing
a long .docx or PDF must not stall the bot), stored in the database (every replica quotes it from
its next question on, see :mod:`bot.knowledge.law.store`) and laid into this process's knowledge
base at once, so the next question can be answered from its clauses.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.core.context import Context
from bot.core.messages import Choice
from bot.core.router import REVIEWERS, Router
from bot.knowledge.law import LawDocument, LawImportError, LawLibrary, parse_text
from bot.knowledge.law.library import document_key
from bot.knowledge.law.readers import read_bytes
from bot.knowledge.law.store import refresh, save_document
from bot.knowledge.loader import KnowledgeLoader

router = Router()

FLOW = "law_import"
SUFFIXES = {".docx", ".pdf", ".txt", ".md", ".html", ".htm", ".doc"}

__all__ = ["router", "summary"]


@router.command("vanban", roles=REVIEWERS, description="Nhập văn bản pháp luật cho bot trích dẫn")
async def start(ctx: Context) -> None:
    ctx.begin(FLOW, "file")
    await ctx.reply(
        "**Nhập văn bản pháp luật**\nAnh/chị gửi tệp văn bản (.docx, PDF có chữ, .txt hoặc trang "
        ".html lưu từ cổng thông tin). Bot tách theo chương, điều, khoản, điểm và trích dẫn khi "
        "trả lời; văn bản đã bị thay thế thì không trích dẫn.",
        [Choice("Hủy", "law:cancel")],
    )


@router.action("law:cancel", roles=REVIEWERS)
async def cancel(ctx: Context) -> None:
    ctx.end()
    await ctx.reply("Đã hủy nhập văn bản.", [Choice("Trình đơn chính", "menu")])


@router.flow(FLOW, roles=REVIEWERS)
async def receive(ctx: Context) -> None:
    documents = [a for a in ctx.incoming.attachments if a.kind == "document"]
    if not documents:
        await ctx.reply(
            "Anh/chị gửi văn bản dưới dạng tệp (.docx, PDF, .txt, .html) nhé.",
            [Choice("Hủy", "law:cancel")],
        )
        return
    attachment = documents[0]
    name = attachment.file_name or "van-ban.txt"
    if Path(name).suffix.lower() not in SUFFIXES:
        await ctx.reply(
            f"Chưa đọc được loại tệp {Path(name).suffix or '(không rõ)'}; hãy gửi .docx, PDF, "
            ".txt hoặc trang .html đã lưu.",
            [Choice("Hủy", "law:cancel")],
        )
        return
    data = await ctx.fetch(ctx.incoming.attachments.index(attachment))
    try:
        document = await asyncio.to_thread(_import, data, name)
    except LawImportError as error:
        # the flow stays open: the reviewer can send a better file straight away
        await ctx.reply(str(error), [Choice("Hủy", "law:cancel")])
        return
    kb = await ctx.services.get(KnowledgeLoader).get()
    if kb.law is None:
        kb.law = LawLibrary([])
    await save_document(ctx.session, document, ctx.user.id if ctx.user else None)
    # this session sees its own rows: the summary below already knows what it replaces
    await refresh(ctx.session, kb.law)
    await ctx.audit("law.import", "law", document.key, number=document.number)
    ctx.end()
    await ctx.reply(summary(kb.law.documents[document.key]), [Choice("Trình đơn chính", "menu")])


def _import(data: bytes, name: str) -> LawDocument:
    text = read_bytes(data, name)
    try:
        return parse_text(text, document_key(name), source=name)
    except ValueError as exc:
        raise LawImportError(f"Không tách được điều khoản của {name}: {exc}.") from exc


def summary(document: LawDocument) -> str:
    articles = len({p.article for p in document.provisions})
    lines = [
        f"**Đã nhập {document.title}**",
        f"{articles} điều, {len(document.provisions)} khoản/điểm.",
    ]
    if document.issuer:
        lines.append(f"Cơ quan ban hành: {document.issuer}.")
    if document.effective:
        lines.append(f"Hiệu lực từ {document.effective:%d/%m/%Y}.")
    if document.replaces:
        lines.append("Thay thế: " + ", ".join(document.replaces) + ".")
    if document.superseded_by:
        lines.append(
            f"Văn bản này đã bị thay thế bởi {document.superseded_by}: bot không trích dẫn."
        )
    district = [p.where() for p in document.provisions if p.names_district]
    if district:
        lines.append(
            "Quy định còn nêu cấp huyện (bot ghi chú khi trích): " + ", ".join(district[:8]) + "."
        )
    return "\n".join(lines)
