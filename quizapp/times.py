"""Times as a teacher reads them: stored as naive UTC, shown in the teacher's time zone, named."""
from __future__ import annotations

import datetime as dt
import functools
import math
import zoneinfo

from flask_login import current_user

DEFAULT_ZONE = "UTC"


@functools.cache
def zone_names() -> tuple[str, ...]:
    """The zones of the tz database named by region and city ("Europe/Paris"), and UTC;
    sorted. Legacy names ("EST", "Cuba") and the system's "localtime" are left out."""
    return tuple(sorted(name for name in zoneinfo.available_timezones()
                        if "/" in name or name == DEFAULT_ZONE))


def is_zone(name: str) -> bool:
    return name in zone_names()


def in_zone(moment: dt.datetime, zone: str) -> dt.datetime:
    """A stored moment (naive UTC) as an aware time in `zone` (UTC for an unknown name)."""
    tz = zoneinfo.ZoneInfo(zone if is_zone(zone) else DEFAULT_ZONE)
    return moment.replace(tzinfo=dt.UTC).astimezone(tz)


def stored(local: dt.datetime | None, zone: str) -> dt.datetime | None:
    """A time typed in `zone` (naive, as a datetime-local field sends it) as stored: naive UTC."""
    if local is None:
        return None
    tz = zoneinfo.ZoneInfo(zone if is_zone(zone) else DEFAULT_ZONE)
    return local.replace(tzinfo=tz).astimezone(dt.UTC).replace(tzinfo=None)


def seconds_until(moment: dt.datetime, now: dt.datetime) -> int:
    """Whole seconds from `now` to `moment` (both naive UTC), rounded up so that a countdown
    never ends early; never below 0."""
    return max(0, math.ceil((moment - now).total_seconds()))


def shown(moment: dt.datetime | None, zone: str) -> str:
    """"2026-12-02 12:55 CET": the minute, in the zone, with the zone's abbreviation."""
    if moment is None:
        return ""
    return in_zone(moment, zone).strftime("%Y-%m-%d %H:%M %Z")


def exported(moment: dt.datetime | None, zone: str) -> str:
    """ISO 8601 with the zone's offset, for files: "2026-12-02T12:55:00+01:00"."""
    return "" if moment is None else in_zone(moment, zone).isoformat(timespec="seconds")


def teacher_zone() -> str:
    """The logged-in teacher's zone; UTC for anyone else."""
    return getattr(current_user, "time_zone", None) or DEFAULT_ZONE


def teacher_time(moment: dt.datetime | None) -> str:
    """The template filter `teacher_time`: every time a teacher's page shows goes through it."""
    return shown(moment, teacher_zone())
