package kz.oralman.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.oralman.model.Case;
import kz.oralman.model.CitizenshipPeriod;
import kz.oralman.model.Person;
import kz.oralman.model.PersonId;
import kz.oralman.model.StatusEndReason;
import kz.oralman.model.StatusEvent;
import kz.oralman.model.StatusEventKind;
import kz.oralman.model.StatusState;
import kz.oralman.rules.facts.StatusStanding;

/**
 * Reads a person's status on a date from the status history of the case (law-notes §3, [S]):
 * a grant or extension holds to its last day; an end event ends it; acquiring citizenship of
 * Kazakhstan after the grant ends it; a status whose last day fell in 2019 was carried to
 * {@code oneOff2019Until} by the one-off instruction of 2019, for decisions taken from 01.01.2019
 * (the instruction's own date was not found [U]).
 */
final class StatusHistory {
    private static final LocalDate YEAR_2019 = LocalDate.of(2019, 1, 1);

    private StatusHistory() {
    }

    static StatusStanding standing(Case c, PersonId person, LocalDate date, LocalDate oneOff2019Until) {
        List<StatusEvent> history = c.application().statusHistory();
        LocalDate grantedOn = null;
        LocalDate validUntil = null;
        List<LocalDate> extensions = new ArrayList<>();
        StatusEndReason ended = null;
        List<String> pointers = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            StatusEvent e = history.get(i);
            if (!e.person().equals(person) || e.date().isAfter(date)) {
                continue;
            }
            String pointer = "/application/statusHistory/" + i;
            if (e.kind() == StatusEventKind.GRANTED) {
                grantedOn = e.date();
                validUntil = e.validUntil().orElseThrow();
                extensions.clear();
                ended = null;
                pointers.clear();
                pointers.add(pointer);
            } else if (grantedOn != null && e.kind() == StatusEventKind.EXTENDED) {
                validUntil = e.validUntil().orElseThrow();
                extensions.add(e.date());
                pointers.add(pointer);
            } else if (grantedOn != null && e.kind() == StatusEventKind.ENDED) {
                ended = e.endReason().orElseThrow();
                pointers.add(pointer);
            }
        }
        if (grantedOn == null) {
            return new StatusStanding(person.value(), StatusState.NONE, null, List.of(), false, pointers);
        }
        // the instruction was given in 2019: a decision taken before then cannot know of it
        boolean carried2019 = !date.isBefore(YEAR_2019) && !validUntil.isBefore(YEAR_2019)
                && validUntil.isBefore(oneOff2019Until);
        if (carried2019) {
            validUntil = oneOff2019Until;
        }
        if (ended == StatusEndReason.CITIZENSHIP_ACQUIRED) {
            return new StatusStanding(person.value(), StatusState.ENDED_BY_CITIZENSHIP, validUntil, extensions,
                    carried2019, pointers);
        }
        if (ended != null) {
            return new StatusStanding(person.value(), StatusState.ENDED, validUntil, extensions, carried2019, pointers);
        }
        Person p = c.person(person).orElseThrow();
        for (int i = 0; i < p.citizenships().size(); i++) {
            CitizenshipPeriod cp = p.citizenships().get(i);
            LocalDate start = cp.period().getStart();
            if (cp.country().isKazakhstan() && !start.isBefore(grantedOn) && !start.isAfter(date)) {
                pointers.add("/persons/" + c.persons().indexOf(p) + "/citizenships/" + i);
                return new StatusStanding(person.value(), StatusState.ENDED_BY_CITIZENSHIP, validUntil, extensions,
                        carried2019, pointers);
            }
        }
        StatusState state = date.isAfter(validUntil) ? StatusState.EXPIRED : StatusState.ACTIVE;
        return new StatusStanding(person.value(), state, validUntil, extensions, carried2019, pointers);
    }
}
