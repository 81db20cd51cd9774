package kz.oralman.rules;

import static kz.oralman.rules.RuleVerifier.verifyThat;

import java.util.Map;
import kz.oralman.model.ArrivalPurpose;
import kz.oralman.model.Channel;
import kz.oralman.model.EvidenceStatus;
import kz.oralman.model.ResidenceKind;
import kz.oralman.model.decision.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Art. 1 sp13 in the wording of Law No. 327-VI (T-2020ru-o): «… ранее не состоявшие в гражданстве Республики
 * Казахстан, прибывшие на историческую родину и получившие соответствующий статус …».
 */
class Art01Arrival2020Test {
    @Test
    void arrivedInHomeland_whenFiledInKazakhstan() {
        verifyThat("ARRIVAL2020.ARRIVED_IN_HOMELAND").given(CaseBuilder.qualifying()).asOf("2021-06-01").derives()
                .withArguments(Map.of("channel", "CITIZENS_SERVICE_CENTRE")).decision(Outcome.GRANTED);
    }

    @Test
    void arrivedInHomeland_whenResidingInKazakhstan_evenIfFiledAbroad() {
        CaseBuilder c = CaseBuilder.qualifying().channel(Channel.EMBASSY)
                .resided("UZ", "1980-05-10", "2021-03-01", ResidenceKind.PERMANENT, EvidenceStatus.VERIFIED)
                .resided("KZ", "2021-03-02", null, ResidenceKind.TEMPORARY, EvidenceStatus.DECLARED);
        verifyThat("ARRIVAL2020.ARRIVED_IN_HOMELAND").given(c).asOf("2021-06-01").derives();
    }

    /** A temporary purpose no longer refuses in 2020-2023: arrival is what the definition asks. */
    @Test
    void arrivedInHomeland_aTemporaryPurposeDoesNotMatter() {
        verifyThat("ARRIVAL2020.ARRIVED_IN_HOMELAND").given(CaseBuilder.qualifying().purpose(ArrivalPurpose.TEMPORARY))
                .asOf("2022-02-01").derives().decision(Outcome.GRANTED);
    }

    @Test
    void arrivalNotEstablished_whenFiledAtAnEmbassy_andNotResidingInKazakhstan() {
        verifyThat("ARRIVAL2020.ARRIVAL_NOT_ESTABLISHED").given(CaseBuilder.qualifying().channel(Channel.EMBASSY))
                .asOf("2022-02-01").derives().decision(Outcome.NEEDS_EVIDENCE);
        verifyThat("ARRIVAL2020.ARRIVAL_NOT_ESTABLISHED").given(CaseBuilder.qualifying()).asOf("2022-02-01")
                .doesNotDerive();
    }
}
