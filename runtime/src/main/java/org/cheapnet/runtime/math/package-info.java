/**
 * Special functions in closed form that the activations need: the logistic function and its
 * derivatives as polynomials in sigma(x) and sigma(-x), the normal distribution (density,
 * cumulative distribution, Hermite polynomials), and a robust 1-D maximizer for choosing biases.
 * All methods are static and pure.
 */
package org.cheapnet.runtime.math;
