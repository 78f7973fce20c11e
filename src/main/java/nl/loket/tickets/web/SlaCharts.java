package nl.loket.tickets.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import nl.loket.tickets.ServiceLevelFigures;
import org.jspecify.annotations.Nullable;

/**
 * The report's charts as drawn on the server into inline SVG: horizontal bars, one heading line per
 * department and level, one bar per figure with its name before it and its value after it (so the
 * chart reads without colour; the series also differ in pattern). The template draws what this
 * computes: positions in the SVG's own units.
 */
public final class SlaCharts {

    static final int WIDTH = 760;
    static final int LABEL_WIDTH = 250;
    static final int BAR_SPACE = 360;
    static final int LINE = 22;
    static final int BAR_HEIGHT = 14;

    /** One chart: its lines top to bottom and its height. */
    public record Chart(String id, List<Line> lines, int height) {

        public int width() {
            return WIDTH;
        }
    }

    /**
     * A line: a heading (no bar) or a bar of {@code series} (0, 1, 2: its fill) with its label, length
     * and value text; {@code y} is the line's text baseline.
     */
    public record Line(boolean heading, String label, int y, int series, int barWidth, String value) {

        public int barX() {
            return LABEL_WIDTH;
        }

        public int barY() {
            return y - BAR_HEIGHT + 3;
        }

        public int barHeight() {
            return BAR_HEIGHT;
        }

        public int valueX() {
            return LABEL_WIDTH + barWidth + 6;
        }
    }

    /** A figure of a row: its series name, its length from 0 to 1 (null: no bar), its text. */
    public record Figure(String name, @Nullable Double part, String value) {}

    private SlaCharts() {}

    /** The share within target of each clock, per row. */
    static Chart shares(
            List<ServiceLevelFigures.Row> rows,
            Function<ServiceLevelFigures.Row, String> heading,
            List<String> seriesNames,
            Function<@Nullable Double, String> share) {
        return chart(
                "sla-chart-shares",
                rows,
                heading,
                row -> List.of(
                        new Figure(
                                seriesNames.get(0),
                                row.firstResponse().withinTarget(),
                                share.apply(row.firstResponse().withinTarget())),
                        new Figure(
                                seriesNames.get(1),
                                row.nextResponse().withinTarget(),
                                share.apply(row.nextResponse().withinTarget())),
                        new Figure(
                                seriesNames.get(2),
                                row.resolution().withinTarget(),
                                share.apply(row.resolution().withinTarget()))));
    }

    /** Median and 90th percentile of the first response, per row, on one scale. */
    static Chart firstResponse(
            List<ServiceLevelFigures.Row> rows,
            Function<ServiceLevelFigures.Row, String> heading,
            List<String> seriesNames,
            Function<ServiceLevelFigures.Clock, List<String>> texts) {
        var longest = rows.stream()
                .map(row -> row.firstResponse().p90())
                .filter(Objects::nonNull)
                .mapToLong(Duration::toSeconds)
                .max()
                .orElse(0);
        return chart("sla-chart-first-response", rows, heading, row -> {
            var clock = row.firstResponse();
            var text = texts.apply(clock);
            return List.of(
                    new Figure(seriesNames.get(0), part(clock.median(), longest), text.get(0)),
                    new Figure(seriesNames.get(1), part(clock.p90(), longest), text.get(1)));
        });
    }

    private static @Nullable Double part(@Nullable Duration duration, long longest) {
        if (duration == null) {
            return null;
        }
        return longest == 0 ? 0.0 : (double) duration.toSeconds() / longest;
    }

    private static Chart chart(
            String id,
            List<ServiceLevelFigures.Row> rows,
            Function<ServiceLevelFigures.Row, String> heading,
            Function<ServiceLevelFigures.Row, List<Figure>> figures) {
        var lines = new ArrayList<Line>();
        var y = LINE;
        for (var row : rows) {
            lines.add(new Line(true, heading.apply(row), y, 0, 0, ""));
            y += LINE;
            var series = 0;
            for (var figure : figures.apply(row)) {
                var width = figure.part() == null ? 0 : (int) Math.round(Math.min(1, figure.part()) * BAR_SPACE);
                lines.add(new Line(false, figure.name(), y, series++, width, figure.value()));
                y += LINE;
            }
            y += LINE / 2;
        }
        return new Chart(id, lines, y);
    }
}
