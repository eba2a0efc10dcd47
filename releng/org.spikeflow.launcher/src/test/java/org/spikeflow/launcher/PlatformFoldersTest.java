/*
 * Copyright (c) 2026, The Spikeflow authors. BSD-3-Clause, see LICENSE.
 */
package org.spikeflow.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spikeflow.launcher.PlatformFolders.Os;

/**
 * Each platform's rules, checked on any platform: XDG Base Directory Specification 0.8 (Linux), Apple's File System
 * Programming Guide (macOS: Application Support, Caches), Windows' Known Folders (LocalAppData).
 */
class PlatformFoldersTest {

    private static PlatformFolders folders(Os os, String home, Map<String, String> environment) {
        return new PlatformFolders(os, environment::get, home);
    }

    @Test
    void osNamesAsJavaReportsThem() {
        assertEquals(Os.LINUX, Os.of("Linux"));
        assertEquals(Os.LINUX, Os.of("FreeBSD"));
        assertEquals(Os.MACOS, Os.of("Mac OS X"));
        assertEquals(Os.WINDOWS, Os.of("Windows 11"));
        assertEquals(Os.WINDOWS, Os.of("Windows Server 2022"));
    }

    @Test
    void linuxFollowsXdgWithItsDefaults() {
        PlatformFolders plain = folders(Os.LINUX, "/home/ada", Map.of());
        assertEquals("/home/ada/.local/state/spikeflow", plain.state());
        assertEquals("/home/ada/.cache/spikeflow", plain.cache());
        assertEquals("/home/ada/.local/share/spikeflow", plain.data());

        PlatformFolders custom = folders(Os.LINUX, "/home/ada", Map.of("XDG_STATE_HOME", "/data/state",
                "XDG_CACHE_HOME", "/scratch/cache/", "XDG_DATA_HOME", "/data/share"));
        assertEquals("/data/state/spikeflow", custom.state());
        assertEquals("/scratch/cache/spikeflow", custom.cache());
        assertEquals("/data/share/spikeflow", custom.data());
    }

    @Test
    void linuxIgnoresRelativeOrEmptyXdgPaths() {
        PlatformFolders relative = folders(Os.LINUX, "/home/ada", Map.of("XDG_STATE_HOME", "state",
                "XDG_CACHE_HOME", ""));
        assertEquals("/home/ada/.local/state/spikeflow", relative.state());
        assertEquals("/home/ada/.cache/spikeflow", relative.cache());
    }

    @Test
    void macosUsesApplicationSupportAndCachesAndIgnoresXdg() {
        PlatformFolders mac = folders(Os.MACOS, "/Users/ada", Map.of("XDG_STATE_HOME", "/elsewhere"));
        assertEquals("/Users/ada/Library/Application Support/Spikeflow", mac.state());
        assertEquals("/Users/ada/Library/Caches/Spikeflow", mac.cache());
        assertEquals("/Users/ada/Library/Application Support/Spikeflow", mac.data());
    }

    @Test
    void windowsUsesLocalAppData() {
        PlatformFolders win = folders(Os.WINDOWS, "C:\\Users\\Ada Lovelace", Map.of("LOCALAPPDATA",
                "C:\\Users\\Ada Lovelace\\AppData\\Local"));
        assertEquals("C:\\Users\\Ada Lovelace\\AppData\\Local\\Spikeflow\\state", win.state());
        assertEquals("C:\\Users\\Ada Lovelace\\AppData\\Local\\Spikeflow\\cache", win.cache());
        assertEquals("C:\\Users\\Ada Lovelace\\AppData\\Local\\Spikeflow\\data", win.data());

        PlatformFolders noLocal = folders(Os.WINDOWS, "C:\\Users\\ada", Map.of("USERPROFILE", "D:\\Profiles\\ada\\"));
        assertEquals("D:\\Profiles\\ada\\AppData\\Local\\Spikeflow\\state", noLocal.state());
        assertEquals("C:\\Users\\ada\\AppData\\Local\\Spikeflow\\cache",
                folders(Os.WINDOWS, "C:\\Users\\ada", Map.of()).cache());
    }

    @Test
    void spikeflowHomeWinsEverywhere() {
        for (Os os : Os.values()) {
            String home = os == Os.WINDOWS ? "E:\\spikeflow data" : "/srv/spikeflow data";
            PlatformFolders folders = folders(os, "/home/ada", Map.of("SPIKEFLOW_HOME", home, "XDG_STATE_HOME",
                    "/x", "LOCALAPPDATA", "C:\\x"));
            assertEquals(home + (os == Os.WINDOWS ? "\\state" : "/state"), folders.state(), os.name());
            assertEquals(home, folders.cache(), os.name());
            assertEquals(home + (os == Os.WINDOWS ? "\\data" : "/data"), folders.data(), os.name());
        }
    }
}
