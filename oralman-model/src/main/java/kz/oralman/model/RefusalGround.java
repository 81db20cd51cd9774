package kz.oralman.model;

/**
 * Facts that may bear on a refusal of the status, as the host's checks report them.
 *
 * <p>The statutory list is Art. 20 in the wording of Law 223-VII of 19.04.2023 (primary text): (1)
 * not meeting Art. 1 sub-para 13, which the definition rules decide; (2)
 * {@link #UNRELIABLE_DOCUMENTS_OR_DATA}; (3) {@link #OFFENCE} committed on the territory of
 * Kazakhstan and {@link #TERRORIST_OR_EXTREMIST_MEMBERSHIP}; (4) no consent to access personal data
 * ({@link Person#personalDataConsent()}); (5) for the quota, no quota or refusal of the offered unit
 * ({@link QuotaOffer}). Before that wording the Law listed no grounds.
 *
 * <p>The first five values predate the primary-text check and stay readable for existing cases.
 * {@link #EXPULSION} and {@link #ENTRY_BAN} are <em>not</em> grounds for refusing the status: they are
 * grounds for refusing the permanent residence permit (Art. 48, Art. 49 sub-para 11), which ends the
 * status through Art. 25 p.1 sub-para 2. {@link #FORGED_DOCUMENTS} is read as ground 2,
 * {@link #CONVICTION} as ground 3 when the offence was committed in Kazakhstan, and
 * {@link #SECURITY_THREAT} as ground 3 only as far as it is information on membership of a terrorist
 * or extremist organisation (that reading is UNVERIFIED).
 */
public enum RefusalGround {
    /** The person is a threat to national security (no statutory ground of its own; see the class notes). */
    SECURITY_THREAT,
    /** The person has an unexpunged conviction (ground 3 when the offence was committed in Kazakhstan). */
    CONVICTION,
    /** The person presented knowingly false or forged documents (ground 2). */
    FORGED_DOCUMENTS,
    /** The person was expelled from Kazakhstan: a permanent-residence-permit ground, not a status ground. */
    EXPULSION,
    /** An entry ban applies to the person: a permanent-residence-permit ground, not a status ground. */
    ENTRY_BAN,
    /** Art. 20 sub-para 2: «установление недостоверности документов … и (или) данных (сведений), содержащихся в них». */
    UNRELIABLE_DOCUMENTS_OR_DATA,
    /** Art. 20 sub-para 3: compromising information on an offence (правонарушение); see {@link RefusalFact#place()}. */
    OFFENCE,
    /** Art. 20 sub-para 3: «иной информации об их принадлежности к террористическим или экстремистским организациям». */
    TERRORIST_OR_EXTREMIST_MEMBERSHIP;

    /** @return whether where the offence was committed decides whether the fact is an Art. 20 ground */
    public boolean placeMatters() {
        return this == OFFENCE || this == CONVICTION;
    }
}
