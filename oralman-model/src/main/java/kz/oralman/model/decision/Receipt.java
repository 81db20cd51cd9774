package kz.oralman.model.decision;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import kz.oralman.model.Question;

/**
 * What a decision can be reproduced from, and proof that it names exactly one decision: the same
 * library, the same ruleset, the same case, person and question on the same date give the identical
 * decision. The {@code digest} is SHA-256 over every other component, so that a receipt whose date,
 * question, person, law version, library version or hashes were changed is recognised as altered
 * ({@link #isIntact()}) rather than replayed as a different decision.
 *
 * @param libraryVersion the version of oralman
 * @param lawVersion the id of the law version applied (or of the external ruleset's version)
 * @param rulesetHash SHA-256 of what that version's decisions depend on: its DRL files, its law book
 *        entry, the parameter values in force within its period, its rules' message texts
 * @param caseHash SHA-256 of the case in canonical JSON
 * @param question the question
 * @param asOf the governing date
 * @param person the id of the person the decision is about
 * @param digest SHA-256 of the components above, in hex ({@link #digestOf})
 */
public record Receipt(String libraryVersion, String lawVersion, String rulesetHash, String caseHash,
                      Question question, LocalDate asOf, String person, String digest) {
    /** Checks that no component is null. */
    public Receipt {
        Objects.requireNonNull(libraryVersion, "libraryVersion");
        Objects.requireNonNull(lawVersion, "lawVersion");
        Objects.requireNonNull(rulesetHash, "rulesetHash");
        Objects.requireNonNull(caseHash, "caseHash");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(digest, "digest");
    }

    /**
     * A receipt with its digest computed.
     *
     * @param libraryVersion the version of oralman
     * @param lawVersion the law version id
     * @param rulesetHash the ruleset hash
     * @param caseHash the case hash
     * @param question the question
     * @param asOf the governing date
     * @param person the person decided about
     * @return the receipt
     */
    public static Receipt of(String libraryVersion, String lawVersion, String rulesetHash, String caseHash,
                             Question question, LocalDate asOf, String person) {
        return new Receipt(libraryVersion, lawVersion, rulesetHash, caseHash, question, asOf, person,
                digestOf(libraryVersion, lawVersion, rulesetHash, caseHash, question, asOf, person));
    }

    /**
     * The digest of a receipt's components: SHA-256 over a format tag and each component, each
     * prefixed by its length in UTF-8 bytes, so that no two different receipts share the input.
     *
     * @param libraryVersion the version of oralman
     * @param lawVersion the law version id
     * @param rulesetHash the ruleset hash
     * @param caseHash the case hash
     * @param question the question
     * @param asOf the governing date
     * @param person the person decided about
     * @return the digest in lower-case hex
     */
    public static String digestOf(String libraryVersion, String lawVersion, String rulesetHash, String caseHash,
                                  Question question, LocalDate asOf, String person) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String field : new String[] {"oralman-receipt/1", libraryVersion, lawVersion, rulesetHash, caseHash,
                    question.name(), asOf.toString(), person}) {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** @return whether the digest matches the other components */
    public boolean isIntact() {
        return digest.equals(digestOf(libraryVersion, lawVersion, rulesetHash, caseHash, question, asOf, person));
    }
}
