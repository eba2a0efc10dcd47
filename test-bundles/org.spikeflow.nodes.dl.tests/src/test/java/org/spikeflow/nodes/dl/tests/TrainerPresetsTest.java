package org.spikeflow.nodes.dl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spikeflow.dl.ResidualModelConfig;
import org.spikeflow.nodes.dl.internal.trainer.LstmResidualTrainerNodeSettings;
import org.spikeflow.nodes.dl.internal.trainer.ModelPreset;

/** The trainer's settings → the library's configuration, for the presets and the whole-horizon options. */
class TrainerPresetsTest {

    @Test
    void horizonCorrectionTakesTheHorizonAndTheTrainingSettingsFromTheNode() {
        LstmResidualTrainerNodeSettings s = new LstmResidualTrainerNodeSettings();
        s.preset = ModelPreset.HORIZON_CORRECTION;
        s.outputSteps = 200;
        s.epochs = 7;
        s.seed = 9;
        s.patience = 20; // the preset's own value, so the whole configuration equals the library's preset
        ResidualModelConfig c = s.config();
        ResidualModelConfig library = ResidualModelConfig.horizonCorrection(200);
        assertEquals(library.withEpochs(7).withSeed(9), c);
        s.patience = 3;
        assertEquals(3, s.config().patience(), "patience comes from the node");
        assertTrue(c.bidirectional() && c.perStepHead() && c.maeLoss() && c.useContext());
        assertEquals(200, c.outputSteps());
    }

    @Test
    void customSettingsCarryTheNewOptions() {
        LstmResidualTrainerNodeSettings s = new LstmResidualTrainerNodeSettings();
        s.maeLoss = true;
        s.perStepHead = true;
        ResidualModelConfig c = s.config();
        assertTrue(c.maeLoss() && c.perStepHead());
        assertFalse(c.bidirectional());
        assertEquals(s.lookback, c.lookback());
    }
}
