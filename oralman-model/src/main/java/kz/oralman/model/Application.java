package kz.oralman.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An application: who asks, for whom, what, when and where, and the facts it carries.
 *
 * @param applicant the applicant
 * @param familyMembers family members moving with the applicant (not the applicant)
 * @param question what is asked
 * @param filed the filing date
 * @param channel where it was filed
 * @param purpose the declared purpose of arrival
 * @param motives the motives the applicant gives, possibly none
 * @param intendedRegion the intended region of settlement, if named
 * @param statusHistory prior status events of the persons of the case, in date order
 * @param refusalFacts facts bearing on refusal
 * @param documentPackage the intake check of the document package
 * @param citizenshipApplication a pending citizenship application, if any
 * @param pendingStatusApplications status applications of persons of the case filed and not yet decided
 * @param quotaOffer the region offered for settlement under the regional quota and the answer, if any
 */
public record Application(PersonId applicant, List<PersonId> familyMembers, Question question,
                          LocalDate filed, Channel channel, ArrivalPurpose purpose,
                          List<ArrivalMotive> motives, Optional<Region> intendedRegion,
                          List<StatusEvent> statusHistory, List<RefusalFact> refusalFacts,
                          DocumentPackage documentPackage,
                          Optional<CitizenshipApplication> citizenshipApplication,
                          List<PendingApplication> pendingStatusApplications, Optional<QuotaOffer> quotaOffer) {
    /** Copies the lists and checks the invariants that need no other part of the case. */
    public Application {
        Checks.notNull(applicant, "applicant");
        familyMembers = Checks.list(familyMembers, "familyMembers");
        Checks.unique(familyMembers, m -> m, "familyMembers");
        int self = familyMembers.indexOf(applicant);
        Checks.require(self < 0, "familyMembers[" + self + "] is the applicant " + applicant
                + "; the applicant is not one of the family members moving with them");
        Checks.notNull(question, "question");
        Checks.notNull(filed, "filed");
        Checks.notNull(channel, "channel");
        Checks.notNull(purpose, "purpose");
        motives = Checks.list(motives, "motives");
        Checks.unique(motives, m -> m, "motives");
        Checks.notNull(intendedRegion, "intendedRegion");
        statusHistory = Checks.list(statusHistory, "statusHistory");
        for (int i = 1; i < statusHistory.size(); i++) {
            StatusEvent prev = statusHistory.get(i - 1);
            StatusEvent next = statusHistory.get(i);
            Checks.require(!next.date().isBefore(prev.date()), "statusHistory[" + i + "] on " + next.date()
                    + " is before statusHistory[" + (i - 1) + "] on " + prev.date()
                    + "\nMaybe list the events in date order");
        }
        refusalFacts = Checks.list(refusalFacts, "refusalFacts");
        Checks.notNull(documentPackage, "documentPackage");
        Checks.notNull(citizenshipApplication, "citizenshipApplication");
        pendingStatusApplications = Checks.list(pendingStatusApplications, "pendingStatusApplications");
        Checks.notNull(quotaOffer, "quotaOffer");
    }

    /**
     * An application without pending status applications and without a quota offer: the shape of the
     * case format before those fields existed.
     *
     * @param applicant the applicant
     * @param familyMembers family members moving with the applicant
     * @param question what is asked
     * @param filed the filing date
     * @param channel where it was filed
     * @param purpose the declared purpose of arrival
     * @param motives the motives
     * @param intendedRegion the intended region, if named
     * @param statusHistory prior status events
     * @param refusalFacts facts bearing on refusal
     * @param documentPackage the intake check
     * @param citizenshipApplication a pending citizenship application, if any
     */
    public Application(PersonId applicant, List<PersonId> familyMembers, Question question, LocalDate filed,
                       Channel channel, ArrivalPurpose purpose, List<ArrivalMotive> motives,
                       Optional<Region> intendedRegion, List<StatusEvent> statusHistory,
                       List<RefusalFact> refusalFacts, DocumentPackage documentPackage,
                       Optional<CitizenshipApplication> citizenshipApplication) {
        this(applicant, familyMembers, question, filed, channel, purpose, motives, intendedRegion, statusHistory,
                refusalFacts, documentPackage, citizenshipApplication, List.of(), Optional.empty());
    }

    /** @return the applicant followed by the family members */
    public List<PersonId> everyone() {
        java.util.ArrayList<PersonId> all = new java.util.ArrayList<>(familyMembers.size() + 1);
        all.add(applicant);
        all.addAll(familyMembers);
        return List.copyOf(all);
    }
}
