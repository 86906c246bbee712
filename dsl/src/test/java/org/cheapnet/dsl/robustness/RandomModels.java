package org.cheapnet.dsl.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random .ham models that follow the grammar: lattices of every shape and boundary, variables of
 * every kind and shape, params, lets, hamiltonians with random annotations, classifiers, and
 * random expressions with sums, products, powers and site arithmetic. Mostly meaningful, now and
 * then wrong (an unknown name, a bad index, a bad annotation argument), and always small enough
 * that the compilation check runs in well under a second: at most a few dozen inputs, exponents
 * up to 4, sums over at most a few sites.
 */
final class RandomModels {
	private static final String[] SHAPES = { "chain", "square", "cubic" };
	private static final String[] SYMMETRIES = { "translation", "flip", "reflection", "rotation", "permutation", "gauge" };
	private static final String[] ACTIVATIONS = { "sigmoid", "tanh", "softplus", "silu", "gelu", "exp" };
	private static final String[] NUMBERS = { "0", "1", "2", "0.5", "-1", "1e-3", "3.25", "1E2", "0.0" };

	/** A variable as the generator knows it: a name, a lattice (or null) and a vector size (0 = scalar). */
	private record Var(String name, Lattice lattice, int size) {
	}

	private record Lattice(String name, int dimension) {
	}

	private final Random random;
	private final List<Lattice> lattices = new ArrayList<>();
	private final List<Var> variables = new ArrayList<>();
	private final List<String> params = new ArrayList<>();
	private final List<Var> lets = new ArrayList<>();
	private final List<String> hamiltonians = new ArrayList<>();
	/** Index variables in scope: name and the lattice they run over (null for an integer range). */
	private final List<Var> indices = new ArrayList<>();
	private final StringBuilder out = new StringBuilder();

	private RandomModels(Random random) {
		this.random = random;
	}

	/** A whole file: an optional package and one model (now and then two). */
	static String file(long seed) {
		return new RandomModels(new Random(seed)).file();
	}

	private String file() {
		if (random.nextBoolean()) {
			out.append("package fuzz.p").append(random.nextInt(3)).append('\n');
		}
		int models = random.nextInt(8) == 0 ? 2 : 1;
		for (int m = 0; m < models; m++) {
			model("M" + m);
		}
		return out.toString();
	}

	private void model(String name) {
		lattices.clear();
		variables.clear();
		params.clear();
		lets.clear();
		hamiltonians.clear();
		out.append("model ").append(name).append(" {\n");
		int latticeCount = random.nextInt(3);
		for (int k = 0; k < latticeCount; k++) {
			lattice("L" + k);
		}
		int variableCount = 1 + random.nextInt(3);
		for (int k = 0; k < variableCount; k++) {
			variable("v" + k);
		}
		for (int k = random.nextInt(3); k > 0; k--) {
			String p = "p" + params.size();
			out.append("  param ").append(p).append(" = ").append(constant(2)).append('\n');
			params.add(p);
		}
		for (int k = random.nextInt(3); k > 0; k--) {
			let("q" + lets.size());
		}
		int hamiltonianCount = 1 + random.nextInt(3);
		for (int k = 0; k < hamiltonianCount; k++) {
			hamiltonian("H" + k);
		}
		if (random.nextInt(5) == 0) {
			classifier("C");
		}
		out.append("}\n");
	}

	private void lattice(String name) {
		int dimension = 1 + random.nextInt(3);
		int[] sizes = new int[dimension];
		int sites = 1;
		for (int d = 0; d < dimension; d++) {
			sizes[d] = 1 + random.nextInt(dimension == 1 ? 6 : dimension == 2 ? 4 : 2);
			sites *= sizes[d];
		}
		out.append("  lattice ").append(name).append(" = ").append(SHAPES[dimension - 1]).append('(');
		for (int d = 0; d < dimension; d++) {
			out.append(d == 0 ? "" : ", ").append(random.nextInt(40) == 0 ? "0" : String.valueOf(sizes[d]));
		}
		out.append(')').append(pick("", " open", " periodic", " periodic")).append('\n');
		if (sites <= 16) {
			lattices.add(new Lattice(name, dimension));
		}
	}

