package org.cheapnet.dsl.generator;

import java.util.ArrayList;
import java.util.List;

import org.cheapnet.dsl.compiler.poly.LatticeGeometry;
import org.cheapnet.dsl.compiler.poly.VariableSpace;
import org.cheapnet.dsl.compiler.symmetry.CellNetwork;
import org.cheapnet.dsl.compiler.symmetry.TemplateFactor;

/**
 * What the templates need to loop over the cells of a translation-symmetric hamiltonian: nested
 * loops over the lattice's coordinates c0, c1, c2 (row-major, last axis fastest, the order in
 * which the verified network adds the cells), and the gathering of the cell's local inputs
 * u[k] = x[base_k + AXISa[c_a + offset_k,a] + ...], where AXISa[i] = (i mod size_a) * stride_a
 * is filled once at class initialization, so the hot loop has no '%'.
 *
 * <p>The gathering is straight-line (one statement per local input) for up to
 * {@link #MAX_STRAIGHT_GATHER} local inputs, else a loop over the tables CELL_BASE and
 * CELL_OFFSETa, so the code stays small whatever the lattice and the template.
 *
 * @param sizes      the lattice's size per axis (1 to 3 axes)
 * @param strides    per axis, the product of the later axes' sizes
 * @param reach      per axis, the largest offset of a local input
 * @param constant   the template's constant, added once
 * @param cellInputs the number of local inputs
 * @param gather     the straight-line statements filling u; empty when table-driven
 * @param sites      per local input, the Java expression of its input's index; empty when table-driven
 * @param tables     CELL_BASE and CELL_OFFSETa when table-driven; empty otherwise
 */
record CellLoops(List<Integer> sizes, List<Integer> strides, List<Integer> reach, double constant, int cellInputs,
		List<String> gather, List<String> sites, List<Table> tables) {
	static final int MAX_STRAIGHT_GATHER = 64;

	CellLoops {
		sizes = List.copyOf(sizes);
		strides = List.copyOf(strides);
		reach = List.copyOf(reach);
		gather = List.copyOf(gather);
		sites = List.copyOf(sites);
		tables = List.copyOf(tables);
	}

	/** The loops of a cell compilation; straight-line gathering when its local inputs fit both limits. */
	static CellLoops of(CellNetwork cells, VariableSpace space, int maxStraight) {
		LatticeGeometry lattice = cells.template().lattice();
		int dimension = lattice.dimension();
		List<Integer> sizes = new ArrayList<>();
		List<Integer> strides = new ArrayList<>();
		int stride = 1;
		for (int axis = dimension - 1; axis >= 0; axis--) {
			sizes.add(0, lattice.size(axis));
			strides.add(0, stride);
			stride *= lattice.size(axis);
		}
		List<Integer> reach = new ArrayList<>();
		for (int r : cells.template().reach()) {
			reach.add(r);
		}
		List<TemplateFactor> locals = cells.localInputs();
		boolean straight = locals.size() <= Math.min(maxStraight, MAX_STRAIGHT_GATHER);
		List<String> gather = new ArrayList<>();
		List<String> sites = new ArrayList<>();
		List<Table> tables = new ArrayList<>();
		if (straight) {
			for (int k = 0; k < locals.size(); k++) {
				sites.add(site(locals.get(k), space));
				gather.add("u[" + k + "] = x[" + sites.get(k) + "]; // " + locals.get(k));
			}
		} else {
			tables.add(Table.ints("CELL_BASE", locals.stream().mapToInt(f -> space.offset(f.variable())).toArray()));
			for (int axis = 0; axis < dimension; axis++) {
				int a = axis;
				tables.add(Table.ints("CELL_OFFSET" + axis, locals.stream().mapToInt(f -> f.offset(a)).toArray()));
			}
		}
		return new CellLoops(sizes, strides, reach, cells.template().constant(), locals.size(), gather, sites, tables);
	}

	/** E.g. "256 + AXIS0[c0] + AXIS1[c1 + 1]": the input that a local input reads in cell (c0, c1). */
	private static String site(TemplateFactor local, VariableSpace space) {
		int base = space.offset(local.variable());
		StringBuilder s = new StringBuilder(base == 0 ? "" : base + " + ");
		for (int axis = 0; axis < local.offset().length; axis++) {
			int offset = local.offset(axis);
			s.append(axis == 0 ? "" : " + ").append("AXIS").append(axis).append("[c").append(axis)
					.append(offset == 0 ? "" : " + " + offset).append(']');
		}
		return s.toString();
	}

	boolean tableDriven() {
		return !tables.isEmpty();
	}

	int dimension() {
		return sizes.size();
	}

	/** "int c0, int c1": the cell's coordinates as parameters. */
	String coordinateParameters() {
		return coordinates("int c");
	}

	/** "c0, c1": the cell's coordinates as arguments. */
	String coordinateArguments() {
		return coordinates("c");
	}

	private String coordinates(String prefix) {
		StringBuilder s = new StringBuilder();
		for (int axis = 0; axis < dimension(); axis++) {
			s.append(axis == 0 ? "" : ", ").append(prefix).append(axis);
		}
		return s.toString();
	}

	/** "AXIS0[c0 + CELL_OFFSET0[k]] + AXIS1[c1 + CELL_OFFSET1[k]]": the table-driven site of local input k. */
	String tableSite() {
		StringBuilder s = new StringBuilder();
		for (int axis = 0; axis < dimension(); axis++) {
			s.append(axis == 0 ? "" : " + ").append("AXIS").append(axis).append("[c").append(axis).append(" + CELL_OFFSET")
					.append(axis).append("[k]]");
		}
		return s.toString();
	}
}
