package org.cheapnet.dsl.parsing;

import java.util.stream.Collectors;

import org.cheapnet.dsl.ham.Aggregate;
import org.cheapnet.dsl.ham.Binary;
import org.cheapnet.dsl.ham.Binder;
import org.cheapnet.dsl.ham.BondBinder;
import org.cheapnet.dsl.ham.Domain;
import org.cheapnet.dsl.ham.Expression;
import org.cheapnet.dsl.ham.IndexBinder;
import org.cheapnet.dsl.ham.Negation;
import org.cheapnet.dsl.ham.NumberLiteral;
import org.cheapnet.dsl.ham.Power;
import org.cheapnet.dsl.ham.Reference;
import org.cheapnet.dsl.ham.Tuple;

/**
 * Prints an expression tree canonically, so that tests can assert its shape: every binary
 * operation and power in parentheses ("(a + (b * (c ^ 2)))"), negation as "(-x)", tuples as
 * "tuple(1, 0)", aggregates as "sum(i in 0..7){body}". Grouping parentheses leave no node and
 * so print nothing of their own.
 */
final class ExpressionPrinter {
	private ExpressionPrinter() {
	}

	static String print(Expression e) {
		if (e instanceof NumberLiteral literal) {
			return literal.getValue();
		}
		if (e instanceof Reference reference) {
			String name = reference.getSymbol().getName();
			return reference.getIndices().isEmpty() ? name : name + "[" + join(reference.getIndices()) + "]";
		}
		if (e instanceof Binary binary) {
			return "(" + print(binary.getLeft()) + " " + binary.getOp() + " " + print(binary.getRight()) + ")";
		}
		if (e instanceof Power power) {
			return "(" + print(power.getBase()) + " ^ " + print(power.getExponent()) + ")";
		}
		if (e instanceof Negation negation) {
			return "(-" + print(negation.getOperand()) + ")";
		}
		if (e instanceof Tuple tuple) {
			return "tuple(" + join(tuple.getComponents()) + ")";
		}
		if (e instanceof Aggregate aggregate) {
			return aggregate.getOp() + "(" + binder(aggregate.getBinder()) + "){" + print(aggregate.getBody()) + "}";
		}
		throw new IllegalArgumentException("unexpected node " + e);
	}

	private static String binder(Binder binder) {
		if (binder instanceof IndexBinder index) {
			return index.getIndex().getName() + " in " + domain(index.getDomain());
		}
		BondBinder bond = (BondBinder) binder;
		return "<" + bond.getFirst().getName() + ", " + bond.getSecond().getName() + "> in " + domain(bond.getDomain());
	}

	static String domain(Domain domain) {
		return domain.getTo() == null ? print(domain.getFrom()) : print(domain.getFrom()) + ".." + print(domain.getTo());
	}

	private static String join(java.util.List<Expression> expressions) {
		return expressions.stream().map(ExpressionPrinter::print).collect(Collectors.joining(", "));
	}
}
