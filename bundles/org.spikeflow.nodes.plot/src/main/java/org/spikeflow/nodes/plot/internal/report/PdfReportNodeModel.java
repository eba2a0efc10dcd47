package org.spikeflow.nodes.plot.internal.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.image.ImagePortObject;
import org.spikeflow.core.io.AtomicFiles;
import org.spikeflow.core.node.ColumnChecks;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;

/**
 * A multi-page PDF: one page per image, from the image inputs 0–5 (in port order) and then the image files listed in a
 * table (input 6). Each page has the image's printed size (pixels / dpi) plus a margin and an optional caption.
 */
public class PdfReportNodeModel extends NodeModel<PdfReportNodeSettings> {
    public static final int IMAGE_PORTS = 6;
    static final String TABLE = "image table (input 6)";
    static final float MARGIN = 36;
    static final float CAPTION_SIZE = 10;

    public PdfReportNodeModel() {
        super(ports(), new PortType[0], PdfReportNodeSettings.class);
    }

    private static PortType[] ports() {
        PortType[] in = new PortType[IMAGE_PORTS + 1];
        for (int i = 0; i < IMAGE_PORTS; i++) {
            in[i] = ImagePortObject.TYPE_OPTIONAL;
        }
        in[IMAGE_PORTS] = DataTable.TYPE_OPTIONAL;
        return in;
    }

    /** One page: PNG/JPEG bytes, its caption and its printed size in points. */
    record Page(byte[] content, String caption, String source, double dpi) {
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] in) throws InvalidSettingsException {
        if (in[IMAGE_PORTS] instanceof DataTableSpec table) {
            ColumnChecks.requireColumn(table, TABLE, getSettings().pathColumn, "path column");
        }
        if (getSettings().path == null || getSettings().path.isBlank()) {
            throw new InvalidSettingsException("The PDF file to write is not set (setting 'path')");
        }
        return new PortObjectSpec[0];
    }

    @Override
    protected PortObject[] execute(PortObject[] in, ExecutionContext exec) throws Exception {
        PdfReportNodeSettings s = getSettings();
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < IMAGE_PORTS; i++) {
            if (in[i] instanceof ImagePortObject image) {
                pages.add(new Page(image.getPng(), image.getSpec().getTitle(), "input " + i, image.getSpec().getDpi()));
            }
        }
        if (in[IMAGE_PORTS] instanceof DataTable table) {
            Column paths = table.getColumn(s.pathColumn);
            for (int r = 0; r < table.getRowCount(); r++) {
                if (paths.isMissing(r)) {
                    throw new InvalidSettingsException("Column '" + s.pathColumn + "' of the " + TABLE
                            + " is missing at row " + r);
                }
                Path file = exec.resolveOutput(paths.format(r));
                if (!Files.isRegularFile(file)) {
                    throw new InvalidSettingsException("Row " + r + " of the " + TABLE + " (column '" + s.pathColumn
                            + "') names " + file + ", which is not a file");
                }
                pages.add(new Page(Files.readAllBytes(file), file.getFileName().toString(), file.toString(), 0));
            }
        }
        if (pages.isEmpty()) {
            throw new InvalidSettingsException("The report has no pages: connect images to inputs 0–5 or a table of"
                    + " image files to input 6");
        }
        Path target = exec.resolveOutput(s.path);
        // PDFBox closes the stream it saves to, so the document is built in memory and then written atomically
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream(1 << 20);
        writePdf(pages, s, exec, pdf);
        AtomicFiles.write(target, out -> pdf.writeTo(out));
        exec.fileWritten(target);
        exec.setProgress(1, "Wrote " + pages.size() + " pages to " + target.getFileName());
        return new PortObject[0];
    }

    private static void writePdf(List<Page> pages, PdfReportNodeSettings s, ExecutionContext exec,
            java.io.OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(s.title);
            info.setCreator("Spikeflow");
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int done = 0;
            for (Page page : pages) {
                PDImageXObject image;
                try {
                    image = PDImageXObject.createFromByteArray(document, page.content(), page.source());
                } catch (IOException | IllegalArgumentException e) {
                    throw new IOException("Cannot read the image of " + page.source() + " as PNG or JPEG: "
                            + e.getMessage(), e);
                }
                // printed size: pixels at the image's dpi (72 dpi, 1 px = 1 pt, when unknown)
                double scale = page.dpi() > 0 ? 72.0 / page.dpi() : 1;
                float w = (float) (image.getWidth() * scale);
                float h = (float) (image.getHeight() * scale);
                boolean caption = s.captions && !page.caption().isBlank();
                float captionSpace = caption ? CAPTION_SIZE * 2 : 0;
                PDPage pdfPage = new PDPage(new PDRectangle(w + 2 * MARGIN, h + 2 * MARGIN + captionSpace));
                document.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    content.drawImage(image, MARGIN, MARGIN + captionSpace, w, h);
                    if (caption) {
                        content.beginText();
                        content.setFont(font, CAPTION_SIZE);
                        content.newLineAtOffset(MARGIN, MARGIN);
                        content.showText(latin1(page.caption()));
                        content.endText();
                    }
                }
                exec.setProgress((double) ++done / pages.size(), "Page " + done + " of " + pages.size());
            }
            document.save(out);
        }
    }

    /** The standard 14 fonts encode WinAnsi only: other characters become '?'. */
    static String latin1(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            b.append(c >= 32 && c < 256 || c == '–' || c == '—' || c == '·' ? c : '?');
        }
        return b.toString();
    }
}
