"""A record of years held, told in the question: how many years or times in a row it claims.

``run_count`` reads the count stated or told ("2 năm liền", "ba lần liên tục", a record told year
by year, a list of consecutive years); ``record_held`` reads only what a record told year by year
holds up to its last year, whatever the question claims; ``counts_as`` tells a question asking
whether what is told counts as the run ("có tính là 3 lần liên tục"). ``CLAUSE_ENDS`` is where a
year's clause ends; the culture-unit reader of the analyser ends its clauses there too.
"""

from __future__ import annotations

import itertools
import re
from itertools import pairwise

from bot.core.text import folded_words
from bot.knowledge.facts.model import tokens
from bot.knowledge.facts.words import NEGATED, TYPED_NOT, is_multiple_word

_NUMBER_WORDS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4}  # not "năm" (5): it is also "year"
#: what "N lần" counts when it is the times a title was won, not a multiple ("thưởng 2 lần")
_TIMES_OF = frozenset({"dat", "duoc", "chien", "cstdcs", "cstd"})

#: words that end the title told between a count and "liên tục" (another clause begins)
_ROW_BREAKS = frozenset({"va", "hoac", "nhung", "thi", "con", "roi", "la", "duoc", "dc"})


def _title_then_row(words: list[str]) -> bool:
    """ "CSTĐCS liên tục", "đạt chiến sĩ thi đua cơ sở liên tiếp": a title (a few words, no
    number, no new clause) then "liên tục / liền" (task h102)."""
    for j, w in enumerate(words):
        if w == "lien":
            return j > 0
        if w.isdigit() or w in _ROW_BREAKS:
            return False
    return False


def run_count(toks: list[str]) -> int | None:
    """The n of "n năm liền / n lần liên tục" ("2 nam lien", "hai lần liên tiếp")."""
    if not (any(map(str.isdigit, toks)) or not _NUMBER_WORDS.keys().isdisjoint(toks)):
        # s46b: every reader of ``_run_count`` starts from a number told (digits, a year,
        # "một", "hai" …): words with none count no run (the long titles ``_once_told`` and
        # ``_record_told`` shorten add no digit nor number word); 0.1 ms a reading saved
        return None
    return _run_count(toks)


def _run_count(toks: list[str]) -> int | None:
    """:func:`run_count` read in full, whatever the words."""
    for i in range(len(toks) - 2):
        n = int(toks[i]) if toks[i].isdigit() else _NUMBER_WORDS.get(toks[i])
        if n is None or toks[i + 1] not in {"nam", "lan"}:
            continue
        if toks[i + 1] == "lan" and i and is_multiple_word(toks, i - 1):
            # "thưởng CSTĐCS chỉ bằng 2 lần LĐTT": a multiple of a prize, no run (task h378)
            continue
        if toks[i + 1 : i + 4] == ["nam", "truoc", "lien"]:
            # "hai năm trước liền cũng được CSTĐCS, … nếu năm nay cô đạt CSTĐCS": the years
            # before this one, and this one told (or put) holding the same title (task h297)
            return n + 1 if _this_year_same(toks[i + 4 :]) else n
        if toks[i + 2] == "lien" and _this_year_next(toks[i + 3 : i + 12], n):
            # "CSTĐCS 2 năm liền, năm nay đạt tiếp lần 3": this year adds one to the run
            return n + 1
        if toks[i + 2] == "lien":  # liền, liên tục, liên tiếp fold to "lien"
            if _CLAIMS_RUN & set(toks[max(i - 3, 0) : i]):
                # "đạt CSTĐCS năm 2022, 2023 rồi 2025 thì có tính là 3 lần liên tục không": the
                # run is what is claimed; the years told before it decide (task h107)
                held = _run_with_gap(toks[:i], _unrecorded(toks))
                if held is not None and held < n:
                    return held
            return n
        if toks[i + 1] == "nam" and _each_of_the_years(toks, i):
            return n  # "3 năm nay em đều đạt CSTĐCS": each of the last n years, in a row
        if toks[i + 1] in {"nam", "lan"} and _title_then_row(toks[i + 2 : i + 8]):
            # "2 năm CSTĐCS liên tục", "3 lần đạt chiến sĩ thi đua cơ sở liên tiếp"; a record
            # told year by year before "có đủ 3 lần … liên tục không" is what decides
            claims = _CLAIMS_RUN & set(toks[max(i - 3, 0) : i])
            held = _run_with_gap(toks[:i], _unrecorded(toks)) if claims else None
            if held is not None and held < n:
                return held  # "2023, 2024 CSTĐCS, 2025 chỉ LĐTT … có đủ 3 lần … liên tục"
            told = _record_told(toks)
            return told if told is not None else n
        if toks[i + 1] == "nam" and _title_counted(toks[i + 2 : i + 4]):
            # "bác sĩ có 2 năm CSTĐCS": the years the title was won, told as a count (h239)
            told = _record_told(toks)
            return told if told is not None else n
        if toks[i + 1] == "lan" and toks[i + 2] in _TIMES_OF:
            # "chỉ cần 2 lần CSTĐCS", "3 lần đạt chiến sĩ": times a title was won; but "tôi có
            # đủ 3 lần CSTĐCS không" after a record told year by year asks whether the record
            # makes it: the record's count decides
            told = _record_told(toks)
            return told if told is not None else n
    return _record_count(toks)


