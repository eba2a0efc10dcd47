package org.spikeflow.extensions.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.equinox.internal.p2.repository.Transport;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.equinox.p2.engine.ProvisioningContext;

/**
 * A p2 profile extensions are installed into: the product's or the per-user one. <p> The product's is the one Tycho's
 * director wrote into {@code <product>/p2} when it materialised the product ({@code DefaultProfile}, named in
 * {@code configuration/config.ini}). Extensions are installed into it, so p2 sees the product's bundles when it
 * resolves an extension's dependencies, and its Eclipse touchpoint puts the extension's jars into
 * {@code <product>/plugins}, where the launcher picks them up. <p> When the product folder is read-only (or
 * {@code install --user} asks for it), extensions go to the per-user extension location the launcher names
 * ({@code spikeflow.userExtensions}: a folder per product install in the platform's data folder). It gets its own p2
 * data area, {@code <user>/p2}, whose profile starts as a copy of the product's profile (so the planner resolves
 * against exactly the product's units, which are installed already and are never downloaded again) with its install
 * folder and bundle pool moved to {@code <user>}: p2 then collects only the extension's artifacts, into
 * {@code <user>/plugins} and {@code <user>/features}, and its garbage collector sweeps only that pool. The launcher
 * starts the bundles of {@code <user>/plugins} with the product's.
 */
final class ProductProfile implements AutoCloseable {

    static final String CONFIG_INI = "configuration/config.ini";

    private static final String PROFILE_REGISTRY = "org.eclipse.equinox.p2.engine/profileRegistry/";

    private final Path installFolder;
    private final Path p2;
    private final IProvisioningAgent agent;
    private final String profileId;
    private final boolean user;
    /** A snapshot of a read-only product's p2 data area, deleted on close (null otherwise). */
    private final Path snapshot;

    private ProductProfile(Path installFolder, Path p2, IProvisioningAgent agent, String profileId, boolean user,
            Path snapshot) {
        this.installFolder = installFolder;
        this.p2 = p2;
        this.agent = agent;
        this.profileId = profileId;
        this.user = user;
        this.snapshot = snapshot;
    }

