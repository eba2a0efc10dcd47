package org.spikeflow.izhikevich.commands.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.batch.BatchCommand;
import org.spikeflow.core.batch.BatchExitCodes;
import org.spikeflow.core.batch.CommandLine;
import org.spikeflow.core.batch.ConsoleText;
import org.spikeflow.core.util.ClosestName;
import org.spikeflow.izhikevich.NeuronParameters;
import org.spikeflow.izhikevich.Preset;
import org.spikeflow.izhikevich.Presets;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code spikeflow presets}: the published neuron presets that {@code spikeflow simulate --preset} accepts. */
@Component(service = BatchCommand.class, property = BatchCommand.NAME_PROPERTY + "=presets")
public final class PresetsCommand implements BatchCommand {

    @Override
    public String name() {
        return "presets";
    }

    @Override
    public String summary() {
        return "List the Izhikevich neuron presets (for 'simulate --preset') with their sources";
    }

    @Override
    public String usage() {
        return """
                Usage: spikeflow presets [--json]

                Lists every published neuron preset by family (seed, 2003, 2004) with its source, name, label,
                duration, dt and integration scheme. Any name, alias or label works with
                'spikeflow simulate --preset NAME' (case-insensitive).
                  --json   print a JSON array: name, label, family, source, behaviour, duration_ms, dt_ms, scheme,
                           protocol, parameters (a, b, c, d, k2, k1, k0, v_peak, recovery, v0, u0) and aliases""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        boolean json;
        try {
            json = CommandLine.onlyFlag(args, "json");
        } catch (CommandLine.UsageException e) {
            return CommandLine.usageError(err, name(), e.getMessage());
        }
        List<Preset> presets = Presets.all();
        if (json) {
            out.println(ConsoleText.pretty(toJson(presets)));
            return BatchExitCodes.SUCCESS;
        }
        String family = null;
        for (Preset p : presets) {
            if (!p.family().equals(family)) {
                family = p.family();
                if (!p.equals(presets.get(0))) {
                    out.println();
                }
                out.println(familyTitle(family));
                out.println(ConsoleText.wrap("Source: " + p.source(), 110, "  "));
                out.printf(Locale.ROOT, "  %-36s %-32s %9s %6s  %s%n", "NAME", "LABEL", "DURATION", "DT", "SCHEME");
            }
            out.printf(Locale.ROOT, "  %-36s %-32s %6s ms %6s  %s%n", p.name(), p.label(), number(p.duration()),
                    number(p.dt()), p.scheme().id());
        }
        out.println();
        out.println(presets.size() + " presets. Names, aliases (e.g. 2004/A, Regular_Spiking_RS) and labels are "
                + "accepted, case-insensitive:");
        out.println("  spikeflow simulate --preset seed/RS --record trace --out rs.csv");
        return BatchExitCodes.SUCCESS;
    }

    private static String familyTitle(String family) {
        return switch (family) {
            case "seed" -> "seed: the 12 neuron types of the original single_neuron.py";
            case "2003" -> "2003: Izhikevich 2003, Fig. 2";
            case "2004" -> "2004: Izhikevich 2004, Fig. 1 (the 20 neuro-computational features)";
            default -> family;
        };
    }

    /** Shortest form: 200 rather than 200.0. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    static ArrayNode toJson(List<Preset> presets) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Preset p : presets) {
            ObjectNode node = array.addObject();
            node.put("name", p.name());
            node.put("label", p.label());
            node.put("family", p.family());
            node.put("source", p.source());
            node.put("behaviour", p.behaviour());
            node.put("duration_ms", p.duration());
            node.put("dt_ms", p.dt());
            node.put("scheme", p.scheme().id());
            node.put("protocol", p.protocol().describe());
            NeuronParameters x = p.parameters();
            ObjectNode parameters = node.putObject("parameters");
            parameters.put("a", x.a());
            parameters.put("b", x.b());
            parameters.put("c", x.c());
            parameters.put("d", x.d());
            parameters.put("k2", x.k2());
            parameters.put("k1", x.k1());
            parameters.put("k0", x.k0());
            parameters.put("v_peak", x.vPeak());
            parameters.put("recovery", x.recovery().name().toLowerCase(Locale.ROOT));
            parameters.put("v0", x.v0());
            parameters.put("u0", x.u0());
            ArrayNode aliases = node.putArray("aliases");
            p.aliases().forEach(aliases::add);
        }
        return array;
    }

    /**
     * Preset names close to an unknown one: those whose name, alias or label contains it (its part after a '/'; as a
     * word for keys of up to 3 letters, such as RS), else those within a small edit distance.
     */
    static List<String> closeNames(String query) {
        String q = query.trim().toLowerCase(Locale.ROOT);
        String key = q.contains("/") && !q.endsWith("/") ? q.substring(q.lastIndexOf('/') + 1) : q;
        Set<String> containing = new LinkedHashSet<>();
        Set<String> similar = new LinkedHashSet<>();
        if (q.isEmpty()) {
            return List.of();
        }
        int limit = Math.max(1, Math.min(3, q.length() / 3));
        for (Preset p : Presets.all()) {
            List<String> candidates = new ArrayList<>();
            candidates.add(p.name());
            candidates.add(p.label());
            candidates.addAll(p.aliases());
            for (String candidate : candidates) {
                String c = candidate.toLowerCase(Locale.ROOT);
                String cKey = c.contains("/") ? c.substring(c.lastIndexOf('/') + 1) : c;
                boolean contains = key.length() <= 3
                        ? List.of(c.split("[^a-z0-9]+")).contains(key)
                        : c.contains(key) || (cKey.length() >= 4 && q.contains(cKey));
                if (contains) {
                    containing.add(p.name());
                } else if (ClosestName.distance(q, c) <= limit || ClosestName.distance(key, cKey) <= limit) {
                    similar.add(p.name());
                }
            }
        }
        Set<String> found = containing.isEmpty() ? similar : containing;
        return found.stream().limit(12).toList();
    }
}
