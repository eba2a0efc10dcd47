/*
 * Copyright (c) 2026, The Spikeflow authors. BSD-3-Clause, see LICENSE.
 */
package org.spikeflow.launcher;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Where Spikeflow keeps per-user data, by each platform's conventions: the state folder (the OSGi storage area, kept
 * between runs), the cache folder (the extracted PyTorch natives) and the data folder (extensions installed per user
 * when the product folder is read-only). <ul> <li>{@code SPIKEFLOW_HOME} set, any platform:
 * {@code $SPIKEFLOW_HOME/state}, {@code $SPIKEFLOW_HOME} and {@code $SPIKEFLOW_HOME/data}.</li> <li>Linux and other
 * Unix (XDG Base Directory): {@code $XDG_STATE_HOME/spikeflow} (default {@code ~/.local/state/spikeflow}),
 * {@code $XDG_CACHE_HOME/spikeflow} (default {@code ~/.cache/spikeflow}) and {@code $XDG_DATA_HOME/spikeflow} (default
 * {@code ~/.local/share/spikeflow}); relative XDG paths are ignored, as the specification says.</li> <li>macOS:
 * {@code ~/Library/Application Support/Spikeflow} (state and data) and {@code ~/Library/Caches/Spikeflow}. </li>
 * <li>Windows: {@code %LOCALAPPDATA%\Spikeflow\state}, {@code %LOCALAPPDATA%\Spikeflow\cache} and
 * {@code %LOCALAPPDATA%\Spikeflow\data} (default {@code %USERPROFILE%\AppData\Local}).</li> </ul> Paths are returned as
 * text in the target platform's syntax, so every platform's rules can be checked anywhere.
 */
public final class PlatformFolders {

    /** The operating system families whose conventions differ. */
    public enum Os {
        LINUX, MACOS, WINDOWS;

        /** From the {@code os.name} system property; every Unix but macOS follows XDG. */
        public static Os of(String osName) {
            String name = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
            if (name.startsWith("windows")) {
                return WINDOWS;
            }
            if (name.startsWith("mac") || name.startsWith("darwin")) {
                return MACOS;
            }
            return LINUX;
        }
    }

    private final Os os;
    private final UnaryOperator<String> environment;
    private final String userHome;

    /**
     * @param environment
     *            environment variables by name (null when unset)
     * @param userHome
     *            the {@code user.home} folder
     */
    public PlatformFolders(Os os, UnaryOperator<String> environment, String userHome) {
        this.os = os;
        this.environment = environment;
        this.userHome = userHome;
    }

    /** The folders of the running JVM's platform and user. */
    public static PlatformFolders current() {
        return new PlatformFolders(Os.of(System.getProperty("os.name")), System::getenv,
                System.getProperty("user.home"));
    }

    /** The state folder: the OSGi storage areas live in it (one per install folder). */
    public String state() {
        String home = variable("SPIKEFLOW_HOME");
        if (home != null) {
            return join(home, "state");
        }
        switch (os) {
            case MACOS :
                return join(userHome, "Library", "Application Support", "Spikeflow");
            case WINDOWS :
                return join(localAppData(), "Spikeflow", "state");
            default :
                return join(xdg("XDG_STATE_HOME", ".local", "state"), "spikeflow");
        }
    }

    /** The cache folder: data that can be recreated, such as the extracted PyTorch natives. */
    public String cache() {
        String home = variable("SPIKEFLOW_HOME");
        if (home != null) {
            return home;
        }
        switch (os) {
            case MACOS :
                return join(userHome, "Library", "Caches", "Spikeflow");
            case WINDOWS :
                return join(localAppData(), "Spikeflow", "cache");
            default :
                return join(xdg("XDG_CACHE_HOME", ".cache"), "spikeflow");
        }
    }

    /** The data folder: files the user installed, such as extensions installed per user. */
    public String data() {
        String home = variable("SPIKEFLOW_HOME");
        if (home != null) {
            return join(home, "data");
        }
        switch (os) {
            case MACOS :
                return join(userHome, "Library", "Application Support", "Spikeflow");
            case WINDOWS :
                return join(localAppData(), "Spikeflow", "data");
            default :
                return join(xdg("XDG_DATA_HOME", ".local", "share"), "spikeflow");
        }
    }

    private String localAppData() {
        String local = variable("LOCALAPPDATA");
        if (local != null) {
            return local;
        }
        String profile = variable("USERPROFILE");
        return join(profile != null ? profile : userHome, "AppData", "Local");
    }

    /** An XDG base folder: the variable if it holds an absolute path, else its default under the home folder. */
    private String xdg(String name, String... defaultUnderHome) {
        String value = variable(name);
        if (value != null && value.startsWith("/")) {
            return value;
        }
        String[] parts = new String[defaultUnderHome.length + 1];
        parts[0] = userHome;
        System.arraycopy(defaultUnderHome, 0, parts, 1, defaultUnderHome.length);
        return join(parts);
    }

    private String variable(String name) {
        String value = environment.apply(name);
        return value == null || value.isBlank() ? null : value;
    }

    /** Joins with the platform's separator, without doubling one that ends the first part. */
    private String join(String... parts) {
        String separator = os == Os.WINDOWS ? "\\" : "/";
        StringBuilder path = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            boolean endsWithSeparator = path.length() > 0 && (path.charAt(path.length() - 1) == '/'
                    || os == Os.WINDOWS && path.charAt(path.length() - 1) == '\\');
            path.append(endsWithSeparator ? "" : separator).append(parts[i]);
        }
        return path.toString();
    }
}
