package kz.oralman.rules.check;

import java.util.HashSet;
import java.util.Set;

/** The public type names of the packages a ruleset may import with a wildcard. */
final class TypesOf {
    private TypesOf() {
    }

    static Set<String> packageTypes(String pkg) {
        Set<String> names = new HashSet<>();
        switch (pkg) {
            case "java.time" -> names.addAll(Set.of("LocalDate", "LocalDateTime", "LocalTime", "Period", "Duration",
                    "Year", "YearMonth", "Month", "DayOfWeek", "MonthDay", "Instant", "ZoneId", "ZoneOffset"));
            case "kz.oralman.model" -> names.addAll(classes(pkg,
                    kz.oralman.model.Case.class, kz.oralman.model.Person.class, kz.oralman.model.PersonId.class,
                    kz.oralman.model.PersonName.class, kz.oralman.model.NationalityClaim.class,
                    kz.oralman.model.NationalityDocument.class, kz.oralman.model.Kin.class,
                    kz.oralman.model.EvidenceStatus.class, kz.oralman.model.CitizenshipPeriod.class,
                    kz.oralman.model.ResidencePeriod.class, kz.oralman.model.ResidenceKind.class,
                    kz.oralman.model.IdentityDocument.class, kz.oralman.model.IdentityDocumentKind.class,
                    kz.oralman.model.FamilyTie.class, kz.oralman.model.Relation.class,
                    kz.oralman.model.Application.class, kz.oralman.model.Question.class,
                    kz.oralman.model.Channel.class, kz.oralman.model.ArrivalPurpose.class,
                    kz.oralman.model.ArrivalMotive.class, kz.oralman.model.StatusEvent.class,
                    kz.oralman.model.StatusEventKind.class, kz.oralman.model.StatusEndReason.class,
                    kz.oralman.model.StatusState.class, kz.oralman.model.RefusalFact.class,
                    kz.oralman.model.RefusalGround.class, kz.oralman.model.DocumentPackage.class,
                    kz.oralman.model.CitizenshipApplication.class, kz.oralman.model.Centre.class,
                    kz.oralman.model.CentreKind.class, kz.oralman.model.CentreStay.class,
                    kz.oralman.model.Occupancy.class, kz.oralman.model.QuotaSnapshot.class,
                    kz.oralman.model.QuotaCategory.class, kz.oralman.model.QuotaUnit.class,
                    kz.oralman.model.Region.class, kz.oralman.model.CountryCode.class,
                    kz.oralman.model.Periods.class, kz.oralman.model.Nationality.class,
                    kz.oralman.model.PermitDecision.class, kz.oralman.model.PermitDecisionKind.class,
                    kz.oralman.model.ConsentStatus.class, kz.oralman.model.OfferResponse.class,
                    kz.oralman.model.QuotaOffer.class, kz.oralman.model.PendingApplication.class,
                    kz.oralman.model.PersonRole.class));
            case "kz.oralman.model.decision" -> names.addAll(classes(pkg, kz.oralman.model.decision.Outcome.class,
                    kz.oralman.model.decision.ReferralBody.class, kz.oralman.model.decision.Confidence.class));
            case "kz.oralman.rules.facts" -> names.addAll(classes(pkg, kz.oralman.rules.facts.Ask.class,
                    kz.oralman.rules.facts.ApplicationFact.class, kz.oralman.rules.facts.PersonFact.class,
                    kz.oralman.rules.facts.ClaimFact.class, kz.oralman.rules.facts.CitizenshipFact.class,
                    kz.oralman.rules.facts.ResidenceFact.class, kz.oralman.rules.facts.TieFact.class,
                    kz.oralman.rules.facts.RefusalEntry.class, kz.oralman.rules.facts.StatusStanding.class,
                    kz.oralman.rules.facts.LawParameters.class, kz.oralman.rules.facts.Finding.class,
                    kz.oralman.rules.facts.Verdict.class, kz.oralman.rules.facts.EvidenceNeed.class,
                    kz.oralman.rules.facts.CentreFact.class, kz.oralman.rules.facts.QuotaFact.class,
                    kz.oralman.rules.facts.StayFact.class, kz.oralman.rules.facts.PermitDecisionFact.class,
                    kz.oralman.rules.facts.ConsentFact.class, kz.oralman.rules.facts.PendingApplicationFact.class,
                    kz.oralman.rules.facts.QuotaOfferFact.class, kz.oralman.rules.facts.Met.class,
                    kz.oralman.rules.facts.Condition.class, kz.oralman.rules.facts.Required.class,
                    kz.oralman.rules.facts.RefusalList.class));
            default -> {
                // nothing else may be imported with a wildcard
            }
        }
        return names;
    }

    private static Set<String> classes(String pkg, Class<?>... types) {
        Set<String> names = new HashSet<>();
        for (Class<?> t : types) {
            if (t.getPackageName().equals(pkg)) {
                names.add(t.getSimpleName());
            }
        }
        return names;
    }
}
