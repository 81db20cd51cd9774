package kz.oralman.model.json;

import java.io.IOException;
import kz.oralman.model.Application;
import kz.oralman.model.Case;
import kz.oralman.model.Centre;
import kz.oralman.model.CentreStay;
import kz.oralman.model.CitizenshipApplication;
import kz.oralman.model.CitizenshipPeriod;
import kz.oralman.model.FamilyTie;
import kz.oralman.model.IdentityDocument;
import kz.oralman.model.NationalityClaim;
import kz.oralman.model.Occupancy;
import kz.oralman.model.PendingApplication;
import kz.oralman.model.PermitDecision;
import kz.oralman.model.Person;
import kz.oralman.model.PersonId;
import kz.oralman.model.PersonName;
import kz.oralman.model.QuotaOffer;
import kz.oralman.model.QuotaSnapshot;
import kz.oralman.model.RefusalFact;
import kz.oralman.model.ResidencePeriod;
import kz.oralman.model.StatusEvent;
import kz.oralman.model.ArrivalMotive;
import org.threeten.extra.LocalDateRange;

/**
 * Writes a case's canonical JSON value by value, with no tree in between, to a Jackson generator (the
 * text of {@link CaseJson#write}) or straight into the SHA-256 digest ({@link CaseJson#hash}): the same
 * fields in the same order as {@link CaseJson#toTree}, so that the bytes are the same (a test holds the
 * three together over every sample case and thousands of generated ones). Package-private.
 */
final class CaseWriter {
    private CaseWriter() {
    }

