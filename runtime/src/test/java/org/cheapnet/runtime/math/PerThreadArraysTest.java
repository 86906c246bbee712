package org.cheapnet.runtime.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** PerThreadArrays: one set of arrays per thread, kept between calls. */
class PerThreadArraysTest {

    @Test
    void aThreadGetsTheSameArraysOfTheRightShapeOnEveryCall() {
        PerThreadArrays workspace = new PerThreadArrays(3, 5);
        double[][] first = workspace.arrays();
        assertEquals(3, first.length);
        for (double[] lane : first) {
            assertEquals(5, lane.length);
        }
        assertNotSame(first[0], first[1]);
        assertNotSame(first[1], first[2]);
        first[2][4] = 7.5;
        double[][] second = workspace.arrays();
        assertSame(first, second);
        assertEquals(7.5, second[2][4], "what the previous call left stays");
    }

    @Test
    void twoWorkspacesOnOneThreadShareNothing() {
        assertNotSame(new PerThreadArrays(2, 4).arrays(), new PerThreadArrays(2, 4).arrays());
    }

    /**
     * Two threads that are both alive when they ask (each waits for the other before finishing,
     * so the pool cannot run both tasks on one thread) get different arrays, and so does this thread.
     */
    @Test
    void eachThreadGetsItsOwnArrays() throws Exception {
        PerThreadArrays workspace = new PerThreadArrays(4, 256);
        CountDownLatch bothAsked = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<double[][]>> results = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                results.add(pool.submit(() -> {
                    double[][] lanes = workspace.arrays();
                    bothAsked.countDown();
                    assertTrue(bothAsked.await(30, TimeUnit.SECONDS), "the other thread asked");
                    assertTrue(lanes == workspace.arrays(), "a thread asking again gets its arrays");
                    return lanes;
                }));
            }
            double[][] one = results.get(0).get(30, TimeUnit.SECONDS);
            double[][] other = results.get(1).get(30, TimeUnit.SECONDS);
            // assertTrue, not assertNotSame: a failure should not print 1024 zeros
            assertTrue(one != other, "two threads share arrays");
            assertTrue(one[0] != other[0], "two threads share a lane");
            double[][] mine = workspace.arrays();
            assertTrue(mine != one && mine != other, "this thread shares lanes with a pool thread");
            assertEquals(4, one.length);
            assertEquals(256, other[3].length);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void zeroArrays() {
        PerThreadArrays workspace = new PerThreadArrays(0, 256);
        double[][] lanes = workspace.arrays();
        assertEquals(0, lanes.length);
        assertTrue(lanes == workspace.arrays(), "a thread asking again gets its arrays");
    }
}
