package org.spikeflow.core.tests.flowvar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spikeflow.core.flowvar.FlowLoopContext;
import org.spikeflow.core.flowvar.FlowObject;
import org.spikeflow.core.flowvar.FlowObjectStack;
import org.spikeflow.core.flowvar.FlowVariable;

/** {@link FlowObjectStack}: shadowing, loop contexts and KNIME-style merging of several inputs. */
class FlowObjectStackTest {

    private static int value(FlowObjectStack stack, String name) {
        return stack.find(name).orElseThrow(() -> new AssertionError("no variable " + name)).getIntValue();
    }

    private static long countSame(FlowObjectStack stack, FlowObject object) {
        return stack.elements().stream().filter(e -> e == object).count();
    }

    @Test
    void pushIsImmutableAndTheTopMostVariableWins() {
        FlowObjectStack empty = FlowObjectStack.empty();
        FlowObjectStack one = empty.push(FlowVariable.ofInt("a", 1));
        FlowObjectStack three = one.push(FlowVariable.ofInt("b", 2)).push(FlowVariable.ofInt("a", 3));
        assertTrue(empty.isEmpty());
        assertEquals(1, one.elements().size());
        assertEquals(3, three.elements().size());
        assertEquals(1, value(one, "a"), "pushing returns a new stack");
        assertEquals(3, value(three, "a"));
        assertEquals(2, value(three, "b"));
        assertTrue(three.find("c").isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> three.elements().add(FlowVariable.ofInt("x", 0)));
    }

    @Test
    void ofAndPushAllKeepTheOrderFirstAtTheBottom() {
        FlowObjectStack stack = FlowObjectStack.of(List.of(FlowVariable.ofInt("a", 1), FlowVariable.ofInt("a", 2)));
        assertEquals(2, value(stack, "a"));
        assertSame(stack, stack.pushAll(List.of()));
        FlowObjectStack more = stack.pushAll(List.of(FlowVariable.ofInt("b", 3), FlowVariable.ofInt("a", 4)));
        assertEquals(4, value(more, "a"));
        assertEquals(2, value(stack, "a"));
    }

    @Test
    void getVariablesShowsOnlyVisibleVariablesInStackOrder() {
        FlowObjectStack stack = FlowObjectStack.empty()
                .push(FlowVariable.ofInt("a", 1))
                .push(FlowVariable.ofInt("b", 2))
                .push(new FlowLoopContext("loop"))
                .push(FlowVariable.ofInt("c", 3))
                .push(FlowVariable.ofInt("a", 4));
        var variables = stack.getVariables();
        // One entry per name; the shadowing 'a' (pushed last) decides where 'a' is listed.
        assertEquals(List.of("b", "c", "a"), List.copyOf(variables.keySet()));
        assertEquals(4, variables.get("a").getIntValue());
    }

    @Test
    void loopContextsOpenAndCloseLoopBodies() {
        FlowObjectStack outside = FlowObjectStack.empty().push(FlowVariable.ofInt("x", 1));
        assertTrue(outside.peekLoopContext().isEmpty());

        FlowLoopContext context = new FlowLoopContext("Loop Start #1");
        FlowObjectStack body = outside.push(context).push(FlowVariable.ofInt("y", 2)).push(FlowVariable.ofInt("x", 5));
        assertSame(context, body.peekLoopContext().orElseThrow());
        assertEquals(5, value(body, "x"));

        FlowObjectStack after = body.popLoopContext();
        assertTrue(after.find("y").isEmpty(), "variables pushed inside the loop disappear");
        assertEquals(1, value(after, "x"), "the shadowed outer value is visible again");
        assertTrue(after.peekLoopContext().isEmpty());
        assertEquals(outside.elements(), after.elements());
    }

    @Test
    void nestedLoopContextsPopOneAtATime() {
        FlowLoopContext outer = new FlowLoopContext("outer");
        FlowLoopContext inner = new FlowLoopContext("inner");
        FlowObjectStack stack = FlowObjectStack.empty().push(outer).push(FlowVariable.ofInt("o", 1)).push(inner)
                .push(FlowVariable.ofInt("i", 2));
        assertSame(inner, stack.peekLoopContext().orElseThrow());
        FlowObjectStack afterInner = stack.popLoopContext();
        assertSame(outer, afterInner.peekLoopContext().orElseThrow());
        assertEquals(1, value(afterInner, "o"));
        assertTrue(afterInner.find("i").isEmpty());
        assertTrue(afterInner.popLoopContext().isEmpty());
    }

