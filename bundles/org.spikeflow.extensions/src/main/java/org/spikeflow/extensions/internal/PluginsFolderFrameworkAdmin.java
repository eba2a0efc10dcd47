package org.spikeflow.extensions.internal;

import java.io.File;

import org.eclipse.equinox.frameworkadmin.BundleInfo;
import org.eclipse.equinox.internal.provisional.frameworkadmin.BundlesState;
import org.eclipse.equinox.internal.provisional.frameworkadmin.ConfigData;
import org.eclipse.equinox.internal.provisional.frameworkadmin.FrameworkAdmin;
import org.eclipse.equinox.internal.provisional.frameworkadmin.LauncherData;
import org.eclipse.equinox.internal.provisional.frameworkadmin.Manipulator;
import org.osgi.service.component.annotations.Component;

/**
 * The framework configuration p2's Eclipse touchpoint edits when it installs or removes a bundle. An Eclipse product
 * keeps the bundle list in config.ini/bundles.info and needs Equinox's compatibility resolver (PlatformAdmin) to edit
 * it; Spikeflow's launcher instead starts every bundle p2 put into {@code plugins/} (the profile's bundle pool, emptied
 * of removed bundles by p2's garbage collector), so there is no list to keep: this manipulator takes the touchpoint's
 * edits in memory and saves nothing. Registered with the properties the touchpoint looks for.
 */
@Component(service = FrameworkAdmin.class, property = {
        FrameworkAdmin.SERVICE_PROP_KEY_FW_NAME + "=Equinox",
        FrameworkAdmin.SERVICE_PROP_KEY_FW_VERSION + "=3.3",
        FrameworkAdmin.SERVICE_PROP_KEY_LAUNCHER_NAME + "=Eclipse.exe",
        FrameworkAdmin.SERVICE_PROP_KEY_LAUNCHER_VERSION + "=3.2"})
public final class PluginsFolderFrameworkAdmin implements FrameworkAdmin {

    @Override
    public Manipulator getManipulator() {
        return new InMemoryManipulator();
    }

    @Override
    public Manipulator getRunningManipulator() {
        return null; // p2 never provisions the running Spikeflow: it provisions the product folder on disk
    }

    @Override
    public Process launch(Manipulator manipulator, File cwd) {
        throw new UnsupportedOperationException("Spikeflow is started by ./spikeflow, not by p2");
    }

    @Override
    public boolean isActive() {
        return true;
    }

    private static final class InMemoryManipulator implements Manipulator {
        private ConfigData config = new ConfigData("Equinox", "3.3", "Eclipse.exe", "3.2");
        private LauncherData launcher = new LauncherData("Equinox", "3.3", "Eclipse.exe", "3.2");

        @Override
        public BundlesState getBundlesState() {
            throw new UnsupportedOperationException("Spikeflow keeps no framework bundle state outside plugins/");
        }

        @Override
        public ConfigData getConfigData() {
            return config;
        }

        @Override
        public BundleInfo[] getExpectedState() {
            return config.getBundles();
        }

        @Override
        public LauncherData getLauncherData() {
            return launcher;
        }

        @Override
        public long getTimeStamp() {
            return 0;
        }

        @Override
        public void initialize() {
            config.initialize();
            launcher.initialize();
        }

        @Override
        public void load() {
            // nothing on disk to read: the bundle set is the plugins/ folder
        }

        @Override
        public void save(boolean backup) {
            // nothing to write: the launcher reads plugins/ itself
        }

        @Override
        public void setConfigData(ConfigData configData) {
            config = configData;
        }

        @Override
        public void setLauncherData(LauncherData launcherData) {
            launcher = launcherData;
        }
    }
}
