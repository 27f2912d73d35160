"""Whom a part asks about when it names several: the subject picked by its order and rank
(a force, a case, a level), and a title narrowed to the subjects it has a fact for."""

from __future__ import annotations

from bot.knowledge.facts.model import FactModel

#: the most specific subject wins when several are named ("em hỏi thôn có được … không")
_SUBJECT_ORDER = (
    # two yearly titles of one year: the prize rule of the case decides ("trường đạt cả …")
    "cung_thoi_gian",
    "chuyen_cong_tac",  # "mới chuyển công tác về được 3 tháng" is not newly recruited
    "di_hoc",  # "đi học bồi dưỡng 3 tháng" is time away from work, not a new hire
    # a wound taken rescuing someone is no sick leave: its treatment counts (task h106)
    "bi_thuong",
    "nghi_om",  # so is "nghỉ ốm 3 tháng"
    "moi_tuyen",
    "thai_san",
    "ky_luat",
    "xu_phat",  # an administrative sanction, left to the province's quy chế (task h219)
    "hop_dong",
    "dan_quan_tt",
    "dan_quan",
    "cong_an",
    "htx",
    # a unit the province runs on the xã's territory (trường THPT): its head decides (task h170)
    "don_vi_tinh",
    "thon",
    "ho_gia_dinh",
    "tap_the",
    "nong_dan",
    "hoc_sinh",
    "mien_nui",  # "xã miền núi": the region sets the fund's ceiling, the xã is only where
    "dong_bang",
    # a person told ("anh Tuấn, công chức …") is who is asked about even where the xã acts
    # in the letter ("xã tuyển dụng anh …", "sáng kiến được xã công nhận")
    "ca_nhan",
    # an elderly resident told by age (task h258): still farming, a nông dân above; a person
    # told by a post ("chủ tịch hội người cao tuổi") is that person
    "nguoi_cao_tuoi",
    "xa",  # "trường … thuộc xã": the xã is often only where the subject is
)

LEVELS = frozenset({"htnv", "httnv", "htxs"})
#: the kinds of recipient a question may name (not a case told of one: a new hire, discipline)
WHO_KINDS = frozenset({"ca_nhan", "tap_the", "nong_dan", "ho_gia_dinh", "thon", "xa"})
#: the levels above the bare duty: "không hoàn thành xuất sắc" denies that level only, while
#: "không hoàn thành nhiệm vụ" still reads as the lowest level (both rule the higher titles out)
LEVELS_ABOVE = frozenset({"httnv", "htxs"})

#: forces with a title of their own (Chiến sĩ tiên tiến, Luật 2022 Điều 24 khoản 2): who the
#: person is decides which title applies before how well they did
_FORCES = ("cong_an", "dan_quan_tt")

#: a person's case told next to a level of duties, which it outranks (discipline bars the
#: title whatever the level; time away is asked about whether it counts)
# "nghỉ thai sản …, đi làm lại vẫn hoàn thành tốt nhiệm vụ" (task h96): the leave is the case
_OUTRANK_LEVELS = ("ky_luat", "di_hoc", "thai_san", "bi_thuong", "nghi_om")


def pick_subject(subjects: list[str]) -> str | None:
    for key in _FORCES:
        if key in subjects:
            return key
    if SAME_PERIOD in subjects:
        # "đạt LĐTT, hoàn thành xuất sắc nhiệm vụ, được CSTĐCS. Vậy có được nhận cả hai khoản
        # không": two yearly titles of one year are what the several-prizes part asks about; the
        # level of duty told is how they were won (task h143)
        return SAME_PERIOD
    return _pick_by_rank(subjects)


#: the case of two yearly titles counted over one year (only the higher prize is paid)
SAME_PERIOD = "cung_thoi_gian"


#: cases of time away whose rule leaves the year's result to be judged on the rest of the year
_TIME_AWAY = frozenset({"di_hoc", "thai_san", "bi_thuong", "nghi_om"})


#: the kinds that say an officer or worker is told beside a pupil ("cô giáo đi học …, học sinh
#: của cô"): then "đi học" is the officer's course
_WORKERS_TOLD = frozenset({"ca_nhan", "nguoi_ay", "hop_dong", "moi_tuyen", "htx", "tap_the"})


