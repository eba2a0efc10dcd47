package org.spikeflow.core.tests.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.spikeflow.core.util.ClosestName;

class ClosestNameTest {
    private static final List<String> SETTINGS = List.of("loopCount", "label", "fraction", "steps");

    @Test
    void aMissingLetterASwapOrACaseSlipFindsTheName() {
        assertEquals(Optional.of("loopCount"), ClosestName.closest("loopCont", SETTINGS));
        assertEquals(Optional.of("steps"), ClosestName.closest("stpes", SETTINGS));
        assertEquals(Optional.of("label"), ClosestName.closest("Lable", SETTINGS));
        assertEquals(Optional.of("fraction"), ClosestName.closest("fractoin", SETTINGS));
    }

    @Test
    void somethingElseEntirelyFindsNothing() {
        assertEquals(Optional.empty(), ClosestName.closest("temperature", SETTINGS));
        assertEquals(Optional.empty(), ClosestName.closest("xyz", SETTINGS));
        assertEquals(Optional.empty(), ClosestName.closest("label", List.of()));
    }
}
