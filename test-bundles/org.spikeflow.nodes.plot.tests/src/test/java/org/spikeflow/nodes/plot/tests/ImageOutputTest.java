package org.spikeflow.nodes.plot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.image.ImagePortObject;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortTypeRegistry;
import org.spikeflow.nodes.plot.internal.comparison.ComparisonPlotterNodeFactory;
import org.spikeflow.nodes.plot.internal.fi.FiCurveNodeFactory;
import org.spikeflow.nodes.plot.internal.raster.SpikeRasterNodeFactory;
import org.spikeflow.nodes.plot.internal.report.PdfReportNodeFactory;
import org.spikeflow.nodes.plot.internal.writer.ImageWriterNodeFactory;
import org.spikeflow.testing.NodeTesting;

/** Rendering headless in Equinox: the image port, files, sizes, resolution, valid PNG / SVG / PDF. */
class ImageOutputTest {
    @TempDir
    Path out;

    @Test
    void imagePortTypeIsRegistered() {
        assertSame(ImagePortObject.class, PortTypeRegistry.getInstance().find("org.spikeflow.image").orElseThrow()
                .getObjectClass());
        assertTrue(ImagePortObject.TYPE.accepts(ImagePortObject.TYPE));
        assertFalse(DataTable.TYPE.accepts(ImagePortObject.TYPE), "an image cannot feed a table port");
    }

    @Test
    void comparisonWritesTheSeedsFileNamesAtTheRequestedSizeAndResolution() throws Exception {
        DataTable[] in = ChartDataTest.forecastFixture(true);
        List<Path> written = new ArrayList<>();
        ImagePortObject image = Harness.run(NodeTesting.node(new ComparisonPlotterNodeFactory(),
                "{'name':'Regular_Spiking_RS','output':{'width':900,'height':600,'dpi':300,'writeFiles':true}}"),
                out, written, in[0], in[1], null);
        Path png = out.resolve("comparison_plots/Regular_Spiking_RS_comparison.png");
        Path svg = out.resolve("comparison_plots/Regular_Spiking_RS_comparison.svg");
        assertEquals(List.of(png, svg), written, "both files reported to the run");
        Harness.assertPng(Files.readAllBytes(png), 900, 600, 300);
        Harness.assertSvgFile(svg, 900, 600);
        Harness.assertPng(image.getPng(), 900, 600, 300);
        assertEquals(900, image.getSpec().getWidth());
        assertEquals(300, image.getSpec().getDpi(), 0);
        try (var files = Files.list(out.resolve("comparison_plots"))) {
            assertEquals(2, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void plotsAreDrawnNotBlank() throws Exception {
        DataTable summary = Harness.table("I", DataType.DOUBLE, new double[] {0, 5, 10}, "Firing rate (Hz)",
                DataType.DOUBLE, new double[] {0, 20, 40});
        ImagePortObject image = Harness.run(NodeTesting.node(new FiCurveNodeFactory(),
                "{'title':'F-I','output':{'width':400,'height':300,'dpi':96}}"), out, null, summary);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(image.getPng()));
        int dark = 0;
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                dark += (png.getRGB(x, y) & 0xFF) < 128 ? 1 : 0;
            }
        }
        assertTrue(dark > 500, "text, axes and the curve are drawn (" + dark + " dark pixels)");
        Harness.assertSvg(image.getSvg(), 400, 300);
        assertTrue(image.getSvg().contains("F-I"), "the SVG holds the title as text");
        assertFalse(image.getSvg().contains("<!DOCTYPE"), "no DTD for parsers to download");
        ImagePortObject again = Harness.run(NodeTesting.node(new FiCurveNodeFactory(),
                "{'title':'F-I','output':{'width':400,'height':300,'dpi':96}}"), out, null, summary);
        assertEquals(image.getSvg(), again.getSvg(), "the same figure gives the same SVG, byte for byte");
    }