def _record_count(toks: list[str]) -> int | None:
    """The run a record tells when no "n năm liền" counts one: the years held one by one, the
    years listed, this year's one more, or a run of one."""
    if not any(_is_year(t) for t in toks):
        # s48a: the record, the years listed and this year's one more each read a year told
        # ("2024", "2025"): with none, each is None and only a run of one ("1 lần", "một năm")
        # is left to tell
        return _once_told(toks) if "1" in toks or "mot" in toks else None
    held = _record_run(toks)
    if held is None:
        held = _record_told(toks)
    if held is not None:
        return held
    listed = _years_listed(toks)
    if listed is not None and listed >= 2:
        listed += _title_year_before(toks, listed)
    then_now = _this_year_too(toks)
    found = then_now if then_now is not None and then_now > (listed or 0) else listed
    return found if found is not None else _once_told(toks)


def _is_year(tok: str) -> bool:
    """A year as the record's readers take one: four digits opening with "20"."""
    return len(tok) == 4 and tok.isdigit() and tok.startswith("20")


#: words between a run told and the title it is of ("cũng được CSTĐCS")
_RUN_FILLERS = frozenset({"cung", "duoc", "dc", "dat", "deu", "la"})


def _this_year_same(after: list[str]) -> bool:
    """After "n năm trước liền (cũng được) X": "năm nay" told with "đạt / được X", the same
    title, so this year makes one more of the run."""
    rest = [w for w in after[:4] if w not in _RUN_FILLERS]
    if not rest:
        return False
    title = rest[0]
    for k in range(len(after) - 1):
        if after[k : k + 2] != ["nam", "nay"]:
            continue
        near = after[k + 2 : k + 7]
        if any(near[j] in ("dat", "duoc") and near[j + 1] == title for j in range(len(near) - 1)):
            return True
    return False


#: what says this year's title goes on a run told ("năm nay đạt tiếp", "năm nay lại đạt")
_GOES_ON = frozenset({"tiep", "nua", "lai"})


def _this_year_next(after: list[str], n: int) -> bool:
    """After "n năm liền": "năm nay" then "lần n+1" ("lần thứ 3") or "đạt tiếp / nữa / lại
    đạt": the same title won again this year, one more of the run (task h308)."""
    for k in range(len(after) - 1):
        if after[k : k + 2] != ["nam", "nay"]:
            continue
        near = [w for w in after[k + 2 : k + 7] if w != "thu"]
        if _GOES_ON & set(near[:3]):
            return True
        return any(w == "lan" and nxt == str(n + 1) for w, nxt in pairwise(near))
    return False


#: the titles a count of years ("2 năm CSTĐCS") may count, and what may stand before them
_YEARS_OF = frozenset({"cstdcs", "chien"})
_YEARS_FILLERS = frozenset({"dat", "duoc", "dc", "deu"})


def _title_counted(words: list[str]) -> bool:
    """ "(2 năm) CSTĐCS", "(2 năm) đạt chiến sĩ …": the title of each year counted follows."""
    rest = [w for w in words if w not in _YEARS_FILLERS]
    return bool(rest) and rest[0] in _YEARS_OF


