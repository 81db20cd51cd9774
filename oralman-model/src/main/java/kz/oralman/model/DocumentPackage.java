package kz.oralman.model;

/**
 * The intake check of the document package: whether it is complete and whether every document is
 * in date. An incomplete or expired package is refused at intake (law-notes §3, [S]).
 *
 * @param complete whether the package is complete
 * @param inDate whether no document in it has expired
 */
public record DocumentPackage(EvidenceStatus complete, EvidenceStatus inDate) {
    /** Checks that no component is null. */
    public DocumentPackage {
        Checks.notNull(complete, "complete");
        Checks.notNull(inDate, "inDate");
    }
}
