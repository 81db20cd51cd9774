package kz.oralman.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.oralman.model.Case;
import kz.oralman.model.CitizenshipPeriod;
import kz.oralman.model.PendingApplication;
import kz.oralman.model.PermitDecision;
import kz.oralman.model.Person;
import kz.oralman.model.PersonId;
import kz.oralman.model.StatusEvent;
import kz.oralman.model.json.Canonical;
import kz.oralman.rules.Messages;
import kz.oralman.rules.OralmanEngine;
import kz.oralman.rules.facts.StatusStanding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code oralman status CASE.json --person ID --on DATE}: the status of a person on a date, read from
 * the case (Art. 25 p.1: it ends on citizenship, on a permanent residence permit refused or annulled on
 * Art. 49 grounds, and one year after it was obtained), with the events it rests on.
 *
 * <p>States: {@code ACTIVE}, {@code EXPIRED}, {@code ENDED_BY_CITIZENSHIP}, {@code ENDED} (with its
 * reason, and whether that reason is an Art. 25 ground) and {@code NONE}. Formats: {@code text} (kk, ru
 * or en) and {@code json} ({@code oralman-status/1}, an array with one object per person).
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Prints the status of a person on a date, read from the case's status history, "
                + "citizenships and permanent residence permit decisions (Art. 25 p.1), with the events it rests on.",
            "Example: oralman status docs/examples/cn-2024-permit-annulled.json --person holder --on 2024-11-01"})
final class StatusCommand implements Callable<Integer> {
    /** The format id of the JSON output. */
    static final String FORMAT = "oralman-status/1";

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE.json", description = "the case, format oralman-case/1")
    Path file;

    @Option(names = "--person", paramLabel = "ID",
            description = "the person (default: every person of the case, applicant first)")
    String person;

