/**
 * Figures of neuron simulations and forecasts drawn with JFreeChart: traces, spike rasters, phase planes and forecast
 * comparisons ({@link org.spikeflow.plot.Charts}), rendered to PNG or SVG ({@link org.spikeflow.plot.FigureRenderer}).
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.spikeflow.plot;
