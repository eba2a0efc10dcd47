package org.spikeflow.core.tests.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.spikeflow.core.util.ClosestName;
import org.spikeflow.core.util.EchoedInput;

class ClosestNameTest {

    @Test
    void transpositionIsOneEdit() {
        assertEquals(1, ClosestName.distance("cycels", "cycles"));
        assertEquals(1, ClosestName.distance("ab", "ba"));
        // restricted: a transposed pair is not edited again (true Damerau-Levenshtein would give 2)
        assertEquals(3, ClosestName.distance("ca", "abc"));
        assertEquals(3, ClosestName.distance("kitten", "sitting"));
        assertEquals(0, ClosestName.distance("", ""));
        assertEquals(4, ClosestName.distance("", "abcd"));
    }

    @Test
    void suggestsTheClosestPlausibleName() {
        List<String> variables = List.of("cycles", "update", "maeThreshold");
        assertEquals(Optional.of("cycles"), ClosestName.closest("cycels", variables));
        assertEquals(Optional.of("maeThreshold"), ClosestName.closest("maethreshhold", variables));
        assertEquals(Optional.of("org.spikeflow.base.csvreader"),
                ClosestName.closest("org.spikeflow.base.csvreadr",
                        List.of("org.spikeflow.base.csvwriter", "org.spikeflow.base.csvreader")));
    }

    @Test
    void noSuggestionForUnrelatedNames() {
        assertTrue(ClosestName.closest("x", List.of("cycles", "update")).isEmpty());
        assertTrue(ClosestName.closest("temperature", List.of("cycles", "update")).isEmpty());
        assertTrue(ClosestName.closest("cycels", List.of()).isEmpty());
        assertEquals("", ClosestName.didYouMean("zzz", List.of("cycles")));
        assertEquals("; did you mean 'cycles'?", ClosestName.didYouMean("cycels", List.of("cycles")));
    }

    @Test
    void tiesAreBrokenAlphabetically() {
        assertEquals(Optional.of("abcd"), ClosestName.closest("abcx", List.of("abcz", "abcd")));
    }

    @Test
    void echoedInputIsCutToTwoHundredCharacters() {
        assertEquals("short", EchoedInput.shorten("short"));
        String longText = "1+".repeat(3000) + "1";
        String shown = EchoedInput.shorten(longText);
        assertTrue(shown.startsWith("1+1+"));
        assertTrue(shown.endsWith("... (6001 characters)"), shown);
        assertEquals(200 + "... (6001 characters)".length(), shown.length());
    }
}
