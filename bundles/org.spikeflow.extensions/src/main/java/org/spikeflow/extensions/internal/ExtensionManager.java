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
 * Installs, updates and removes extension features in the product's p2 profile. p2 does the work: the planner resolves
 * a feature and its dependencies against everything the product already has, the engine downloads the artifacts
 * (checking their checksums and signatures), installs them with the Eclipse touchpoint and rolls back on failure; the
 * garbage collector deletes jars no feature needs any more. A plan that does not resolve is never performed, so nothing
 * changes and p2's explanation is shown.
 */
@Component(service = ExtensionManager.class)
public final class ExtensionManager {

    /** IU profile property on a feature installed by {@code spikeflow install}: the site it came from. */
    static final String SITE_PROPERTY = "org.spikeflow.extension.site";

    /**
     * IU profile property on a feature installed into the per-user location ({@code "user"}); the per-user profile also
     * holds the product's features (and extensions installed into the product before it was created), without.
     */
    static final String LOCATION_PROPERTY = "org.spikeflow.extension.location";

    /** p2's marker for an IU the user asked for (as opposed to one pulled in as a dependency). */
    private static final String ROOT_PROPERTY = "org.eclipse.equinox.p2.type.root";

    private static final String GROUP_SUFFIX = ".feature.group";

    @Reference
    private IProvisioningAgentProvider agentProvider;

    /**
     * An installed feature: id without the ".feature.group" suffix, its site when installed by spikeflow, and whether
     * it is in the per-user location.
     */
    public record InstalledFeature(String id, String version, String site, boolean user) {
        boolean isExtension() {
            return site != null;
        }
    }

    /**
     * The two places extensions live: the product folder and the per-user extension location the launcher names (null
     * when Spikeflow was not started by its launcher).
     */
    public record Locations(Path product, Path user) {
    }

    /** What a change did, and where. */
    public record Changes(List<String> lines, Path folder) {
        boolean isEmpty() {
            return lines.isEmpty();
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
            return ProductProfile.open(agentProvider, product, forChanges, forChanges
                    ? new CommandLineTrust(err)
                    : null);
        } catch (ProvisionException | IllegalStateException e) {
            throw new ExtensionException(e.getMessage(), false);
        }
    }

    /** The per-user profile (created when {@code create} is set); checked against the product it was copied from. */
    ProductProfile openUser(Locations locations, boolean create, PrintStream err) throws ExtensionException {
        if (locations.user() == null) {
            throw new ExtensionException("no per-user extension location is set (spikeflow.userExtensions): start "
                    + "Spikeflow with ./spikeflow", false);
        }
        ProductProfile user;
        try {
            user = ProductProfile.openUser(agentProvider, locations.product(), locations.user(), create,
                    err == null ? null : new CommandLineTrust(err));
        } catch (ProvisionException | IllegalStateException e) {
            throw new ExtensionException(e.getMessage(), false);
        }
        try (ProductProfile product = open(locations.product(), false, null)) {
            // The per-user profile is a copy of the product's: every product feature it holds must still be in the
            // product, with the same version, or the product was replaced by another build since.
            IProfile base = product.profile();
            IProfile mine = user.profile();
            for (IInstallableUnit group : mine.query(QueryUtil.createIUGroupQuery(), null)) {
                if (isUserInstalled(mine, group)) {
                    continue;
                }
                if (base.query(QueryUtil.createIUQuery(group.getId(), group.getVersion()), null).isEmpty()) {
                    user.close();
                    throw new ExtensionException("the per-user extensions in " + locations.user() + " were installed "
                            + "for another build of the product in " + locations.product() + " (it no longer has "
                            + featureId(group) + " " + group.getVersion() + "): delete that folder and install the "
                            + "extensions again", false);
                }
            }
        } catch (ExtensionException | RuntimeException e) {
            user.close();
            throw e;
        }
        return user;
    }

    private static boolean isUserInstalled(IProfile profile, IInstallableUnit iu) {
        return "user".equals(profile.getInstallableUnitProperty(iu, LOCATION_PROPERTY));
    }

    private static boolean hasUserProfile(Locations locations) {
        return ProductProfile.userProfileExists(locations.product(), locations.user());
    }

    /** The features in the product (the product's own and its extensions) and the extensions of this user, by id. */
    public List<InstalledFeature> installed(Locations locations) throws ExtensionException {
        List<InstalledFeature> features;
        try (ProductProfile profile = open(locations.product(), false, null)) {
            features = features(profile.profile(), false);
        }
        if (hasUserProfile(locations)) {
            try (ProductProfile user = openUser(locations, false, null)) {
                features.addAll(features(user.profile(), true));
            }
        }
        features.sort(Comparator.comparing(InstalledFeature::id));
        return features;
    }

