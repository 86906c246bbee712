package org.cheapnet.runtime.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalDistributionTest {

    /** Reference values of Phi(x) from mpmath.ncdf at 30 digits. */
    @ParameterizedTest
    @CsvSource({
        "-30, 4.9067139271481870595e-198",
        "-10, 7.619853024160526066e-24",
        "-5, 2.8665157187919391167e-7",
        "-3, 0.0013498980316300945267",
        "-2.5, 0.006209665325776135167",
        "-2.0001, 0.022744733391410558494",
        "-2, 0.0227501319481792072",
        "-1.9999, 0.022755531584767187071",
        "-1, 0.15865525393145705141",
        "-0.3, 0.38208857781104736269",
        "0, 0.5",
        "0.5, 0.69146246127401310364",
        "1.5, 0.933192798731141934",
        "2, 0.9772498680518207928",
        "2.5, 0.99379033467422386483",
        "4, 0.99996832875816688008",
        "8, 0.9999999999999993779",
    })
    void cdfMatchesHighPrecisionReference(double x, double expected) {
        assertEquals(expected, NormalDistribution.cdf(x), 1e-14 * expected);
    }

    @Test
    void cdfIsSymmetric() {
        for (double x = -8; x <= 8; x += 0.013) {
            assertEquals(1.0, NormalDistribution.cdf(x) + NormalDistribution.cdf(-x), 2e-16, "x = " + x);
        }
    }

    @Test
    void cdfSaturates() {
        assertEquals(0.0, NormalDistribution.cdf(Double.NEGATIVE_INFINITY));
        assertEquals(1.0, NormalDistribution.cdf(Double.POSITIVE_INFINITY));
        assertEquals(0.0, NormalDistribution.cdf(-40));
    }

    @Test
    void densityIsTheDerivativeOfTheCdf() {
        double h = 1e-4;
        for (double x = -6; x <= 6; x += 0.17) {
            double difference = (NormalDistribution.cdf(x + h) - NormalDistribution.cdf(x - h)) / (2 * h);
            assertEquals(NormalDistribution.density(x), difference, 1e-9, "x = " + x);
        }
    }

    @Test
    void hermitePolynomialsInClosedForm() {
        for (double x = -3; x <= 3; x += 0.25) {
            assertEquals(1, NormalDistribution.hermite(0, x));
            assertEquals(x, NormalDistribution.hermite(1, x));
            assertEquals(x * x - 1, NormalDistribution.hermite(2, x), 1e-13);
            assertEquals(x * x * x - 3 * x, NormalDistribution.hermite(3, x), 1e-13);
            assertEquals(x * x * x * x - 6 * x * x + 3, NormalDistribution.hermite(4, x), 1e-12);
        }
    }

    @Test
    void cdfDerivativesMatchFiniteDifferences() {
        double h = 1e-4;
        for (int m = 1; m <= 6; m++) {
            for (double x = -5; x <= 5; x += 0.23) {
                double difference = (NormalDistribution.cdfDerivative(x + h, m - 1)
                        - NormalDistribution.cdfDerivative(x - h, m - 1)) / (2 * h);
                assertEquals(NormalDistribution.cdfDerivative(x, m), difference, 1e-7, "m = " + m + ", x = " + x);
            }
        }
    }
}
