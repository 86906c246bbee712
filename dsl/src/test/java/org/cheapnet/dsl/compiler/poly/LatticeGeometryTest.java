package org.cheapnet.dsl.compiler.poly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class LatticeGeometryTest {

    @Test
    void sitesAreRowMajorWithTheLastCoordinateFastest() {
        LatticeGeometry grid = new LatticeGeometry("grid", new int[] {3, 4}, false);
        assertEquals(12, grid.siteCount());
        for (int x = 0; x < 3; x++) {
            for (int y = 0; y < 4; y++) {
                int site = x * 4 + y;
                assertEquals(site, grid.site(new int[] {x, y}));
                assertArrayEquals(new int[] {x, y}, grid.coordinates(site));
            }
        }
        LatticeGeometry cube = new LatticeGeometry("c", new int[] {2, 3, 4}, true);
        assertEquals(1 * 12 + 2 * 4 + 3, cube.site(new int[] {1, 2, 3}));
        assertArrayEquals(new int[] {1, 2, 3}, cube.coordinates(23));
    }

    @Test
    void siteLabelsJoinTheCoordinatesWithCommas() {
        assertEquals("3", new LatticeGeometry("c", new int[] {8}, false).siteLabel(3));
        assertEquals("1,2", new LatticeGeometry("g", new int[] {3, 4}, false).siteLabel(6));
        assertEquals("1,2,0", new LatticeGeometry("k", new int[] {2, 3, 4}, false).siteLabel(20));
    }

    @Test
    void siteOrOutsideWrapsPeriodicAxesAndLeavesOpenEdges() {
        LatticeGeometry periodic = new LatticeGeometry("p", new int[] {3, 4}, true);
        LatticeGeometry open = new LatticeGeometry("o", new int[] {3, 4}, false);
        assertEquals(periodic.site(new int[] {2, 0}), periodic.siteOrOutside(new int[] {-1, 4}));
        assertEquals(periodic.site(new int[] {1, 3}), periodic.siteOrOutside(new int[] {7, -9}));
        assertEquals(-1, open.siteOrOutside(new int[] {-1, 0}));
        assertEquals(-1, open.siteOrOutside(new int[] {0, 4}));
        assertEquals(open.site(new int[] {2, 3}), open.siteOrOutside(new int[] {2, 3}));
        assertThrows(IllegalArgumentException.class, () -> open.site(new int[] {3, 0}));
    }

    @Test
    void shiftedMovesAlongOneAxis() {
        LatticeGeometry periodic = new LatticeGeometry("p", new int[] {3, 4}, true);
        LatticeGeometry open = new LatticeGeometry("o", new int[] {3, 4}, false);
        int corner = periodic.site(new int[] {2, 3});
        assertEquals(periodic.site(new int[] {0, 3}), periodic.shifted(corner, 0, 1));
        assertEquals(periodic.site(new int[] {2, 0}), periodic.shifted(corner, 1, 1));
        assertEquals(periodic.site(new int[] {2, 1}), periodic.shifted(corner, 1, -2));
        assertEquals(-1, open.shifted(corner, 0, 1));
        assertEquals(open.site(new int[] {1, 3}), open.shifted(corner, 0, -1));
    }

    @Test
    void distanceIsTheGraphDistanceOfTheNearestNeighbourLattice() {
        int[][] shapes = {{1}, {2}, {5}, {6}, {1, 3}, {2, 2}, {3, 4}, {5, 5}, {2, 3, 4}, {3, 3, 3}};
        for (int[] sizes : shapes) {
            for (boolean periodic : new boolean[] {false, true}) {
                LatticeGeometry lattice = new LatticeGeometry("l", sizes, periodic);
                for (int from = 0; from < lattice.siteCount(); from++) {
                    int[] expected = breadthFirstDistances(sizes, periodic, from);
                    for (int to = 0; to < lattice.siteCount(); to++) {
                        assertEquals(expected[to], lattice.distance(from, to),
                                () -> Arrays.toString(sizes) + " periodic=" + periodic);
                    }
                }
            }
        }
    }

    /** Distances by breadth-first search over the neighbour graph, built from coordinates directly. */
    private static int[] breadthFirstDistances(int[] sizes, boolean periodic, int from) {
        int count = Arrays.stream(sizes).reduce(1, (a, b) -> a * b);
        int[] distance = new int[count];
        Arrays.fill(distance, -1);
        distance[from] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            int site = queue.poll();
            for (int next : neighbours(sizes, periodic, site)) {
                if (distance[next] < 0) {
                    distance[next] = distance[site] + 1;
                    queue.add(next);
                }
            }
        }
        return distance;
    }

    private static List<Integer> neighbours(int[] sizes, boolean periodic, int site) {
        int[] x = new int[sizes.length];
        for (int axis = sizes.length - 1, rest = site; axis >= 0; axis--) {
            x[axis] = rest % sizes[axis];
            rest /= sizes[axis];
        }
        List<Integer> result = new ArrayList<>();
        for (int axis = 0; axis < sizes.length; axis++) {
            for (int step : new int[] {-1, 1}) {
                int[] y = x.clone();
                y[axis] += step;
                if (periodic) {
                    y[axis] = (y[axis] + sizes[axis]) % sizes[axis];
                } else if (y[axis] < 0 || y[axis] >= sizes[axis]) {
                    continue;
                }
                int number = 0;
                for (int a = 0; a < sizes.length; a++) {
                    number = number * sizes[a] + y[a];
                }
                result.add(number);
            }
        }
        return result;
    }

    @Test
    void reflectionMirrorsOneAxis() {
        LatticeGeometry grid = new LatticeGeometry("g", new int[] {3, 4}, false);
        assertEquals(grid.site(new int[] {2, 1}), grid.reflected(grid.site(new int[] {0, 1}), 0));
        assertEquals(grid.site(new int[] {0, 2}), grid.reflected(grid.site(new int[] {0, 1}), 1));
        for (int site = 0; site < grid.siteCount(); site++) {
            assertEquals(site, grid.reflected(grid.reflected(site, 1), 1));
        }
    }

    @Test
    void rotationIsAQuarterTurnOfOrderFour() {
        LatticeGeometry grid = new LatticeGeometry("g", new int[] {3, 3}, true);
        // (x_a, x_b) -> (x_b, n-1-x_a)
        assertEquals(grid.site(new int[] {0, 2}), grid.rotated(grid.site(new int[] {0, 0}), 0, 1));
        assertEquals(grid.site(new int[] {0, 1}), grid.rotated(grid.site(new int[] {1, 0}), 0, 1));
        assertEquals(grid.site(new int[] {1, 1}), grid.rotated(grid.site(new int[] {1, 1}), 0, 1));
        LatticeGeometry cube = new LatticeGeometry("k", new int[] {4, 4, 4}, false);
        for (int site = 0; site < cube.siteCount(); site++) {
            int turned = site;
            for (int k = 0; k < 4; k++) {
                turned = cube.rotated(turned, 0, 2);
            }
            assertEquals(site, turned);
            assertEquals(cube.coordinates(site)[1], cube.coordinates(cube.rotated(site, 0, 2))[1]);
        }
        LatticeGeometry oblong = new LatticeGeometry("o", new int[] {3, 4}, false);
        assertThrows(IllegalArgumentException.class, () -> oblong.rotated(0, 0, 1));
    }

    @Test
    void equalityIsByValueAndSizesAreCopied() {
        int[] sizes = {4, 4};
        LatticeGeometry a = new LatticeGeometry("grid", sizes, true);
        sizes[0] = 5;
        LatticeGeometry b = new LatticeGeometry("grid", new int[] {4, 4}, true);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(4, a.size(0));
        assertNotEquals(a, new LatticeGeometry("grid", new int[] {4, 4}, false));
        assertNotEquals(a, new LatticeGeometry("other", new int[] {4, 4}, true));
        assertNotEquals(a, new LatticeGeometry("grid", new int[] {4, 4, 1}, true));
        assertEquals("grid = square(4, 4) periodic", a.toString());
    }

    @Test
    void rejectsShapesThatAreNotLattices() {
        assertThrows(IllegalArgumentException.class, () -> new LatticeGeometry("l", new int[0], false));
        assertThrows(IllegalArgumentException.class, () -> new LatticeGeometry("l", new int[] {1, 2, 3, 4}, false));
        assertThrows(IllegalArgumentException.class, () -> new LatticeGeometry("l", new int[] {3, 0}, false));
        LatticeGeometry huge = new LatticeGeometry("h", new int[] {100_000, 100_000, 100_000}, false);
        assertEquals(1_000_000_000_000_000L, huge.siteCountLong());
        assertThrows(ArithmeticException.class, huge::siteCount);
    }
}