    /** The product's features, or (for the per-user profile) the features installed for this user. */
    private static List<InstalledFeature> features(IProfile profile, boolean user) {
        List<InstalledFeature> features = new ArrayList<>();
        for (IInstallableUnit iu : profile.query(QueryUtil.createIUGroupQuery(), null).toUnmodifiableSet()) {
            if (!iu.getId().endsWith(GROUP_SUFFIX) || user != isUserInstalled(profile, iu)) {
                continue; // the product's own group IU, or a product feature in the per-user copy
            }
            features.add(new InstalledFeature(featureId(iu), iu.getVersion().toString(),
                    profile.getInstallableUnitProperty(iu, SITE_PROPERTY), user));
        }
        features.sort(Comparator.comparing(InstalledFeature::id));
        return features;
    }

    static String featureId(IInstallableUnit group) {
        String id = group.getId();
        return id.endsWith(GROUP_SUFFIX) ? id.substring(0, id.length() - GROUP_SUFFIX.length()) : id;
    }

    /**
     * Installs features of a site (all its features when none are named) into the product, or into the per-user
     * location when the product folder is read-only or {@code forUser} is set.
     *
     * @return what was installed and where; empty when everything asked for was installed already (in either place)
     */
    public Changes install(Locations locations, boolean forUser, String siteArgument, List<String> featureIds,
            PrintStream err) throws ExtensionException {
        URI site = site(siteArgument);
        boolean user = forUser || !ProductProfile.isWritable(locations.product());
        List<IInstallableUnit> missing;
        try (ProductProfile product = open(locations.product(), false, err)) {
            missing = notIn(product.profile(), wanted(load(product, site), site, featureIds));
        }
        if (!missing.isEmpty() && hasUserProfile(locations)) {
            try (ProductProfile profile = openUser(locations, false, null)) {
                missing = notIn(profile.profile(), missing);
            }
        }
        if (missing.isEmpty()) {
            return new Changes(List.of(), locations.product());
        }
        if (!user) {
            try (ProductProfile product = open(locations.product(), true, err)) {
                return installInto(product, missing, site);
            }
        }
        boolean existed = hasUserProfile(locations);
        try (ProductProfile profile = openUser(locations, true, err)) {
            return installInto(profile, missing, site);
        } catch (ExtensionException e) {
            if (!existed) {
                deleteQuietly(locations.user()); // nothing was installed: leave no empty per-user location behind
            }
            throw e;
        }
    }

    private static List<IInstallableUnit> wanted(IMetadataRepository repository, URI site, List<String> featureIds)
            throws ExtensionException {
        List<IInstallableUnit> wanted = new ArrayList<>();
        Map<String, IInstallableUnit> available = latestGroups(repository);
        if (featureIds.isEmpty()) {
            wanted.addAll(available.values());
            if (wanted.isEmpty()) {
                throw new ExtensionException("update site " + UpdateSites.display(site)
                        + " has no features to install", true);
            }
            return wanted;
        }
        for (String id : featureIds) {
            IInstallableUnit group = available.get(stripGroup(id));
            if (group == null) {
                throw new ExtensionException("feature '" + id + "' is not on update site "
                        + UpdateSites.display(site) + (available.isEmpty()
                                ? " (it has no features)"
                                : "; it has: " + String.join(", ", available.keySet())),
                        true);
            }
            wanted.add(group);
        }
        return wanted;
    }

    private static List<IInstallableUnit> notIn(IProfile profile, List<IInstallableUnit> units) {
        return units.stream()
                .filter(iu -> profile.query(QueryUtil.createIUQuery(iu.getId(), iu.getVersion()), null).isEmpty())
                .toList();
    }

    private Changes installInto(ProductProfile profile, List<IInstallableUnit> missing, URI site)
            throws ExtensionException {
        checked(profile.followMovedProduct(new NullProgressMonitor()), "cannot update the p2 profile in "
                + profile.installFolder());
        IPlanner planner = profile.service(IPlanner.class);
        IProfileChangeRequest request = planner.createChangeRequest(profile.profile());
        for (IInstallableUnit iu : missing) {
            addRoot(request, iu, site, profile.isUser());
        }
        return new Changes(perform(profile, request, new URI[] {site}, "cannot install from "
                + UpdateSites.display(site)), profile.installFolder());
    }

