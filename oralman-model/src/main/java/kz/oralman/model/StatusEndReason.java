package kz.oralman.model;

/**
 * Why a status ended before its term, as a status history records it.
 *
 * <p>Art. 25 p.1 of the Law (wording of Law 226-VII of 20.04.2023, in force from 01.07.2023; primary
 * text) knows exactly three grounds: «1) после получения кандасом гражданства Республики Казахстан;
 * 2) в случае отказа в выдаче либо аннулирования разрешения на постоянное проживание в Республике
 * Казахстан по основаниям, предусмотренным статьей 49 настоящего Закона; 3) по истечении одного года
 * со дня получения статуса кандаса». The third is the term, read from the grant; the first two are
 * {@link #CITIZENSHIP_ACQUIRED} and {@link #PERMIT_REFUSED_OR_ANNULLED}.
 *
 * <p>{@link #LEFT_FOR_PERMANENT_RESIDENCE_ABROAD}, {@link #FALSE_DOCUMENTS}, {@link #DEATH} and
 * {@link #COURT_DECISION} are <strong>not</strong> Art. 25 grounds (primary-texts C16: contradicted).
 * They stay readable so that existing cases keep their meaning: a history that records one still
 * ends the status on that day as a fact the host reports (the holder died, say), but the status
 * output marks the reason as not an Art. 25 ground ({@link #isArticle25Ground()}). False documents act
 * on the status only through Art. 49 sub-para 10 (the permit refused or annulled), that is through
 * {@link #PERMIT_REFUSED_OR_ANNULLED}.
 */
public enum StatusEndReason {
    /** Art. 25 p.1 sub-para 1: citizenship of Kazakhstan was acquired. */
    CITIZENSHIP_ACQUIRED,
    /** Not an Art. 25 ground: the holder left for permanent residence abroad [U]. */
    LEFT_FOR_PERMANENT_RESIDENCE_ABROAD,
    /** Not an Art. 25 ground: the status rested on knowingly false documents [U]; see Art. 49 sub-para 10. */
    FALSE_DOCUMENTS,
    /** Not an Art. 25 ground: the holder died [U]. */
    DEATH,
    /** Not an Art. 25 ground: a court decision [U]. */
    COURT_DECISION,
    /** Art. 25 p.1 sub-para 2: the permanent residence permit was refused or annulled on Art. 49 grounds. */
    PERMIT_REFUSED_OR_ANNULLED;

    /** @return whether the reason is one of the grounds Art. 25 p.1 lists */
    public boolean isArticle25Ground() {
        return this == CITIZENSHIP_ACQUIRED || this == PERMIT_REFUSED_OR_ANNULLED;
    }

    /** @return the sub-paragraph of Art. 25 p.1, or 0 when the reason is not an Art. 25 ground */
    public int article25Subparagraph() {
        return switch (this) {
            case CITIZENSHIP_ACQUIRED -> 1;
            case PERMIT_REFUSED_OR_ANNULLED -> 2;
            default -> 0;
        };
    }
}
