"""The reminder policy, as a pure function of the moment, the deadlines, the people and the facts.

:func:`due_reminders` answers "what should be queued now?" and nothing else: no database, no
clock, no channel. The scheduler's tick loads its inputs, calls it, and queues what it returns;
a ledger keyed by :attr:`Item.key` makes each item happen once however often the tick runs.

For each deadline and each person it concerns, the steps are: ``d14``, ``d7``, ``d3``, ``d1``
(days before) and ``d0`` (on the day), ``over`` (the officer, after it passed undone), and
``esc:<unit>`` (the unit's head, a few days later). Only the *current* step is offered: a bot that
was down for a week sends the one reminder that is still relevant, not the three it missed.
Non-urgent steps are moved off Sundays and public holidays (forward, or back if forward would
pass the deadline) and are never sent on a day off; everything waits for working hours. Several
items for one person on one day make one :class:`Bundle`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.completion import satisfies
from reminders.days import WorkCalendar, quarter_of, quarter_range


@dataclass(frozen=True, slots=True)
class DeadlineInfo:
    id: int
    task: str
    due: date
    plan_unit_path: str
    year: int
    roles: frozenset[str] = frozenset()
    unit_kinds: frozenset[str] = frozenset()
    completes_by: str | None = None
    when_text: str | None = None
    start: date | None = None
    #: a yearly deadline ("trước ngày 10/8 hằng năm") in a year after its plan's: the year
    occurrence: int | None = None

    @property
    def ref(self) -> str:
        """The deadline in the ledger's keys; a later year of a yearly deadline is its own."""
        return str(self.id) if self.occurrence is None else f"{self.id}y{self.occurrence}"


@dataclass(frozen=True, slots=True)
class Person:
    user_id: int
    unit_id: int
    unit_path: str
    unit_kind: str
    role: str
    is_head: bool = False


@dataclass(frozen=True, slots=True)
class Facts:
    """What is already done: completions per unit, "Đã xong" answers, and snoozes."""

    #: unit_id → {(action, year)}
    completions: Mapping[int, set[tuple[str, int]]] = field(default_factory=dict)
    #: {(deadline_id, unit_id)} answered "Đã xong"
    done: frozenset[tuple[int, int]] = frozenset()
    #: (deadline_id, user_id) → until (aware)
    snoozes: Mapping[tuple[int, int], datetime] = field(default_factory=dict)
    #: (deadline_id, unit_id) → the day of the last "Đã xong", for yearly deadlines
    done_on: Mapping[tuple[int, int], date] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Policy:
    tz: ZoneInfo
    calendar: WorkCalendar
    offsets: tuple[int, ...] = (14, 7, 3, 1, 0)
    urgent_offsets: frozenset[int] = frozenset({1, 0})
    work_start: time = time(7, 30)
    work_end: time = time(20, 0)
    overdue_after_days: int = 1
    escalate_after_days: int = 3
    stale_after_days: int = 30
    digest_grace_days: int = 10

    @classmethod
    def from_settings(cls, settings: object, tz: ZoneInfo) -> Policy:
        s = settings
        return cls(
            tz=tz,
            calendar=WorkCalendar(s.extra_weekdays_off),  # type: ignore[attr-defined]
            offsets=tuple(s.offsets),  # type: ignore[attr-defined]
            urgent_offsets=frozenset(s.urgent_offsets),  # type: ignore[attr-defined]
            work_start=s.work_start,  # type: ignore[attr-defined]
            work_end=s.work_end,  # type: ignore[attr-defined]
            overdue_after_days=s.overdue_after_days,  # type: ignore[attr-defined]
            escalate_after_days=s.escalate_after_days,  # type: ignore[attr-defined]
            stale_after_days=s.stale_after_days,  # type: ignore[attr-defined]
            digest_grace_days=s.digest_grace_days,  # type: ignore[attr-defined]
        )

    def in_working_hours(self, local: datetime) -> bool:
        return self.work_start <= local.time() < self.work_end


