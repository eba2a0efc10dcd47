package org.spikeflow.core.tests.settings;

import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A settings class using every kind of setting the framework supports. */
public class TestSettings extends NodeSettings {

    public enum Mode {
        FAST, @JsonProperty("high-precision")
        HIGH_PRECISION
    }

    /** A nested settings object with its own annotated fields. */
    public static class Electrode {
        @Setting(title = "Gain", description = "Amplifier gain", min = 0, max = 10)
        public double gain = 1.5;

        @Setting(title = "Electrode label")
        public String label = "E1";
    }

    @Setting(title = "Number of steps", description = "How many integration steps to run.", min = 1, max = 100)
    public int steps = 10;

    @Setting(title = "Sampling rate", unit = "Hz")
    public double rate = 0.5;

    @Setting(title = "Run name", description = "Lower-case letters only.", pattern = "[a-z]+", required = true)
    public String name = "run";

    @Setting(title = "Mode")
    public Mode mode = Mode.FAST;

    @Setting(title = "Weights", min = 1, max = 3, advanced = true)
    public List<Double> weights = new ArrayList<>(List.of(1.0, 2.0));

    @Setting(title = "Electrode")
    public Electrode electrode = new Electrode();

    @Setting(title = "API key", pattern = "[A-Za-z0-9-]*", secret = true)
    public String apiKey = "dev-key";

    @Setting(title = "Verbose output")
    public boolean verbose;

    @Override
    public void validate() throws InvalidSettingsException {
        if (mode == Mode.HIGH_PRECISION && steps < 5) {
            throw new InvalidSettingsException("High precision needs at least 5 steps, not " + steps);
        }
    }
}
