"""The painted bar chart: every bar readable as text, and drawn in its colour."""

from __future__ import annotations

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from ui.charts import Bar, BarChart


def test_bars_read_as_text_for_screen_readers(qtbot: QtBot) -> None:
    chart = BarChart("Milestones by status")
    qtbot.addWidget(chart)
    assert chart.text() == "Nothing to show yet"

    chart.set_bars([Bar("Planned", 3), Bar("Done", 1_250), Bar("Cancelled", 0)])

    assert chart.text() == "Planned: 3; Done: 1250; Cancelled: 0"
    assert chart.accessibleName() == "Milestones by status"
    assert chart.accessibleDescription() == chart.text()


def test_each_bar_is_drawn_in_its_colour_and_grows_the_chart(qtbot: QtBot) -> None:
    chart = BarChart("Memoranda by status")
    qtbot.addWidget(chart)
    empty_height = chart.sizeHint().height()
    green = QColor("#15803d")
    chart.set_bars([Bar("Active", 4, green), Bar("A label far too long to fit beside it", 1)])
    chart.resize(400, chart.sizeHint().height())
    assert chart.sizeHint().height() > empty_height

    image = chart.grab().toImage()
    row = chart.fontMetrics().height() // 2 + BarChart.ROW_SPACING // 2 + 2
    colours = {image.pixelColor(x, row).name() for x in range(image.width())}
    assert green.name() in colours  # the longest bar, in the colour it was given
