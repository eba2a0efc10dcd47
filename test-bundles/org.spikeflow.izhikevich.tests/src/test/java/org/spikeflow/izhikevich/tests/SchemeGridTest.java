package org.spikeflow.izhikevich.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spikeflow.izhikevich.NeuronParameters;
import org.spikeflow.izhikevich.Scheme;
import org.spikeflow.izhikevich.Simulation;

/** Each scheme's time grid, as its documentation and the codes it reproduces define it; the registry. */
class SchemeGridTest {

    @Test
    void everySchemeIsRegisteredOnceUnderItsName() {
        List<Scheme> all = Scheme.all();
        assertEquals(List.of("euler", "izhikevich2003", "izhikevich2004", "seed", "rk4"), Scheme.ids());
        assertEquals(all.size(), new HashSet<>(Scheme.ids()).size());
        for (Scheme s : all) {
            assertEquals(s, Scheme.parse(s.id().toUpperCase(java.util.Locale.ROOT)));
            assertTrue(!s.description().isBlank() && !s.source().isBlank(), s.id());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scheme.parse("heun"));
        assertEquals("Unknown scheme 'heun': expected euler, izhikevich2003, izhikevich2004, seed or rk4",
                e.getMessage());
    }

    @Test
    void stepSchemesHaveOnePointPerIntervalEndOnTheDtGrid() {
        for (Scheme s : List.of(Scheme.EULER, Scheme.IZHIKEVICH2003, Scheme.RK4, Scheme.IZHIKEVICH2004)) {
            assertEquals(401, s.points(100, 0.25), s.id()); // t = 0, 0.25, ..., 100
            assertEquals(4, s.points(1.0, 0.3), s.id()); // 3.33 intervals: truncated
            assertEquals(4, s.points(0.3, 0.1), s.id()); // 0.3/0.1 = 2.9999999999999996: the nearest integer
            double[] t = Simulation.builder(NeuronParameters.of(0.02, 0.2, -65, 8)).duration(2).dt(0.5).scheme(s)
                    .build().run().time();
            assertArrayEquals(new double[] {0, 0.5, 1, 1.5, 2}, t, 0.0, s.id());
        }
    }

    @Test
    void singleNeuronPyUsesPythonsIntAndNumpysLinspace() {
        Scheme s = Scheme.SINGLE_NEURON_PY;
        // n = int(550/0.25) = 2200 points on numpy.linspace(0, 550, 2200): i*(550/2199), the last exactly 550
        double[] t = Simulation.builder(NeuronParameters.of(0.02, 0.2, -65, 8)).duration(550).dt(0.25).scheme(s)
                .build().run().time();
        assertEquals(2200, t.length);
        assertEquals(2200, s.points(550, 0.25));
        assertEquals(0.0, t[0], 0.0);
        assertEquals(1000 * (550.0 / 2199), t[1000], 0.0);
        assertEquals(550.0, t[2199], 0.0);
        assertEquals(2, s.points(0.3, 0.1)); // Python: int(0.3/0.1) = int(2.9999999999999996) = 2, truncated
        assertThrows(IllegalArgumentException.class, () -> s.points(0.2, 0.25)); // int(0.8) = 0 points
    }

    @Test
    void durationForGivesBackThePointCountForEveryScheme() {
        for (Scheme s : Scheme.all()) {
            for (double dt : new double[] {0.1, 0.25, 0.3, 1}) {
                for (long points : new long[] {2, 3, 200, 2200, 100001}) {
                    assertEquals(points, s.points(s.durationFor(points, dt), dt), s.id() + " dt " + dt);
                }
            }
        }
    }
}
