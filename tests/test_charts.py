import xml.etree.ElementTree as ET

import pytest

from quizapp.charts import bar_chart

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # also proves the output is well-formed XML


def bar_widths(root: ET.Element) -> list[float]:
    return [float(rect.get("width")) for rect in root.iter(f"{SVG}rect")]


def test_accessible_svg_with_title_and_labels():
    root = parse(bar_chart(["Question 1", "Question 2"], [0.75, 0.5], "Facility per question",
                           max_value=1))
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.get("aria-label") == "Facility per question"
    assert root.find(f"{SVG}title").text == "Facility per question"
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert texts == ["Facility per question", "Question 1", "0.75", "Question 2", "0.50"]
    assert root.find(f"{SVG}desc").text == "Question 1: 0.75; Question 2: 0.50"


def test_bars_scale_to_max_value_or_the_largest_value():
    full, half = bar_widths(parse(bar_chart(["a", "b"], [4, 2], "Counts")))
    assert full == 2 * half
    assert bar_widths(parse(bar_chart(["a", "b"], [1, 0.5], "F", max_value=2))) == [
        full / 2, full / 4]
    # a value over max_value is drawn full width, not past the chart
    assert bar_widths(parse(bar_chart(["a"], [3], "F", max_value=1))) == [full]


def test_all_zero_values_draw_empty_bars():
    assert bar_widths(parse(bar_chart(["a", "b"], [0, 0], "Counts"))) == [0, 0]


def test_labels_and_title_are_escaped():
    svg = bar_chart(["<script>alert(1)</script>", 'a "quote" & b'], [1, 2], "<b>Title</b>")
    assert "<script" not in svg and "<b>" not in svg
    root = parse(svg)
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "<script>alert(1)</script>" in texts and 'a "quote" & b' in texts
    assert root.find(f"{SVG}title").text == "<b>Title</b>"


def test_no_scripts_or_external_references():
    svg = bar_chart(["javascript:alert(1)"], [1], "Chart")
    root = parse(svg)
    tags = {element.tag.removeprefix(SVG) for element in root.iter()}
    assert tags <= {"svg", "title", "desc", "text", "g", "rect"}
    assert not any("href" in key for element in root.iter() for key in element.attrib)


def test_long_labels_are_shortened_on_screen_but_kept_in_the_tooltip():
    label = "When did the regional government open the three shelters?"
    root = parse(bar_chart([label], [1], "Chart"))
    bar = root.find(f"{SVG}g")
    assert bar.find(f"{SVG}title").text == f"{label}: 1"
    assert bar.find(f"{SVG}text").text.endswith("…")
    assert len(bar.find(f"{SVG}text").text) == 30


def test_empty_data_says_no_data():
    root = parse(bar_chart([], [], "Score distribution"))
    assert root.get("role") == "img"
    assert [t.text for t in root.iter(f"{SVG}text")] == ["Score distribution", "No data yet."]
    assert bar_widths(root) == []


@pytest.mark.parametrize("labels, values, message", [
    (["a"], [1, 2], "one value per label"),
    (["a"], [-1], "negative"),
])
def test_bad_input_is_a_clear_error(labels, values, message):
    with pytest.raises(ValueError, match=message):
        bar_chart(labels, values, "Chart")
