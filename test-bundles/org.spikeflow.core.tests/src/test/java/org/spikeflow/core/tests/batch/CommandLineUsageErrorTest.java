package org.spikeflow.core.tests.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.spikeflow.core.batch.BatchExitCodes;
import org.spikeflow.core.batch.CommandLine;

class CommandLineUsageErrorTest {

    @Test
    void namesTheCommandAndWhereItsUsageIsAndAsksForExitCodeTwo() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        int code = CommandLine.usageError(err, "presets", "unknown argument '--bogus'");

        assertEquals(2, code);
        assertEquals(BatchExitCodes.BAD_COMMAND_LINE, code);
        assertEquals("spikeflow presets: unknown argument '--bogus'" + System.lineSeparator()
                + "Run 'spikeflow help presets' for usage." + System.lineSeparator(),
                bytes.toString(StandardCharsets.UTF_8));
    }
}
