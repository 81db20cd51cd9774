package kz.oralman.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.oralman.model.Case;
import kz.oralman.model.CitizenshipPeriod;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.Person;
import kz.oralman.model.PermitDecision;
import kz.oralman.model.PermitDecisionKind;
import kz.oralman.model.PersonId;
import kz.oralman.model.StatusEndReason;
import kz.oralman.model.StatusEvent;
import kz.oralman.model.StatusEventKind;
import kz.oralman.model.StatusState;
import kz.oralman.rules.facts.StatusStanding;

/**
 * Reads a person's status on a date from the case: a grant or extension holds to its last day (Art.
 * 25 p.1 sub-para 3, «по истечении одного года со дня получения статуса»); the status ends when the
 * holder acquires citizenship of Kazakhstan after the grant (sub-para 1) and when the permanent
 * residence permit is refused or annulled on Art. 49 grounds (sub-para 2); an end event of the
 * history ends it on its day.
 *
 * <p>Art. 25 p.1 sub-para 2 in the wording of Law 153-V of 10.12.2013 (T-2018kz): «осы Заңның
 * 49-бабында көзделген негіздер бойынша Қазақстан Республикасында тұрақты тұруға рұқсаттың күші
 * жойылған жағдайда» (annulment only). In the wording of Law 226-VII of 20.04.2023, «вводится в
 * действие с 01.07.2023» (T-2025ru): «в случае отказа в выдаче либо аннулирования разрешения на
 * постоянное проживание … по основаниям, предусмотренным статьей 49». So an annulment on an Art. 49
 * ground ends the status whenever it was decided, and a refusal only when decided from
 * {@link #PERMIT_REFUSAL_ENDS_FROM}. The original 2011 wording of Art. 25 was not found [U]; the
 * annulment reading is applied to it too.
 *
 * <p>End reasons Art. 25 does not list (leaving the country, false documents, death, a court
 * decision) still end the status on the day the history records, as a fact the host reports, and
 * the standing says that the reason is not an Art. 25 ground.
 *
 * <p>A status whose last day fell in 2019 was carried to {@code oneOff2019Until} by the one-off
 * instruction of 2019, for decisions taken from 01.01.2019 (the instruction's own date was not found [U]).
 */
final class StatusHistory {
    /** The day the wording of Law 226-VII took effect: «вводится в действие с 01.07.2023». */
    static final LocalDate PERMIT_REFUSAL_ENDS_FROM = LocalDate.of(2023, 7, 1);
    private static final LocalDate YEAR_2019 = LocalDate.of(2019, 1, 1);

    private StatusHistory() {
    }

    static StatusStanding standing(Case c, PersonId person, LocalDate date, LocalDate oneOff2019Until) {
        List<StatusEvent> history = c.application().statusHistory();
        LocalDate grantedOn = null;
        LocalDate validUntil = null;
        List<LocalDate> extensions = new ArrayList<>();
        StatusEndReason ended = null;
        LocalDate endedOn = null;
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
                endedOn = null;
                pointers.clear();
                pointers.add(pointer);
            } else if (grantedOn != null && e.kind() == StatusEventKind.EXTENDED) {
                validUntil = e.validUntil().orElseThrow();
                extensions.add(e.date());
                pointers.add(pointer);
            } else if (grantedOn != null && e.kind() == StatusEventKind.ENDED && ended == null) {
                ended = e.endReason().orElseThrow();
                endedOn = e.date();
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
                    carried2019, pointers, ended, endedOn, List.of(), List.of());
        }
        if (ended != null) {
            return new StatusStanding(person.value(), StatusState.ENDED, validUntil, extensions, carried2019, pointers,
                    ended, endedOn, List.of(), List.of());
        }
        Person p = c.person(person).orElseThrow();
        int index = c.persons().indexOf(p);
        LocalDate citizenOn = null;
        String citizenPointer = null;
        List<String> unsettledCitizenship = new ArrayList<>();
        for (int i = 0; i < p.citizenships().size(); i++) {
            CitizenshipPeriod cp = p.citizenships().get(i);
            LocalDate start = cp.period().getStart();
            if (cp.country().isKazakhstan() && !start.isBefore(grantedOn) && !start.isAfter(date)) {
                // only an established acquisition ends the status; an unknown or contested one is a
                // question to settle, never read either way (an unknown fact is no ground for a decision)
                if (cp.evidence() != EvidenceStatus.VERIFIED && cp.evidence() != EvidenceStatus.DECLARED) {
                    unsettledCitizenship.add("/persons/" + index + "/citizenships/" + i);
                    continue;
                }
                citizenOn = start;
                citizenPointer = "/persons/" + index + "/citizenships/" + i;
                break;
            }
        }
        LocalDate permitOn = null;
        String permitPointer = null;
        List<String> unsettled = new ArrayList<>();
        for (int i = 0; i < p.permitDecisions().size(); i++) {
            PermitDecision d = p.permitDecisions().get(i);
            boolean inForceThen = !d.date().isBefore(grantedOn) && !d.date().isAfter(validUntil);
            boolean wordingCovers = d.kind() == PermitDecisionKind.ANNULLED || !d.date().isBefore(PERMIT_REFUSAL_ENDS_FROM);
            if (!inForceThen || !wordingCovers || d.date().isAfter(date)) {
                continue;
            }
            String pointer = "/persons/" + index + "/permitDecisions/" + i;
            if (d.endsStatus()) {
                if (permitOn == null) {
                    permitOn = d.date();
                    permitPointer = pointer;
                }
            } else {
                unsettled.add(pointer);
            }
        }
        if (citizenOn != null && (permitOn == null || !permitOn.isBefore(citizenOn))) {
            pointers.add(citizenPointer);
            return new StatusStanding(person.value(), StatusState.ENDED_BY_CITIZENSHIP, validUntil, extensions,
                    carried2019, pointers, StatusEndReason.CITIZENSHIP_ACQUIRED, citizenOn, List.of(), List.of());
        }
        if (permitOn != null) {
            pointers.add(permitPointer);
            return new StatusStanding(person.value(), StatusState.ENDED, validUntil, extensions, carried2019, pointers,
                    StatusEndReason.PERMIT_REFUSED_OR_ANNULLED, permitOn, List.of(), List.of());
        }
        StatusState state = date.isAfter(validUntil) ? StatusState.EXPIRED : StatusState.ACTIVE;
        return new StatusStanding(person.value(), state, validUntil, extensions, carried2019, pointers, null,
                state == StatusState.EXPIRED ? validUntil.plusDays(1) : null, state == StatusState.ACTIVE ? unsettled
                        : List.of(), state == StatusState.ACTIVE ? unsettledCitizenship : List.of());
    }
}
