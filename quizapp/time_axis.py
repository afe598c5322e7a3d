"""A timeline drawn to scale as server-rendered SVG: one row per event, placed at its true
distance in time, zoomed to years, to the months of a year or to the days of a month.

A date known to the day is a dot; a month, a year or a decade is a bar over the time it may
mean; an approximate date's bar is dashed; an ongoing event runs on to the article's date.
"""
from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass

from quizapp.charts import shorten, svg_root, text

ZOOMS = ("year", "month", "day")
AT = re.compile(r"\d{4}(-(0[1-9]|1[0-2]))?")
WIDTH = 960
MARGIN = 20
TICKS_HEIGHT = 40
ROW_HEIGHT = 34
LEGEND_HEIGHT = 34
LABEL_CHARS = 60
POINT_WIDTH = 6  # narrower than this, a span is drawn as a dot
COLOURS = {"bar": "#3b6ea5", "grid": "#dcd8cf", "ink": "#1d2430", "muted": "#5b6575"}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Placed:
    """An event as the axis draws it: the days it may mean, and what to say of them."""

    id: int
    summary: str
    date_label: str  # "March 2016", "about 2014"
    first: dt.date
    last: dt.date
    precision: str  # day, week, month, year, decade
    approximate: bool
    ongoing: bool  # runs on to the article's date


@dataclass(frozen=True)
class Window:
    zoom: str
    start: dt.date
    end: dt.date  # the first day after the window
    at: str | None  # the year or month zoomed into


class AxisError(ValueError):
    """A zoom the axis cannot show; the message is for the reader."""


def window(events: list[Placed], zoom: str, at: str | None) -> Window:
    """The stretch of time shown: every year of the events, a year's months, a month's days."""
    if zoom not in ZOOMS:
        raise AxisError("Zoom to years, months or days.")
    if at is not None and not AT.fullmatch(at):
        raise AxisError("Name the year (2016) or the month (2016-03) to zoom into.")
    if zoom == "year":
        if not events:
            today = dt.date.today()
            return Window(zoom, dt.date(today.year, 1, 1), dt.date(today.year + 1, 1, 1), None)
        first = min(event.first for event in events).year
        last = max(event.last for event in events).year
        return Window(zoom, dt.date(first, 1, 1), dt.date(last + 1, 1, 1), None)
    anchor = at or (min(events, key=lambda e: e.first).first.strftime("%Y-%m") if events
                    else dt.date.today().strftime("%Y-%m"))
    year = int(anchor[:4])
    if zoom == "month":
        return Window(zoom, dt.date(year, 1, 1), dt.date(year + 1, 1, 1), str(year))
    month = int(anchor[5:7]) if len(anchor) > 4 else 1
    start = dt.date(year, month, 1)
    return Window(zoom, start, _next_month(start), f"{year}-{month:02d}")


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def ticks(view: Window) -> list[tuple[dt.date, str, str | None]]:
    """(day, label, what a click on it zooms into) along the top of the axis."""
    if view.zoom == "day":
        days = (view.end - view.start).days
        return [(view.start + dt.timedelta(days=n), str(n + 1), None) for n in range(days)]
    if view.zoom == "month":
        return [(dt.date(view.start.year, m, 1), MONTHS[m - 1], f"{view.start.year}-{m:02d}")
                for m in range(1, 13)]
    years = view.end.year - view.start.year
    every = 1 if years <= 15 else 5 if years <= 60 else 10 if years <= 150 else 50
    return [(dt.date(year, 1, 1), str(year), str(year))
            for year in range(view.start.year, view.end.year) if year % every == 0 or years <= 15]


def visible(events: list[Placed], view: Window) -> tuple[list[Placed], int, int]:
    """The events that overlap the window, and how many lie wholly before and after it."""
    inside = [e for e in events if e.last >= view.start and e.first < view.end]
    before = sum(1 for e in events if e.last < view.start)
    return inside, before, len(events) - len(inside) - before


