package kz.oralman.rules.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.oralman.model.CitizenshipPeriod;
import kz.oralman.model.CountryCode;
import kz.oralman.model.NationalityDocument;
import kz.oralman.model.Person;
import kz.oralman.model.ResidencePeriod;

/**
 * Which documents usually record Kazakh nationality, by the countries a person is tied to. General
 * knowledge, not from a stored source (law-notes §2, [U]): used only to list documents in evidence
 * requests, never to refuse.
 */
public final class Evidence {
    private static final LocalDate SOVIET_END = LocalDate.of(1992, 1, 1);

    private Evidence() {
    }

    /**
     * Document keys to request to establish the Kazakh nationality of a person.
     *
     * @param person the person
     * @return message keys of the form {@code document.KIND}, most useful first
     */
    public static List<String> nationalityDocuments(Person person) {
        Set<CountryCode> countries = new LinkedHashSet<>();
        person.citizenships().stream().map(CitizenshipPeriod::country).forEach(countries::add);
        person.residences().stream().map(ResidencePeriod::country).forEach(countries::add);
        Set<NationalityDocument> docs = new LinkedHashSet<>();
        docs.add(NationalityDocument.BIRTH_CERTIFICATE);
        if (person.birthDate().isBefore(SOVIET_END.minusYears(16))) {
            docs.add(NationalityDocument.SOVIET_INTERNAL_PASSPORT);
            docs.add(NationalityDocument.MILITARY_RECORD);
            docs.add(NationalityDocument.EMPLOYMENT_RECORD);
        }
        for (CountryCode c : countries) {
            switch (c.code()) {
                case "CN" -> {
                    docs.add(NationalityDocument.CN_RESIDENT_IDENTITY_CARD);
                    docs.add(NationalityDocument.CN_HOUSEHOLD_REGISTER);
                }
                case "MN" -> docs.add(NationalityDocument.MN_CIVIL_REGISTRATION);
                case "UZ", "TM" -> docs.add(NationalityDocument.PASSPORT_WITH_NATIONALITY_LINE);
                case "SU" -> docs.add(NationalityDocument.SOVIET_INTERNAL_PASSPORT);
                default -> {
                    // Russia and others: the parents' Soviet-era documents or birth records.
                }
            }
        }
        docs.add(NationalityDocument.OTHER_CIVIL_STATUS_DOCUMENT);
        List<String> keys = new ArrayList<>();
        docs.forEach(d -> keys.add("document." + d.name()));
        return keys;
    }
}
