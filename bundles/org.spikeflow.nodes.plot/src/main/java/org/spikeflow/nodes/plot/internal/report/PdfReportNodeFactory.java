package org.spikeflow.nodes.plot.internal.report;

import org.osgi.service.component.annotations.Component;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.NodeFactory;

/** PDF Report: writes several images into one multi-page PDF, one image per page. */
@Component(service = NodeFactory.class, property = NodeFactory.ID_PROPERTY + "=" + PdfReportNodeFactory.ID)
public class PdfReportNodeFactory extends AbstractNodeFactory<PdfReportNodeModel> {
    public static final String ID = "org.spikeflow.nodes.plot.pdfreport";

    public PdfReportNodeFactory() {
        super(ID);
    }

    @Override
    public PdfReportNodeModel createNodeModel() {
        return new PdfReportNodeModel();
    }
}
