package kz.oralman.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.oralman.model.Region;
import kz.oralman.model.decision.Confidence;
import kz.oralman.rules.facts.LawParameters;

/**
 * The dated parameters of the law, read from {@code parameters.json}. Immutable and thread-safe.
 */
public final class ParameterTable {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private final Map<String, Parameter> parameters;
    /** The values between breakpoints, computed once: a decision only looks them up. */
    private final java.util.concurrent.ConcurrentNavigableMap<LocalDate, LawParameters> byBreakpoint =
            new java.util.concurrent.ConcurrentSkipListMap<>();

    /** Every day on which some parameter takes a new value, sorted: looked up, never scanned. */
    private final java.util.NavigableSet<LocalDate> breakpoints = new java.util.TreeSet<>();

    private ParameterTable(Map<String, Parameter> parameters) {
        this.parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        parameters.values().forEach(p -> p.values().forEach(v -> breakpoints.add(v.from())));
    }

    /**
     * Reads a parameter table.
     *
     * @param json the text of a {@code parameters.json}
     * @param source a name for error messages (a file name)
     * @return the table
     * @throws RulesetException when the text is not a valid table; the message names the place
     */
    public static ParameterTable parse(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new RulesetException(source + ": not well-formed JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject() || !"oralman-parameters/1".equals(root.path("format").asText())) {
            throw new RulesetException(source + ": expected an object with \"format\": \"oralman-parameters/1\"");
        }
        Map<String, Parameter> out = new LinkedHashMap<>();
        JsonNode list = root.path("parameters");
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            String where = source + ": /parameters/" + i;
            try {
                Confidence confidence = Confidence.valueOf(p.path("confidence").asText());
                String id = p.path("id").asText();
                List<Parameter.Value> values = new ArrayList<>();
                JsonNode vs = p.path("values");
                for (int j = 0; j < vs.size(); j++) {
                    JsonNode v = vs.get(j);
                    if (!v.path("reference").isTextual()) {
                        throw new IllegalArgumentException("parameter " + id + ": values[" + j
                                + "] has no \"reference\" (an act and article, or a source URL, or UNVERIFIED: why)");
                    }
                    values.add(new Parameter.Value(LocalDate.parse(v.path("from").asText()), v.path("value").asText(),
                            v.has("confidence") ? Confidence.valueOf(v.get("confidence").asText()) : confidence,
                            v.get("reference").asText()));
                }
                if (!p.path("unit").isTextual()) {
                    throw new IllegalArgumentException("parameter " + id + " has no \"unit\"");
                }
                JsonNode optional = p.path("optional");
                if (!optional.isMissingNode() && !optional.isBoolean()) {
                    throw new IllegalArgumentException("parameter " + id + ": \"optional\" must be true or false");
                }
                Parameter parameter = new Parameter(id, p.path("type").asText(), p.get("unit").asText(),
                        optional.asBoolean(false), p.path("description").asText(), p.path("source").asText(),
                        confidence, values);
                for (Parameter.Value v : values) {
                    convert(parameter.type(), v.value());
                }
                if (out.put(parameter.id(), parameter) != null) {
                    throw new IllegalArgumentException("duplicate parameter id " + parameter.id());
                }
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new RulesetException(where + ": " + e.getMessage());
            }
        }
        return new ParameterTable(out);
    }

    private static Object convert(String type, String value) {
        return switch (type) {
            case "period" -> Period.parse(value);
            case "date" -> LocalDate.parse(value);
            case "integer" -> Integer.parseInt(value);
            case "regions" -> regions(value);
            case "text" -> value;
            default -> throw new IllegalArgumentException("unknown parameter type '" + type + "'");
        };
    }

    private static Set<Region> regions(String value) {
        Set<Region> set = EnumSet.noneOf(Region.class);
        for (String s : value.trim().split("\\s+")) {
            if (!s.isEmpty()) {
                set.add(Region.valueOf(s));
            }
        }
        return set;
    }

    /** @return every parameter, in file order */
    public List<Parameter> parameters() {
        return List.copyOf(parameters.values());
    }

    /**
     * A parameter by id.
     *
     * @param id the id
     * @return the parameter, if present
     */
    public Optional<Parameter> get(String id) {
        return Optional.ofNullable(parameters.get(id));
    }

    private Object value(String id, LocalDate date) {
        Parameter p = parameter(id);
        Parameter.Value v = p.on(date).orElse(null);
        if (v == null) {
            if (p.optional()) {
                return null;
            }
            throw new RulesetException("parameter " + id + " has no value on " + date);
        }
        return convert(p.type(), v.value());
    }

    private Parameter parameter(String id) {
        Parameter p = parameters.get(id);
        if (p == null) {
            throw new RulesetException("parameter " + id + " is missing from the parameter table");
        }
        return p;
    }

    /**
     * Checks that the table can serve a law version from its first day: every parameter the rules read
     * is present, and every required (not optional) one has a value on that day. Values never lapse once
     * they start, so the check holds for every later day too. An optional parameter may start later:
     * before its first value the rules see it as absent.
     *
     * @param from the first day of a law version
     * @throws RulesetException naming the first parameter that fails
     */
    public void checkServes(LocalDate from) {
        on(from);
    }

    /**
     * The reference of the value of a parameter in force on a date, for explanations.
     *
     * @param id the parameter's id
     * @param date the date
     * @return the value with its reference, or empty when the parameter is absent on that date
     * @throws RulesetException when the table has no such parameter
     */
    public Optional<Parameter.Value> valueOn(String id, LocalDate date) {
        return parameter(id).on(date);
    }

    /**
     * The parameter values in force on a date, as the rules read them.
     *
     * @param date the governing date
     * @return the values
     * @throws RulesetException when a parameter the rules need is missing, or a required one has no
     *         value then (an optional one without a value is null in the result)
     */
    public LawParameters on(LocalDate date) {
        LocalDate breakpoint = breakpoints.floor(date);
        if (breakpoint == null) {
            return compute(date);
        }
        // the values are the same on every day from a breakpoint to the next, so computing them for the
        // date asked gives the breakpoint's values, and an error names the date asked
        return byBreakpoint.computeIfAbsent(breakpoint, b -> compute(date));
    }

    @SuppressWarnings("unchecked")
    private LawParameters compute(LocalDate date) {
        return new LawParameters(
                (Period) value("status.term", date),
                (LocalDate) value("sovereignty.cutoff", date),
                (Integer) value("status.extension.maxCount", date),
                (Period) value("status.extension.maxTerm", date),
                (Integer) value("status.processingWorkingDays", date),
                (Set<Region>) value("settlement.designatedRegions", date),
                (LocalDate) value("status.oneOff2019Until", date),
                (LocalDate) value("status.extension.countFrom", date),
                (LocalDate) value("citizenship.lawDate", date),
                (Period) value("centre.maxStay", date),
                (Period) value("citizenship.reviewPeriod", date),
                kz.oralman.model.QuotaUnit.valueOf((String) value("quota.unit", date)),
                (String) value("quota.setBy", date),
                (Set<Region>) value("quota.settlementRegions", date),
                (String) value("quota.settlementRegionsBasis", date),
                (Integer) value("support.relocationMrpPerMember", date),
                (Integer) value("support.rentMrpMin", date),
                (Integer) value("support.rentMrpMax", date),
                (Integer) value("support.rentMonths", date),
                (Integer) value("support.housingSharePercent", date),
                (Integer) value("support.housingCapMrp", date),
                (Integer) value("mrp.tenge", date),
                (LocalDate) value("support.socialCodeFrom", date),
                (String) value("centre.rulesAct", date));
    }
}
