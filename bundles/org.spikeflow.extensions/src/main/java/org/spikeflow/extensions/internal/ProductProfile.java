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
 * The p2 profile of the Spikeflow product: the one Tycho's director wrote into {@code <product>/p2} when it
 * materialised the product ({@code DefaultProfile}, named in {@code configuration/config.ini}). Extensions are
 * installed into it, so p2 sees the product's bundles when it resolves an extension's dependencies, and its Eclipse
 * touchpoint puts the extension's jars into {@code <product>/plugins}, where the launcher picks them up.
 */
final class ProductProfile implements AutoCloseable {

    static final String CONFIG_INI = "configuration/config.ini";

    private final Path product;
    private final IProvisioningAgent agent;
    private final String profileId;

    private ProductProfile(Path product, IProvisioningAgent agent, String profileId) {
        this.product = product;
        this.agent = agent;
        this.profileId = profileId;
    }

    /**
     * Opens the product's p2 data area.
     *
     * @throws IllegalStateException with a user-facing message when the product has no p2 profile or (for changes)
     *         its folder is read-only
     */
    static ProductProfile open(IProvisioningAgentProvider provider, Path product, boolean forChanges,
            CommandLineTrust trust) throws ProvisionException {
        Path p2 = product.resolve("p2");
        String profileId = profileId(product);
        if (!Files.isDirectory(p2.resolve("org.eclipse.equinox.p2.engine/profileRegistry/" + profileId + ".profile"))) {
            throw new IllegalStateException("the product in " + product + " has no p2 profile '" + profileId
                    + "' (was it built with ./mvnw package?)");
        }
        if (forChanges && !(Files.isWritable(product) && Files.isWritable(product.resolve("plugins"))
                && Files.isWritable(p2))) {
            throw new IllegalStateException("the product folder " + product + " is read-only: run the command as "
                    + "the user who owns it, or copy the product to a folder you can write");
        }
        IProvisioningAgent agent = provider.createAgent(p2.toUri());
        agent.registerService(Transport.SERVICE_NAME, new JdkTransport());
        if (trust != null) {
            agent.registerService(UIServices.SERVICE_NAME, trust);
        }
        return new ProductProfile(product, agent, profileId);
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

    Path product() {
        return product;
    }

    IProfile profile() {
        IProfile profile = service(IProfileRegistry.class).getProfile(profileId);
        if (profile == null) {
            throw new IllegalStateException("p2 profile '" + profileId + "' not found in " + product.resolve("p2"));
        }
        return profile;
    }

    /**
     * The profile records the folders the build wrote it in; a copied or moved product must point p2's install
     * folder and bundle pool at where it is now before anything is installed, or p2 would write to the old place.
     */
    IStatus followMovedProduct(IProgressMonitor monitor) {
        IProfile profile = profile();
        String here = product.toString();
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
    }
}