    @Test
    void popWithoutALoopContextFails() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FlowObjectStack.empty().push(FlowVariable.ofInt("x", 1)).popLoopContext());
        assertEquals("No loop context on the flow stack", e.getMessage());
    }

    @Test
    void loopContextsCompareByIdentity() {
        assertNotEquals(new FlowLoopContext("a"), new FlowLoopContext("a"));
        FlowLoopContext context = new FlowLoopContext("a");
        assertEquals(context, context);
        assertEquals("a", context.loopStartNodeId());
    }

    @Test
    void mergeOfNoneOrOneStack() {
        assertTrue(FlowObjectStack.merge(List.of()).isEmpty());
        FlowObjectStack one = FlowObjectStack.empty().push(FlowVariable.ofInt("x", 1));
        assertSame(one, FlowObjectStack.merge(List.of(one)));
    }

    @Test
    void mergeKeepsSharedElementsOnceAndTheFirstPortWins() {
        FlowVariable shared = FlowVariable.ofInt("shared", 0);
        FlowObjectStack base = FlowObjectStack.empty().push(shared);
        FlowVariable v0 = FlowVariable.ofString("v", "port 0");
        FlowVariable only0 = FlowVariable.ofInt("only0", 10);
        FlowVariable v1 = FlowVariable.ofString("v", "port 1");
        FlowVariable only1 = FlowVariable.ofInt("only1", 11);
        FlowObjectStack port0 = base.push(only0).push(v0);
        FlowObjectStack port1 = base.push(v1).push(only1);

        FlowObjectStack merged = FlowObjectStack.merge(List.of(port0, port1));
        assertEquals(1, countSame(merged, shared));
        assertEquals("port 0", merged.find("v").orElseThrow().getValue());
        assertEquals(10, value(merged, "only0"));
        assertEquals(11, value(merged, "only1"));
        assertEquals(0, value(merged, "shared"));
        // Shared base at the bottom, then the second input's own elements, the first input's on top.
        assertEquals(List.of(shared, v1, only1, only0, v0), merged.elements());

        FlowObjectStack swapped = FlowObjectStack.merge(List.of(port1, port0));
        assertEquals("port 1", swapped.find("v").orElseThrow().getValue());
    }

    @Test
    void mergeOfThreeInputsOrdersByPort() {
        FlowObjectStack a = FlowObjectStack.empty().push(FlowVariable.ofInt("x", 0));
        FlowObjectStack b = FlowObjectStack.empty().push(FlowVariable.ofInt("x", 1)).push(FlowVariable.ofInt("y", 1));
        FlowObjectStack c = FlowObjectStack.empty().push(FlowVariable.ofInt("x", 2)).push(FlowVariable.ofInt("y", 2))
                .push(FlowVariable.ofInt("z", 2));
        FlowObjectStack merged = FlowObjectStack.merge(List.of(a, b, c));
        assertEquals(0, value(merged, "x"));
        assertEquals(1, value(merged, "y"));
        assertEquals(2, value(merged, "z"));
    }

    @Test
    void mergingTwoUnrelatedLoopBodiesFailsNamingBothLoopStarts() {
        FlowObjectStack base = FlowObjectStack.empty().push(FlowVariable.ofInt("x", 1));
        FlowObjectStack bodyA = base.push(new FlowLoopContext("Loop Start A")).push(FlowVariable.ofInt("i", 1));
        FlowObjectStack bodyB = base.push(new FlowLoopContext("Loop Start B"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FlowObjectStack.merge(List.of(bodyA, bodyB)));
        assertTrue(e.getMessage().contains("'Loop Start A'") && e.getMessage().contains("'Loop Start B'"),
                e.getMessage());
        assertTrue(e.getMessage().contains("connect loop bodies only through their loop end"), e.getMessage());
    }

    @Test
    void twoLoopsWithTheSameStartIdAreStillDifferentLoops() {
        FlowObjectStack bodyA = FlowObjectStack.empty().push(new FlowLoopContext("start"));
        FlowObjectStack bodyB = FlowObjectStack.empty().push(new FlowLoopContext("start"));
        assertThrows(IllegalArgumentException.class, () -> FlowObjectStack.merge(List.of(bodyA, bodyB)));
    }

    @Test
    void nestedLoopBodiesAndOutsideInputsMergeFine() {
        FlowLoopContext outer = new FlowLoopContext("outer");
        FlowLoopContext inner = new FlowLoopContext("inner");
        FlowObjectStack outerBody = FlowObjectStack.empty().push(FlowVariable.ofInt("x", 1)).push(outer);
        FlowObjectStack innerBody = outerBody.push(inner).push(FlowVariable.ofInt("i", 2));
        FlowObjectStack outerBranch = outerBody.push(FlowVariable.ofInt("o", 3));

        FlowObjectStack merged = FlowObjectStack.merge(List.of(innerBody, outerBranch));
        assertSame(inner, merged.peekLoopContext().orElseThrow());
        assertEquals(1, countSame(merged, outer));
        assertEquals(2, value(merged, "i"));
        assertEquals(3, value(merged, "o"));
        FlowObjectStack afterInnerEnd = merged.popLoopContext();
        assertSame(outer, afterInnerEnd.peekLoopContext().orElseThrow());
        assertTrue(afterInnerEnd.find("i").isEmpty());

        // Also the other way round, and with an input from outside any loop.
        assertSame(inner, FlowObjectStack.merge(List.of(outerBranch, innerBody)).peekLoopContext().orElseThrow());
        FlowObjectStack outside = FlowObjectStack.empty().push(FlowVariable.ofInt("free", 4));
        FlowObjectStack withOutside = FlowObjectStack.merge(List.of(innerBody, outside));
        assertSame(inner, withOutside.peekLoopContext().orElseThrow());
        assertEquals(4, value(withOutside, "free"));
        assertFalse(withOutside.isEmpty());
    }
}