    @Option(names = "--on", paramLabel = "DATE",
            description = "the date, YYYY-MM-DD (default: the application's filing date)")
    LocalDate on;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "kk, ru or en (default: en)")
    String language;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: text)")
    Format format;

    @Override
    public Integer call() {
        if (!Messages.LANGUAGES.contains(language)) {
            throw new UserError("--lang '" + language + "' is not one of kk, ru, en");
        }
        Case c = CaseFiles.read(file);
        LocalDate date = on == null ? c.application().filed() : on;
        List<PersonId> persons = person == null ? OralmanEngine.everyoneInOrder(c)
                : List.of(DecideCommand.personOf(c, person));
        OralmanEngine engine = OralmanEngine.bundled();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ArrayNode all = JsonNodeFactory.instance.arrayNode();
            persons.forEach(p -> all.add(json(c, p, date, engine.standingOn(c, p, date))));
            out.print(Canonical.print(all));
        } else {
            Messages m = Messages.of(language);
            for (int i = 0; i < persons.size(); i++) {
                if (i > 0) {
                    out.print("\n");
                }
                out.print(text(m, c, persons.get(i), date, engine.standingOn(c, persons.get(i), date),
                        engine.versionOn(date).map(kz.oralman.rules.LawVersion::terminology).orElse("kandas")));
            }
        }
        out.flush();
        return OralmanCli.OK;
    }

    /** One event the standing rests on: its pointer, its kind and its day. */
    record Event(String pointer, String kind, LocalDate date, Map<String, String> details) {
    }

    /** The events behind a standing, resolved from their JSON Pointers, in date order. */
    static List<Event> events(Case c, StatusStanding s) {
        List<Event> out = new ArrayList<>();
        for (String ptr : s.pointers()) {
            String[] parts = ptr.substring(1).split("/");
            if (parts[0].equals("application") && parts[1].equals("statusHistory")) {
                StatusEvent e = c.application().statusHistory().get(Integer.parseInt(parts[2]));
                java.util.TreeMap<String, String> details = new java.util.TreeMap<>();
                e.validUntil().ifPresent(v -> details.put("validUntil", v.toString()));
                e.endReason().ifPresent(r -> details.put("endReason", r.name()));
                out.add(new Event(ptr, e.kind().name(), e.date(), details));
            } else if (parts[0].equals("persons")) {
                Person p = c.persons().get(Integer.parseInt(parts[1]));
                int j = Integer.parseInt(parts[3]);
                if (parts[2].equals("permitDecisions")) {
                    PermitDecision d = p.permitDecisions().get(j);
                    java.util.TreeMap<String, String> details = new java.util.TreeMap<>();
                    d.art49Subparagraph().ifPresent(n -> details.put("art49Subparagraph", n.toString()));
                    details.put("evidence", d.evidence().name());
                    out.add(new Event(ptr, "PERMIT_" + d.kind().name(), d.date(), details));
                } else if (parts[2].equals("citizenships")) {
                    CitizenshipPeriod cp = p.citizenships().get(j);
                    out.add(new Event(ptr, "CITIZENSHIP", cp.period().getStart(), Map.of("country", cp.country().code())));
                }
            }
        }
        out.sort(java.util.Comparator.comparing(Event::date).thenComparing(Event::pointer));
        return out;
    }

    private static List<String> pendingPointers(Case c, PersonId p, LocalDate date) {
        List<String> out = new ArrayList<>();
        List<PendingApplication> pending = c.application().pendingStatusApplications();
        for (int i = 0; i < pending.size(); i++) {
            if (pending.get(i).person().equals(p) && !pending.get(i).filed().isAfter(date)) {
                out.add("/application/pendingStatusApplications/" + i);
            }
        }
        return out;
    }

    static ObjectNode json(Case c, PersonId p, LocalDate date, StatusStanding s) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("format", FORMAT).put("case", c.id()).put("person", p.value()).put("role", c.role(p).kind())
                .put("on", date.toString()).put("state", s.state().name());
        if (s.validUntil() != null) {
            o.put("validUntil", s.validUntil().toString());
        }
        if (s.endReason() != null) {
            o.put("endReason", s.endReason().name()).put("article25Ground", s.endReason().isArticle25Ground());
            if (s.endReason().isArticle25Ground()) {
                o.put("article25Subparagraph", s.endReason().article25Subparagraph());
            }
        } else if (s.state() == kz.oralman.model.StatusState.EXPIRED) {
            o.put("article25Ground", true).put("article25Subparagraph", 3);
        }
        if (s.endedOn() != null) {
            o.put("endedOn", s.endedOn().toString());
        }
        ArrayNode events = o.putArray("events");
        for (Event e : events(c, s)) {
            ObjectNode x = events.addObject().put("pointer", e.pointer()).put("kind", e.kind())
                    .put("date", e.date().toString());
            e.details().forEach(x::put);
        }
        ArrayNode unsettled = o.putArray("unsettled");
        s.unsettledPermitPointers().forEach(unsettled::add);
        ArrayNode pending = o.putArray("pendingApplications");
        for (String ptr : pendingPointers(c, p, date)) {
            PendingApplication pa = c.application().pendingStatusApplications()
                    .get(Integer.parseInt(ptr.substring(ptr.lastIndexOf('/') + 1)));
            pending.addObject().put("pointer", ptr).put("question", pa.question().name())
                    .put("filed", pa.filed().toString());
        }
        return o;
    }

    static String text(Messages m, Case c, PersonId p, LocalDate date, StatusStanding s, String terminology) {
        StringBuilder sb = new StringBuilder();
        sb.append(DecideCommand.personHeader(m, c, p.value())).append('\n');
        sb.append(m.text("label.statusOn")).append(' ').append(date).append(": ").append(m.text("state." + s.state().name()));
        if (s.endReason() != null) {
            sb.append(" — ").append(m.text("endReason." + s.endReason().name()));
        } else if (s.state() == kz.oralman.model.StatusState.EXPIRED) {
            sb.append(" — ").append(m.text("status.expiredArt25"));
        }
        sb.append('\n');
        if (s.validUntil() != null) {
            sb.append(m.text("label.validUntil")).append(": ").append(s.validUntil()).append('\n');
        }
        if (s.endedOn() != null) {
            sb.append(m.text("label.endedOn")).append(": ").append(s.endedOn()).append('\n');
        }
        if (s.endReason() != null && !s.endReason().isArticle25Ground()) {
            sb.append("⚠ ").append(m.text("status.notArt25")).append('\n');
        }
        List<Event> events = events(c, s);
        sb.append(m.text("label.events")).append(':').append(events.isEmpty() ? " " + m.text("label.none") : "")
                .append('\n');
        for (Event e : events) {
            sb.append("  ").append(e.date()).append("  ").append(m.text("event." + e.kind()));
            e.details().forEach((k, v) -> sb.append(", ").append(m.text("event.detail." + k)).append(' ')
                    .append(k.equals("endReason") ? m.text("endReason." + v) : k.equals("evidence")
                            ? m.text("evidence." + v) : v));
            sb.append("  [").append(e.pointer()).append("]\n");
        }
        if (!s.unsettledPermitPointers().isEmpty()) {
            sb.append("⚠ ").append(m.text("status.permitUnsettled")).append(": ")
                    .append(String.join(", ", s.unsettledPermitPointers())).append('\n');
        }
        for (String ptr : pendingPointers(c, p, date)) {
            PendingApplication pa = c.application().pendingStatusApplications()
                    .get(Integer.parseInt(ptr.substring(ptr.lastIndexOf('/') + 1)));
            sb.append(m.text("label.pending")).append(": ").append(m.format("question." + pa.question().name(),
                    Map.of(), terminology)).append(", ").append(pa.filed()).append("  [").append(ptr).append("]\n");
        }
        return sb.toString();
    }
}