#: the provincial title, whose 02 lần liên tục the national one needs (Luật 2022 Điều 21 khoản 1
#: điểm a), folded to one word so that "CSTĐ tỉnh 1 lần lên toàn quốc" counts it once (h210)
_ONCE_TITLES = {
    "chien si thi dua cap tinh": "cstdtinh",
    "chien si thi dua tinh": "cstdtinh",
    "cstd cap tinh": "cstdtinh",
    "cstd tinh": "cstdtinh",
}
#: the titles whose run a count of one may be told of
_ONCE_COUNTED = frozenset({"cstdcs", "cstdtinh"})

#: words a count of one may put before or after the title it counts ("chỉ đạt 1 lần CSTĐCS")
_ONCE_FILLERS = frozenset({"dat", "duoc", "dc", "co", "la", "chi", "moi", "danh", "hieu"})


def _once_told(toks: list[str]) -> int | None:
    """ "chỉ 1 năm CSTĐCS", "CSTĐCS mới được 1 lần", "năm 2026 chị được CSTĐCS": the title
    told held once, or in one year alone, is a run of one; the rule's 03 (02) lần liên tục
    is then not met (Luật 2022 Điều 21, 22). "mỗi năm 1 lần" counts no title."""
    text = " ".join(toks)
    for long, short in (*_LONG_TITLES.items(), *_ONCE_TITLES.items()):
        text = text.replace(long, short)
    words = text.split()
    for i in range(len(words) - 1):
        if words[i] not in {"1", "mot"} or words[i + 1] not in {"nam", "lan"}:
            continue
        if words[max(i - 2, 0) : i] == ["moi", "nam"]:
            continue  # "mỗi năm 1 lần": how often, not how many
        after = [w for w in words[i + 2 : i + 5] if w not in _ONCE_FILLERS]
        # "CSTĐCS em mới được 1 lần": the title a few words before, in the same clause
        before = list(
            itertools.takewhile(
                lambda w: w not in CLAUSE_ENDS | {","}, words[max(i - 4, 0) : i][::-1]
            )
        )
        if set(after[:1]) & _ONCE_COUNTED or _ONCE_COUNTED & set(before):
            return 1
    years = [
        i
        for i, w in enumerate(words)
        if len(w) == 4 and w.isdigit() and w.startswith("20") and words[i - 1 : i] != ["/"]
    ]
    if len({words[i] for i in years}) != 1 or "lien" in words:
        return None
    clause = list(
        itertools.takewhile(lambda w: w not in CLAUSE_ENDS | {","}, words[years[0] + 1 :])
    )
    if "cstdcs" in clause[:7] and not _ASKING_WORDS & set(clause):
        return 1  # one year told holding the title, and no other
    return None


#: words that put a run up for confirmation ("có tính là 3 lần liên tục", "có đủ 3 năm liền")
_CLAIMS_RUN = frozenset({"tinh", "du", "coi", "xem"})


def _unrecorded(toks: list[str]) -> bool:
    """No record reader counts the years told title by title: the composer then has no record
    to hold against the run claimed, and the run told must be counted here."""
    return _record_run(toks) is None and _record_told(toks) is None


def _run_with_gap(toks: list[str], lower: bool = False) -> int | None:
    """The longest run of years in a row among the years told in ``toks`` (a year followed by
    "không đạt" is not held, nor, with ``lower``, one told "chỉ LĐTT"), only when the years told
    leave a gap ("2022, 2023 rồi 2025 (2024 không đạt)" → 2); None when they leave none, so a
    record told in a row ("2023, 2024 do huyện ký, 2025 xã ký") is counted by the other
    readers."""
    years = set()
    for at, tok in enumerate(toks):
        if len(tok) == 4 and tok.isdigit() and tok.startswith("20"):
            after = list(itertools.takewhile(lambda t: not t.isdigit(), toks[at + 1 : at + 3]))
            if not (NEGATED | TYPED_NOT | _FAILED) & set(after) and not (
                lower and _only_lower(toks, at)
            ):
                years.add(int(tok))
    if len(years) < 2 or max(years) - min(years) + 1 == len(years):
        return None
    return max(next(k for k in range(1, len(years) + 1) if year + k not in years) for year in years)


