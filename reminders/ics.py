"""A personal calendar feed (.ics): the deadlines that concern one officer, as all-day events."""

from __future__ import annotations

from datetime import datetime, timedelta

from icalendar import Alarm, Calendar, Event

from reminders.store import Entry


def build_calendar(entries: list[Entry], *, name: str, now: datetime, host: str) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//Tro ly Thi dua//lich han//VI")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    cal.add("refresh-interval;value=duration", "PT12H")
    for entry in entries:
        if entry.due is None:
            continue
        deadline = entry.deadline
        event = Event()
        event.add("uid", f"deadline-{deadline.id}@{host}")
        event.add("dtstamp", now)
        event.add("dtstart", entry.due)
        event.add("dtend", entry.due + timedelta(days=1))
        summary = ("[Đã xong] " if entry.done else "Hạn: ") + " ".join(deadline.task.split())
        event.add("summary", summary[:250])
        lines = [" ".join(deadline.task.split())]
        if deadline.when_text:
            lines.append(f"Thời hạn trong kế hoạch: {deadline.when_text}")
        if deadline.who:
            lines.append(f"Thực hiện: {deadline.who}")
        if entry.plan.title:
            lines.append(f"Theo: {entry.plan.title} ({entry.plan_unit.name})")
        event.add("description", "\n".join(lines))
        event.add("categories", ["Thi đua, khen thưởng"])
        if not entry.done:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", summary[:250])
            alarm.add("trigger", timedelta(days=-1, hours=8))
            event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()