def draw(events: list[Placed], view: Window, title: str,
         event_url: Callable[[int], str], zoom_url: Callable[[str, str], str]) -> str:
    """The SVG of the events in the window; each event links to it in the list view."""
    inside, _, _ = visible(events, view)
    height = TICKS_HEIGHT + ROW_HEIGHT * max(len(inside), 1) + LEGEND_HEIGHT
    svg = svg_root(WIDTH, height, title, "time-axis", role="group")
    ET.SubElement(svg, "desc").text = "; ".join(f"{e.date_label}: {e.summary}" for e in inside) \
        or "No event in this stretch of time."
    total_days = (view.end - view.start).days
    plot = WIDTH - 2 * MARGIN

    def x(day: dt.date) -> float:
        return MARGIN + plot * min(max((day - view.start).days, 0), total_days) / total_days

    bottom = height - LEGEND_HEIGHT
    for day, label, target in ticks(view):
        ET.SubElement(svg, "line", {"x1": f"{x(day):.1f}", "x2": f"{x(day):.1f}", "y1": "24",
                                    "y2": str(bottom), "stroke": COLOURS["grid"]})
        parent = svg
        if target and view.zoom != "day":
            parent = ET.SubElement(svg, "a", {"href": zoom_url(ZOOMS[ZOOMS.index(view.zoom) + 1], target)})
            ET.SubElement(parent, "title").text = f"Zoom into {label}"
        text(parent, x(day) + 3, 18, label).set("fill", COLOURS["muted"])
    for row, event in enumerate(sorted(inside, key=lambda e: (e.first, e.last))):
        _draw_event(svg, event, TICKS_HEIGHT + row * ROW_HEIGHT + 20, x, view,
                    event_url(event.id))
    if not inside:
        text(svg, WIDTH / 2, TICKS_HEIGHT + 18, "No event in this stretch of time.", anchor="middle")
    _legend(svg, bottom + 22)
    return ET.tostring(svg, encoding="unicode")


def _draw_event(svg: ET.Element, event: Placed, middle: float, x, view: Window, href: str) -> None:
    link = ET.SubElement(svg, "a", {"href": href, "class": "axis-event"})
    words = [_PRECISION_WORDS[event.precision]] + ["approximate"] * event.approximate \
        + ["ongoing"] * event.ongoing
    ET.SubElement(link, "title").text = f"{event.date_label} ({', '.join(words)}): {event.summary}"
    left, right = x(event.first), x(event.last + dt.timedelta(days=1))
    if right - left < POINT_WIDTH:
        ET.SubElement(link, "circle", {"cx": f"{left:.1f}", "cy": f"{middle:.1f}", "r": "5",
                                       "fill": COLOURS["bar"]})
        right = left + 5
    else:
        bar = ET.SubElement(link, "rect", {
            "x": f"{left:.1f}", "y": f"{middle - 6:.1f}", "width": f"{right - left:.1f}",
            "height": "12", "rx": "4", "fill": COLOURS["bar"], "fill-opacity": "0.3",
            "stroke": COLOURS["bar"], "stroke-width": "1.5"})
        if event.approximate:
            bar.set("stroke-dasharray", "4 3")
    if event.ongoing:
        ET.SubElement(link, "path", {"d": f"M{right - 8:.1f} {middle - 5:.1f} L{right:.1f} {middle:.1f} "
                                          f"L{right - 8:.1f} {middle + 5:.1f}",
                                     "fill": "none", "stroke": COLOURS["bar"], "stroke-width": "2"})
    label = shorten(f"{event.date_label}: {event.summary}", LABEL_CHARS)
    if right < WIDTH * 0.55:  # after the mark
        text(link, right + 8, middle + 4.5, label).set("fill", COLOURS["ink"])
    elif left > WIDTH * 0.45:  # before it
        text(link, left - 8, middle + 4.5, label, anchor="end").set("fill", COLOURS["ink"])
    else:  # above a bar as wide as the window
        text(link, left + 8, middle - 9, label).set("fill", COLOURS["ink"])


_PRECISION_WORDS = {"day": "known to the day", "week": "known to the week",
                    "month": "known to the month", "year": "known to the year",
                    "decade": "known to the decade"}


def _legend(svg: ET.Element, y: float) -> None:
    ET.SubElement(svg, "circle", {"cx": str(MARGIN + 5), "cy": f"{y - 4:.1f}", "r": "5",
                                  "fill": COLOURS["bar"]})
    text(svg, MARGIN + 16, y, "a day").set("fill", COLOURS["muted"])
    items = [("", "a month, year or decade: the bar covers it"), ("4 3", "approximate"),
             (None, "ongoing, to the article's date")]
    left = MARGIN + 70
    for dashes, words in items:
        if dashes is None:
            ET.SubElement(svg, "path", {"d": f"M{left} {y - 9} L{left + 8} {y - 4} L{left} {y + 1}",
                                        "fill": "none", "stroke": COLOURS["bar"], "stroke-width": "2"})
        else:
            rect = ET.SubElement(svg, "rect", {"x": str(left), "y": f"{y - 10:.1f}", "width": "26",
                                               "height": "12", "rx": "4", "fill": COLOURS["bar"],
                                               "fill-opacity": "0.3", "stroke": COLOURS["bar"]})
            if dashes:
                rect.set("stroke-dasharray", dashes)
        text(svg, left + 32, y, words).set("fill", COLOURS["muted"])
        left += 40 + 7 * len(words)
