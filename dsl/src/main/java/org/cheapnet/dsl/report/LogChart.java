package org.cheapnet.dsl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart with a logarithmic y axis and a logarithmic or linear x axis: series of points
 * (drawn with markers or as a dashed line), vertical marks (a chosen value) and horizontal marks
 * (a tolerance), decade grid lines, a legend. Points that cannot be shown on a log axis (zero,
 * negative, not finite) are left out.
 */
final class LogChart {

	private static final double WIDTH = 580;
	private static final double HEIGHT = 360;
	private static final double LEFT = 70;
	private static final double RIGHT = 20;
	private static final double TOP = 64;
	private static final double BOTTOM = 50;

	private record Series(String name, double[] x, double[] y, String colour, boolean dashed) {
	}

	private record Mark(double value, String label, String colour) {
	}

	private final String xLabel;
	private final String yLabel;
	private final boolean logX;
	private final List<Series> series = new ArrayList<>();
	private final List<Mark> vertical = new ArrayList<>();
	private final List<Mark> horizontal = new ArrayList<>();

	LogChart(String xLabel, String yLabel, boolean logX) {
		this.xLabel = xLabel;
		this.yLabel = yLabel;
		this.logX = logX;
	}

	/** Points joined by a line, with a marker at each. */
	LogChart points(String name, double[] x, double[] y, String colour) {
		series.add(new Series(name, x.clone(), y.clone(), colour, false));
		return this;
	}

	/** A dashed line without markers. */
	LogChart dashed(String name, double[] x, double[] y, String colour) {
		series.add(new Series(name, x.clone(), y.clone(), colour, true));
		return this;
	}

	LogChart verticalMark(double x, String label, String colour) {
		vertical.add(new Mark(x, label, colour));
		return this;
	}

	LogChart horizontalMark(double y, String label, String colour) {
		horizontal.add(new Mark(y, label, colour));
		return this;
	}

	String svg() {
		double[] xr = range(true);
		double[] yr = range(false);
		// whole decades on log axes
		yr[0] = Math.floor(yr[0]);
		yr[1] = Math.ceil(yr[1]);
		if (yr[1] - yr[0] < 1) {
			yr[1] = yr[0] + 1;
		}
		if (logX) {
			xr[0] = Math.floor(xr[0] * 2) / 2;
			xr[1] = Math.ceil(xr[1] * 2) / 2;
		}
		Svg svg = new Svg(WIDTH, HEIGHT);
		Frame f = new Frame(xr, yr);
		axes(svg, f);
		for (Mark m : horizontal) {
			if (m.value > 0) {
				double y = f.y(Math.log10(m.value));
				svg.line(LEFT, y, WIDTH - RIGHT, y, "stroke:" + m.colour + ";stroke-width:1;stroke-dasharray:2,3");
				svg.text(WIDTH - RIGHT - 4, y - 4, m.label, "end", "fill:" + m.colour + ";font-size:11px");
			}
		}
		for (Mark m : vertical) {
			double x = f.x(tx(m.value));
			svg.line(x, TOP, x, HEIGHT - BOTTOM, "stroke:" + m.colour + ";stroke-width:1.5");
			svg.text(x + 4, TOP + 12, m.label, "start", "fill:" + m.colour + ";font-size:11px");
		}
		for (Series s : series) {
			List<Double> xy = new ArrayList<>();
			for (int i = 0; i < s.x.length; i++) {
				if (shown(s.y[i]) && (!logX || shown(s.x[i]))) {
					xy.add(f.x(tx(s.x[i])));
					xy.add(f.y(Math.log10(s.y[i])));
				}
			}
			double[] points = xy.stream().mapToDouble(Double::doubleValue).toArray();
			String dash = s.dashed ? ";stroke-dasharray:6,4" : "";
			svg.polyline(points, "fill:none;stroke:" + s.colour + ";stroke-width:1.8" + dash);
			if (!s.dashed) {
				for (int i = 0; i + 1 < points.length; i += 2) {
					svg.circle(points[i], points[i + 1], 3.2, "fill:" + s.colour);
				}
			}
		}
		legend(svg);
		return svg.toString();
	}

