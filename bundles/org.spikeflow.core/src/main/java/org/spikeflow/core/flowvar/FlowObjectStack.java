package org.spikeflow.core.flowvar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The flow variables and loop contexts that reach a node, newest on top. Immutable: pushing returns a new stack sharing
 * the old elements, so every node keeps the stack it saw. Stacks from several inputs are merged KNIME style: elements
 * shared by identity appear once, and the first input's variables take precedence.
 */
public final class FlowObjectStack {
    private static final FlowObjectStack EMPTY = new FlowObjectStack(List.of());

    private final List<FlowObject> elements; // bottom first

    private FlowObjectStack(List<FlowObject> elements) {
        this.elements = elements;
    }

    public static FlowObjectStack empty() {
        return EMPTY;
    }

    /** A stack holding the given variables, the first at the bottom. */
    public static FlowObjectStack of(List<FlowVariable> variables) {
        return new FlowObjectStack(List.copyOf(variables));
    }

    public FlowObjectStack push(FlowObject object) {
        List<FlowObject> list = new ArrayList<>(elements.size() + 1);
        list.addAll(elements);
        list.add(object);
        return new FlowObjectStack(Collections.unmodifiableList(list));
    }

    public FlowObjectStack pushAll(List<? extends FlowObject> objects) {
        if (objects.isEmpty()) {
            return this;
        }
        List<FlowObject> list = new ArrayList<>(elements);
        list.addAll(objects);
        return new FlowObjectStack(Collections.unmodifiableList(list));
    }

    /** The top-most variable of that name. */
    public Optional<FlowVariable> find(String name) {
        for (int i = elements.size() - 1; i >= 0; i--) {
            if (elements.get(i) instanceof FlowVariable variable && variable.getName().equals(name)) {
                return Optional.of(variable);
            }
        }
        return Optional.empty();
    }

    /** Visible variables by name (top-most wins), ordered bottom to top by where the visible one sits. */
    public Map<String, FlowVariable> getVariables() {
        Map<String, FlowVariable> visible = new LinkedHashMap<>();
        for (FlowObject element : elements) {
            if (element instanceof FlowVariable variable) {
                visible.remove(variable.getName());
                visible.put(variable.getName(), variable);
            }
        }
        return visible;
    }

    /** The innermost loop context, if this stack is inside a loop body. */
    public Optional<FlowLoopContext> peekLoopContext() {
        for (int i = elements.size() - 1; i >= 0; i--) {
            if (elements.get(i) instanceof FlowLoopContext context) {
                return Optional.of(context);
            }
        }
        return Optional.empty();
    }

    /** The stack below the innermost loop context: what a loop end passes on after the loop. */
    public FlowObjectStack popLoopContext() {
        for (int i = elements.size() - 1; i >= 0; i--) {
            if (elements.get(i) instanceof FlowLoopContext) {
                return new FlowObjectStack(List.copyOf(elements.subList(0, i)));
            }
        }
        throw new IllegalStateException("No loop context on the flow stack");
    }

    public List<FlowObject> elements() {
        return elements;
    }

    public boolean isEmpty() {
        return elements.isEmpty();
    }

    /**
     * Merges the stacks of a node's inputs (index 0 first). Elements of later inputs that the first one lacks are put
     * below the first input's own elements, so its variables win.
     *
     * @throws IllegalArgumentException
     *             if the inputs come from different, unrelated loop bodies
     */
    public static FlowObjectStack merge(List<FlowObjectStack> stacks) {
        if (stacks.isEmpty()) {
            return EMPTY;
        }
        if (stacks.size() == 1) {
            return stacks.get(0);
        }
        // Shared elements keep their place lower down; the first input's own elements come last, on top.
        List<FlowObject> ordered = new ArrayList<>();
        Set<FlowObject> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int s = stacks.size() - 1; s >= 0; s--) {
            for (FlowObject element : stacks.get(s).elements) {
                if (placed.add(element)) {
                    ordered.add(element);
                }
            }
        }
        checkLoopContexts(stacks);
        return new FlowObjectStack(Collections.unmodifiableList(ordered));
    }

    private static void checkLoopContexts(List<FlowObjectStack> stacks) {
        for (FlowObjectStack first : stacks) {
            FlowLoopContext firstContext = first.peekLoopContext().orElse(null);
            for (FlowObjectStack second : stacks) {
                FlowLoopContext secondContext = second.peekLoopContext().orElse(null);
                if (firstContext == null || secondContext == null || firstContext == secondContext) {
                    continue;
                }
                // Nested loops are fine: one body lies inside the other when its stack holds the other's context.
                if (!contains(first, secondContext) && !contains(second, firstContext)) {
                    throw new IllegalArgumentException("The inputs come from two different loops (started by nodes '"
                            + firstContext.loopStartNodeId() + "' and '" + secondContext.loopStartNodeId()
                            + "'); connect loop bodies only through their loop end");
                }
            }
        }
    }

    private static boolean contains(FlowObjectStack stack, FlowObject object) {
        for (FlowObject element : stack.elements) {
            if (element == object) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return elements.toString();
    }
}
