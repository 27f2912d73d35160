"""Menu words and small talk typed as text, recognised before a message goes to Q&A.

"lich nhac han" should open the calendar, not a help article about calendars; "cam on" deserves
"không có gì", not the main menu. Pure functions of the typed text (folded: any diacritics).
"""

from __future__ import annotations

from bot.core.text import syllables

__all__ = ["MENU_WORDS", "is_greeting", "is_thanks", "menu_payload"]

#: What officers type for each menu item, folded (diacritics, case and spacing do not matter).
MENU_WORDS: dict[str, tuple[str, ...]] = {
    "menu:calendar": (
        "lich",
        "lich nhac han",
        "lich va nhac han",
        "lich han",
        "nhac han",
        "xem lich",
        "lich nhac",
    ),
    "menu:reg": ("dang ky", "dang ki", "dangky", "dang ky thi dua", "dang ki thi dua"),
    "menu:dossier": ("nop ho so", "nop hs", "nophoso", "nop ho so khen thuong"),
    "menu:lookup": ("tra cuu", "tra cuu ho so", "tra cuu hs", "tra ho so", "hoso"),
    "menu:qa": ("hoi dap", "hoi dap thu tuc"),
    "menu:review": ("hang cho", "hang cho tham dinh"),
    "menu": ("menu", "trinh don", "trinh don chinh"),
}
#: Words around a menu word that do not change it ("mở lịch", "đăng ký ạ").
_MENU_FILLERS = {"mo", "vao", "muc", "a", "nhe", "nha", "di", "oi", "cho", "toi", "em", "minh"}

_THANKS_CORE = ("cam on", "thank", "thanks", "tks", "thx", "camon")
_GREETING_CORE = ("xin chao", "chao", "hello", "hi", "alo", "a lo", "helo")
#: Words that may come with thanks or a greeting without making it a question.
_POLITE = {
    "ban", "bot", "em", "anh", "chi", "tro", "ly", "nhieu", "nhe", "nha", "a", "ok", "oke",
    "okay", "da", "vang", "rat", "roi", "minh", "toi", "xin", "chan", "thanh", "that", "you",
    "so", "much", "lam", "buoi", "sang", "chieu", "co", "ca",
}  # fmt: skip
_MAX_SMALL_TALK = 8


def _words(text: str) -> list[str]:
    return syllables(text)


def menu_payload(text: str) -> str | None:
    """The menu payload a typed menu word stands for, or None."""
    words = _words(text)
    while words and words[0] in _MENU_FILLERS:
        words.pop(0)
    while words and words[-1] in _MENU_FILLERS:
        words.pop()
    phrase = " ".join(words)
    for payload, phrases in MENU_WORDS.items():
        if phrase in phrases:
            return payload
    return None


def _small_talk(text: str, cores: tuple[str, ...]) -> bool:
    words = _words(text)
    if not words or len(words) > _MAX_SMALL_TALK:
        return False
    phrase = " " + " ".join(words) + " "
    found = [core for core in cores if f" {core} " in phrase]
    if not found:
        return False
    for core in found:
        phrase = phrase.replace(f" {core} ", " ")
    return all(word in _POLITE for word in phrase.split())


def is_thanks(text: str) -> bool:
    """ "cam on", "Cảm ơn bạn nhiều!", "ok thanks"; not "cảm ơn, cho hỏi hạn nộp hồ sơ"."""
    return _small_talk(text, _THANKS_CORE)


def is_greeting(text: str) -> bool:
    """ "xin chào", "Chào bot", "alo"; not "chào, cho hỏi …"."""
    return not is_thanks(text) and _small_talk(text, _GREETING_CORE)