#: a year told failed ("2026 trượt", "năm 2025 rớt"): not held, like "không đạt" (task h210)
_FAILED = frozenset({"truot", "rot"})

#: the titles below CSTĐCS a year may be told to have held "only" ("2024 chỉ LĐTT")
_LOWER_TITLES = frozenset({"ldtt", "lao", "gk", "giay"})


def _only_lower(toks: list[str], at: int) -> bool:
    """ "2024 chỉ LĐTT", "năm 2025 nghỉ ốm …, nhưng chỉ được LĐTT": the year at ``at`` is told,
    in its own clause (up to the next year or the sentence's end), to have held only a lower
    title, which breaks a run of CSTĐCS (Luật 2022 Điều 22 khoản 1 điểm a: 03 lần liên tục)."""
    clause = list(
        itertools.takewhile(
            lambda t: not (len(t) == 4 and t.isdigit()) and t not in CLAUSE_ENDS,
            toks[at + 1 :],
        )
    )
    return any(
        w == "chi" and _LOWER_TITLES & set(clause[k + 1 : k + 3]) for k, w in enumerate(clause)
    )


#: "chưa đủ 3 lần CSTĐCS liên tục", "k du CSTDCS 3 lan": a run told short of the count it names
_RUN_SHORT = re.compile(
    r"\b(?:chua|khong|ko|k|chang)(?: (?:dat|co|duoc|dc))? (?:du|toi|den)"
    r"(?: (?!va\b|nhung\b|thi\b|ma\b)\w+){0,4}? (?P<n>\d|hai|ba|bon) (?:lan|nam)\b"
)
_SHORT_NUMBERS = {"hai": 2, "ba": 3, "bon": 4}
#: the run's rule said right after it as a bar: "… thì chưa / không được …"
_BAR_CLAIMED = re.compile(r"(?: \w+){0,4}? thi (?:\w+ )?(?:chua|khong|ko|k|chang)\b")


def run_told_short(question: str) -> int | None:
    """The n of a run told short of it ("chưa đủ CSTĐCS 3 lần liên tục"): the case has fewer
    than n, so a rule needing n bars it (stop 44 fall, b84)."""
    said = folded_words(question)
    found = _RUN_SHORT.search(said)
    if found is None or _BAR_CLAIMED.match(said, found.end()):
        # "chưa đủ 3 lần … thì chưa đề nghị CSTĐ tỉnh được, đúng ko": the short run is the
        # condition of a bar claimed, not the case told
        return None
    n = found.group("n")
    return int(n) if n.isdigit() else _SHORT_NUMBERS[n]


def record_held(question: str) -> int | None:
    """The years in a row a record told year by year holds up to its last year ("2024
    CSTĐCS, 2025 chỉ LĐTT, 2026 CSTĐCS" → 1), whatever count the question itself claims; a
    list of years in a row told with one title ("2023 2024 2025 em đều đạt CSTĐCS") when the
    question asks whether it counts as a run ("có tính là 3 lần liên tục")."""
    toks = tokens(question)
    held = _record_run(toks)
    if held is None:
        held = _record_told(toks)
    if held is None and counts_as(question):
        # only a list holding every year told: years told in clauses of their own ("2023,
        # 2024 do huyện ký, 2025 xã ký") are a record this does not read
        years = {t for t in toks if len(t) == 4 and t.isdigit() and t.startswith("20")}
        listed = _years_listed(toks)
        held = listed if listed is not None and listed == len(years) else None
    if held is None:
        held = _record_by_clause(question)
    return held


#: task h408: a clause of a record telling its years lost the title ("2023 nghỉ ốm k xét",
#: "2024 trượt", "2025 không đạt")
_YEAR_LOST = re.compile(
    r"\b(?:k|ko|khong|chua|kg) (?:duoc |dc )?(?:xet|dat|co|binh)\b|\b(?:nghi|truot|rot|mat)\b"
)
#: a clause telling its years held the title, or put up for it ("nếu 2026 CSTĐCS nữa")
_YEAR_HELD = re.compile(r"\b(?:cstdcs|cstd co so|chien si thi dua co so|dat|duoc|dc|co)\b")
_CLAUSE_BREAK = re.compile(r"[,.;|\n]")


