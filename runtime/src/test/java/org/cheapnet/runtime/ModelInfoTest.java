package org.cheapnet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class ModelInfoTest {

    private static ModelInfo.Builder ising() {
        return ModelInfo.builder().model("Ising2D").name("H")
                .variable(VariableLayout.spin("s", Shape.lattice(16, 16), 0))
                .variable(VariableLayout.real("phi", Shape.vector(3), 256, -2, 2))
                .variable(VariableLayout.bit("b", Shape.scalar(), 259))
                .monomials(513).multiplications(512).neurons(2048).depth(1).weights(8192)
                .lambda(0.01).beta(0).errorBound(1e-6).flatNeurons(2048);
    }

    @Test
    void describesTheInputLayout() {
        ModelInfo info = ising().build();
        assertEquals(260, info.inputSize());
        assertEquals(256, info.variable("s").count());
        assertEquals(VariableKind.REAL, info.variable("phi").kind());
        assertEquals(-2, info.variable("phi").lo());
        assertEquals(List.of(16, 16), info.variable("s").shape().sizes());
        assertEquals(Activation.SIGMOID, info.activation());
        assertEquals(List.of(), info.classes());
    }

    @Test
    void isAValue() {
        assertEquals(ising().build(), ising().build());
        assertEquals(ising().build().hashCode(), ising().build().hashCode());
    }

    @Test
    void rejectsInconsistentLayouts() {
        assertThrows(IllegalArgumentException.class,
                () -> ising().variable(VariableLayout.real("x", Shape.scalar(), 255, 0, 1)).build());
        assertThrows(IllegalArgumentException.class,
                () -> new VariableLayout("b", VariableKind.BIT, Shape.scalar(), 0, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> VariableLayout.real("x", Shape.scalar(), 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> Shape.vector(0));
        assertThrows(IllegalArgumentException.class, () -> ising().neurons(-1).build());
        assertThrows(NullPointerException.class, () -> ModelInfo.builder().name("H").build());
    }

    @Test
    void shapesCountTheirValues() {
        assertEquals(1, Shape.scalar().count());
        assertEquals(7, Shape.vector(7).count());
        assertEquals(60, Shape.lattice(3, 4, 5).count());
    }
}
