package kz.oralman.rules.facts;

import java.time.LocalDate;

/**
 * Which wording of the refusal grounds governs the date: the closed list of Art. 20 in the wording of
 * Law No. 223-VII of 19.04.2023 ({@code statutory}), or the earlier Law, which listed none. Read from
 * the parameter {@code refusal.art20ListFrom}; inserted only when the ruleset's parameter table has
 * it, so that a ruleset whose law versions list only one of the two refusal files needs no guard.
 *
 * @param from the first day of the statutory list, or null when the table has no value for the date
 * @param statutory whether the governing date is on or after {@code from}
 */
public record RefusalList(LocalDate from, boolean statutory) {
}