    static void write(CanonicalOut g, Case c) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", CaseJson.FORMAT);
        g.writeStringField("id", c.id());
        g.writeArrayFieldStart("persons");
        for (Person p : c.persons()) {
            person(g, p);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("familyTies");
        for (FamilyTie t : c.familyTies()) {
            g.writeStartObject();
            g.writeStringField("from", t.from().value());
            g.writeStringField("relation", t.relation().name());
            g.writeStringField("to", t.to().value());
            g.writeEndObject();
        }
        g.writeEndArray();
        application(g, c.application());
        g.writeArrayFieldStart("centres");
        for (Centre ce : c.centres()) {
            g.writeStartObject();
            g.writeStringField("id", ce.id());
            g.writeStringField("name", ce.name());
            g.writeStringField("region", ce.region().name());
            g.writeStringField("kind", ce.kind().name());
            g.writeNumberField("capacity", ce.capacity());
            g.writeArrayFieldStart("occupancy");
            for (Occupancy o : ce.occupancy()) {
                g.writeStartObject();
                g.writeStringField("date", o.date().toString());
                g.writeNumberField("persons", o.persons());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("stays");
        for (CentreStay s : c.stays()) {
            g.writeStartObject();
            g.writeStringField("person", s.person().value());
            g.writeStringField("centreId", s.centreId());
            period(g, s.period());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quotas");
        for (QuotaSnapshot q : c.quotas()) {
            g.writeStartObject();
            g.writeNumberField("year", q.year());
            g.writeStringField("region", q.region().name());
            g.writeStringField("category", q.category().name());
            g.writeStringField("unit", q.unit().name());
            g.writeNumberField("allocated", q.allocated());
            g.writeNumberField("used", q.used());
            g.writeStringField("asOf", q.asOf().toString());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void person(CanonicalOut g, Person p) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.id().value());
        g.writeArrayFieldStart("names");
        for (PersonName n : p.names()) {
            g.writeStartObject();
            g.writeStringField("text", n.text());
            g.writeStringField("script", n.script());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("birthDate", p.birthDate().toString());
        g.writeArrayFieldStart("nationalityClaims");
        for (NationalityClaim n : p.nationalityClaims()) {
            g.writeStartObject();
            g.writeStringField("document", n.document().name());
            g.writeStringField("whose", n.whose().name());
            g.writeStringField("issuedBy", n.issuedBy().code());
            g.writeStringField("evidence", n.evidence().name());
            if (!n.kazakh()) {
                g.writeStringField("nationality", n.nationality().name()); // Kazakh is the default, left out
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("citizenships");
        for (CitizenshipPeriod cp : p.citizenships()) {
            g.writeStartObject();
            g.writeStringField("country", cp.country().code());
            period(g, cp.period());
            g.writeStringField("evidence", cp.evidence().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("residences");
        for (ResidencePeriod r : p.residences()) {
            g.writeStartObject();
            g.writeStringField("country", r.country().code());
            if (r.region().isPresent()) {
                g.writeStringField("region", r.region().get().name());
            }
            period(g, r.period());
            g.writeStringField("kind", r.kind().name());
            g.writeStringField("evidence", r.evidence().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("documents");
        for (IdentityDocument d : p.documents()) {
            g.writeStartObject();
            g.writeStringField("kind", d.kind().name());
            g.writeStringField("issuingCountry", d.issuingCountry().code());
            g.writeStringField("number", d.number());
            g.writeStringField("issued", d.issued().toString());
            if (d.expires().isPresent()) {
                g.writeStringField("expires", d.expires().get().toString());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        // fields added after format 1 was published: written only when present, so that the canonical
        // form and hash of a case without them do not change
        if (!p.permitDecisions().isEmpty()) {
            g.writeArrayFieldStart("permitDecisions");
            for (PermitDecision d : p.permitDecisions()) {
                g.writeStartObject();
                g.writeStringField("kind", d.kind().name());
                g.writeStringField("date", d.date().toString());
                if (d.art49Subparagraph().isPresent()) {
                    g.writeNumberField("art49Subparagraph", d.art49Subparagraph().get());
                }
                g.writeStringField("evidence", d.evidence().name());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (p.personalDataConsent().isPresent()) {
            g.writeStringField("personalDataConsent", p.personalDataConsent().get().name());
        }
        g.writeEndObject();
    }

    private static void application(CanonicalOut g, Application a) throws IOException {
        g.writeObjectFieldStart("application");
        g.writeStringField("applicant", a.applicant().value());
        g.writeArrayFieldStart("familyMembers");
        for (PersonId m : a.familyMembers()) {
            g.writeString(m.value());
        }
        g.writeEndArray();
        g.writeStringField("question", a.question().name());
        g.writeStringField("filed", a.filed().toString());
        g.writeStringField("channel", a.channel().name());
        g.writeStringField("purpose", a.purpose().name());
        g.writeArrayFieldStart("motives");
        for (ArrivalMotive m : a.motives()) {
            g.writeString(m.name());
        }
        g.writeEndArray();
        if (a.intendedRegion().isPresent()) {
            g.writeStringField("intendedRegion", a.intendedRegion().get().name());
        }
        g.writeArrayFieldStart("statusHistory");
        for (StatusEvent e : a.statusHistory()) {
            g.writeStartObject();
            g.writeStringField("person", e.person().value());
            g.writeStringField("kind", e.kind().name());
            g.writeStringField("date", e.date().toString());
            if (e.validUntil().isPresent()) {
                g.writeStringField("validUntil", e.validUntil().get().toString());
            }
            if (e.endReason().isPresent()) {
                g.writeStringField("endReason", e.endReason().get().name());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("refusalFacts");
        for (RefusalFact r : a.refusalFacts()) {
            g.writeStartObject();
            g.writeStringField("person", r.person().value());
            g.writeStringField("ground", r.ground().name());
            g.writeStringField("evidence", r.evidence().name());
            if (r.place().isPresent()) {
                g.writeStringField("place", r.place().get().code());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("documentPackage");
        g.writeStringField("complete", a.documentPackage().complete().name());
        g.writeStringField("inDate", a.documentPackage().inDate().name());
        g.writeEndObject();
        if (a.citizenshipApplication().isPresent()) {
            CitizenshipApplication ca = a.citizenshipApplication().get();
            g.writeObjectFieldStart("citizenshipApplication");
            g.writeStringField("filed", ca.filed().toString());
            g.writeStringField("renunciation", ca.renunciation().name());
            g.writeBooleanField("withPermanentResidence", ca.withPermanentResidence());
            g.writeEndObject();
        }
        if (!a.pendingStatusApplications().isEmpty()) {
            g.writeArrayFieldStart("pendingStatusApplications");
            for (PendingApplication pa : a.pendingStatusApplications()) {
                g.writeStartObject();
                g.writeStringField("person", pa.person().value());
                g.writeStringField("question", pa.question().name());
                g.writeStringField("filed", pa.filed().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (a.quotaOffer().isPresent()) {
            QuotaOffer q = a.quotaOffer().get();
            g.writeObjectFieldStart("quotaOffer");
            g.writeStringField("region", q.region().name());
            g.writeStringField("offered", q.offered().toString());
            g.writeStringField("response", q.response().name());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void period(CanonicalOut g, LocalDateRange period) throws IOException {
        g.writeStringField("from", period.getStart().toString());
        if (!period.isUnboundedEnd()) {
            g.writeStringField("to", period.getEndInclusive().toString());
        }
    }
}