def level_decides(entity: str, subject: str | None, subjects: list[str]) -> bool:
    """ "nghỉ thai sản 5 tháng nhưng chỉ hoàn thành tốt nhiệm vụ, k có sáng kiến, có được đề nghị
    CSTĐCS k": for CSTĐCS the level told decides, not the leave (the leave counts as time
    worked for LĐTT; CSTĐCS needs hoàn thành xuất sắc nhiệm vụ or a sáng kiến, Luật 2022 Điều
    23; task h475)."""
    return (
        entity == "cstdcs"
        and subject in _TIME_AWAY
        and "httnv" in subjects
        and not {"htxs", "htnv"} & set(subjects)
    )


def pupil_at_school(subjects: list[str]) -> bool:
    """ "sinh viên đang đi học có được LĐTT không": a pupil's schooling is no officer's short
    course (Luật 2022 Điều 24 is for cán bộ, công chức, viên chức, người lao động; h357)."""
    return (
        "hoc_sinh" in subjects
        and "di_hoc" in subjects
        # "cô giáo đi học 3 tháng, học sinh của cô …": the course told first is the officer's
        and subjects.index("hoc_sinh") < subjects.index("di_hoc")
        and not _WORKERS_TOLD & set(subjects)
    )


def _pick_by_rank(subjects: list[str]) -> str | None:
    if pupil_at_school(subjects):
        return "hoc_sinh"
    if "htnv" in subjects and _TIME_AWAY & set(subjects):
        # "nghỉ ốm 5 tháng, cuối năm chỉ hoàn thành nhiệm vụ": the criterion failed settles
        # the title ("Không") whatever the leave's rule leaves open (Luật 2022 Điều 24 khoản 1
        # điểm a; task h187)
        return "htnv"
    for key in _OUTRANK_LEVELS:
        if key in subjects and LEVELS & set(subjects):
            # "bị khiển trách, vẫn hoàn thành nhiệm vụ", "đi học 3 tháng, còn lại hoàn thành tốt
            # nhiệm vụ": the level is the rest of the year; the case told is what is asked
            return key
    if "moi_tuyen" in subjects and LEVELS_ABOVE & set(subjects) and "htnv" not in subjects:
        # "gv mới tuyển 4 tháng, hoàn thành xuất sắc": the 6-month rule bars the title whatever
        # the level (Luật 2022 Điều 24; TT 15/2025); months told that reach it turn the bar
        # round later (task h298)
        return "moi_tuyen"
    for key in subjects:
        if key.startswith("dat_") and "htxs" in subjects:
            # "hoàn thành xuất sắc nhiệm vụ và đạt LĐTT là đủ CSTĐCS": the title held is the
            # premise of the route the level gives (Luật 2022 Điều 23); the level decides the
            # case (task h142)
            return "htxs"
        if key.startswith("can_") and key[4:] not in LEVELS:
            # a title asked to be required ("có phải đạt LĐTT", task h370) is only read beside
            # the force told ("can_ldtt+dan_quan_tt"); it is nobody's case of its own
            continue
        if key.startswith(("khong_dat_", "dat_", "can_")) or key in LEVELS:
            return key  # a condition on another title says most about the case asked
    if "hoc_sinh" in subjects and "don_vi_tinh" in subjects and "tap_the" not in subjects:
        # task h233: a pupil of a school the province runs ("học lớp 12 trường THPT") is no
        # worker of it: who the person is decides a danh hiệu (Luật 2022 Điều 23, 24); a pupil
        # only mentioned in a letter about a unit's staff is not the one asked about
        return "hoc_sinh"
    for key in _SUBJECT_ORDER:
        if key in subjects:
            return key
    return subjects[0] if subjects else None


def specialize(model: FactModel, entity: str, subjects: list[str]) -> list[str]:
    """The narrower entities the subjects name ("giấy khen tập thể và cá nhân": both)."""
    narrower = model.specialize.get(entity) or {}
    found = [narrower[s] for s in subjects if s in narrower]
    if found and entity in model.narrowed:
        # a title its own words narrowed ("giấy khen tập thể … gấp đôi cá nhân") stays asked
        found.insert(0, entity)
    return list(dict.fromkeys(found)) or [entity]
