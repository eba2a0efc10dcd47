package org.spikeflow.core.port;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** All port types known to the runtime, by id. Bundles contribute types by creating them ({@link PortType#create}). */
public final class PortTypeRegistry {
    private static final PortTypeRegistry INSTANCE = new PortTypeRegistry();

    private final ConcurrentHashMap<String, PortType> types = new ConcurrentHashMap<>();

    private PortTypeRegistry() {
    }

    public static PortTypeRegistry getInstance() {
        return INSTANCE;
    }

    void register(PortType type) {
        PortType previous = types.putIfAbsent(type.getId(), type);
        if (previous != null && previous.getObjectClass() != type.getObjectClass()
                && previous.getObjectClass().getName().equals(type.getObjectClass().getName())) {
            // The contributing bundle was refreshed: its classes were reloaded, keep the new definition.
            types.put(type.getId(), type);
        } else if (previous != null && previous.getObjectClass() != type.getObjectClass()) {
            throw new IllegalStateException("Port type id '" + type.getId() + "' is already used by "
                    + previous.getObjectClass().getName());
        }
    }

    public Optional<PortType> find(String id) {
        return Optional.ofNullable(types.get(id));
    }

    public List<PortType> all() {
        List<PortType> list = new ArrayList<>(types.values());
        list.sort(Comparator.comparing(PortType::getId));
        return list;
    }
}