    /**
     * Opens the product's p2 data area.
     *
     * @throws IllegalStateException
     *             with a user-facing message when the product has no p2 profile or (for changes) its folder is
     *             read-only
     */
    static ProductProfile open(IProvisioningAgentProvider provider, Path product, boolean forChanges,
            CommandLineTrust trust) throws ProvisionException {
        Path p2 = product.resolve("p2");
        String profileId = profileId(product);
        if (!Files.isDirectory(p2.resolve(PROFILE_REGISTRY + profileId + ".profile"))) {
            throw new IllegalStateException("the product in " + product + " has no p2 profile '" + profileId
                    + "' (was it built with ./mvnw package?)");
        }
        if (forChanges && !isWritable(product)) {
            throw new IllegalStateException("the product folder " + product + " is read-only: run the command as "
                    + "the user who owns it, or copy the product to a folder you can write");
        }
        if (!forChanges && !isWritable(product)) {
            // p2 locks a profile even to read it, which a read-only folder does not allow: read a snapshot instead
            Path snapshot;
            try {
                snapshot = Files.createTempDirectory("spikeflow-p2-");
                copyNewestProfile(product, profileId, snapshot);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the p2 profile of the read-only product in " + product
                        + ": " + e, e);
            }
            return new ProductProfile(product, snapshot, agent(provider, snapshot, trust), profileId, false, snapshot);
        }
        return new ProductProfile(product, p2, agent(provider, p2, trust), profileId, false, null);
    }

    /** Copies the product's current profile (p2 names its snapshots by time stamp) into another p2 data area. */
    private static Path copyNewestProfile(Path product, String profileId, Path p2) throws IOException {
        Path productRegistry = product.resolve("p2").resolve(PROFILE_REGISTRY + profileId + ".profile");
        Path newest;
        try (java.util.stream.Stream<Path> files = Files.list(productRegistry)) {
            newest = files.filter(f -> f.getFileName().toString().matches("\\d+\\.profile\\.gz"))
                    .max(java.util.Comparator.comparing(f -> Long.parseLong(f.getFileName().toString()
                            .replace(".profile.gz", ""))))
                    .orElseThrow(() -> new IOException("no p2 profile '" + profileId + "' in " + productRegistry));
        }
        Path registry = p2.resolve(PROFILE_REGISTRY + profileId + ".profile");
        Files.createDirectories(registry);
        Files.copy(newest, registry.resolve(newest.getFileName()));
        return newest;
    }

    /** Whether extensions can be installed into the product folder itself. */
    static boolean isWritable(Path product) {
        return Files.isWritable(product) && Files.isWritable(product.resolve("plugins"))
                && Files.isWritable(product.resolve("p2"));
    }

    /** Whether the per-user location has a p2 profile (something was installed into it). */
    static boolean userProfileExists(Path product, Path user) {
        return user != null && Files.isDirectory(user.resolve("p2").resolve(PROFILE_REGISTRY + profileId(product)
                + ".profile"));
    }

    /**
     * Opens the per-user p2 data area of a product, creating it first (a copy of the product's newest profile) when
     * {@code create} is set and it does not exist yet.
     */
    static ProductProfile openUser(IProvisioningAgentProvider provider, Path product, Path user, boolean create,
            CommandLineTrust trust) throws ProvisionException {
        String profileId = profileId(product);
        Path p2 = user.resolve("p2");
        Path registry = p2.resolve(PROFILE_REGISTRY + profileId + ".profile");
        if (!Files.isDirectory(registry)) {
            if (!create) {
                throw new IllegalStateException("no extensions are installed for this user in " + user);
            }
            try {
                Path newest = copyNewestProfile(product, profileId, p2);
                Files.writeString(user.resolve("product.txt"), "Extensions installed for this user into the Spikeflow"
                        + " product in\n" + product + "\n(p2 profile copied from " + newest.getFileName() + ")\n");
            } catch (IOException e) {
                throw new IllegalStateException("cannot create the per-user extension location " + user + ": " + e,
                        e);
            }
        }
        if (!Files.isWritable(user) || !Files.isWritable(p2)) {
            throw new IllegalStateException("the per-user extension location " + user + " is read-only");
        }
        return new ProductProfile(user, p2, agent(provider, p2, trust), profileId, true, null);
    }

    private static IProvisioningAgent agent(IProvisioningAgentProvider provider, Path p2, CommandLineTrust trust)
            throws ProvisionException {
        IProvisioningAgent agent = provider.createAgent(p2.toUri());
        agent.registerService(Transport.SERVICE_NAME, new JdkTransport());
        if (trust != null) {
            agent.registerService(UIServices.SERVICE_NAME, trust);
        }
        return agent;
    }

    /** {@code eclipse.p2.profile} of config.ini, as the director wrote it. */
    private static String profileId(Path product) {
        Properties config = new Properties();
        try (InputStream in = Files.newInputStream(product.resolve(CONFIG_INI))) {
            config.load(in);
        } catch (IOException e) {
            // no config.ini: Tycho's default profile name
        }
        return config.getProperty("eclipse.p2.profile", "DefaultProfile");
    }

    IProvisioningAgent agent() {
        return agent;
    }

    <T> T service(Class<T> type) {
        T service = agent.getService(type);
        if (service == null) {
            throw new IllegalStateException("p2 service " + type.getSimpleName() + " is missing from the runtime");
        }
        return service;
    }

    /** The folder p2 installs into: the product folder, or the per-user extension location. */
    Path installFolder() {
        return installFolder;
    }

    /** Whether this is the per-user extension location. */
    boolean isUser() {
        return user;
    }

    IProfile profile() {
        IProfile profile = service(IProfileRegistry.class).getProfile(profileId);
        if (profile == null) {
            throw new IllegalStateException("p2 profile '" + profileId + "' not found in " + p2);
        }
        return profile;
    }

    /**
     * The profile records the folders the build wrote it in; a copied or moved product (and a per-user profile, copied
     * from the product's) must point p2's install folder and bundle pool at where it is now before anything is
     * installed, or p2 would write to the old place.
     */
    IStatus followMovedProduct(IProgressMonitor monitor) {
        IProfile profile = profile();
        String here = installFolder.toString();
        if (here.equals(profile.getProperty(IProfile.PROP_INSTALL_FOLDER))
                && here.equals(profile.getProperty(IProfile.PROP_CACHE))) {
            return org.eclipse.core.runtime.Status.OK_STATUS;
        }
        IEngine engine = service(IEngine.class);
        IProvisioningPlan plan = engine.createPlan(profile, new ProvisioningContext(agent));
        plan.setProfileProperty(IProfile.PROP_INSTALL_FOLDER, here);
        plan.setProfileProperty(IProfile.PROP_CACHE, here);
        return engine.perform(plan, PhaseSetFactory.createDefaultPhaseSet(), monitor);
    }

    @Override
    public void close() {
        agent.stop();
        if (snapshot != null) {
            try (java.util.stream.Stream<Path> paths = Files.walk(snapshot)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                // a temporary folder left behind
            }
        }
    }
}
