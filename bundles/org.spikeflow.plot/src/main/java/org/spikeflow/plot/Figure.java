package org.spikeflow.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;

import org.jfree.chart.JFreeChart;

/**
 * A figure: a title, an optional subtitle (e.g. metrics) and one or more chart panels laid out in a grid, row by row.
 * Single charts and small multiples (the neuron-type grid, the sweep panels) are drawn the same way, so every plot
 * shares title, fonts and margins. Coordinates are in points (1/72 inch); {@link FigureRenderer} scales them to the
 * requested resolution.
 */
public final class Figure {
    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final double MARGIN = 8;

    private final String title;
    private final String subtitle;
    private final List<JFreeChart> panels;
    private final int columns;

    /**
     * @param columns
     *            panels per row (at least 1; more than the number of panels is reduced)
     */
    public Figure(String title, String subtitle, List<JFreeChart> panels, int columns) {
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("A figure needs at least one chart panel");
        }
        if (columns < 1) {
            throw new IllegalArgumentException("A figure needs at least one column, got " + columns);
        }
        this.title = title == null ? "" : title;
        this.subtitle = subtitle == null ? "" : subtitle;
        this.panels = List.copyOf(panels);
        this.columns = Math.min(columns, panels.size());
    }

    /** A figure of one chart. */
    public static Figure of(String title, JFreeChart chart) {
        return new Figure(title, null, List.of(chart), 1);
    }

    public String getTitle() {
        return title;
    }

    public String getSubtitle() {
        return subtitle;
    }

    /** @return the chart panels, row by row (their datasets hold exactly the plotted data) */
    public List<JFreeChart> getPanels() {
        return panels;
    }

    public int getColumns() {
        return columns;
    }

    public int getRows() {
        return (panels.size() + columns - 1) / columns;
    }

    /** Draws the figure into {@code area} (white background, title, subtitle, then the panels). */
    public void draw(Graphics2D g2, Rectangle2D area) {
        Objects.requireNonNull(g2);
        g2.setPaint(Color.WHITE);
        g2.fill(area);
        double y = area.getY() + MARGIN;
        FontRenderContext frc = g2.getFontRenderContext();
        y = drawCentred(g2, title, TITLE_FONT, area, y, frc);
        y = drawCentred(g2, subtitle, SUBTITLE_FONT, area, y, frc);
        double top = y;
        double cellWidth = area.getWidth() / columns;
        double cellHeight = (area.getMaxY() - top) / getRows();
        for (int i = 0; i < panels.size(); i++) {
            int row = i / columns;
            int col = i % columns;
            Rectangle2D cell = new Rectangle2D.Double(area.getX() + col * cellWidth, top + row * cellHeight,
                    cellWidth, cellHeight);
            panels.get(i).draw(g2, cell);
        }
    }

    private static double drawCentred(Graphics2D g2, String text, Font font, Rectangle2D area, double y,
            FontRenderContext frc) {
        if (text.isEmpty()) {
            return y;
        }
        g2.setFont(font);
        g2.setPaint(Color.BLACK);
        double lineY = y;
        for (String line : text.split("\n")) {
            Rectangle2D bounds = font.getStringBounds(line, frc);
            float x = (float) (area.getCenterX() - bounds.getWidth() / 2);
            g2.drawString(line, x, (float) (lineY - bounds.getY()));
            lineY += bounds.getHeight() + 2;
        }
        return lineY + 2;
    }
}
