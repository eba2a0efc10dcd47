package org.spikeflow.core.tests.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.core.io.AtomicFiles;
import org.spikeflow.core.io.PathNotAllowedException;
import org.spikeflow.core.io.PathPolicy;

/** {@link PathPolicy}: what a workflow file may read and write, on the real file system. */
class PathPolicyTest {

    @TempDir
    Path temp;

    private Path workflowFolder;
    private Path outputFolder;
    private Path outside;
    private PathPolicy policy;

    @BeforeEach
    void folders() throws Exception {
        workflowFolder = Files.createDirectories(temp.resolve("shared-workflow"));
        outputFolder = Files.createDirectories(temp.resolve("results"));
        outside = Files.createDirectories(temp.resolve("home"));
        policy = new PathPolicy(workflowFolder, outputFolder, List.of());
    }

    @Test
    void relativePathsResolveInsideTheirRoots() throws Exception {
        assertEquals(outputFolder.resolve("output/run/table.csv"), policy.checkOutput("output/run/table.csv"));
        assertEquals(outputFolder.resolve("b.csv"), policy.checkOutput("a/../b.csv"), "a '..' that stays inside");
        assertEquals(workflowFolder.resolve("data/cells.csv"), policy.checkInput("data/cells.csv"));
        assertEquals(outputFolder.resolve("x.csv"), policy.checkOutput(outputFolder.resolve("x.csv").toString()),
                "an absolute path inside the output folder");
    }

    @Test
    void dotDotAndAbsolutePathsOutsideAreRefused() {
        PathNotAllowedException up = assertThrows(PathNotAllowedException.class,
                () -> policy.checkOutput("../home/.bashrc"));
        assertTrue(up.getMessage().contains("'../home/.bashrc'"), up.getMessage());
        assertTrue(up.getMessage().contains("outside the output folder " + outputFolder), up.getMessage());
        assertTrue(up.getMessage().contains("--allow-path"), up.getMessage());
        assertThrows(PathNotAllowedException.class, () -> policy.checkOutput(outside.resolve("x.csv").toString()));
        assertThrows(PathNotAllowedException.class, () -> policy.checkInput("../results/secret.csv"),
                "inputs come from the workflow's folder, not the output folder");
        PathNotAllowedException in = assertThrows(PathNotAllowedException.class,
                () -> policy.checkInput(outside.resolve("id_rsa").toString()));
        assertTrue(in.getMessage().contains("outside the workflow's folder"), in.getMessage());
    }

    @Test
    void aUserAllowedFolderLetsAbsolutePathsThrough() throws Exception {
        PathPolicy allowing = new PathPolicy(workflowFolder, outputFolder, List.of(outside));
        assertEquals(outside.resolve("plots/a.png"), allowing.checkOutput(outside.resolve("plots/a.png").toString()));
        assertEquals(outside.resolve("in.csv"), allowing.checkInput("../home/in.csv"));
        assertThrows(PathNotAllowedException.class, () -> allowing.checkOutput(temp.resolve("other.csv").toString()));
    }

    @Test
    void symbolicLinksLeadingOutsideAreRefused() throws Exception {
        Files.createSymbolicLink(outputFolder.resolve("link"), outside);
        PathNotAllowedException e = assertThrows(PathNotAllowedException.class,
                () -> policy.checkOutput("link/stolen.csv"));
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        Files.writeString(outside.resolve("target.csv"), "x");
        Files.createSymbolicLink(workflowFolder.resolve("data.csv"), outside.resolve("target.csv"));
        assertThrows(PathNotAllowedException.class, () -> policy.checkInput("data.csv"), "a linked file");
        Files.createDirectories(outputFolder.resolve("real"));
        Files.createSymbolicLink(outputFolder.resolve("inner"), outputFolder.resolve("real"));
        assertEquals(outputFolder.resolve("inner/a.csv"), policy.checkOutput("inner/a.csv"),
                "a link that stays inside");
    }

    @Test
    void systemFoldersAndSpecialFilesAreRefusedEvenWhenAllowed() throws Exception {
        PathPolicy everything = new PathPolicy(workflowFolder, outputFolder, List.of(Path.of("/")));
        for (String path : List.of("/proc/self/environ", "/sys/kernel/hostname", "/dev/zero", "/dev/stdin")) {
            PathNotAllowedException e = assertThrows(PathNotAllowedException.class, () -> everything.checkInput(path),
                    path);
            assertTrue(e.getMessage().contains(path), e.getMessage());
        }
        assertThrows(PathNotAllowedException.class, () -> everything.checkOutput("/dev/null"));
        Path fifo = workflowFolder.resolve("pipe.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo");
        PathNotAllowedException e = assertThrows(PathNotAllowedException.class, () -> policy.checkInput("pipe.csv"));
        assertTrue(e.getMessage().contains("special file"), e.getMessage());
    }

    @Test
    void aWriteProtectedFileIsNotReplaced() throws Exception {
        Path file = outputFolder.resolve("keep.csv");
        Files.writeString(file, "original");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertTrue(PathPolicy.isWriteProtected(file));
        PathNotAllowedException e = assertThrows(PathNotAllowedException.class, () -> policy.checkOutput("keep.csv"));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("no write permission"), e.getMessage());
        PathNotAllowedException write = assertThrows(PathNotAllowedException.class,
                () -> AtomicFiles.writeString(file, "replaced"));
        assertTrue(write.getMessage().contains(file.toString()), write.getMessage());
        assertEquals("original", Files.readString(file));
        try (var files = Files.list(outputFolder)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertFalse(PathPolicy.isWriteProtected(file));
        assertEquals(file, policy.checkOutput("keep.csv"));
    }

    @Test
    void aWorkspaceConfinesBoth() throws Exception {
        PathPolicy workspace = PathPolicy.confinedTo(workflowFolder);
        assertEquals(workflowFolder.resolve("a/b.csv"), workspace.checkOutput("a/b.csv"));
        assertThrows(PathNotAllowedException.class, () -> workspace.checkOutput("../results/b.csv"));
        assertEquals(workflowFolder, workspace.getOutputRoot());
        assertEquals(workflowFolder, workspace.getInputRoot());
    }

    @Test
    void kindsOfPathSettings() {
        assertEquals(PathPolicy.Kind.INPUT, PathPolicy.Kind.ofSetting("input").orElseThrow());
        assertEquals(PathPolicy.Kind.OUTPUT, PathPolicy.Kind.ofSetting("output").orElseThrow());
        assertTrue(PathPolicy.Kind.ofSetting("").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> PathPolicy.Kind.ofSetting("Output"));
    }
}
