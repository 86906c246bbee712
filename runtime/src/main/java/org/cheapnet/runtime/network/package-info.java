/**
 * The network IR: an immutable {@link org.cheapnet.runtime.network.Network} of values (inputs,
 * hidden neurons, free linear combinations), built and validated by
 * {@link org.cheapnet.runtime.network.NetworkBuilder}, and evaluated by the thread-safe
 * {@link org.cheapnet.runtime.network.Interpreter}.
 */
package org.cheapnet.runtime.network;