def _record_by_clause(question: str) -> int | None:
    """ "y sĩ trạm e: 2021 CSTĐCS, 2022 CSTĐCS, 2023 nghỉ ốm k xét, 2024 và 2025 CSTĐCS. nếu
    2026 CSTĐCS nữa thì đủ 3 lần liên tục chưa": each clause tells its years held or lost; the
    run is the years held in a row up to the last year told (task h408). None unless at least
    three years are told, each in a clause that says which."""
    state: dict[int, bool] = {}
    if re.search(r"\bnghin\b", folded_words(question)):
        return None  # years spoken in words ("hai nghìn không trăm …"): no clause record
    for clause in _CLAUSE_BREAK.split(question):
        said = folded_words(clause)
        years = [int(y) for y in re.findall(r"\b(20\d\d)\b", said)]
        if not years or re.search(r"\b20\d\d ?- ?20\d\d\b", clause):
            continue
        if _YEAR_LOST.search(said):
            if len(years) > 1:
                return None  # a loss told of several years at once is no year-by-year record
            held = False
        elif _YEAR_HELD.search(said):
            held = True
        else:
            return None
        for year in years:
            if state.get(year, held) != held:
                return None
            state[year] = held
    if len(state) < 3 or not any(state.values()):
        return None
    last = max(state)
    run = 0
    while state.get(last - run):
        run += 1
    return run


def counts_as(question: str) -> bool:
    """ "… thì có tính là / coi là / được tính là n lần liên tục không": whether what is told
    counts as the run claimed."""
    toks = tokens(question)
    for at, pair in enumerate(pairwise(toks)):
        if pair in (("tinh", "la"), ("coi", "la")):
            return True
        if pair == ("duoc", "tinh") and toks[at + 2 : at + 3] not in _PROVINCE_ACTS:
            return True
    return False


#: "sáng kiến được tỉnh công nhận" folds like "được tính": the province acting, no count asked
#: (task h389)
_PROVINCE_ACTS = [
    [w] for w in ("cong", "khen", "tang", "xet", "ky", "giao", "cap", "quyet", "duyet", "phe")
]


#: "năm nay cũng đạt (tiếp)", "năm nay đạt tiếp / nữa": the present year goes on with the run
_GOES_ON = frozenset({"cung", "tiep", "nua", "lai"})


def _this_year_too(toks: list[str]) -> int | None:
    """ "2024 và 2025 đều đạt CSTĐCS, năm nay cũng đạt tiếp" → 3: years in a row told, then "năm
    nay" (or the next year by number: "năm 2026 cũng đang được đề nghị CSTĐCS") told holding the
    title too, or put up for it ("cũng / tiếp / nữa"), is one more year of the run (task h239).
    None when no such year is told after the run."""
    years = [i for i, t in enumerate(toks) if len(t) == 4 and t.isdigit() and t.startswith("20")]
    best = None
    for end, last in enumerate(years):
        run, k = 1, last
        for i in reversed(years[:end]):
            if int(toks[i]) != int(toks[k]) - 1 or not set(toks[i + 1 : k]) <= {",", "va", "nam"}:
                break
            run, k = run + 1, i
        if run < 2:
            continue
        after = toks[last + 1 :]
        stop = next((n for n, t in enumerate(after) if t in {".", "?", "!"}), len(after))
        following = {"nay", str(int(toks[last]) + 1)}
        last_year = toks[last]
        for n in range(len(after) - 1):
            if after[n] not in {"nam", "neu"} or after[n + 1] not in following:
                continue
            rest = after[n + 2 : n + 9]
            # "…; nếu 2027 đạt tiếp", "… e hỏi: năm nay nếu đạt CSTĐCS nữa thì đủ số lần
            # chưa": the year put up as a condition counts, even in the asking sentence
            # after the record (task h392)
            put = after[n] == "neu" or rest[:1] == ["neu"]
            if n >= stop and not put:
                continue
            if put and any(
                _only_lower(toks, i) for i in years[: end + 1] if int(toks[i]) <= int(last_year)
            ):
                # "2024, 2025 CSTĐCS, năm 2026 chỉ LĐTT …, nếu 2027 lại đạt": the run is
                # broken before the year put up, which does not mend it
                continue
            if after[n] == "neu" and not after[n + 1].isdigit():
                continue
            if _GOES_ON & set(rest[:5]) and _held_or_put_up(rest):
                best = max(best or 0, run + 1)
    return best