    @Test
    void rasterOfAPopulationRendersItsSpikesAsPixels() throws Exception {
        // two neurons: neuron 0 fires at 10 ms, neuron 1 never; the time axis 0..100 ms
        DataTable spikes = Harness.table("Neuron", DataType.INT, new int[] {0}, "Spike time (ms)", DataType.DOUBLE,
                new double[] {10});
        ImagePortObject image = Harness.run(NodeTesting.node(new SpikeRasterNodeFactory(),
                "{'neuronCount':2,'tEnd':100,'output':{'width':600,'height':400,'dpi':72}}"), out, null, spikes);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(image.getPng()));
        // the spike column: dark pixels in the lower half of the data area, none in the upper half above them
        int darkColumns = 0;
        for (int x = 0; x < png.getWidth(); x++) {
            int dark = 0;
            for (int y = 0; y < png.getHeight(); y++) {
                dark += (png.getRGB(x, y) & 0xFF) < 64 ? 1 : 0;
            }
            darkColumns += dark > 100 ? 1 : 0;
        }
        assertTrue(darkColumns >= 1, "the spike tick spans a neuron row (over 100 px)");
        assertTrue(image.getSvg().contains("<image"), "the SVG embeds the raster as one image");
    }

    @Test
    void imageWriterWritesPngAndSvg() throws Exception {
        ImagePortObject image = fi("One");
        List<Path> written = new ArrayList<>();
        var node = NodeTesting.node(new ImageWriterNodeFactory(), "{'path':'figs/curve.png','formats':'PNG_AND_SVG'}");
        Harness.configure(node, image);
        node.execute(new PortObject[] {image}, org.spikeflow.core.flowvar.FlowObjectStack.empty(),
                Harness.context(out, written));
        assertEquals(List.of(out.resolve("figs/curve.png"), out.resolve("figs/curve.svg")), written);
        Harness.assertPng(Files.readAllBytes(written.get(0)), 500, 400, 100);
        Harness.assertSvgFile(written.get(1), 500, 400);
    }

    private ImagePortObject fi(String title) throws Exception {
        DataTable summary = Harness.table("I", DataType.DOUBLE, new double[] {0, 5, 10}, "Firing rate (Hz)",
                DataType.DOUBLE, new double[] {0, 20, 40});
        return Harness.run(NodeTesting.node(new FiCurveNodeFactory(), "{'title':'" + title
                + "','output':{'width':500,'height':400,'dpi':100}}"), out, null, summary);
    }

    @Test
    void pdfReportHasAPagePerImageInOrder() throws Exception {
        ImagePortObject first = fi("First");
        ImagePortObject second = fi("Second");
        Files.write(out.resolve("third.png"), second.getPng());
        DataTable files = Harness.table("Path", DataType.STRING, new String[] {"third.png"});
        List<Path> written = new ArrayList<>();
        var node = NodeTesting.node(new PdfReportNodeFactory(), "{'path':'report/all.pdf'}");
        PortObject[] in = {first, null, second, null, null, null, files};
        Harness.configure(node, in);
        node.execute(in, org.spikeflow.core.flowvar.FlowObjectStack.empty(), Harness.context(out, written));
        assertEquals(List.of(out.resolve("report/all.pdf")), written);
        try (PDDocument pdf = Loader.loadPDF(written.get(0).toFile())) {
            assertEquals(3, pdf.getNumberOfPages());
            PDRectangle page = pdf.getPage(0).getMediaBox();
            // 500 px at 100 dpi = 360 pt, plus two 36 pt margins
            assertEquals(500 * 72.0 / 100 + 72, page.getWidth(), 0.01);
            assertEquals(400 * 72.0 / 100 + 72 + 20, page.getHeight(), 0.01, "with the caption line");
            assertEquals("Spikeflow report", pdf.getDocumentInformation().getTitle());
        }
    }

    @Test
    void pdfReportWithoutImagesFails() throws Exception {
        var node = NodeTesting.node(new PdfReportNodeFactory(), null);
        PortObject[] in = new PortObject[7];
        Harness.configure(node, in);
        Exception e = assertThrows(Exception.class, () -> node.execute(in,
                org.spikeflow.core.flowvar.FlowObjectStack.empty(), Harness.context(out, null)));
        assertTrue(e.getMessage().contains("no pages"), e.getMessage());
    }
}
