"""A person's case told in a question (maternity leave, sick leave, a wound, a new hire, study,
discipline, …: ``CIRCUMSTANCES``) and what it asks of the case: whether it may be considered,
whether its time away counts, a wound got saving someone."""

from __future__ import annotations

#: subjects that say what situation a person is in (not who or where they are): told in a
#: letter's story, they are the case its final question asks about
CIRCUMSTANCES = frozenset(
    {"moi_tuyen", "ky_luat", "thai_san", "chuyen_cong_tac", "hop_dong", "dan_quan", "dan_quan_tt"}
    | {"di_hoc", "cong_an", "nghi_om", "bi_thuong", "don_vi_tinh"}
    | {"htnv", "httnv", "htxs", "co_sang_kien", "xu_phat"}
)

#: the cases whose time away a question asks to count towards a yearly title
COUNTED_CASES = frozenset({"thai_san", "nghi_om", "bi_thuong", "di_hoc"})


def consideration_asked(words: list[str]) -> bool:
    """ "… thì có được xét LĐTT không", "còn được xét không": whether one may be considered
    (task h106)."""
    joined = f" {' '.join(words)} "
    return any(f" {w} xet " in joined for w in ("duoc", "dc", "dk")) and not any(
        cue in joined for cue in (" han ", " khi nao ", " bao gio ", " ngay nao ", " thang nao ")
    )


def time_counted(words: list[str]) -> bool:
    """ "… có được tính (là thời gian công tác) để xét …", "… có bị trừ không": asks whether
    time away counts (task h106); "thời gian điều trị có tính để xét LĐTT k" (task h243)."""
    joined = f" {' '.join(words)} "
    return any(
        cue in joined
        for cue in (
            " duoc tinh ",
            " dc tinh ",
            " tinh la thoi gian ",
            " bi tru ",
            " tinh vao ",
            " co tinh de ",
        )
    ) and (" xet " in joined or " thoi gian " in joined)


#: an injury told: "bị thương", "bị tai nạn", "bị bỏng", "bị gãy (chân)" (task h187)
_INJURED = (["bi", "thuong"], ["tai", "nan"], ["bi", "bong"], ["bi", "gay"])
#: words that deny the injury just after them ("không phải tai nạn khi cứu người")
_NOT = frozenset({"khong", "k", "ko", "kg", "chua", "phai"})


def rescue_wound(toks: list[str]) -> bool:
    """ "bị thương … (để / khi) cứu người", "bị tai nạn khi lao xuống ao cứu học sinh", "bị
    thương khi chiến đấu": a wound taken rescuing someone or fighting, told anywhere in the
    sentence, before or after the injury (tasks h106, h187); a denied one ("không phải tai
    nạn khi cứu người") is none."""
    for at in range(len(toks) - 1):
        if toks[at : at + 2] in _INJURED and not _NOT & set(toks[max(0, at - 2) : at]):
            rest = toks[at + 2 : at + 20]
            end = next((i for i, t in enumerate(rest) if t in {".", "?", "!"}), len(rest))
            before = toks[max(0, at - 12) : at]
            start = max((i + 1 for i, t in enumerate(before) if t in {".", "?", "!"}), default=0)
            sentence = before[start:] + rest[:end]
            pairs = [sentence[i : i + 2] for i in range(len(sentence))]
            # "nghiên cứu" (to study) is no rescue
            rescued = any(
                t == "cuu" and (i == 0 or sentence[i - 1] != "nghien")
                for i, t in enumerate(sentence)
            )
            if rescued or ["chien", "dau"] in pairs:
                return True
    return False
