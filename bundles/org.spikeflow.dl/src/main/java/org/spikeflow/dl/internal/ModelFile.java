package org.spikeflow.dl.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import org.spikeflow.dl.EpochResult;
import org.spikeflow.dl.Normalisation;
import org.spikeflow.dl.ResidualModel;
import org.spikeflow.dl.ResidualModelConfig;
import org.spikeflow.dl.ValidationSummary;

/**
 * The model file: a zip holding {@code model.json} (format, configuration, normalisation, validation, history) and
 * {@code parameters.djl} (the network's parameters as DJL writes them). Doubles are written by Gson in their shortest
 * exact form, so a model reads back equal.
 */
public final class ModelFile {
    public static final String FORMAT = "spikeflow-lstm-residual-model";
    /**
     * Version 2 added the bidirectional, per-step head and MAE loss options, version 3 the open loop (no residual
     * feedback); files are written with the lowest version that holds their options.
     */
    public static final int VERSION = 3;
    static final String JSON_ENTRY = "model.json";
    static final String PARAMETERS_ENTRY = "parameters.djl";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private ModelFile() {
    }

    public static void write(ResidualModel model, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        // not createTempFile: its owner-only permissions would stay on the model file a collaborator should read
        Path temp = Files.createFile(target.resolveSibling("." + target.getFileName() + "."
                + Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36) + ".tmp"));
        boolean moved = false;
        try {
            try (OutputStream out = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(JSON_ENTRY));
                zip.write(GSON.toJson(toJson(model)).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(PARAMETERS_ENTRY));
                zip.write(model.parameters());
                zip.closeEntry();
            }
            try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    public static ResidualModel read(Path file) throws IOException {
        String json = null;
        byte[] parameters = null;
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(JSON_ENTRY)) {
                    json = new String(readAll(zip, MAX_JSON_BYTES, file, JSON_ENTRY), StandardCharsets.UTF_8);
                } else if (e.getName().equals(PARAMETERS_ENTRY)) {
                    parameters = readAll(zip, maxParameterBytes(), file, PARAMETERS_ENTRY);
                }
            }
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            // e.g. "Unexpected end of ZLIB input stream": say which file and what it means
            throw new IOException("Cannot read the LSTM residual model " + file + ": the file is truncated or damaged ("
                    + e.getMessage() + ")", e);
        }
        if (json == null || parameters == null) {
            throw new IOException(file + " is not a Spikeflow LSTM residual model file (a zip with " + JSON_ENTRY
                    + " and " + PARAMETERS_ENTRY + ")");
        }
        try {
            return fromJson(JsonParser.parseString(json).getAsJsonObject(), parameters, file);
        } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException
                | IllegalArgumentException e) {
            throw new IOException("Cannot read the LSTM residual model " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads one entry, refusing to unpack more than {@code limit} bytes: a small zip can unpack to gigabytes (a "zip
     * bomb"), which must fail clearly instead of exhausting the heap.
     */
    private static byte[] readAll(InputStream in, long limit, Path file, String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                throw new IOException("Cannot read the LSTM residual model " + file + ": its entry " + entry
                        + " unpacks to more than " + (limit >> 20) + " MB, far more than a model needs; it is not a"
                        + " model file Spikeflow wrote");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The model's description (configuration, normalisation, history): a few kilobytes in practice. */
    static final long MAX_JSON_BYTES = 16L << 20;

    /** The network's parameters: at most 1 GB, and at most a quarter of the heap. */
    static long maxParameterBytes() {
        return Math.min(1L << 30, Runtime.getRuntime().maxMemory() / 4);
    }

    static JsonObject toJson(ResidualModel model) {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        ResidualModelConfig c = model.config();
        // Older readers would build the wrong network or windows for the new options: only then is the version raised.
        boolean needs3 = !c.residualFeedback();
        boolean needs2 = needs3 || c.bidirectional() || c.perStepHead() || c.maeLoss();
        root.addProperty("version", needs3 ? VERSION : needs2 ? 2 : 1);
        JsonObject config = new JsonObject();
        config.addProperty("lookback", c.lookback());
        config.addProperty("outputSteps", c.outputSteps());
        config.addProperty("useContext", c.useContext());
        config.addProperty("layers", c.layers());
        config.addProperty("hiddenSize", c.hiddenSize());
        config.addProperty("dropout", c.dropout());
        config.addProperty("learningRate", c.learningRate());
        config.addProperty("batchSize", c.batchSize());
        config.addProperty("epochs", c.epochs());
        config.addProperty("patience", c.patience());
        config.addProperty("validationFraction", c.validationFraction());
        config.addProperty("seed", c.seed());
        config.addProperty("threads", c.threads());
        if (needs2) {
            config.addProperty("bidirectional", c.bidirectional());
            config.addProperty("perStepHead", c.perStepHead());
            config.addProperty("maeLoss", c.maeLoss());
        }
        if (needs3) {
            config.addProperty("residualFeedback", c.residualFeedback());
        }
        root.add("config", config);
        Normalisation n = model.normalisation();
        JsonObject norm = new JsonObject();
        norm.addProperty("baseMean", n.baseMean());
        norm.addProperty("baseStd", n.baseStd());
        norm.addProperty("residualMean", n.residualMean());
        norm.addProperty("residualStd", n.residualStd());
        root.add("normalisation", norm);
        ValidationSummary v = model.validation();
        JsonObject validation = new JsonObject();
        validation.addProperty("steps", v.steps());
        validation.addProperty("modelMae", v.modelMae());
        validation.addProperty("identityMae", v.identityMae());
        validation.addProperty("modelRmse", v.modelRmse());
        validation.addProperty("identityRmse", v.identityRmse());
        root.add("validation", validation);
        root.addProperty("trainingWindows", model.trainingWindows());
        JsonArray history = new JsonArray();
        for (EpochResult e : model.history()) {
            JsonObject epoch = new JsonObject();
            epoch.addProperty("epoch", e.epoch());
            epoch.addProperty("trainLoss", e.trainLoss());
            epoch.addProperty("validationLoss", e.validationLoss());
            epoch.addProperty("seconds", e.seconds());
            history.add(epoch);
        }
        root.add("history", history);
        return root;
    }

    static ResidualModel fromJson(JsonObject root, byte[] parameters, Path file) throws IOException {
        if (!root.has("format") || !FORMAT.equals(root.get("format").getAsString())) {
            throw new IOException(file + " is not a Spikeflow LSTM residual model (format is not " + FORMAT + ")");
        }
        int version = root.get("version").getAsInt();
        if (version > VERSION) {
            throw new IOException(file + " was written by a newer Spikeflow (model file version " + version
                    + ", this one reads up to " + VERSION + ")");
        }
        JsonObject c = root.getAsJsonObject("config");
        ResidualModelConfig config = ResidualModelConfig.builder().lookback(c.get("lookback").getAsInt())
                .outputSteps(c.get("outputSteps").getAsInt()).useContext(c.get("useContext").getAsBoolean())
                .layers(c.get("layers").getAsInt()).hiddenSize(c.get("hiddenSize").getAsInt())
                .dropout(c.get("dropout").getAsDouble()).learningRate(c.get("learningRate").getAsDouble())
                .batchSize(c.get("batchSize").getAsInt()).epochs(c.get("epochs").getAsInt())
                .patience(c.get("patience").getAsInt()).validationFraction(c.get("validationFraction").getAsDouble())
                .seed(c.get("seed").getAsLong()).threads(c.get("threads").getAsInt())
                // absent in files of version 1: a unidirectional LSTM with the last-state head and MSE loss
                .bidirectional(c.has("bidirectional") && c.get("bidirectional").getAsBoolean())
                .perStepHead(c.has("perStepHead") && c.get("perStepHead").getAsBoolean())
                .maeLoss(c.has("maeLoss") && c.get("maeLoss").getAsBoolean())
                // absent before version 3: the windows carry the known residuals
                .residualFeedback(!c.has("residualFeedback") || c.get("residualFeedback").getAsBoolean()).build();
        JsonObject n = root.getAsJsonObject("normalisation");
        Normalisation norm = new Normalisation(n.get("baseMean").getAsDouble(), n.get("baseStd").getAsDouble(),
                n.get("residualMean").getAsDouble(), n.get("residualStd").getAsDouble());
        JsonObject v = root.getAsJsonObject("validation");
        ValidationSummary validation = new ValidationSummary(v.get("steps").getAsInt(),
                v.get("modelMae").getAsDouble(), v.get("identityMae").getAsDouble(),
                v.get("modelRmse").getAsDouble(), v.get("identityRmse").getAsDouble());
        List<EpochResult> history = new ArrayList<>();
        for (JsonElement e : root.getAsJsonArray("history")) {
            JsonObject epoch = e.getAsJsonObject();
            history.add(new EpochResult(epoch.get("epoch").getAsInt(), epoch.get("trainLoss").getAsDouble(),
                    epoch.get("validationLoss").getAsDouble(), epoch.get("seconds").getAsDouble()));
        }
        return new ResidualModel(config, norm, parameters, history, validation,
                root.get("trainingWindows").getAsInt());
    }
}
