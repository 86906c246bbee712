package org.cheapnet.dsl.report;

import java.util.Locale;

/**
 * A tiny SVG writer: elements appended to one string, attribute values and text escaped, numbers
 * with at most two decimals. The result is well-formed XML that can be inlined into HTML.
 */
public final class Svg {

	private final StringBuilder body = new StringBuilder();
	private final double width;
	private final double height;

	public Svg(double width, double height) {
		this.width = width;
		this.height = height;
	}

	public double width() {
		return width;
	}

	public double height() {
		return height;
	}

	public Svg rect(double x, double y, double w, double h, String style) {
		return element("rect", "x", x, "y", y, "width", Math.max(0, w), "height", Math.max(0, h), "style", style);
	}

	public Svg roundedRect(double x, double y, double w, double h, double r, String style) {
		return element("rect", "x", x, "y", y, "width", w, "height", h, "rx", r, "style", style);
	}

	public Svg line(double x1, double y1, double x2, double y2, String style) {
		return element("line", "x1", x1, "y1", y1, "x2", x2, "y2", y2, "style", style);
	}

	public Svg circle(double cx, double cy, double r, String style) {
		return element("circle", "cx", cx, "cy", cy, "r", r, "style", style);
	}

	/** A cubic Bezier from (x1, y1) to (x2, y2), leaving and arriving horizontally. */
	public Svg curve(double x1, double y1, double x2, double y2, String style) {
		double mid = (x1 + x2) / 2;
		String d = "M" + num(x1) + "," + num(y1) + " C" + num(mid) + "," + num(y1) + " " + num(mid) + "," + num(y2)
				+ " " + num(x2) + "," + num(y2);
		return element("path", "d", d, "style", style);
	}

	/** An open polyline through the points (x0, y0, x1, y1, ...). */
	public Svg polyline(double[] xy, String style) {
		StringBuilder points = new StringBuilder();
		for (int i = 0; i + 1 < xy.length; i += 2) {
			points.append(i == 0 ? "" : " ").append(num(xy[i])).append(',').append(num(xy[i + 1]));
		}
		return element("polyline", "points", points.toString(), "style", style);
	}

	/** Text at (x, y); anchor start, middle or end. */
	public Svg text(double x, double y, String text, String anchor, String style) {
		body.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
				.append(anchor).append("\" style=\"").append(escape(style)).append("\">").append(escape(text))
				.append("</text>\n");
		return this;
	}

	/** Text rotated by -90 degrees about (x, y), for a vertical axis label. */
	public Svg verticalText(double x, double y, String text, String style) {
		body.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y))
				.append("\" text-anchor=\"middle\" transform=\"rotate(-90 ").append(num(x)).append(' ').append(num(y))
				.append(")\" style=\"").append(escape(style)).append("\">").append(escape(text)).append("</text>\n");
		return this;
	}

	/** A tooltip for the element just written, as a title inside a group. */
	public Svg titled(String title, Runnable draw) {
		body.append("<g><title>").append(escape(title)).append("</title>\n");
		draw.run();
		body.append("</g>\n");
		return this;
	}

	private Svg element(String name, Object... attributes) {
		body.append('<').append(name);
		for (int i = 0; i < attributes.length; i += 2) {
			Object value = attributes[i + 1];
			String text = value instanceof Double d ? num(d) : escape(String.valueOf(value));
			body.append(' ').append(attributes[i]).append("=\"").append(text).append('"');
		}
		body.append("/>\n");
		return this;
	}

	@Override
	public String toString() {
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(width) + "\" height=\"" + num(height)
				+ "\" viewBox=\"0 0 " + num(width) + " " + num(height) + "\" font-family=\"sans-serif\" font-size=\"12\">\n"
				+ body + "</svg>\n";
	}

	/** A coordinate with at most two decimals, '.' as separator. */
	static String num(double v) {
		if (v == Math.rint(v) && Math.abs(v) < 1e15) {
			return Long.toString((long) v);
		}
		return String.format(Locale.ROOT, "%.2f", v);
	}

	/** XML text and attribute escaping. */
	public static String escape(String s) {
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}
}
