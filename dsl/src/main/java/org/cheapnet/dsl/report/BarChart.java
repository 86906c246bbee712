package org.cheapnet.dsl.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Vertical bars on a logarithmic scale (counts that differ by orders of magnitude) or on a linear
 * one from 0 to a given top (probabilities), each bar with its value above it and a label and an
 * optional note below it.
 */
final class BarChart {

	private static final double TOP = 24;
	private static final double BOTTOM = 52;
	private static final double LEFT = 56;
	private static final double BAR = 46;
	private static final double GAP = 22;

	private record Bar(String label, double value, String text, String note, String colour) {
	}

	private final String yLabel;
	private final boolean log;
	private final double linearTop;
	private final double height;
	private final List<Bar> bars = new ArrayList<>();

	private BarChart(String yLabel, boolean log, double linearTop, double height) {
		this.yLabel = yLabel;
		this.log = log;
		this.linearTop = linearTop;
		this.height = height;
	}

	/** Bars on a log scale (values >= 1). */
	static BarChart logScale(String yLabel) {
		return new BarChart(yLabel, true, 0, 300);
	}

	/** Bars on a linear scale from 0 to top. */
	static BarChart linear(String yLabel, double top, double height) {
		return new BarChart(yLabel, false, top, height);
	}

	BarChart bar(String label, double value, String text, String note, String colour) {
		bars.add(new Bar(label, value, text, note, colour));
		return this;
	}

	String svg() {
		double width = LEFT + bars.size() * (BAR + GAP) + GAP;
		Svg svg = new Svg(Math.max(width, 200), height);
		double plot = height - TOP - BOTTOM;
		double top = log ? Math.max(1, Math.ceil(Math.log10(maxValue()))) : linearTop;
		// grid: decades, or quarters of the linear range
		int lines = log ? (int) top : 4;
		for (int i = 0; i <= lines; i++) {
			double y = height - BOTTOM - plot * i / lines;
			svg.line(LEFT, y, width - GAP / 2, y, "stroke:#e3e3e3;stroke-width:1");
			String label = log ? (i == 0 ? "1" : "1e" + i) : Svg.num(linearTop * i / lines);
			svg.text(LEFT - 6, y + 4, label, "end", "fill:#444;font-size:11px");
		}
		for (int i = 0; i < bars.size(); i++) {
			Bar b = bars.get(i);
			double x = LEFT + GAP + i * (BAR + GAP);
			double fraction = log ? Math.log10(Math.max(1, b.value)) / top : Math.max(0, b.value) / linearTop;
			double h = plot * Math.min(1, fraction);
			double y = height - BOTTOM - h;
			svg.rect(x, y, BAR, Math.max(h, 1), "fill:" + b.colour + ";stroke:#333;stroke-width:0.5");
			svg.text(x + BAR / 2, y - 4, b.text, "middle", "fill:#222;font-size:11px");
			svg.text(x + BAR / 2, height - BOTTOM + 15, b.label, "middle", "fill:#222;font-size:11px");
			if (!b.note.isEmpty()) {
				svg.text(x + BAR / 2, height - BOTTOM + 29, b.note, "middle", "fill:#777;font-size:10px");
			}
		}
		svg.line(LEFT, height - BOTTOM, width - GAP / 2, height - BOTTOM, "stroke:#666;stroke-width:1");
		svg.verticalText(14, TOP + plot / 2, yLabel, "fill:#222");
		return svg.toString();
	}

	private double maxValue() {
		double max = 1;
		for (Bar b : bars) {
			max = Math.max(max, b.value);
		}
		return max * 1.5; // room for the value above the tallest bar
	}
}
