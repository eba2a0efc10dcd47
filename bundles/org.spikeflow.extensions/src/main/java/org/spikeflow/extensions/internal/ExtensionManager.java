package org.spikeflow.extensions.internal;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.internal.p2.garbagecollector.GarbageCollector;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.planner.ProfileInclusionRules;
import org.eclipse.equinox.p2.query.IQueryResult;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Installs, updates and removes extension features in the product's p2 profile. p2 does the work: the planner
 * resolves a feature and its dependencies against everything the product already has, the engine downloads the
 * artifacts (checking their checksums and signatures), installs them with the Eclipse touchpoint and rolls back on
 * failure; the garbage collector deletes jars no feature needs any more. A plan that does not resolve is never
 * performed, so nothing changes and p2's explanation is shown.
 */
@Component(service = ExtensionManager.class)
public final class ExtensionManager {

    /** IU profile property on a feature installed by {@code spikeflow install}: the site it came from. */
    static final String SITE_PROPERTY = "org.spikeflow.extension.site";

    /** p2's marker for an IU the user asked for (as opposed to one pulled in as a dependency). */
    private static final String ROOT_PROPERTY = "org.eclipse.equinox.p2.type.root";

    private static final String GROUP_SUFFIX = ".feature.group";

    @Reference
    private IProvisioningAgentProvider agentProvider;

    /** An installed feature: id without the ".feature.group" suffix, its site when installed by spikeflow. */
    public record InstalledFeature(String id, String version, String site) {
        boolean isExtension() {
            return site != null;
        }
    }

    /** A refusal or failure, with the message shown to the user and the exit code. */
    public static final class ExtensionException extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean badInput;

        ExtensionException(String message, boolean badInput) {
            super(message);
            this.badInput = badInput;
        }

