package kz.oralman.model.decision;

/** Human bodies a decision can refer a case to. */
public enum ReferralBody {
    /** The commission of the local executive body that determines Kazakh nationality (since 2024). */
    NATIONALITY_COMMISSION,
    /** The commission that reviews status applications (from 26.10.2025). */
    ADMISSION_COMMISSION
}
