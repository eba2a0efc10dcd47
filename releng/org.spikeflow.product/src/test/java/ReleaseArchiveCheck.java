import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Checks one unpacked release archive (run by release-archives.sh as a single-file program, JDK only):
 * {@code java ReleaseArchiveCheck.java INSTALL_DIR OS ARCH}. INSTALL_DIR is the archive's top folder
 * (spikeflow-&lt;version&gt;/). Checks that the product holds Equinox, the launcher jars and every Spikeflow feature,
 * no SWT and no native Eclipse launcher, and exactly one PyTorch natives fragment, its own platform's: every jar of the
 * installation, nested jars included, is searched for PyTorch natives (DJL's native/lib/pytorch.properties,
 * pytorch/cpu/&lt;classifier&gt;/ and jnilib/&lt;classifier&gt;/) and each one found must be in that fragment and for
 * that platform. Prints one summary line; exits 1 with the list of problems otherwise.
 */
public final class ReleaseArchiveCheck {

    /** DJL's platform classifier per Eclipse os/arch. */
    private static final Map<String, String> CLASSIFIERS = Map.of(
            "linux/x86_64", "linux-x86_64",
            "linux/aarch64", "linux-aarch64",
            "macosx/aarch64", "osx-aarch64",
            "win32/x86_64", "win-x86_64");

    private static final List<String> FEATURES = List.of("platform", "neuro", "forecast", "plot", "dl", "ui",
            "extensions", "spark");

