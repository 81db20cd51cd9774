package kz.oralman.examples.site;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.oralman.rules.Parameter;

/**
 * The geometry of a parameter's step chart by date, computed from its values: a step line for a
 * number, a period (in months) or a date; coloured bands with their values for regions, text and
 * unbounded counts. The SVG elements themselves are written by a template.
 */
public final class StepChart {
    static final int WIDTH = 720;
    static final int HEIGHT = 220;
    static final int LEFT = 90;
    static final int RIGHT = 20;
    static final int TOP = 16;
    static final int BOTTOM = 30;

    /**
     * A tick on an axis.
     *
     * @param at the coordinate
     * @param label the label
     */
    public record Tick(int at, String label) {
    }

    /**
     * A band: one value over its period.
     *
     * @param x left edge
     * @param width width
     * @param label the value, shortened to fit
     * @param title the whole value and its period
     * @param shade 0 or 1, alternating
     */
    public record Band(int x, int width, String label, String title, int shade) {
    }

    /**
     * A point where a value starts.
     *
     * @param x the x coordinate
     * @param y the y coordinate
     * @param title the value and its first day
     */
    public record Point(int x, int y, String title) {
    }

    /**
     * A chart.
     *
     * @param width the SVG width
     * @param height the SVG height
     * @param title what it shows, for screen readers
     * @param stepLine whether it is a step line (else bands)
     * @param path the step line's path data
     * @param points the value starts
     * @param bands the bands
     * @param xTicks the year ticks
     * @param yTicks the value ticks
     * @param plotTop the plot's top
     * @param plotBottom the plot's bottom
     * @param plotLeft the plot's left edge
     * @param plotRight the plot's right edge
     */
    public record Chart(int width, int height, String title, boolean stepLine, String path, List<Point> points,
                        List<Band> bands, List<Tick> xTicks, List<Tick> yTicks, int plotTop, int plotBottom,
                        int plotLeft, int plotRight) {
    }

    private StepChart() {
    }