#: a title above the one a run is of: a year proposed for it is no year of the run
_HIGHER = frozenset({"tinh", "quoc", "cstd", "bang", "bk", "huan", "chuong", "to"})


def _held_or_put_up(rest: list[str]) -> bool:
    """ "cũng đạt", "cũng đang được đề nghị (CSTĐCS)": the year holds the title, or is put up
    for it; not a question ("… có được không") nor a higher title proposed ("đề nghị CSTĐ
    tỉnh")."""
    if _ASKING_WORDS & set(rest):
        return False
    if "dat" in rest:
        return True
    if _SIGNED & set(rest[:3]) and not _HIGHER & set(rest[:4]):
        # task h405: "năm nay xã ký tiếp": this year's decision told signed, the title held
        return True
    proposed = ("de", "nghi") in set(pairwise(rest)) or "xet" in rest
    return proposed and not _HIGHER & set(rest)


#: where a year's clause ends: a sentence, or a question asked after it
CLAUSE_ENDS = frozenset({".", "?", "!", ";"})
#: a clause that asks ("… có được CSTĐ tỉnh không") names a title wanted, not one held
_ASKING_WORDS = frozenset({"khong", "k", "ko", "chua"})


def _record_told(toks: list[str]) -> int | None:
    """ "năm 2023 tôi được huyện tặng giấy khen. năm 2024 tôi đạt CSTĐCS do huyện ký. năm 2025
    CSTĐCS do xã ký" → 2: a record told year by year in clauses of a letter's story, each
    naming the title it held anywhere in its clause, counts the years in a row, up to the last
    one, that hold the last year's title. A year told with no title ("2025 và 2026 …") shares
    the next one's. None unless three or more years each name a title, as ``_record_run``."""
    text = " ".join(toks)
    for long, short in _LONG_TITLES.items():
        text = text.replace(long, short)
    words = text.split()
    years = [
        i
        for i, t in enumerate(words)
        if len(t) == 4 and t.isdigit() and t.startswith("20") and words[i - 1 : i] != ["/"]
    ]
    if len(years) < 3:
        return None
    record: list[tuple[int, str | None]] = []
    joined: list[int] = []
    for at, end in zip(years, [*years[1:], len(words)], strict=True):
        span = words[at + 1 : end]
        stop = next((k for k, t in enumerate(span) if t in CLAUSE_ENDS), len(span))
        clause = span[:stop]
        cut = clause.index("thi") if "thi" in clause else len(clause)
        if cut < len(clause) and "neu" not in clause[:cut]:
            # "2026 lại CSTĐCS thì có tính là 2 lần liên tục không": "thì" ends the year told;
            # the question after it is no part of the record ("nếu đạt … thì" tells none)
            clause = clause[:cut]
        if _ASKING_WORDS & set(clause):
            break  # "năm 2026 chị có được đề nghị CSTĐ tỉnh không": the question, not a record
        head = next(
            (t for k, t in enumerate(clause) if t in _TITLE_HEADS and _heads_title(clause, k)),
            None,
        )
        if head is None and any(h for _, h in record) and _signed_only(clause):
            # "2024 được CSTĐCS do huyện ký, năm 2025 và 2026 do xã ký": the same title, only
            # signed by another; the years joined to it before hold it too
            head = next(h for _, h in reversed(record) if h is not None)
            while record and record[-1][1] is None:
                joined.append(record.pop()[0])
            record += [(year, head) for year in reversed(joined)]
            joined.clear()
        if head is None and clause not in ([], ["va"], [","]):
            break  # "năm 2026 anh có sáng kiến": no title held, the record is over
        if record and int(words[at]) <= record[-1][0]:
            break
        record.append((int(words[at]), head))
    return _run_held(record)


def _signed_only(clause: list[str]) -> bool:
    """ "do chủ tịch UBND xã ký", "(và) do xã ký": a year's clause telling only who signed."""
    return clause[-1:] == ["ky"] and "do" in clause[:2] + clause[1:3]


