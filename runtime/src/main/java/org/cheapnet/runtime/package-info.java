/**
 * The CheapNet runtime: what generated networks run on (activations, gates, the network IR,
 * its interpreter and batch evaluation on EJML). Depends on EJML only.
 */
package org.cheapnet.runtime;
