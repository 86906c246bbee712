package org.cheapnet.dsl.compiler.plan.horner;

/** Which variable a Horner node is split by. */
enum SplitRule {
    /** The first variable of the order that occurs in the node (FORM's multivariate Horner). */
    ORDER,
    /** The first variable of the order that divides every term, if any; otherwise as ORDER. */
    COMMON_FACTOR_FIRST,
    /** The variable in most terms of the node (a common factor first), ties by the order. */
    MOST_FREQUENT
}