	private void variable(String name) {
		String kind = pick("real", "bit", "spin");
		out.append("  ").append(kind).append(' ').append(name);
		Var v;
		int shape = random.nextInt(3);
		if (shape == 0 && !lattices.isEmpty()) {
			Lattice l = lattices.get(random.nextInt(lattices.size()));
			out.append(" on ").append(l.name());
			v = new Var(name, l, 0);
		} else if (shape == 1) {
			int n = 1 + random.nextInt(4);
			out.append('[').append(n).append(']');
			v = new Var(name, null, n);
		} else {
			v = new Var(name, null, 0);
		}
		if (kind.equals("real") ? random.nextBoolean() : random.nextInt(40) == 0) {
			int lo = -random.nextInt(3);
			out.append(" in [").append(lo).append(", ").append(lo + (random.nextInt(30) == 0 ? 0 : 1 + random.nextInt(2))).append(']');
		}
		out.append('\n');
		variables.add(v);
	}

	private void let(String name) {
		out.append("  let ").append(name);
		Var let;
		indices.clear();
		if (random.nextBoolean()) {
			boolean onLattice = !lattices.isEmpty() && random.nextBoolean();
			Lattice l = onLattice ? lattices.get(random.nextInt(lattices.size())) : null;
			int n = 1 + random.nextInt(3);
			out.append("[k in ").append(onLattice ? l.name() : "0.." + (n - 1)).append(']');
			indices.add(new Var("k", l, 0));
			let = new Var(name, l, onLattice ? 0 : n);
		} else {
			let = new Var(name, null, 0);
		}
		out.append(" = ").append(expression(3)).append('\n');
		indices.clear();
		lets.add(let);
	}

	private void hamiltonian(String name) {
		out.append("  ");
		for (int k = random.nextInt(3); k > 0; k--) {
			out.append(annotation()).append(' ');
		}
		indices.clear();
		out.append("hamiltonian ").append(name).append(" = ").append(expression(4)).append('\n');
		hamiltonians.add(name);
	}

	/** Mostly annotations that hold for any polynomial; now and then a claim or an argument that may be wrong. */
	private String annotation() {
		if (random.nextInt(4) == 0) {
			return switch (random.nextInt(5)) {
			case 0 -> "@local(" + pick("0", "1", "2", "-1", "p0") + ")";
			case 1 -> "@symmetric(" + pick(SYMMETRIES) + (random.nextBoolean() ? ", " + pick(SYMMETRIES) : "") + ")";
			case 2 -> "@tolerance(" + pick("0", "-1", "1e-12") + ")";
			case 3 -> "@depth(" + pick("0", "1", "1.5") + ")";
			default -> "@bogus" + (random.nextBoolean() ? "(1, x, -2)" : "");
			};
		}
		return switch (random.nextInt(3)) {
		case 0 -> "@tolerance(" + pick("1e-6", "1e-3", "0.01") + ")";
		case 1 -> "@activation(" + pick(ACTIVATIONS) + ")";
		default -> "@depth(" + pick("2", "3", "8") + ")";
		};
	}

	private void classifier(String name) {
		out.append("  classifier ").append(name).append(" {\n");
		for (int k = random.nextInt(3); k >= 0; k--) {
			String h = hamiltonians.isEmpty() || random.nextInt(15) == 0 ? "Nope" : hamiltonians.get(random.nextInt(hamiltonians.size()));
			out.append("    class c").append(k).append(" = ").append(h).append(" prior ").append(random.nextInt(10) == 0 ? "0" : pick("0.5", "1", "0.25", "2")).append('\n');
		}
		if (random.nextBoolean()) {
			out.append("    normalize ").append(pick("exact", "gaussian", "none")).append('\n');
		}
		out.append("  }\n");
	}

	// ---- expressions ----

	private String expression(int depth) {
		if (depth <= 0) {
			return leaf();
		}
		return switch (random.nextInt(12)) {
		case 0, 1 -> expression(depth - 1) + " + " + expression(depth - 1);
		case 2 -> expression(depth - 1) + " - " + expression(depth - 1);
		case 3, 4 -> factor(depth - 1) + " * " + factor(depth - 1);
		case 5 -> factor(depth - 1) + " / " + (random.nextInt(8) == 0 ? pick("0", "v0") : pick("2", "0.5", "4"));
		case 6 -> "-" + factor(depth - 1);
		case 7 -> power(factor(depth - 1));
		case 8, 9 -> aggregate(depth);
		default -> leaf();
		};
	}

	/** A power; a high one only of a single name or number, so that expansions stay small. */
	private String power(String base) {
		boolean compound = base.contains("(") || base.contains(" ");
		if (random.nextInt(10) == 0) {
			return base + "^" + pick("-1", "0.5", "p0");
		}
		return base + "^" + (compound ? pick("0", "1", "2") : pick("0", "1", "2", "3", "4"));
	}

