package org.parley.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.parley.analytics.SeriesPoint;
import org.parley.analytics.TurningPoint;
import org.parley.store.DyadReport;

/**
 * Draws a dyad series with XChart (Apache-2.0, knowm.org/open-source/xchart): the cooperation–conflict index and the
 * mean Goldstein value divided by 10 (both -1..1) per period with events, and a vertical line at each turning point.
 * PNG or SVG by the file's extension; headless.
 */
final class SeriesChart {
    private SeriesChart() {
    }

    /**
     * Writes the chart to {@code file}.
     *
     * @throws IllegalArgumentException when the extension is not .png or .svg
     * @throws IOException when the file cannot be written
     */
    static void write(DyadReport report, Path file) throws IOException {
        checkFile(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(1000).height(500).title(DyadView.title(report))
                .xAxisTitle(report.series().period().label()).yAxisTitle("-1 conflict .. +1 cooperation").build();
        chart.getStyler().setDatePattern(report.series().period() == org.parley.analytics.Period.MONTH ? "yyyy-MM"
                : "yyyy-MM-dd");
        List<Date> x = new ArrayList<>();
        List<Double> index = new ArrayList<>();
        List<Double> goldstein = new ArrayList<>();
        for (SeriesPoint p : report.series().points()) {
            if (p.index().isPresent()) {
                x.add(date(p.start()));
                index.add(p.index().getAsDouble());
                goldstein.add(p.meanGoldstein().getAsDouble() / 10);
            }
        }
        if (x.isEmpty()) {
            x.add(date(report.from()));
            index.add(0.0);
            goldstein.add(0.0);
        }
        chart.addSeries("cooperation-conflict index", x, index);
        chart.addSeries("mean Goldstein / 10", x, goldstein);
        for (TurningPoint tp : report.turningPoints()) {
            XYSeries line = chart.addSeries(tp.start() + " " + tp.direction(), List.of(date(tp.start()),
                    date(tp.start())), List.of(-1.0, 1.0));
            line.setMarker(SeriesMarkers.NONE);
        }
        String path = file.toString();
        if (name.endsWith(".png")) {
            BitmapEncoder.saveBitmap(chart, path.substring(0, path.length() - 4), BitmapEncoder.BitmapFormat.PNG);
        } else {
            VectorGraphicsEncoder.saveVectorGraphic(chart, path.substring(0, path.length() - 4),
                    VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        }
    }

    /** Throws IllegalArgumentException naming {@code file} unless it ends in .png or .svg (any case). */
    static void checkFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".svg")) {
            throw new IllegalArgumentException("--plot wants a .png or .svg file: " + file);
        }
    }

    private static Date date(java.time.LocalDate day) {
        return Date.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