	private void axes(Svg svg, Frame f) {
		String grid = "stroke:#e3e3e3;stroke-width:1";
		for (int d = (int) f.yr[0]; d <= f.yr[1]; d++) {
			double y = f.y(d);
			svg.line(LEFT, y, WIDTH - RIGHT, y, grid);
			svg.text(LEFT - 6, y + 4, "1e" + d, "end", "fill:#444;font-size:11px");
		}
		for (double t : xTicks(f.xr)) {
			double x = f.x(t);
			svg.line(x, TOP, x, HEIGHT - BOTTOM, grid);
			svg.text(x, HEIGHT - BOTTOM + 16, logX ? "1e" + (int) t : tick(t), "middle", "fill:#444;font-size:11px");
		}
		svg.rect(LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM, "fill:none;stroke:#666;stroke-width:1");
		svg.text((LEFT + WIDTH - RIGHT) / 2, HEIGHT - 12, xLabel, "middle", "fill:#222");
		svg.verticalText(16, (TOP + HEIGHT - BOTTOM) / 2, yLabel, "fill:#222");
	}

	private void legend(Svg svg) {
		// above the frame, so that it never hides a curve
		double x = LEFT;
		double y = 16;
		for (Series s : series) {
			String dash = s.dashed ? ";stroke-dasharray:6,4" : "";
			svg.line(x, y - 4, x + 24, y - 4, "stroke:" + s.colour + ";stroke-width:1.8" + dash);
			svg.text(x + 30, y, s.name, "start", "fill:#222;font-size:11px");
			y += 16;
		}
	}

	private List<Double> xTicks(double[] xr) {
		List<Double> ticks = new ArrayList<>();
		if (logX) {
			for (double d = Math.ceil(xr[0]); d <= xr[1]; d++) {
				ticks.add(d);
			}
			return ticks;
		}
		double step = niceStep((xr[1] - xr[0]) / 6);
		for (double t = Math.ceil(xr[0] / step) * step; t <= xr[1] + 1e-9 * step; t += step) {
			ticks.add(t);
		}
		return ticks;
	}

	private static double niceStep(double raw) {
		double decade = Math.pow(10, Math.floor(Math.log10(raw)));
		for (double m : new double[] { 1, 2, 5, 10 }) {
			if (m * decade >= raw) {
				return m * decade;
			}
		}
		return 10 * decade;
	}

	private static String tick(double t) {
		return t == Math.rint(t) ? Long.toString((long) t) : String.format(Locale.ROOT, "%.3g", t);
	}

	/** The data range of x (transformed) or of log10 y, over every shown point and mark. */
	private double[] range(boolean ofX) {
		double lo = Double.POSITIVE_INFINITY;
		double hi = Double.NEGATIVE_INFINITY;
		for (Series s : series) {
			for (int i = 0; i < s.x.length; i++) {
				if (shown(s.y[i]) && (!logX || shown(s.x[i]))) {
					double v = ofX ? tx(s.x[i]) : Math.log10(s.y[i]);
					lo = Math.min(lo, v);
					hi = Math.max(hi, v);
				}
			}
		}
		for (Mark m : ofX ? vertical : horizontal) {
			if (ofX || m.value > 0) {
				double v = ofX ? tx(m.value) : Math.log10(m.value);
				lo = Math.min(lo, v);
				hi = Math.max(hi, v);
			}
		}
		if (!(lo <= hi)) {
			return new double[] { 0, 1 };
		}
		if (hi - lo < 1e-9) {
			return new double[] { lo - 0.5, hi + 0.5 };
		}
		if (!logX && ofX) {
			double pad = 0.04 * (hi - lo);
			return new double[] { lo - pad, hi + pad };
		}
		return new double[] { lo, hi };
	}

	private double tx(double x) {
		return logX ? Math.log10(x) : x;
	}

	private static boolean shown(double v) {
		return v > 0 && Double.isFinite(v);
	}

	/** Data (transformed) to pixels. */
	private static final class Frame {
		final double[] xr;
		final double[] yr;

		Frame(double[] xr, double[] yr) {
			this.xr = xr;
			this.yr = yr;
		}

		double x(double t) {
			return LEFT + (t - xr[0]) / (xr[1] - xr[0]) * (WIDTH - LEFT - RIGHT);
		}

		double y(double logY) {
			return HEIGHT - BOTTOM - (logY - yr[0]) / (yr[1] - yr[0]) * (HEIGHT - TOP - BOTTOM);
		}
	}
}
