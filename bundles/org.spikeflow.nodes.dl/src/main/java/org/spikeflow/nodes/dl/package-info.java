/** The LSTM model port of the residual-correction nodes, for other bundles that pass models around. */
package org.spikeflow.nodes.dl;
