/**
 * <b>Internal to the rules: not part of the public API.</b> The facts the engine inserts into a
 * session ({@code Ask}, {@code PersonFact}, {@code ClaimFact}…), the conclusions rules derive
 * ({@link kz.oralman.rules.facts.Finding}, {@link kz.oralman.rules.facts.Verdict},
 * {@link kz.oralman.rules.facts.Met}, {@link kz.oralman.rules.facts.EvidenceNeed}) and the helpers DRL
 * calls ({@link kz.oralman.rules.facts.Terms}, {@link kz.oralman.rules.facts.Evidence},
 * {@link kz.oralman.rules.facts.Placement}, {@link kz.oralman.rules.facts.Support}).
 *
 * <p>These types are public only because DRL compiled by Drools must reach them. They change with the
 * rules, in any release, without notice; the API compatibility check of the build leaves this package
 * out. Host applications use {@link kz.oralman.rules.OralmanEngine} and the decision model
 * ({@code kz.oralman.model.decision}); legal researchers write DRL against these types and the
 * allow-list of {@code docs/security.md}.
 */
package kz.oralman.rules.facts;
