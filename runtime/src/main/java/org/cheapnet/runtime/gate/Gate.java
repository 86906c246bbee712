package org.cheapnet.runtime.gate;

import org.cheapnet.runtime.Activation;
import org.cheapnet.runtime.network.NetworkBuilder;

/** A gate: a small network computing (approximately) a product of its inputs. */
public interface Gate {

    /** The gate's neurons and read-out. */
    HiddenLayer layer();

    default Activation activation() {
        return layer().activation();
    }

    default int arity() {
        return layer().arity();
    }

    default int neuronCount() {
        return layer().neurons().size();
    }

    /** The gate's output, evaluated through its neurons. */
    default double apply(double... x) {
        return layer().evaluate(x);
    }

    /** Emits the gate into a network on the given input values; returns its output's value index. */
    default int emit(NetworkBuilder builder, int... inputs) {
        return layer().emit(builder, inputs);
    }
}
