package org.spikeflow.ui.internal;

import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.DataColumnSpec;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.flowvar.FlowObjectStack;
import org.spikeflow.core.image.ImageFormat;
import org.spikeflow.core.image.ImagePortObject;
import org.spikeflow.core.port.EmptyPortObject;
import org.spikeflow.core.port.FlowVariablePortObject;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSummary;
import org.spikeflow.engine.NodeContainer;
import org.spikeflow.ui.internal.http.HttpError;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What an output port holds, for the port views: tables (paged straight from the columnar table, never copied whole),
 * images, flow variables, model summaries.
 */
final class OutputViews {
    static final int MAX_PAGE = 1000;
    static final String FLOW_PORT = "flow";

    private OutputViews() {
    }

    /** The port's object, null if the node has not executed; {@code flow} is the flow-variable port. */
    static PortObject output(NodeContainer container, String port) {
        if (FLOW_PORT.equals(port)) {
            return container.getState() == org.spikeflow.engine.NodeState.EXECUTED
                    ? FlowVariablePortObject.INSTANCE
                    : null;
        }
        int index;
        try {
            index = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("Port '" + port + "' must be a number or 'flow'");
        }
        if (index < 0 || index >= container.getOutputCount()) {
            throw HttpError.notFound(container + " has no output port " + index + "; it has "
                    + container.getOutputCount());
        }
        return container.getOutput(index);
    }

    static ObjectNode describe(NodeContainer container, String port) {
        PortObject object = output(container, port);
        ObjectNode json = Json.object();
        if (object == null) {
            return json.put("kind", "none");
        }
        if (object instanceof DataTable table) {
            json.put("kind", "table");
            ArrayNode columns = json.putArray("columns");
            for (DataColumnSpec column : table.getSpec().getColumns()) {
                columns.addObject().put("name", column.name()).put("type", column.type().label());
            }
            json.put("rowCount", table.getRowCount());
        } else if (object instanceof ImagePortObject image) {
            json.put("kind", "image");
            ArrayNode formats = json.putArray("formats");
            for (ImageFormat format : ImageFormat.values()) {
                if (image.getBytes(format) != null) {
                    formats.add(format.extension());
                }
            }
            json.put("title", image.getSpec().getTitle());
            json.put("width", image.getSpec().getWidth());
            json.put("height", image.getSpec().getHeight());
        } else if (object instanceof FlowVariablePortObject) {
            json.put("kind", "flowVariables");
            json.set("variables", variables(container.getOutgoingFlowStack()));
        } else if (object instanceof PortObjectSummary model) {
            json.put("kind", "model");
            ObjectNode summary = json.putObject("summary");
            model.summaryFields().forEach((key, value) -> summary.set(key, Json.MAPPER.valueToTree(value)));
        } else if (object instanceof EmptyPortObject) {
            json.put("kind", "empty");
        } else {
            json.put("kind", "object");
        }
        json.put("text", object.summary());
        return json;
    }

    /** One page of rows: only the requested rows are read from the columns. */
    static ObjectNode rows(NodeContainer container, String port, long offset, int limit) {
        if (!(output(container, port) instanceof DataTable table)) {
            throw HttpError.notFound("Output " + port + " of " + container + " is not an executed table");
        }
        return page(table, offset, limit);
    }

    /** Rows {@code offset .. offset+limit} of a table, read cell by cell from its columns. */
    static ObjectNode page(DataTable table, long offset, int limit) {
        if (offset < 0 || limit < 0 || limit > MAX_PAGE) {
            throw HttpError.badRequest("offset must be >= 0 and limit between 0 and " + MAX_PAGE);
        }
        int rowCount = table.getRowCount();
        int from = (int) Math.min(offset, rowCount);
        int to = (int) Math.min((long) from + limit, rowCount);
        ObjectNode json = Json.object().put("offset", from).put("rowCount", rowCount);
        ArrayNode rows = json.putArray("rows");
        int columns = table.getColumnCount();
        for (int row = from; row < to; row++) {
            ArrayNode values = rows.addArray();
            for (int c = 0; c < columns; c++) {
                Column column = table.getColumn(c);
                addValue(values, column, row);
            }
        }
        return json;
    }

    private static void addValue(ArrayNode values, Column column, int row) {
        if (column.isMissing(row)) {
            values.addNull();
            return;
        }
        Object value = column.getObject(row);
        if (value instanceof Double d && !Double.isFinite(d)) {
            values.add(d.toString()); // JSON has no NaN or Infinity
        } else if (value instanceof Float f && !Float.isFinite(f)) {
            values.add(f.toString());
        } else {
            values.add(Json.MAPPER.valueToTree(value));
        }
    }

    static ImagePortObject image(NodeContainer container, String port) {
        if (!(output(container, port) instanceof ImagePortObject image)) {
            throw HttpError.notFound("Output " + port + " of " + container + " is not an executed image");
        }
        return image;
    }

    static ArrayNode variables(FlowObjectStack stack) {
        return WorkflowSession.variables(stack.getVariables().values());
    }
}
