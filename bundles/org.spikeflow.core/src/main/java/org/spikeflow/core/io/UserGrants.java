package org.spikeflow.core.io;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the user running a workflow allows beyond its defaults, given outside the workflow file (command line,
 * environment, a server's configuration) because a workflow file is untrusted input: extra folders nodes may read and
 * write ({@code --allow-path DIR}), cluster storage they may read and write ({@code --allow-path
 * hdfs://…}), and service endpoints that may receive the user's credentials or work ({@code --timegpt-url},
 * {@code --spark-master}). A workflow file can never add to these.
 *
 * @param allowedFolders
 *            folders inputs and outputs may use besides the workflow's and the output folder
 * @param endpoints
 *            service name → base URL the user named, e.g. {@value #TIMEGPT} → {@code https://my.host/}
 * @param allowedLocations
 *            cluster-storage locations (absolute URIs other than {@code file:}, such as {@code hdfs://namenode/data/}
 *            or {@code s3a://bucket/runs/}) under which inputs and outputs may lie
 */
public record UserGrants(List<Path> allowedFolders, Map<String, String> endpoints, List<URI> allowedLocations) {
    /** The service name of the TimeGPT endpoint in {@link #endpoints()}. */
    public static final String TIMEGPT = "timegpt";

    /** The service name of a Spark master outside this machine in {@link #endpoints()}. */
    public static final String SPARK_MASTER = "spark-master";

    /** Nothing beyond the defaults. */
    public static final UserGrants NONE = new UserGrants(List.of(), Map.of(), List.of());

    public UserGrants {
        allowedFolders = allowedFolders.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        endpoints = Map.copyOf(endpoints);
        allowedLocations = List.copyOf(allowedLocations);
    }

    /** Folders and endpoints only, no cluster storage. */
    public UserGrants(List<Path> allowedFolders, Map<String, String> endpoints) {
        this(allowedFolders, endpoints, List.of());
    }

    /** The endpoint the user named for a service, if any. */
    public Optional<String> endpoint(String service) {
        String url = endpoints.get(service);
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.trim());
    }
}
