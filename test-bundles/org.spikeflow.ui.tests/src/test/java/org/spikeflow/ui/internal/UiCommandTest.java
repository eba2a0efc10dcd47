package org.spikeflow.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.ui.internal.http.RequestGuard;

/** The command line of {@code spikeflow ui} and the token format. */
class UiCommandTest {
    @TempDir
    Path folder;

    @Test
    void aWorkflowFileOpensFirstAndItsFolderIsTheWorkspace() throws Exception {
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("sub/a.spikeflow.json"), "{}");
        UiCommand.Options options = UiCommand.parse(List.of(folder.resolve("sub/a.spikeflow.json").toString(),
                "--no-browser", "--port", "8123"));
        assertEquals(folder.resolve("sub").toRealPath(), options.workspace().toRealPath());
        assertEquals("a.spikeflow.json", options.initialWorkflow());
        assertEquals(8123, options.port());
        assertFalse(options.openBrowser());
    }

    @Test
    void aFolderIsTheWorkspaceAndWorkspaceOverridesIt() throws Exception {
        Files.createDirectories(folder.resolve("other"));
        Files.writeString(folder.resolve("other/b.spikeflow.json"), "{}");
        UiCommand.Options options = UiCommand.parse(List.of(folder.toString()));
        assertEquals(folder.toRealPath(), options.workspace().toRealPath());
        assertNull(options.initialWorkflow());
        assertEquals(0, options.port(), "a free port");
        assertTrue(options.openBrowser());
        UiCommand.Options nested = UiCommand.parse(List.of("--workspace=" + folder,
                folder.resolve("other/b.spikeflow.json").toString()));
        assertEquals("other/b.spikeflow.json", nested.initialWorkflow());
    }

    @Test
    void badCommandLinesSayWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UiCommand.parse(List.of("--port", "x")))
                .getMessage().contains("--port"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UiCommand.parse(List.of("--port", "70000")))
                .getMessage().contains("70000"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UiCommand.parse(List.of("--bogus")))
                .getMessage().contains("--bogus"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UiCommand.parse(List.of(
                folder.resolve("nope").toString()))).getMessage().contains("neither a folder nor a workflow"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UiCommand.parse(List.of("--workspace")))
                .getMessage().contains("needs a value"));
    }

    @Test
    void tokensAre32RandomBytesInBase64Url() {
        String token = RequestGuard.newToken();
        assertEquals(43, token.length());
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertFalse(token.equals(RequestGuard.newToken()));
    }
}
