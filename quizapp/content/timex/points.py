"""Calendar stretches named by date phrases: a first day and a grain, written as TIMEX3 values.

"1998-Q3" is Point("quarter", 1998-07-01); "1998-W07" is Point("week", the Monday of that week).
Shifting keeps the grain ("a year earlier" than a quarter is that quarter a year before);
`coarsened` keeps the stretch that holds the day.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Literal

from quizapp.content.types import PartialDate

Grain = Literal["century", "decade", "year", "half", "season", "quarter", "month", "week",
                "weekend", "day"]
# coarse to fine
GRAINS: tuple[Grain, ...] = ("century", "decade", "year", "half", "season", "quarter", "month",
                             "week", "weekend", "day")
SEASONS = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}  # the month each season starts in
# year used for an unknown year: a leap year, so "XXXX-02-29" stays a valid day
SOME_YEAR = 2000


@dataclass(frozen=True)
class Point:
    grain: Grain
    day: dt.date  # the first day of the stretch
    year_known: bool = True
    time: str = ""  # "T14:00", "TMO" (a part of the day); days only

    @property
    def value(self) -> str:
        text = _VALUE[self.grain](self.day)
        if not self.year_known:
            text = "XXXX" + text[4:]
        return text + self.time

    def shifted(self, months: int = 0, days: int = 0) -> Point:
        return replace(self, day=shift(self.day, months, days))

    def coarsened(self, grain: Grain) -> Point:
        """The stretch of `grain` holding this one (or this one when it is coarser)."""
        if GRAINS.index(grain) >= GRAINS.index(self.grain):
            return self
        return Point(grain, start_of(grain, self.day), self.year_known)

    def partial_date(self, inferred: bool, approximate: bool = False) -> PartialDate | None:
        """The timeline's PartialDate: a week is its Monday, a weekend about its Monday; a
        quarter, half or season its year."""
        if self.grain == "century":
            return None
        if self.grain in ("week", "weekend"):
            precision = "week" if self.grain == "week" and not approximate else "approximate"
            return PartialDate(_VALUE["day"](self.day), precision, inferred)
        grain = "year" if self.grain in ("half", "season", "quarter") else self.grain
        value = Point(grain, self.day, self.year_known).value + "X" * (grain == "decade")
        return PartialDate(value, "approximate" if approximate else grain, inferred)


def _season(day: dt.date) -> str:
    return f"{day.year:04d}-{SEASONS[day.month]}"


_VALUE = {
    "century": lambda d: f"{d.year // 100:02d}",
    "decade": lambda d: f"{d.year // 10:03d}",  # TimeBank's "199" for the 1990s
    "year": lambda d: f"{d.year:04d}",
    "half": lambda d: f"{d.year:04d}-H{1 + (d.month > 6)}",
    "season": _season,
    "quarter": lambda d: f"{d.year:04d}-Q{(d.month + 2) // 3}",
    "month": lambda d: f"{d.year:04d}-{d.month:02d}",
    "week": lambda d: "{:04d}-W{:02d}".format(*d.isocalendar()[:2]),
    "weekend": lambda d: "{:04d}-W{:02d}-WE".format(*d.isocalendar()[:2]),
    "day": lambda d: d.isoformat(),
}


def shift(day: dt.date, months: int = 0, days: int = 0) -> dt.date:
    """`day` moved by whole months (the day of the month kept where it exists), then days."""
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last_day)) + dt.timedelta(days=days)


def start_of(grain: Grain, day: dt.date) -> dt.date:
    """The first day of the stretch of `grain` that holds `day`."""
    if grain in ("week", "weekend"):
        return day - dt.timedelta(days=day.weekday())
    if grain == "day":
        return day
    if grain == "season":  # winter starts in the December before
        month = 12 if day.month < 3 else 3 * (day.month // 3)
        return dt.date(day.year - (day.month < 3), month, 1)
    months = {"century": 1, "decade": 1, "year": 1, "half": 6, "quarter": 3, "month": 1}[grain]
    first_month = 1 + (day.month - 1) // months * months
    year = {"century": day.year // 100 * 100, "decade": day.year // 10 * 10}.get(grain, day.year)
    return dt.date(year, first_month, 1)


def point(grain: Grain, day: dt.date, year_known: bool = True) -> Point:
    return Point(grain, start_of(grain, day), year_known)


_PARTIAL = re.compile(r"(\d{4}|\d{3}X|XXXX)(?:-(\d\d))?(?:-(\d\d))?")


def from_partial_date(date: PartialDate | None) -> Point | None:
    """The Point a timeline date names ("2016-11-01", "2016-03", "198X", "XXXX-11-01")."""
    found = _PARTIAL.fullmatch(date.value) if date else None
    if found is None:
        return None
    year, month, day = found.groups()
    start_year = SOME_YEAR if year == "XXXX" else int(year.replace("X", "0"))
    grain = "day" if day else "month" if month else "decade" if "X" in year else "year"
    return Point(grain, dt.date(start_year, int(month or 1), int(day or 1)), year != "XXXX")
