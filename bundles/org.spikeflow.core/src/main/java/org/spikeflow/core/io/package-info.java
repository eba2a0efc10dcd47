/**
 * File access for nodes: atomic writes, the path policy and user grants for reading and writing files, and the one CSV
 * path ({@link org.spikeflow.core.io.CsvRecords}, {@link org.spikeflow.core.io.CsvWriter} in a
 * {@link org.spikeflow.core.io.CsvFormat}; the CSV library stays inside {@code CsvRecords}).
 */
@org.osgi.annotation.versioning.Version("0.3.0")
package org.spikeflow.core.io;