def _run_held(record: list[tuple[int, str | None]]) -> int | None:
    """(year, title named) in order → the years in a row, up to the last, that hold the last
    year's title; a year with no title of its own shares the next one's. None unless three or
    more years name a title and the last one does."""
    titled = [r for r in record if r[1] is not None]
    if len(titled) < 3 or record[-1][1] is None:
        return None
    labels: list[str] = []
    for _, head in reversed(record):
        labels.append(head or labels[-1])
    labels.reverse()
    run = 1
    for k in range(len(record) - 1, 0, -1):
        if labels[k - 1] != labels[-1] or record[k - 1][0] != record[k][0] - 1:
            break
        run += 1
    return run


def _heads_title(clause: list[str], k: int) -> bool:
    """ "giấy khen", "bằng khen": the short heads name a title only with their second word."""
    if clause[k] in {"giay", "bang"}:
        return clause[k + 1 : k + 2] == ["khen"]
    return clause[k] not in {"chien", "lao"}  # unreplaced long titles ("chiến sĩ tiên tiến")


#: the first word of a title as a record names it ("2023 LĐTT", "2024 chiến sĩ thi đua cơ sở")
_TITLE_HEADS = frozenset(
    {"cstdcs", "ldtt", "cstd", "ttldtt", "ttldxs", "bk", "gk", "chien", "lao", "bang", "giay"}
)
#: words a record may put between a year and its title ("2024 chỉ đạt LĐTT")
_RECORD_FILLERS = frozenset({"chi", "dat", "duoc", "dc", "la", "co", "van", "nam", ":", "-"})
_LONG_TITLES = {"chien si thi dua co so": "cstdcs", "lao dong tien tien": "ldtt"}


def _record_run(toks: list[str]) -> int | None:
    """ "2022 CSTĐCS, 2023 chỉ LĐTT, 2024 CSTĐCS, 2025 và 2026 CSTĐCS" → 3: a record of the
    title held each year counts the years in a row, up to the last one, that hold the title of
    the last year (a year told with no title of its own, "2025 và 2026 …", shares the next
    one's). None unless three or more years of one sentence each name a title."""
    years = [i for i, t in enumerate(toks) if len(t) == 4 and t.isdigit() and t.startswith("20")]
    if len(years) < 3:
        return None
    record: list[tuple[int, str | None]] = []
    for at, end in zip(years, [*years[1:], len(toks)], strict=True):
        span = toks[at + 1 : end]
        stop = next((k for k, t in enumerate(span) if t in CLAUSE_ENDS), len(span))
        words = [t for t in span[:stop] if t not in _RECORD_FILLERS | {",", "va"}]
        text = " ".join(words)
        for long, short in _LONG_TITLES.items():
            text = text.replace(long, short)
        head = text.split()[0] if text else None
        if head is not None and head not in _TITLE_HEADS:
            break  # "năm 2026 anh có sáng kiến": no title held, the record is over
        if record and int(toks[at]) <= record[-1][0]:
            break
        record.append((int(toks[at]), head))
        if stop < len(span):
            break  # the sentence ends: the record with it
    return _run_held(record)


#: "n năm nay / qua / gần đây / vừa qua / trở lại đây": the last n years up to now
_RECENT = frozenset({"nay", "qua", "gan", "vua", "tro"})


def _each_of_the_years(toks: list[str], i: int) -> bool:
    """ "3 năm nay (tôi) đều đạt", "cả 3 năm đều được": a title held each of the n years told
    (the last ones, or all of them), which is n in a row."""
    rest = toks[i + 2 : i + 7]
    recent = rest[:1] and rest[0] in _RECENT
    every = (i > 0 and toks[i - 1] == "ca") or rest[:1] == ["deu"]
    return bool(recent or every) and "deu" in rest[:4]


#: the titles a year told right after names as won that year ("CSTĐCS 2025")
_YEAR_TITLES = frozenset({"cstdcs", "ldtt", "cstd"})


def _title_year_before(toks: list[str], size: int) -> int:
    """1 when the year right before a listed run is told elsewhere as the title's own year
    ("QĐ CSTĐCS 2025 bị đánh máy sai …, nếu 2026, 2027 em đạt tiếp thì lần 2025 đó có được
    tính vào chuỗi không": 2025, 2026, 2027 are three in a row; task h422), else 0."""
    years = [int(t) for t in toks if len(t) == 4 and t.isdigit() and t.startswith("20")]
    for first in years:
        run = [first + k for k in range(size)]
        if not all(y in years for y in run):
            continue
        before = first - 1
        for i, tok in enumerate(toks):
            if str(first) in toks[i + 1 : i + 3]:
                # "CSTĐCS 2023, 2024, rồi 2025 chỉ LĐTT": the year before is listed with the
                # run's first, so the run listed starts there and the years after it are
                # another run, not this one lengthened (stop 44 fall, b97)
                continue
            if tok == str(before) and i and toks[i - 1] in _YEAR_TITLES:
                return 1
    return 0