    /** Uninstalls an extension feature (this user's, else the product's) and deletes the jars nothing else needs. */
    public Changes uninstall(Locations locations, String featureId, PrintStream err) throws ExtensionException {
        String groupId = stripGroup(featureId) + GROUP_SUFFIX;
        if (hasUserProfile(locations)) {
            try (ProductProfile profile = openUser(locations, false, err)) {
                IProfile current = profile.profile();
                Optional<IInstallableUnit> group = current.query(QueryUtil.createIUQuery(groupId), null).stream()
                        .filter(iu -> isUserInstalled(current, iu)).findFirst();
                if (group.isPresent()) {
                    return new Changes(uninstall(profile, group.get(), featureId), profile.installFolder());
                }
            }
        }
        List<InstalledFeature> extensions = installed(locations);
        try (ProductProfile check = open(locations.product(), false, err)) {
            IProfile current = check.profile();
            Optional<IInstallableUnit> group = current.query(QueryUtil.createIUQuery(groupId), null).stream()
                    .findFirst();
            if (group.isEmpty()) {
                throw new ExtensionException("feature '" + featureId + "' is not installed"
                        + extensionList(extensions), true);
            }
            if (current.getInstallableUnitProperty(group.get(), SITE_PROPERTY) == null) {
                throw new ExtensionException("feature '" + featureId + "' is part of the Spikeflow product, not an "
                        + "extension: it cannot be uninstalled" + extensionList(extensions), true);
            }
        }
        try (ProductProfile profile = open(locations.product(), true, err)) {
            IInstallableUnit group = profile.profile().query(QueryUtil.createIUQuery(groupId), null).iterator()
                    .next();
            return new Changes(uninstall(profile, group, featureId), profile.installFolder());
        }
    }

    private List<String> uninstall(ProductProfile profile, IInstallableUnit group, String featureId)
            throws ExtensionException {
        checked(profile.followMovedProduct(new NullProgressMonitor()), "cannot update the p2 profile in "
                + profile.installFolder());
        IProfileChangeRequest request = profile.service(IPlanner.class).createChangeRequest(profile.profile());
        request.remove(group);
        request.removeInstallableUnitProfileProperty(group, SITE_PROPERTY);
        request.removeInstallableUnitProfileProperty(group, LOCATION_PROPERTY);
        return perform(profile, request, new URI[0], "cannot uninstall '" + featureId + "'");
    }

    /**
     * Updates every extension (the product's and this user's) to the newest version on its own site, or on
     * {@code siteArgument} when given.
     *
     * @return the updates done ("id old -> new"); empty when everything is up to date
     */
    public List<String> update(Locations locations, String siteArgument, PrintStream err)
            throws ExtensionException {
        URI forced = siteArgument == null ? null : site(siteArgument);
        List<String> updates = new ArrayList<>();
        boolean productHasExtensions;
        try (ProductProfile profile = open(locations.product(), false, err)) {
            productHasExtensions = features(profile.profile(), false).stream().anyMatch(InstalledFeature::isExtension);
        }
        if (productHasExtensions && !ProductProfile.isWritable(locations.product())) {
            err.println("note: the product folder " + locations.product() + " is read-only: the extensions installed "
                    + "into it are not updated (run update as the user who owns it)");
        } else if (productHasExtensions) {
            try (ProductProfile profile = open(locations.product(), true, err)) {
                updates.addAll(update(profile, forced));
            }
        }
        if (hasUserProfile(locations)) {
            try (ProductProfile profile = openUser(locations, false, err)) {
                updates.addAll(update(profile, forced));
            }
        }
        return updates;
    }

    private List<String> update(ProductProfile profile, URI forced) throws ExtensionException {
        IProfile current = profile.profile();
        IProfileChangeRequest request = null;
        List<String> updates = new ArrayList<>();
        Set<URI> sites = new LinkedHashSet<>();
        Map<URI, IMetadataRepository> loaded = new LinkedHashMap<>();
        for (IInstallableUnit group : current.query(QueryUtil.createIUGroupQuery(), null)) {
            String recorded = current.getInstallableUnitProperty(group, SITE_PROPERTY);
            if (recorded == null || profile.isUser() != isUserInstalled(current, group)) {
                continue; // a product feature, or (in the per-user copy) an extension of the product
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
                checked(profile.followMovedProduct(new NullProgressMonitor()), "cannot update the p2 profile in "
                        + profile.installFolder());
                request = profile.service(IPlanner.class).createChangeRequest(profile.profile());
            }
            request.remove(group);
            addRoot(request, newest, site, profile.isUser());
            sites.add(site);
            updates.add(featureId(group) + " " + group.getVersion() + " -> " + newest.getVersion()
                    + (profile.isUser() ? " (for this user)" : ""));
        }
        if (request == null) {
            return List.of();
        }
        perform(profile, request, sites.toArray(new URI[0]), "cannot update");
        return updates;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null || !java.nio.file.Files.isDirectory(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = java.nio.file.Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(path);
            }
        } catch (java.io.IOException e) {
            // an empty per-user location left behind costs nothing
        }
    }

    private static void addRoot(IProfileChangeRequest request, IInstallableUnit iu, URI site, boolean user) {
        request.add(iu);
        request.setInstallableUnitProfileProperty(iu, ROOT_PROPERTY, Boolean.TRUE.toString());
        request.setInstallableUnitProfileProperty(iu, SITE_PROPERTY, site.toString());
        if (user) {
            request.setInstallableUnitProfileProperty(iu, LOCATION_PROPERTY, "user");
        }
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
        return extensions.isEmpty()
                ? " (no extensions are installed)"
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