        public boolean isBadInput() {
            return badInput;
        }
    }

    ProductProfile open(Path product, boolean forChanges, PrintStream err) throws ExtensionException {
        try {
            return ProductProfile.open(agentProvider, product, forChanges, forChanges ? new CommandLineTrust(err)
                    : null);
        } catch (ProvisionException | IllegalStateException e) {
            throw new ExtensionException(e.getMessage(), false);
        }
    }

    /** The features in the product: those of the product itself and the extensions, by id. */
    public List<InstalledFeature> installed(Path product) throws ExtensionException {
        try (ProductProfile profile = open(product, false, null)) {
            return features(profile.profile());
        }
    }

    private static List<InstalledFeature> features(IProfile profile) {
        List<InstalledFeature> features = new ArrayList<>();
        for (IInstallableUnit iu : profile.query(QueryUtil.createIUGroupQuery(), null).toUnmodifiableSet()) {
            if (!iu.getId().endsWith(GROUP_SUFFIX)) {
                continue; // the product's own group IU
            }
            features.add(new InstalledFeature(featureId(iu), iu.getVersion().toString(),
                    profile.getInstallableUnitProperty(iu, SITE_PROPERTY)));
        }
        features.sort(Comparator.comparing(InstalledFeature::id));
        return features;
    }

    static String featureId(IInstallableUnit group) {
        String id = group.getId();
        return id.endsWith(GROUP_SUFFIX) ? id.substring(0, id.length() - GROUP_SUFFIX.length()) : id;
    }

    /**
     * Installs features of a site (all its features when none are named).
     *
     * @return what was installed; empty when everything asked for was installed already
     */
    public List<String> install(Path product, String siteArgument, List<String> featureIds, PrintStream err)
            throws ExtensionException {
        URI site = site(siteArgument);
        try (ProductProfile profile = open(product, true, err)) {
            IMetadataRepository repository = load(profile, site);
            List<IInstallableUnit> wanted = new ArrayList<>();
            if (featureIds.isEmpty()) {
                wanted.addAll(latestGroups(repository).values());
                if (wanted.isEmpty()) {
                    throw new ExtensionException("update site " + UpdateSites.display(site)
                            + " has no features to install", true);
                }
            } else {
                Map<String, IInstallableUnit> available = latestGroups(repository);
                for (String id : featureIds) {
                    IInstallableUnit group = available.get(stripGroup(id));
                    if (group == null) {
                        throw new ExtensionException("feature '" + id + "' is not on update site "
                                + UpdateSites.display(site) + (available.isEmpty() ? " (it has no features)"
                                        : "; it has: " + String.join(", ", available.keySet())), true);
                    }
                    wanted.add(group);
                }
            }
            IProfile current = profile.profile();
            List<IInstallableUnit> missing = wanted.stream()
                    .filter(iu -> current.query(QueryUtil.createIUQuery(iu.getId(), iu.getVersion()), null)
                            .isEmpty())
                    .toList();
            if (missing.isEmpty()) {
                return List.of();
            }
            checked(profile.followMovedProduct(new NullProgressMonitor()), "cannot update the product's p2 profile");
            IPlanner planner = profile.service(IPlanner.class);
            IProfileChangeRequest request = planner.createChangeRequest(profile.profile());
            for (IInstallableUnit iu : missing) {
                addRoot(request, iu, site);
            }
            return perform(profile, request, new URI[] {site}, "cannot install from " + UpdateSites.display(site));
        }
    }

    /** Uninstalls an extension feature and deletes the jars nothing else needs. */
    public List<String> uninstall(Path product, String featureId, PrintStream err) throws ExtensionException {
        try (ProductProfile profile = open(product, true, err)) {
            IProfile current = profile.profile();
            Optional<IInstallableUnit> group = current.query(QueryUtil.createIUQuery(stripGroup(featureId)
                    + GROUP_SUFFIX), null).stream().findFirst();
            if (group.isEmpty()) {
                throw new ExtensionException("feature '" + featureId + "' is not installed"
                        + extensionList(features(current)), true);
            }
            if (current.getInstallableUnitProperty(group.get(), SITE_PROPERTY) == null) {
                throw new ExtensionException("feature '" + featureId + "' is part of the Spikeflow product, not an "
                        + "extension: it cannot be uninstalled" + extensionList(features(current)), true);
            }
            checked(profile.followMovedProduct(new NullProgressMonitor()), "cannot update the product's p2 profile");
            IProfileChangeRequest request = profile.service(IPlanner.class).createChangeRequest(profile.profile());
            request.remove(group.get());
            request.removeInstallableUnitProfileProperty(group.get(), SITE_PROPERTY);
            return perform(profile, request, new URI[0], "cannot uninstall '" + featureId + "'");
        }
    }

    /**
     * Updates every extension to the newest version on its own site, or on {@code siteArgument} when given.
     *
     * @return the updates done ("id old -> new"); empty when everything is up to date
     */
    public List<String> update(Path product, String siteArgument, PrintStream err) throws ExtensionException {
        URI forced = siteArgument == null ? null : site(siteArgument);
        try (ProductProfile profile = open(product, true, err)) {
            IProfile current = profile.profile();
            IProfileChangeRequest request = null;
            List<String> updates = new ArrayList<>();
            Set<URI> sites = new LinkedHashSet<>();
            Map<URI, IMetadataRepository> loaded = new LinkedHashMap<>();
            for (IInstallableUnit group : current.query(QueryUtil.createIUGroupQuery(), null)) {
                String recorded = current.getInstallableUnitProperty(group, SITE_PROPERTY);
                if (recorded == null) {
                    continue;
                }
                URI site = forced != null ? forced : URI.create(recorded);
                IMetadataRepository repository = loaded.get(site);
                if (repository == null) {
                    repository = load(profile, site);
                    loaded.put(site, repository);
                }
                IInstallableUnit newest = latestGroups(repository).get(featureId(group));
                if (newest == null || newest.getVersion().compareTo(group.getVersion()) <= 0) {
                    continue;
                }
                if (request == null) {
                    checked(profile.followMovedProduct(new NullProgressMonitor()),
                            "cannot update the product's p2 profile");
                    request = profile.service(IPlanner.class).createChangeRequest(profile.profile());
                }
                request.remove(group);
                addRoot(request, newest, site);
                sites.add(site);
                updates.add(featureId(group) + " " + group.getVersion() + " -> " + newest.getVersion());
            }
            if (request == null) {
                return List.of();
            }
            perform(profile, request, sites.toArray(new URI[0]), "cannot update");
            return updates;
        }
    }

    private static void addRoot(IProfileChangeRequest request, IInstallableUnit iu, URI site) {
        request.add(iu);
        request.setInstallableUnitProfileProperty(iu, ROOT_PROPERTY, Boolean.TRUE.toString());
        request.setInstallableUnitProfileProperty(iu, SITE_PROPERTY, site.toString());
        request.setInstallableUnitInclusionRules(iu, ProfileInclusionRules.createStrictInclusionRule(iu));
    }

    /** Plans the change; performs it only if it resolves; returns the installed and removed units for the report. */
    private List<String> perform(ProductProfile profile, IProfileChangeRequest request, URI[] sites, String failure)
            throws ExtensionException {
        ProvisioningContext context = new ProvisioningContext(profile.agent());
        context.setMetadataRepositories(sites);
        context.setArtifactRepositories(sites);
        NullProgressMonitor monitor = new NullProgressMonitor();
        IProvisioningPlan plan = profile.service(IPlanner.class).getProvisioningPlan(request, context, monitor);
        if (plan.getStatus().getSeverity() == IStatus.ERROR || plan.getStatus().getSeverity() == IStatus.CANCEL) {
            throw new ExtensionException(failure + ": " + StatusText.of(plan.getStatus())
                    + "; nothing was changed", false);
        }
        List<String> changes = new ArrayList<>();
        describe(plan.getAdditions().query(QueryUtil.createIUAnyQuery(), monitor), "+ ", changes);
        describe(plan.getRemovals().query(QueryUtil.createIUAnyQuery(), monitor), "- ", changes);
        IStatus result;
        try {
            result = profile.service(IEngine.class).perform(plan, PhaseSetFactory.createDefaultPhaseSet(), monitor);
        } finally {
            // Delete the jars no profile needs any more (removed ones, and downloads of a rolled-back install):
            // the launcher starts every jar in plugins/.
            GarbageCollector collector = profile.agent().getService(GarbageCollector.class);
            if (collector != null) {
                collector.runGC(profile.profile());
            }
        }
        if (result.getSeverity() == IStatus.ERROR || result.getSeverity() == IStatus.CANCEL) {
            throw new ExtensionException(failure + ": " + StatusText.of(result)
                    + "; p2 rolled the product back to its previous state", false);
        }
        return changes;
    }

    /** Features and bundles of a plan (the JRE and configuration units are p2's bookkeeping). */
    private static void describe(IQueryResult<IInstallableUnit> units, String prefix, List<String> out) {
        List<String> lines = new ArrayList<>();
        for (IInstallableUnit iu : units) {
            boolean bundle = iu.getArtifacts().stream().anyMatch(a -> a.getClassifier().equals("osgi.bundle"));
            if (iu.getId().endsWith(GROUP_SUFFIX)) {
                lines.add(prefix + "feature " + featureId(iu) + " " + iu.getVersion());
            } else if (bundle) {
                lines.add(prefix + "bundle  " + iu.getId() + " " + iu.getVersion());
            }
        }
        lines.sort(Comparator.naturalOrder());
        out.addAll(lines);
    }

    private static IMetadataRepository load(ProductProfile profile, URI site) throws ExtensionException {
        NullProgressMonitor monitor = new NullProgressMonitor();
        try {
            IMetadataRepository repository = profile.service(IMetadataRepositoryManager.class)
                    .loadRepository(site, monitor);
            profile.service(IArtifactRepositoryManager.class).loadRepository(site, monitor);
            return repository;
        } catch (ProvisionException e) {
            throw new ExtensionException("cannot read update site " + UpdateSites.display(site) + ": "
                    + StatusText.of(e.getStatus()), true);
        } finally {
            // Do not keep the site in the product's list of known repositories.
            profile.service(IMetadataRepositoryManager.class).removeRepository(site);
            profile.service(IArtifactRepositoryManager.class).removeRepository(site);
        }
    }

    /** The newest version of each feature on a site, by feature id. */
    private static Map<String, IInstallableUnit> latestGroups(IMetadataRepository repository) {
        Map<String, IInstallableUnit> groups = new java.util.TreeMap<>();
        for (IInstallableUnit iu : repository.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()),
                null)) {
            if (iu.getId().endsWith(GROUP_SUFFIX)) {
                groups.put(featureId(iu), iu);
            }
        }
        return groups;
    }

    private static String stripGroup(String id) {
        return id.endsWith(GROUP_SUFFIX) ? id.substring(0, id.length() - GROUP_SUFFIX.length()) : id;
    }

    private static String extensionList(List<InstalledFeature> features) {
        List<String> extensions = features.stream().filter(InstalledFeature::isExtension).map(InstalledFeature::id)
                .toList();
        return extensions.isEmpty() ? " (no extensions are installed)"
                : " (installed extensions: " + String.join(", ", extensions) + ")";
    }

    private static URI site(String argument) throws ExtensionException {
        try {
            return UpdateSites.toUri(argument);
        } catch (IllegalArgumentException e) {
            throw new ExtensionException(e.getMessage(), true);
        }
    }

    private static void checked(IStatus status, String failure) throws ExtensionException {
        if (!status.isOK() && status.getSeverity() >= IStatus.ERROR) {
            throw new ExtensionException(failure + ": " + StatusText.of(status), false);
        }
    }
}
