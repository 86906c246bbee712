package org.cheapnet.dsl.generator;

import java.util.ArrayList;
import java.util.List;

import org.cheapnet.dsl.compiler.poly.VariableDeclaration;
import org.cheapnet.dsl.compiler.poly.VariableSpace;

/**
 * The input layout of a generated class (LANGUAGE.md, "Inputs of the generated code"): the
 * variables in declaration order, each at its offset, lattice sites row-major.
 */
final class InputLayouts {
	private InputLayouts() {
	}

	/** One {@code VariableLayout} constructor call per variable (empty vectors take no values and are left out). */
	static List<String> constructors(VariableSpace space) {
		List<String> layouts = new ArrayList<>();
		for (VariableDeclaration v : space.inputs()) {
			if (v.count() == 0) {
				continue;
			}
			String name = JavaLiterals.of(v.name());
			int offset = space.offset(v);
			layouts.add(switch (v.kind()) {
			case REAL -> "VariableLayout.real(" + name + ", " + shape(v) + ", " + offset + ", " + JavaLiterals.of(v.lo())
					+ ", " + JavaLiterals.of(v.hi()) + ")";
			case BIT -> "VariableLayout.bit(" + name + ", " + shape(v) + ", " + offset + ")";
			case SPIN -> "VariableLayout.spin(" + name + ", " + shape(v) + ", " + offset + ")";
			});
		}
		return layouts;
	}

	private static String shape(VariableDeclaration v) {
		if (v.isScalar()) {
			return "Shape.scalar()";
		}
		if (v.isVector()) {
			return "Shape.vector(" + v.count() + ")";
		}
		StringBuilder sizes = new StringBuilder();
		for (int size : v.lattice().sizes()) {
			sizes.append(sizes.length() == 0 ? "" : ", ").append(size);
		}
		return "Shape.lattice(" + sizes + ")";
	}

	/** E.g. "spin s on grid: 256 values at offsets 0..255, sites row-major (16 x 16)". */
	static List<String> documentation(VariableSpace space) {
		List<String> lines = new ArrayList<>();
		for (VariableDeclaration v : space.inputs()) {
			int offset = space.offset(v);
			String values = v.count() == 0 ? "no values" : v.count() == 1 ? "offset " + offset : v.count() + " values at offsets " + offset + ".." + (offset + v.count() - 1);
			String sites = v.isOnLattice() ? ", sites row-major (" + dimensions(v) + ")" : "";
			lines.add(v + ": " + values + sites);
		}
		return lines;
	}

	private static String dimensions(VariableDeclaration v) {
		StringBuilder s = new StringBuilder();
		for (int size : v.lattice().sizes()) {
			s.append(s.length() == 0 ? "" : " x ").append(size);
		}
		return s.toString();
	}
}
