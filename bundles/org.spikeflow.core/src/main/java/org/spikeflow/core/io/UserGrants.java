package org.spikeflow.core.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the user running a workflow allows beyond its defaults, given outside the workflow file (command line,
 * environment, a server's configuration) because a workflow file is untrusted input: extra folders nodes may read
 * and write ({@code --allow-path}), and service endpoints that may receive the user's credentials
 * ({@code --timegpt-url}). A workflow file can never add to these.
 *
 * @param allowedFolders folders inputs and outputs may use besides the workflow's and the output folder
 * @param endpoints service name → base URL the user named, e.g. {@value #TIMEGPT} → {@code https://my.host/}
 */
public record UserGrants(List<Path> allowedFolders, Map<String, String> endpoints) {
    /** The service name of the TimeGPT endpoint in {@link #endpoints()}. */
    public static final String TIMEGPT = "timegpt";

    /** Nothing beyond the defaults. */
    public static final UserGrants NONE = new UserGrants(List.of(), Map.of());

    public UserGrants {
        allowedFolders = allowedFolders.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        endpoints = Map.copyOf(endpoints);
    }

    /** The endpoint the user named for a service, if any. */
    public Optional<String> endpoint(String service) {
        String url = endpoints.get(service);
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.trim());
    }
}