@dataclass(frozen=True, slots=True)
class Item:
    """One thing to tell one person: a deadline step or a quarter digest."""

    key: str
    user_id: int
    step: str
    #: "before", "today", "overdue", "escalation", "snooze" or "digest"
    kind: str
    deadline_id: int | None = None
    #: Days from today to the deadline (negative once passed).
    days_left: int = 0
    #: For an escalation: the unit whose deadline passed.
    unit_id: int | None = None
    urgent: bool = False
    #: For a digest: the deadlines of the quarter.
    deadline_ids: tuple[int, ...] = ()


@dataclass(slots=True)
class Bundle:
    user_id: int
    day: date
    items: list[Item]

    @property
    def urgent(self) -> bool:
        return any(i.urgent for i in self.items)


# Audience ----------------------------------------------------------------------------------
def concerns(deadline: DeadlineInfo, person: Person) -> bool:
    """The deadline's plan covers the person's unit, and its kind and role match."""
    if not person.unit_path.startswith(deadline.plan_unit_path):
        return False
    if deadline.unit_kinds and person.unit_kind not in deadline.unit_kinds:
        return False
    return not deadline.roles or person.role in deadline.roles


def unit_finished(deadline: DeadlineInfo, unit_id: int, facts: Facts) -> bool:
    if deadline.occurrence is not None:
        # A later year of a yearly deadline: only a "Đã xong" given since last year's date
        # counts, not the one that closed last year's.
        done_on = facts.done_on.get((deadline.id, unit_id))
        if done_on is not None and done_on > _a_year_before(deadline.due):
            return True
    elif (deadline.id, unit_id) in facts.done:
        return True
    if deadline.completes_by is None:
        return False
    done = {action for action, year in facts.completions.get(unit_id, ()) if year == deadline.year}
    return satisfies(done, deadline.completes_by)


# Steps ---------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Step:
    name: str
    day: date
    kind: str
    urgent: bool


def _a_year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29/2
        return day.replace(year=day.year - 1, day=28)


def steps_for(deadline: DeadlineInfo, policy: Policy) -> list[Step]:
    """Every step of a deadline with the day it is due to go out, in order."""
    cal = policy.calendar
    due = deadline.due
    steps: list[Step] = []
    for offset in policy.offsets:
        day = due - timedelta(days=offset)
        urgent = offset in policy.urgent_offsets
        if not urgent and cal.is_off(day):
            forward = cal.next_working(day)
            day = forward if forward <= due else cal.previous_working(day)
        steps.append(Step(f"d{offset}", day, "today" if offset == 0 else "before", urgent))
    over = cal.next_working(due + timedelta(days=policy.overdue_after_days))
    steps.append(Step("over", over, "overdue", False))
    esc = cal.next_working(due + timedelta(days=max(policy.escalate_after_days, 1)))
    steps.append(Step("esc", max(esc, over), "escalation", False))
    # Stable order by day; on one day the later step (nearer the deadline) wins.
    return sorted(steps, key=lambda s: s.day)


def current_step(steps: list[Step], today: date) -> Step | None:
    """The latest step whose day has come; a person only ever gets the one still relevant."""
    current = None
    for step in steps:
        if step.day <= today:
            current = step
    return current


