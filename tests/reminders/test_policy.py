"""The reminder policy as a pure function: steps, days off, working hours, bundling, catch-up."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from reminders.days import WorkCalendar
from reminders.policy import (
    DeadlineInfo,
    Facts,
    Person,
    Policy,
    current_step,
    due_reminders,
    steps_for,
)

VN = ZoneInfo("Asia/Ho_Chi_Minh")
POLICY = Policy(tz=VN, calendar=WorkCalendar())

# Tỉnh /1/ → xã /1/2/ → thôn /1/2/3/ and trường /1/2/4/; another xã /1/5/.
OFFICER = Person(10, 3, "/1/2/3/", "thon", "officer")
HEAD = Person(11, 3, "/1/2/3/", "thon", "officer", is_head=True)
TEACHER = Person(12, 4, "/1/2/4/", "truong", "officer")
REVIEWER = Person(13, 2, "/1/2/", "xa", "reviewer")
ELSEWHERE = Person(14, 5, "/1/5/", "xa", "officer")
PEOPLE = [OFFICER, HEAD, TEACHER, REVIEWER, ELSEWHERE]


def deadline(id_: int, due: date, **kw: object) -> DeadlineInfo:
    values: dict[str, object] = {"task": f"Việc {id_}", "plan_unit_path": "/1/2/", "year": due.year}
    values.update(kw)
    return DeadlineInfo(id=id_, due=due, **values)  # type: ignore[arg-type]


def at(day: date, hour: int = 8, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=VN)


def run(now: datetime, deadlines: list[DeadlineInfo], facts: Facts | None = None, people=PEOPLE):  # type: ignore[no-untyped-def]
    bundles = due_reminders(now, deadlines, people, facts or Facts(), POLICY)
    return {b.user_id: [i.key for i in b.items] for b in bundles}


def test_steps_move_off_sundays_and_holidays_but_urgent_ones_stay() -> None:
    # Due Monday 16/3/2026: 14, 7 days before are Mondays; 3 days before Friday; 1 day before
    # is a Sunday, urgent, so it stays; follow-up Tuesday; escalation Thursday.
    steps = {s.name: s.day for s in steps_for(deadline(1, date(2026, 3, 16)), POLICY)}
    assert steps == {
        "d14": date(2026, 3, 2),
        "d7": date(2026, 3, 9),
        "d3": date(2026, 3, 13),
        "d1": date(2026, 3, 15),
        "d0": date(2026, 3, 16),
        "over": date(2026, 3, 17),
        "esc": date(2026, 3, 19),
    }
    # Due Sunday 22/3: "7 days before" is Sunday 15/3 → Monday 16/3; on the day stays Sunday.
    steps = {s.name: s.day for s in steps_for(deadline(1, date(2026, 3, 22)), POLICY)}
    assert steps["d7"] == date(2026, 3, 16) and steps["d0"] == date(2026, 3, 22)
    assert steps["over"] == date(2026, 3, 23)  # Monday, not Sunday
    # Tết 2026 is 16-20/2: due Tuesday 24/2, the 7-day reminder (17/2) moves to Saturday 21/2,
    # where the 3-day one also falls; on that day the nearer step is the current one.
    steps = steps_for(deadline(1, date(2026, 2, 24)), POLICY)
    assert {s.name: s.day for s in steps}["d7"] == date(2026, 2, 21)
    assert current_step(steps, date(2026, 2, 21)).name == "d3"  # type: ignore[union-attr]
    # Due Thursday 19/2 (during Tết): moving forward would pass the deadline, so back to 14/2.
    steps = {s.name: s.day for s in steps_for(deadline(1, date(2026, 2, 19)), POLICY)}
    assert steps["d3"] == date(2026, 2, 14)


def test_only_working_hours_and_nothing_non_urgent_on_a_day_off() -> None:
    d = deadline(1, date(2026, 3, 16), unit_kinds=frozenset({"thon"}))
    monday = date(2026, 3, 9)  # the 7-day step
    assert run(at(monday, 7, 29), [d]) == {}
    assert run(at(monday, 20, 0), [d]) == {}
    assert run(at(monday, 7, 30), [d]) == {10: ["1:10:d7"], 11: ["1:11:d7"]}
    # Sunday 15/3: the 1-day step is urgent and goes out; a bot down on Sunday 8/3 sends nothing.
    assert run(at(date(2026, 3, 15)), [d]) == {10: ["1:10:d1"], 11: ["1:11:d1"]}
    assert run(at(date(2026, 3, 8)), [d]) == {}


def test_audience_by_subtree_kind_and_role() -> None:
    everyone = deadline(1, date(2026, 3, 16))
    assert set(run(at(date(2026, 3, 9)), [everyone])) == {10, 11, 12, 13}  # not the other xã
    schools = deadline(2, date(2026, 3, 16), unit_kinds=frozenset({"truong"}))
    assert set(run(at(date(2026, 3, 9)), [schools])) == {12}
    reviewers = deadline(3, date(2026, 3, 16), roles=frozenset({"reviewer", "admin"}))
    assert set(run(at(date(2026, 3, 9)), [reviewers])) == {13}
    province = deadline(4, date(2026, 3, 16), plan_unit_path="/1/")
    assert set(run(at(date(2026, 3, 9)), [province])) == {10, 11, 12, 13, 14}


def test_catch_up_sends_only_the_current_step() -> None:
    d = deadline(1, date(2026, 3, 16), unit_kinds=frozenset({"truong"}))
    # Down from 1/3 to Wednesday 11/3: the 14- and 7-day steps passed; only "7 days" is current.
    assert run(at(date(2026, 3, 11)), [d]) == {12: ["1:12:d7"]}
    assert run(at(date(2026, 3, 13)), [d]) == {12: ["1:12:d3"]}
    # Weeks later, nothing at all (stale).
    assert run(at(date(2026, 3, 16) + timedelta(days=31)), [d]) == {}


def test_overdue_follow_up_then_escalation_to_the_head() -> None:
    d = deadline(1, date(2026, 3, 16), unit_kinds=frozenset({"thon"}))
    assert run(at(date(2026, 3, 17)), [d]) == {10: ["1:10:over"], 11: ["1:11:over"]}
    assert run(at(date(2026, 3, 18)), [d]) == {
        10: ["1:10:over"],
        11: ["1:11:over"],
    }  # ledger dedupes
    assert run(at(date(2026, 3, 19)), [d]) == {11: ["1:11:esc:3"]}


def test_completion_and_done_stop_reminders_for_that_unit_only() -> None:
    reg = deadline(1, date(2026, 3, 16), completes_by="registration")
    facts = Facts(completions={3: {("registration", 2026)}})
    assert set(run(at(date(2026, 3, 9)), [reg], facts)) == {12, 13}
    # Last year's registration does not count.
    facts = Facts(completions={3: {("registration", 2025)}})
    assert set(run(at(date(2026, 3, 9)), [reg], facts)) == {10, 11, 12, 13}
    # A specific dossier satisfies a deadline for "a dossier".
    dossier = deadline(2, date(2026, 3, 16), completes_by="dossier")
    facts = Facts(completions={4: {("dossier:giay_khen", 2026)}})
    assert set(run(at(date(2026, 3, 9)), [dossier], facts)) == {10, 11, 13}
    # "Đã xong" for the thôn: no reminder, no follow-up, no escalation.
    facts = Facts(done=frozenset({(1, 3)}))
    assert set(run(at(date(2026, 3, 9)), [reg], facts)) == {12, 13}
    assert 11 not in run(at(date(2026, 3, 19)), [reg], facts)


def test_several_reminders_one_person_one_day_make_one_bundle() -> None:
    a = deadline(1, date(2026, 3, 16), unit_kinds=frozenset({"truong"}))
    b = deadline(2, date(2026, 3, 12), unit_kinds=frozenset({"truong"}))  # due Thursday
    c = deadline(3, date(2026, 3, 7), unit_kinds=frozenset({"truong"}))  # passed Saturday
    bundles = due_reminders(at(date(2026, 3, 9)), [a, b, c], PEOPLE, Facts(), POLICY)
    assert len(bundles) == 1
    assert [i.key for i in bundles[0].items] == ["3:12:over", "2:12:d3", "1:12:d7"]


def test_snooze_holds_then_reminds_once() -> None:
    d = deadline(1, date(2026, 3, 16), unit_kinds=frozenset({"truong"}))
    until = at(date(2026, 3, 10))
    facts = Facts(snoozes={(1, 12): until})
    assert run(at(date(2026, 3, 9), 9), [d], facts) == {}
    assert run(until, [d], facts) == {12: ["1:12:snooze:202603100800", "1:12:d7"]}


def test_quarter_digest_on_the_first_working_day() -> None:
    deadlines = [
        deadline(1, date(2026, 3, 14), unit_kinds=frozenset({"thon"})),
        deadline(2, date(2026, 2, 10)),
        deadline(3, date(2026, 4, 30)),  # next quarter
    ]
    # 1/1 is a holiday: the digest goes on Friday 2/1 and lists this quarter's deadlines.
    assert run(at(date(2026, 1, 1)), deadlines) == {}
    bundles = due_reminders(at(date(2026, 1, 2)), deadlines, PEOPLE, Facts(), POLICY)
    digests = {b.user_id: b.items[0] for b in bundles}
    assert digests[10].key == "q:2026-1:10" and digests[10].deadline_ids == (2, 1)
    assert digests[12].deadline_ids == (2,)
    assert 14 not in digests
    # Still sent a few days late (the bot was down), not weeks late.
    assert 10 in run(at(date(2026, 1, 9)), deadlines)
    assert run(at(date(2026, 1, 20)), deadlines) == {}


@pytest.mark.parametrize("quarter,first", [(2, date(2026, 4, 1)), (3, date(2026, 7, 1))])
def test_first_working_day_of_quarter(quarter: int, first: date) -> None:
    assert POLICY.calendar.first_working_day_of_quarter(2026, quarter) == first