	/** An operand that binds tighter than + and -: parenthesized when it is a sum. */
	private String factor(int depth) {
		String e = expression(depth);
		return e.contains(" + ") || e.contains(" - ") || e.startsWith("sum") || e.startsWith("prod") ? "(" + e + ")" : e;
	}

	private String aggregate(int depth) {
		String op = random.nextInt(4) == 0 ? "prod" : "sum";
		String index = "i" + indices.size();
		String binder;
		Var bound;
		Var second = null;
		int kind = random.nextInt(3);
		if (kind > 0 && !lattices.isEmpty()) {
			Lattice l = lattices.get(random.nextInt(lattices.size()));
			if (kind == 2 && op.equals("sum")) {
				String other = "j" + indices.size();
				binder = "<" + index + ", " + other + "> in " + l.name();
				second = new Var(other, l, 0);
				indices.add(second);
			} else {
				binder = index + " in " + l.name();
			}
			bound = new Var(index, l, 0);
		} else {
			int lo = random.nextInt(2);
			binder = index + " in " + lo + ".." + (lo + random.nextInt(op.equals("prod") ? 2 : 4) - (random.nextInt(20) == 0 ? 3 : 0));
			bound = new Var(index, null, 0);
		}
		indices.add(bound);
		String body = "(" + expression(Math.min(depth - 1, 2)) + ")";
		indices.remove(bound);
		indices.remove(second);
		return op + "(" + binder + ") " + body;
	}

	private String leaf() {
		int choice = random.nextInt(10);
		if (choice < 2) {
			return pick(NUMBERS).replace("-", "");
		}
		if (choice == 2 && !params.isEmpty()) {
			return params.get(random.nextInt(params.size()));
		}
		if (choice == 3 && !lets.isEmpty()) {
			return reference(lets.get(random.nextInt(lets.size())));
		}
		if (choice == 4 && !indices.isEmpty()) {
			Var i = indices.get(random.nextInt(indices.size()));
			return i.lattice() == null || i.lattice().dimension() == 1 ? i.name() : "1";
		}
		if (choice == 5 && random.nextInt(10) == 0) {
			return pick("undeclared", "L0", "H0", "C");
		}
		return reference(variables.get(random.nextInt(variables.size())));
	}

	/** A reference to a variable or let with an index of the right kind (now and then a wrong one). */
	private String reference(Var v) {
		if (v.lattice() != null) {
			return v.name() + "[" + site(v.lattice()) + "]";
		}
		if (v.size() > 0) {
			Var integer = indices.stream().filter(i -> i.lattice() == null || i.lattice().dimension() == 1).findAny().orElse(null);
			String index = integer != null && random.nextInt(4) == 0 ? integer.name() + pick("", " + 1", " - 1", "") : String.valueOf(random.nextInt(v.size() + (random.nextInt(20) == 0 ? 2 : 0)));
			return v.name() + "[" + index + "]";
		}
		return random.nextInt(30) == 0 ? v.name() + "[0]" : v.name();
	}

	/** A site of a lattice: an index variable on it (maybe shifted), or a constant site. */
	private String site(Lattice l) {
		List<Var> on = indices.stream().filter(i -> i.lattice() != null && i.lattice().dimension() == l.dimension()).toList();
		if (!on.isEmpty() && random.nextInt(4) > 0) {
			String a = on.get(random.nextInt(on.size())).name();
			return switch (random.nextInt(4)) {
			case 0 -> a + " + " + offset(l.dimension());
			case 1 -> "2 * " + a;
			default -> a;
			};
		}
		StringBuilder s = new StringBuilder();
		for (int d = 0; d < l.dimension(); d++) {
			s.append(d == 0 ? "" : ", ").append(random.nextInt(8) == 0 ? random.nextInt(3) : 0);
		}
		return s.toString();
	}

	private String offset(int dimension) {
		if (dimension == 1) {
			return pick("1", "2", "(1)");
		}
		StringBuilder s = new StringBuilder("(");
		for (int d = 0; d < dimension; d++) {
			s.append(d == 0 ? "" : ", ").append(random.nextInt(3) - 1);
		}
		return s.append(')').toString();
	}

	private String constant(int depth) {
		if (depth <= 0 || random.nextBoolean()) {
			return pick(NUMBERS);
		}
		return constant(depth - 1) + pick(" + ", " * ", " - ", " / ") + constant(depth - 1);
	}

	private String pick(String... options) {
		return options[random.nextInt(options.length)];
	}
}