# The policy ----------------------------------------------------------------------------------
def due_reminders(
    now: datetime,
    deadlines: Iterable[DeadlineInfo],
    people: Iterable[Person],
    facts: Facts,
    policy: Policy,
    *,
    digest_deadlines: Iterable[DeadlineInfo] | None = None,
) -> list[Bundle]:
    """Everything that should be queued at ``now`` (repeats are removed by the ledger)."""
    local = now.astimezone(policy.tz)
    if not policy.in_working_hours(local):
        return []
    today = local.date()
    day_off = policy.calendar.is_off(today)
    deadlines = list(deadlines)
    people = list(people)

    by_unit: dict[int, list[Person]] = defaultdict(list)
    heads: dict[int, list[Person]] = defaultdict(list)
    for person in people:
        by_unit[person.unit_id].append(person)
        if person.is_head:
            heads[person.unit_id].append(person)

    items: dict[int, list[Item]] = defaultdict(list)

    def add(item: Item) -> None:
        if day_off and not item.urgent:
            return
        items[item.user_id].append(item)

    for deadline in deadlines:
        if (today - deadline.due).days > policy.stale_after_days:
            continue
        steps = steps_for(deadline, policy)
        step = current_step(steps, today)
        for unit_id, members in by_unit.items():
            concerned = [p for p in members if concerns(deadline, p)]
            if not concerned or unit_finished(deadline, unit_id, facts):
                continue
            days_left = (deadline.due - today).days
            if step is not None and step.kind == "escalation":
                for head in heads.get(unit_id, []):
                    add(
                        Item(
                            f"{deadline.ref}:{head.user_id}:esc:{unit_id}",
                            head.user_id,
                            f"esc:{unit_id}",
                            "escalation",
                            deadline.id,
                            days_left,
                            unit_id,
                        )
                    )
                continue
            for person in concerned:
                snoozed = facts.snoozes.get((deadline.id, person.user_id))
                if snoozed is not None and now < snoozed:
                    continue
                if snoozed is not None:
                    stamp = snoozed.astimezone(policy.tz).strftime("%Y%m%d%H%M")
                    add(
                        Item(
                            f"{deadline.ref}:{person.user_id}:snooze:{stamp}",
                            person.user_id,
                            f"snooze:{stamp}",
                            "snooze",
                            deadline.id,
                            days_left,
                            urgent=days_left <= 1,
                        )
                    )
                if step is None or step.kind == "escalation":
                    continue
                add(
                    Item(
                        f"{deadline.ref}:{person.user_id}:{step.name}",
                        person.user_id,
                        step.name,
                        step.kind,
                        deadline.id,
                        days_left,
                        urgent=step.urgent,
                    )
                )

    _add_digests(
        today,
        local,
        list(digest_deadlines if digest_deadlines is not None else deadlines),
        by_unit,
        facts,
        policy,
        add,
    )
    return [Bundle(user_id, today, _merge(user_items)) for user_id, user_items in items.items()]


def _add_digests(
    today: date,
    local: datetime,
    deadlines: list[DeadlineInfo],
    by_unit: Mapping[int, list[Person]],
    facts: Facts,
    policy: Policy,
    add: Callable[[Item], None],
) -> None:
    quarter = quarter_of(today)
    first = policy.calendar.first_working_day_of_quarter(today.year, quarter)
    if not first <= today <= first + timedelta(days=policy.digest_grace_days):
        return
    start, end = quarter_range(today.year, quarter)
    in_quarter = [d for d in deadlines if start <= d.due <= end]
    if not in_quarter:
        return
    tag = f"{today.year}-{quarter}"
    for unit_id, members in by_unit.items():
        open_here = [d for d in in_quarter if not unit_finished(d, unit_id, facts)]
        for person in members:
            mine = tuple(
                d.id for d in sorted(open_here, key=lambda d: (d.due, d.id)) if concerns(d, person)
            )
            if mine:
                add(
                    Item(
                        f"q:{tag}:{person.user_id}",
                        person.user_id,
                        f"q:{tag}",
                        "digest",
                        deadline_ids=mine,
                    )
                )


_RANK = {"escalation": 5, "overdue": 4, "today": 3, "snooze": 2, "before": 1, "digest": 0}


def _merge(items: list[Item]) -> list[Item]:
    """One line per deadline (the most pressing step), digest last; every key is kept."""
    return sorted(items, key=lambda i: (i.kind == "digest", -_RANK[i.kind], i.days_left))