    private final List<String> problems = new ArrayList<>();
    /** jar path (nested as outer!inner) to the platform classifiers of the PyTorch natives found in it */
    private final Map<String, TreeSet<String>> natives = new TreeMap<>();

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java ReleaseArchiveCheck.java INSTALL_DIR OS ARCH");
            System.exit(2);
        }
        Path install = Path.of(args[0]);
        String os = args[1];
        String arch = args[2];
        ReleaseArchiveCheck check = new ReleaseArchiveCheck();
        String summary = check.check(install, os, arch);
        if (!check.problems.isEmpty()) {
            System.err.println("release archive " + os + "-" + arch + " (" + install + "):");
            check.problems.forEach(p -> System.err.println("  " + p));
            System.exit(1);
        }
        System.out.println(summary);
    }

    private String check(Path install, String os, String arch) throws IOException {
        String classifier = CLASSIFIERS.get(os + "/" + arch);
        if (classifier == null) {
            problems.add("no PyTorch natives are known for " + os + "/" + arch);
            return "";
        }
        Path plugins = install.resolve("plugins");
        List<String> pluginNames = list(plugins);
        List<String> featureNames = list(install.resolve("features"));

        expect(pluginNames.stream().anyMatch(n -> n.startsWith("org.eclipse.osgi_")),
                "no Equinox (org.eclipse.osgi) in plugins/");
        expect(Files.isRegularFile(install.resolve("org.spikeflow.launcher.jar")), "no org.spikeflow.launcher.jar");
        expect(Files.isRegularFile(install.resolve("org.eclipse.osgi.jar")), "no org.eclipse.osgi.jar");
        expect(Files.isDirectory(install.resolve("spark")), "no spark/ folder");
        expect(Files.isDirectory(install.resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry")),
                "no p2 profile (needed by spikeflow install)");
        for (String f : FEATURES) {
            String id = "org.spikeflow." + f + ".feature_";
            expect(featureNames.stream().anyMatch(n -> n.startsWith(id)), "feature " + id + "* missing");
        }
        for (String n : pluginNames) {
            expect(!n.startsWith("org.eclipse.swt"), "SWT in a headless product: " + n);
            expect(!n.startsWith("org.eclipse.equinox.launcher"), "native Eclipse launcher in the product: " + n);
        }
        String fragmentPrefix = "org.spikeflow.dl.natives.";
        String ownFragment = fragmentPrefix + os + "." + arch + "_";
        List<String> fragments = pluginNames.stream().filter(n -> n.startsWith(fragmentPrefix)).toList();
        expect(fragments.size() == 1 && fragments.get(0).startsWith(ownFragment),
                "expected exactly one natives fragment " + ownFragment + "*, found " + fragments);
        expect(pluginNames.stream().anyMatch(n -> n.startsWith("org.spikeflow.dl_")), "no org.spikeflow.dl bundle");

        try (Stream<Path> files = Files.walk(install)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".jar") && Files.isRegularFile(p)).toList()) {
                try (ZipFile zip = new ZipFile(p.toFile())) {
                    scan(install.relativize(p).toString(), zip);
                }
            }
        }
        boolean ownFound = false;
        for (Map.Entry<String, TreeSet<String>> e : natives.entrySet()) {
            boolean inFragment = e.getKey().startsWith("plugins/" + ownFragment);
            expect(inFragment, "PyTorch natives outside the platform's fragment: " + e.getKey() + " " + e.getValue());
            expect(e.getValue().equals(new TreeSet<>(List.of(classifier))),
                    "natives of another platform: " + e.getKey() + " " + e.getValue() + " (expected " + classifier
                            + ")");
            ownFound |= inFragment && e.getValue().contains(classifier);
        }
        expect(ownFound, "no " + classifier + " natives in " + ownFragment + "*");
        if (!fragments.isEmpty()) {
            checkFragment(plugins.resolve(fragments.get(0)), os, arch, classifier);
        }
        return os + "-" + arch + ": Equinox, launcher jars, " + FEATURES.size() + " features, " + pluginNames.size()
                + " plugins, no SWT; PyTorch natives " + classifier + " only, in " + fragments;
    }

    /** The fragment's manifest: attached to org.spikeflow.dl and filtered to its platform; the natives are complete. */
    private void checkFragment(Path jar, String os, String arch, String classifier) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry mf = zip.getEntry("META-INF/MANIFEST.MF");
            Manifest manifest = new Manifest(zip.getInputStream(mf));
            String host = manifest.getMainAttributes().getValue("Fragment-Host");
            String filter = manifest.getMainAttributes().getValue("Eclipse-PlatformFilter");
            expect(host != null && host.startsWith("org.spikeflow.dl;"),
                    jar.getFileName() + ": Fragment-Host is " + host);
            expect(filter != null && filter.replace(" ", "").equals("(&(osgi.os=" + os + ")(osgi.arch=" + arch + "))"),
                    jar.getFileName() + ": Eclipse-PlatformFilter is " + filter);
        }
        String names = String.join(" ", entryNames(jar));
        expect(names.contains("jnilib/" + classifier + "/cpu/"), "no DJL JNI library for " + classifier);
        expect(names.contains("pytorch/cpu/" + classifier + "/") && names.contains("torch_cpu."),
                "no libtorch_cpu for " + classifier);
    }

    private List<String> entryNames(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : zip.stream().toList()) {
                names.add(e.getName());
                if (e.getName().endsWith(".jar")) {
                    try (ZipInputStream in = new ZipInputStream(zip.getInputStream(e))) {
                        for (ZipEntry n; (n = in.getNextEntry()) != null;) {
                            names.add(e.getName() + "!" + n.getName());
                        }
                    }
                }
            }
        }
        return names;
    }

    private void scan(String path, ZipFile zip) throws IOException {
        for (ZipEntry e : zip.stream().toList()) {
            if (e.getName().endsWith(".jar")) {
                try (ZipInputStream in = new ZipInputStream(zip.getInputStream(e))) {
                    scanNested(path + "!" + e.getName(), in);
                }
            } else {
                record(path, e.getName(), () -> zip.getInputStream(e));
            }
        }
    }

    private void scanNested(String path, ZipInputStream in) throws IOException {
        for (ZipEntry e; (e = in.getNextEntry()) != null;) {
            record(path, e.getName(), () -> in);
        }
    }

    private interface Opener {
        InputStream open() throws IOException;
    }

    /** Notes PyTorch natives by DJL's layout: native/lib/pytorch.properties, pytorch/<flavor>/<cls>/, jnilib/<cls>/. */
    private void record(String jar, String name, Opener content) throws IOException {
        String found = null;
        if (name.equals("native/lib/pytorch.properties")) {
            Properties p = new Properties();
            p.load(content.open());
            found = p.getProperty("classifier", "?");
        } else if (name.startsWith("pytorch/") && name.split("/").length > 3) {
            found = name.split("/")[2];
        } else if (name.startsWith("jnilib/") && name.split("/").length > 2) {
            found = name.split("/")[1];
        }
        if (found != null) {
            natives.computeIfAbsent(jar, k -> new TreeSet<>()).add(found);
        }
    }

    private void expect(boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }

    private List<String> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            problems.add("no " + dir.getFileName() + "/ folder");
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
