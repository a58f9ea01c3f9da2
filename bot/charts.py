"""Charts as PNG pictures for the adapters that can send images (Telegram, Slack)."""
from __future__ import annotations

import io

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from bot.reply import Chart

BAR_COLOUR = "#2b6cb0"
TARGET_COLOUR = "#dd6b20"


def render_png(chart: Chart) -> bytes:
    """Draw a bar chart (`bar`) or events over time (`timeline`) as a PNG."""
    if not chart.labels or len(chart.labels) != len(chart.values):
        raise ValueError("a chart needs one value per label")
    figure = Figure(figsize=(max(6.0, 0.8 * len(chart.labels) + 2), 4), dpi=120)
    FigureCanvasAgg(figure)  # Agg, without pyplot: safe in threads and servers without a display
    axes = figure.subplots()
    positions = range(len(chart.labels))
    if chart.kind == "timeline":
        axes.vlines(positions, 0, chart.values, color=BAR_COLOUR, linewidth=2)
        axes.plot(positions, chart.values, "o", color=BAR_COLOUR)
        axes.set_ylim(bottom=0)
    else:
        colours = [TARGET_COLOUR if label.lower().startswith("target") else BAR_COLOUR for label in chart.labels]
        bars = axes.bar(positions, chart.values, color=colours)
        axes.bar_label(bars, labels=[f"{v:,.2f}".rstrip("0").rstrip(".") for v in chart.values], padding=2)
    axes.set_xticks(list(positions), chart.labels, rotation=30 if len(chart.labels) > 5 else 0, ha="right"
                    if len(chart.labels) > 5 else "center")
    axes.set_title(chart.title)
    if chart.unit:
        axes.set_ylabel(chart.unit)
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()

