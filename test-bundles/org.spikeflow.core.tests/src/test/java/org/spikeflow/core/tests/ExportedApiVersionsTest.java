package org.spikeflow.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The API contract of every Spikeflow bundle, checked on the sources: each package a bundle's manifest exports has a
 * {@code package-info.java} whose {@code @Version} equals the manifest's export version (so the semantic-versioning
 * tools, Tycho's baseline check included, see the same number as the OSGi resolver), and every interface declared in an
 * exported package says who implements it ({@code @ProviderType} or {@code @ConsumerType}), which decides whether
 * adding a method is a minor or a major change.
 */
class ExportedApiVersionsTest {

    private static final Pattern VERSION = Pattern.compile(
            "@(?:org\\.osgi\\.annotation\\.versioning\\.)?Version\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern INTERFACE = Pattern.compile(
            "^[ \\t]*(?:(?:public|protected|private|static|sealed|non-sealed)\\s+)*interface\\s+(\\w+)",
            Pattern.MULTILINE);
    private static final Pattern ROLE = Pattern.compile(
            "@(?:org\\.osgi\\.annotation\\.versioning\\.)?(?:ProviderType|ConsumerType)\\b");

    /** An exported package and its manifest version. */
    record Export(String bundle, String name, String version) {
    }

    @Test
    void everyExportedPackageHasPackageInfoWithTheManifestVersion() throws IOException {
        List<Export> exports = exports();
        assertTrue(exports.size() >= 20, "expected the exports of core, engine and the science bundles, found "
                + exports);
        List<String> problems = new ArrayList<>();
        for (Export export : exports) {
            Path info = sourceFolder(export).resolve("package-info.java");
            if (!Files.isRegularFile(info)) {
                problems.add(export.bundle() + ": exported package " + export.name() + " has no package-info.java");
                continue;
            }
            Matcher version = VERSION.matcher(Files.readString(info));
            if (!version.find()) {
                problems.add(info + ": no @Version (the manifest exports " + export.version() + ")");
            } else if (!version.group(1).equals(export.version())) {
                problems.add(info + ": @Version(\"" + version.group(1) + "\") but the manifest exports "
                        + export.name() + ";version=\"" + export.version() + "\"");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyInterfaceOfAnExportedPackageSaysWhoImplementsIt() throws IOException {
        List<String> problems = new ArrayList<>();
        int interfaces = 0;
        for (Export export : exports()) {
            List<Path> sources;
            try (Stream<Path> files = Files.list(sourceFolder(export))) {
                sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
            }
            for (Path source : sources) {
                String text = Files.readString(source);
                Matcher declaration = INTERFACE.matcher(text);
                while (declaration.find()) {
                    interfaces++;
                    if (!ROLE.matcher(annotationsBefore(text, declaration.start())).find()) {
                        problems.add(export.name() + "." + declaration.group(1) + " (" + source.getFileName()
                                + ") has neither @ProviderType nor @ConsumerType");
                    }
                }
            }
        }
        assertTrue(interfaces >= 25, "found only " + interfaces + " interfaces: is the source scan broken?");
        assertEquals(List.of(), problems);
    }

    @Test
    void theScanRecognisesVersionsAndUnannotatedInterfaces() {
        // the pattern the first test relies on, on a package-info that disagrees with its manifest
        Matcher version = VERSION.matcher("@org.osgi.annotation.versioning.Version(\"0.2.0\")\npackage a.b;");
        assertTrue(version.find());
        assertEquals("0.2.0", version.group(1));
        String text = "/** doc */\n@Deprecated\npublic interface A {\n}\n";
        Matcher declaration = INTERFACE.matcher(text);
        assertTrue(declaration.find());
        assertTrue(!ROLE.matcher(annotationsBefore(text, declaration.start())).find());
    }

    /** The lines directly above a declaration that are annotations (javadoc and blank lines end the block). */
    private static String annotationsBefore(String text, int declarationStart) {
        String[] lines = text.substring(0, declarationStart).split("\n", -1);
        StringBuilder annotations = new StringBuilder();
        for (int i = lines.length - 2; i >= 0; i--) { // the last element is the declaration's own indentation
            String line = lines[i].trim();
            if (!line.startsWith("@")) {
                break;
            }
            annotations.append(line).append('\n');
        }
        return annotations.toString();
    }

    private static List<Export> exports() throws IOException {
        Path bundles = repository().resolve("bundles");
        List<Path> manifests;
        try (Stream<Path> folders = Files.list(bundles)) {
            manifests = folders.map(f -> f.resolve("META-INF/MANIFEST.MF")).filter(Files::isRegularFile).sorted()
                    .toList();
        }
        List<Export> exports = new ArrayList<>();
        for (Path manifest : manifests) {
            String header;
            try (InputStream in = Files.newInputStream(manifest)) {
                header = new Manifest(in).getMainAttributes().getValue("Export-Package");
            }
            if (header == null) {
                continue;
            }
            String bundle = manifest.getParent().getParent().getFileName().toString();
            for (String clause : splitOutsideQuotes(header)) {
                String[] parts = clause.split(";");
                String version = "0.0.0";
                for (String part : parts) {
                    Matcher m = Pattern.compile("^\\s*version\\s*=\\s*\"?([^\"]+)\"?\\s*$").matcher(part);
                    if (m.matches()) {
                        version = m.group(1);
                    }
                }
                exports.add(new Export(bundle, parts[0].trim(), version));
            }
        }
        return exports;
    }

    private static List<String> splitOutsideQuotes(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            clauses.add(current.toString().trim());
        }
        return clauses;
    }

    private static Path sourceFolder(Export export) {
        return repository().resolve("bundles").resolve(export.bundle()).resolve("src/main/java")
                .resolve(export.name().replace('.', '/'));
    }

    private static Path repository() {
        String base = System.getProperty("spikeflow.test.basedir");
        Path bundle = base != null ? Path.of(base) : Path.of("").toAbsolutePath();
        return bundle.resolve("../..").normalize();
    }
}
