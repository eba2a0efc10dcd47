/** Small helpers for user-facing messages shared by all bundles: closest-name suggestions, echoed-input limits. */
package org.spikeflow.core.util;
