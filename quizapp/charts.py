"""Server-rendered, accessible SVG bar charts: no scripts, no external references.

Built with ElementTree so every label and title is escaped by the serializer.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

SVG_NAMESPACE = "http://www.w3.org/2000/svg"
WIDTH = 600
TITLE_HEIGHT = 32
ROW_HEIGHT = 26
BAR_HEIGHT = 18
LABEL_WIDTH = 200  # room for the label column
VALUE_WIDTH = 60  # room for the value after the longest bar
MAX_LABEL_CHARS = 30  # longer labels are cut on screen; the full text stays in the tooltip


def bar_chart(
    labels: Sequence[str], values: Sequence[float], title: str, max_value: float | None = None
) -> str:
    """A horizontal bar per label, its value written after it; max_value is a full-width bar."""
    if len(labels) != len(values):
        raise ValueError(f"a bar chart needs one value per label ({len(labels)} labels, "
                         f"{len(values)} values)")
    if any(value < 0 for value in values):
        raise ValueError("bar charts show values from 0 up; a value is negative")
    height = TITLE_HEIGHT + ROW_HEIGHT * max(len(labels), 1)
    svg = svg_root(WIDTH, height, title, "bar-chart")
    text(svg, WIDTH / 2, 20, title, anchor="middle", bold=True)
    if not labels:
        ET.SubElement(svg, "desc").text = "No data yet."
        text(svg, WIDTH / 2, TITLE_HEIGHT + 17, "No data yet.", anchor="middle")
        return ET.tostring(svg, encoding="unicode")
    ET.SubElement(svg, "desc").text = "; ".join(
        f"{label}: {_format(value)}" for label, value in zip(labels, values))
    scale_max = max_value if max_value else max(values) or 1
    bar_room = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    for row, (label, value) in enumerate(zip(labels, values)):
        top = TITLE_HEIGHT + row * ROW_HEIGHT
        bar_width = bar_room * min(value / scale_max, 1)
        group = ET.SubElement(svg, "g", {"class": "bar"})
        ET.SubElement(group, "title").text = f"{label}: {_format(value)}"
        text(group, LABEL_WIDTH - 8, top + 17, shorten(label), anchor="end")
        ET.SubElement(group, "rect", {
            "x": str(LABEL_WIDTH), "y": str(top + (ROW_HEIGHT - BAR_HEIGHT) / 2),
            "width": f"{bar_width:.1f}", "height": str(BAR_HEIGHT), "fill": "#3b6ea5",
        })
        text(group, LABEL_WIDTH + bar_width + 6, top + 17, _format(value))
    return ET.tostring(svg, encoding="unicode")


def svg_root(width: float, height: float, title: str, css_class: str, role: str = "img") -> ET.Element:
    """An SVG drawing with its accessible name; `role="img"` unless it holds links."""
    svg = ET.Element("svg", {
        "xmlns": SVG_NAMESPACE,
        "viewBox": f"0 0 {width:.0f} {height:.0f}",
        "role": role,
        "aria-label": title,
        "class": css_class,
        "font-family": "sans-serif",
        "font-size": "13",
    })
    ET.SubElement(svg, "title").text = title
    return svg


def text(parent: ET.Element, x: float, y: float, content: str, anchor: str = "start",
         bold: bool = False) -> ET.Element:
    element = ET.SubElement(parent, "text", {"x": f"{x:.1f}", "y": str(y), "text-anchor": anchor})
    element.text = content
    if bold:
        element.set("font-weight", "bold")
    return element


def shorten(label: str, limit: int = MAX_LABEL_CHARS) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _format(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}"
