package org.spikeflow.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.batch.internal.SpikeflowApplication;

/**
 * {@code spikeflow completion bash|zsh} and {@code version}: the bash script is run by bash with the words a user
 * typed, as bash's programmable completion would call it.
 */
class CompletionTest {
    private static SpikeflowApplication application;

    @TempDir
    Path temp;

    @BeforeAll
    static void findApplication() throws Exception {
        application = ApplicationRunner.find("completion", "describe", "simulate", "run", "version", "schema");
    }

    private static Path repositoryRoot() {
        return Path.of(System.getProperty("spikeflow.test.basedir", "")).toAbsolutePath().resolve("../..").normalize();
    }

    /**
     * Sources the script in bash, sets COMP_WORDS to {@code words} (the last one is being completed) and returns
     * COMPREPLY. {@code ${COMP_WORDS[0]}} is a stub that answers {@code completion --variables} as the application
     * does.
     */
    private List<String> complete(String script, String... words) throws Exception {
        Path scriptFile = temp.resolve("completion.bash");
        Files.writeString(scriptFile, script);
        String line = String.join(" ", java.util.Arrays.stream(words).map(w -> "'" + w + "'").toList());
        Path driver = temp.resolve("driver.sh");
        Files.writeString(driver, "source '" + scriptFile + "'\nCOMP_WORDS=(" + line + ")\n"
                + "COMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n_spikeflow\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n");
        Process bash = new ProcessBuilder("bash", driver.toString()).directory(temp.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS), "bash finished");
        assertEquals(0, bash.exitValue(), "bash exit code");
        List<String> reply = new ArrayList<>(out.lines().filter(s -> !s.isEmpty()).toList());
        java.util.Collections.sort(reply);
        return reply;
    }

    @Test
    void bashCompletesCommandsOptionsNodesPresetsChoicesAndVariables() throws Exception {
        ApplicationRunner.Result generated = ApplicationRunner.run(application, "completion", "bash");
        assertEquals(0, generated.code(), generated.err());
        String script = generated.out();

        assertEquals(List.of("verify-run", "version"), complete(script, "spikeflow", "ver"));
        assertTrue(complete(script, "spikeflow", "").containsAll(List.of("completion", "describe", "run", "schema",
                "simulate", "version", "--version")));
        assertEquals(List.of("org.spikeflow.base.loop.countingstart"),
                complete(script, "spikeflow", "describe", "org.spikeflow.base.loop.cou"));
        List<String> seed = complete(script, "spikeflow", "simulate", "--preset", "seed/");
        assertEquals(12, seed.size(), "the seed's 12 types: " + seed);
        assertTrue(seed.contains("seed/RS") && seed.stream().allMatch(p -> p.startsWith("seed/")), seed.toString());
        assertEquals(List.of("2004/A-tonic-spiking"), complete(script, "spikeflow", "simulate", "--preset", "2004/A"));
        assertEquals(List.of("rk4"), complete(script, "spikeflow", "simulate", "--scheme", "r"));
        assertEquals(List.of("--output-dir"), complete(script, "spikeflow", "run", "x.spikeflow.json", "--out"));
        assertEquals(List.of("bash", "zsh"), complete(script, "spikeflow", "completion", ""));

        // --var: the variables of the workflow on the command line, from `spikeflow completion --variables FILE`
        Path flow = repositoryRoot().resolve("workflows/generative-loop.spikeflow.json");
        ApplicationRunner.Result variables = ApplicationRunner.run(application, "completion", "--variables",
                flow.toString());
        assertEquals(List.of("cycles", "maeThreshold", "noise", "realisation", "update"),
                variables.out().lines().sorted().toList());
        Path stub = temp.resolve("spikeflow-stub");
        Files.writeString(stub, "#!/bin/sh\n[ \"$1 $2 $3\" = 'completion --variables " + flow + "' ] && printf '"
                + variables.out().replace("\n", "\\n") + "'\n");
        Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwx------"));
        assertEquals(List.of("cycles=", "maeThreshold=", "noise=", "realisation=", "update="),
                complete(script, stub.toString(), "run", flow.toString(), "--var", ""));
        assertEquals(List.of("cycles="), complete(script, stub.toString(), "run", flow.toString(), "--var", "cy"));
    }

    @Test
    void zshScriptRegistersTheSameWords() {
        ApplicationRunner.Result generated = ApplicationRunner.run(application, "completion", "zsh");
        assertEquals(0, generated.code(), generated.err());
        String script = generated.out();
        assertTrue(script.startsWith("#compdef spikeflow\n"), "usable from $fpath");
        assertTrue(script.contains("compdef _spikeflow spikeflow ./spikeflow"), "and when sourced");
        assertTrue(script.contains("org.spikeflow.base.loop.countingstart"), "node ids");
        assertTrue(script.contains("2004/A-tonic-spiking"), "preset names");
        assertTrue(script.contains("completion --variables"), "workflow variables");
    }

    @Test
    void variablesOfAnUnreadableFileAreNoneAndBadArgumentsExitTwo() {
        ApplicationRunner.Result none = ApplicationRunner.run(application, "completion", "--variables",
                temp.resolve("missing.spikeflow.json").toString());
        assertEquals(0, none.code());
        assertEquals("", none.out());
        ApplicationRunner.Result fish = ApplicationRunner.run(application, "completion", "fish");
        assertEquals(2, fish.code());
        assertTrue(fish.err().contains("expected 'bash' or 'zsh'"), fish.err());
    }

    @Test
    void versionNamesSpikeflowJavaAndOs() {
        ApplicationRunner.Result version = ApplicationRunner.run(application, "--version");
        assertEquals(0, version.code(), version.err());
        assertTrue(version.out().startsWith("Spikeflow 0."), version.out());
        assertTrue(version.out().contains("Java      " + System.getProperty("java.version")), version.out());
        assertTrue(version.out().contains("(" + System.getProperty("os.arch") + ")"), version.out());
        assertEquals(version.out(), ApplicationRunner.run(application, "version").out());
        assertTrue(ApplicationRunner.run(application, "version", "--bundles").out().contains("org.spikeflow.batch "));
        assertEquals(2, ApplicationRunner.run(application, "version", "--verbose").code());
    }

    @Test
    void anUnknownCommandSuggestsTheClosest() {
        ApplicationRunner.Result typo = ApplicationRunner.run(application, "scehma");
        assertEquals(2, typo.code());
        assertTrue(typo.err().startsWith("spikeflow: unknown command 'scehma'; did you mean 'schema'?"), typo.err());
        ApplicationRunner.Result far = ApplicationRunner.run(application, "xyzzy");
        assertTrue(far.err().startsWith("spikeflow: unknown command 'xyzzy'\n"), far.err());
    }
}