    /**
     * The chart of a parameter over a span of dates.
     *
     * @param p the parameter
     * @param start the first day shown (the first law version's)
     * @param end the day after the last shown
     * @return the chart
     */
    public static Chart of(Parameter p, LocalDate start, LocalDate end) {
        LocalDate first = p.firstFrom().isBefore(start) ? p.firstFrom() : start;
        LocalDate last = p.values().get(p.values().size() - 1).from();
        LocalDate stop = end.isAfter(last) ? end : last.plusYears(2);
        double span = stop.toEpochDay() - first.toEpochDay();
        int plotRight = WIDTH - RIGHT;
        int plotBottom = HEIGHT - BOTTOM;
        java.util.function.ToIntFunction<LocalDate> x = d -> (int) Math.round(LEFT
                + (d.toEpochDay() - first.toEpochDay()) / span * (plotRight - LEFT));
        List<Tick> xTicks = new ArrayList<>();
        int years = stop.getYear() - first.getYear();
        int stepYears = years <= 12 ? 1 : years <= 24 ? 2 : 5;
        for (int y = first.getYear() + 1; y <= stop.getYear(); y++) {
            if (y % stepYears == 0) {
                LocalDate d = LocalDate.of(y, 1, 1);
                if (!d.isAfter(stop)) {
                    xTicks.add(new Tick(x.applyAsInt(d), String.valueOf(y)));
                }
            }
        }
        String title = p.id() + " by date, " + first + " to " + stop.minusDays(1);
        List<Double> numbers = numbers(p);
        List<Point> points = new ArrayList<>();
        if (numbers != null) {
            double min = numbers.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            double max = numbers.stream().mapToDouble(Double::doubleValue).max().orElse(1);
            if (!p.type().equals("date")) {
                min = Math.min(0, min);
            }
            if (max == min) {
                max = min + 1;
            }
            double lo = min;
            double hi = max;
            java.util.function.DoubleToIntFunction y = v -> (int) Math.round(plotBottom
                    - (v - lo) / (hi - lo) * (plotBottom - TOP - 10));
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < numbers.size(); i++) {
                Parameter.Value v = p.values().get(i);
                int px = x.applyAsInt(v.from());
                int py = y.applyAsInt(numbers.get(i));
                path.append(i == 0 ? String.format(Locale.ROOT, "M %d %d", px, py)
                        : String.format(Locale.ROOT, " V %d", py));
                int nx = i + 1 < numbers.size() ? x.applyAsInt(p.values().get(i + 1).from()) : plotRight;
                path.append(String.format(Locale.ROOT, " H %d", nx));
                points.add(new Point(px, py, v.from() + ": " + show(p, v.value())));
            }
            List<Tick> yTicks = new ArrayList<>();
            java.util.TreeSet<Double> distinct = new java.util.TreeSet<>(numbers);
            if (!p.type().equals("date")) {
                distinct.add(lo);
            }
            for (double d : distinct) {
                yTicks.add(new Tick(y.applyAsInt(d), label(p, d)));
            }
            return new Chart(WIDTH, HEIGHT, title, true, path.toString(), points, List.of(), xTicks,
                    thin(yTicks), TOP, plotBottom, LEFT, plotRight);
        }
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < p.values().size(); i++) {
            Parameter.Value v = p.values().get(i);
            int bx = x.applyAsInt(v.from());
            int nx = i + 1 < p.values().size() ? x.applyAsInt(p.values().get(i + 1).from()) : plotRight;
            String full = show(p, v.value());
            int chars = Math.max(0, (nx - bx - 8) / 7);
            String label = full.length() <= chars ? full : chars > 3 ? full.substring(0, chars - 1) + "…" : "";
            bands.add(new Band(bx, Math.max(1, nx - bx), label, v.from() + ": " + full, i % 2));
        }
        return new Chart(WIDTH, HEIGHT, title, false, "", List.of(), bands, xTicks, List.of(), TOP, plotBottom, LEFT,
                plotRight);
    }

    /** Keeps ticks at least 12 pixels apart. */
    private static List<Tick> thin(List<Tick> ticks) {
        List<Tick> out = new ArrayList<>();
        for (Tick t : ticks) {
            if (out.stream().noneMatch(o -> Math.abs(o.at() - t.at()) < 12)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The values as numbers, or null when they are not numbers to plot on one scale. */
    private static List<Double> numbers(Parameter p) {
        List<Double> out = new ArrayList<>();
        for (Parameter.Value v : p.values()) {
            try {
                switch (p.type()) {
                    case "integer" -> {
                        long n = Long.parseLong(v.value().strip());
                        if (n >= Integer.MAX_VALUE) {
                            return null;
                        }
                        out.add((double) n);
                    }
                    case "period" -> {
                        Period period = Period.parse(v.value().strip());
                        out.add(period.toTotalMonths() + period.getDays() / 30.0);
                    }
                    case "date" -> out.add((double) LocalDate.parse(v.value().strip()).toEpochDay());
                    default -> {
                        return null;
                    }
                }
            } catch (RuntimeException e) {
                return null;
            }
        }
        return out;
    }

    private static String label(Parameter p, double v) {
        return switch (p.type()) {
            case "date" -> LocalDate.ofEpochDay((long) v).toString();
            case "period" -> (v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v))
                    + " mo";
            default -> v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
        };
    }

    /**
     * A value as the site shows it.
     *
     * @param p the parameter
     * @param value the value as written
     * @return the value, "no limit" for the largest integer, "(none)" for an empty one
     */
    static String show(Parameter p, String value) {
        if (value.isBlank()) {
            return "(none)";
        }
        if (p.type().equals("integer") && value.strip().equals(String.valueOf(Integer.MAX_VALUE))) {
            return "no limit";
        }
        return value;
    }
}