def _years_listed(toks: list[str]) -> int | None:
    """ "đạt CSTĐCS các năm 2023, 2024 và 2025" → 3: a list of two or more consecutive years
    (joined by "," or "và", not "2025-2026", a school year) counts the years in a row. "năm" or
    "năm nay" before a year listed ("2024, 2025 và năm nay 2026") is no break of the list."""
    toks = _year_words_dropped(_signers_dropped(toks))
    best = None
    run: list[int] = []
    bare = False  # a year typed right after the previous one, no "," or "và" between them
    listed: list[int] = []  # years joined by "," or "và", in a row or not
    gapped = False
    for i, tok in enumerate([*toks, ""]):
        if len(tok) == 4 and tok.isdigit() and tok.startswith("20") and _only_lower(toks, i):
            run, bare, listed = [], False, []  # "…, 2025 chỉ được LĐTT": the run stops there
        elif len(tok) == 4 and tok.isdigit() and tok.startswith("20"):
            year = int(tok)
            if listed and toks[i - 1] in {",", "va"} and year > listed[-1] + 1:
                # "đạt CSTĐCS năm 2023 và 2025": two years told with a gap are no run
                gapped = True
            listed = [*listed, year] if listed and toks[i - 1] in {",", "va"} else [year]
            joined = bool(run) and year == run[-1] + 1
            if joined and toks[i - 1] not in {",", "va"}:
                bare = True
            run = [*run, year] if joined else [year]
            bare = bare and len(run) > 1
            # "2023 2024 2025" typed bare is a list, but two bare years ("2025-2026" once
            # its hyphen is gone) are a school year
            if len(run) >= (3 if bare else 2):
                best = max(best or 0, len(run))
        elif tok not in {",", "va"}:
            run = []
            bare = False
            listed = []
    # the years listed with a gap and none in a row: the longest run told is one year
    return best if best is not None or not gapped else 1


#: the verbs ending a clause that tells only who gave a year's title ("do chủ tịch huyện tặng")
_SIGNED = frozenset({"tang", "ky", "khen", "cap", "trao", "cong"})


def _signers_dropped(toks: list[str]) -> list[str]:
    """``toks`` without the "do <người> tặng / ký" told right after a year and before the next
    one ("năm 2024 do chủ tịch huyện tặng và năm 2025 do chủ tịch xã tặng"): who signed is no
    break of the years listed (task h239)."""
    out: list[str] = []
    i = 0
    while i < len(toks):
        out.append(toks[i])
        year = len(toks[i]) == 4 and toks[i].isdigit() and toks[i].startswith("20")
        if year and toks[i + 1 : i + 2] == ["do"]:
            end = next((j for j in range(i + 2, min(i + 9, len(toks))) if toks[j] in _SIGNED), None)
            if end is not None and toks[end + 1 : end + 2] in ([","], ["va"], ["nhan"]):
                i = end + 1 if toks[end + 1 : end + 2] != ["nhan"] else end + 2
                continue
        i += 1
    return out


def _year_words_dropped(toks: list[str]) -> list[str]:
    """``toks`` without the "năm" / "năm nay" that only name the year after them and follow a
    year already told with "," or "và" ("2024, năm 2025 và năm nay 2026")."""
    out: list[str] = []
    for i, tok in enumerate(toks):
        if tok in {"nam", "nay"} and out[-1:] in ([","], ["va"]):
            ahead = toks[i + 1 : i + 3]
            nxt = ahead[1:2] if ahead[:1] == ["nay"] else ahead[:1]
            if nxt and len(nxt[0]) == 4 and nxt[0].isdigit() and len(out) >= 2:
                before = [t for t in out if t not in {",", "va", "nam"}]
                if before and len(before[-1]) == 4 and before[-1].isdigit():
                    continue
        out.append(tok)
    return out
