package kz.oralman.model;

/**
 * A person's full name as written in one document, in one script. A person usually has several:
 * Kazakh Cyrillic, Latin transliteration, Chinese, Mongolian Cyrillic, Uzbek Latin, Russian.
 *
 * <p>The script is an ISO 15924 code as Java knows it ({@code Cyrl}, {@code Latn}, {@code Hani},
 * {@code Mong}, {@code Arab}); every letter of the name must belong to that script, so that a
 * mislabelled name is caught at the border of the system.
 *
 * @param text the name, 1 to 200 characters, no control characters
 * @param script the ISO 15924 code of the script the name is written in
 */
public record PersonName(String text, String script) {
    /**
     * Checks the name and its script.
     *
     * @throws IllegalArgumentException if the text is blank, too long, has control characters, or
     *     has a letter outside the declared script
     */
    public PersonName {
        Checks.text(text, "text", 200);
        Checks.notNull(script, "script");
        if (!script.matches("[A-Z][a-z]{3}")) {
            throw new IllegalArgumentException("script " + Printable.quoted(script) + " is not a four-letter ISO 15924 code"
                    + "\nMaybe use Cyrl, Latn, Hani, Mong or Arab");
        }
        if (text.codePoints().noneMatch(Character::isLetter)) {
            throw new IllegalArgumentException("text " + Printable.quoted(text) + " has no letter");
        }
        Character.UnicodeScript declared;
        try {
            declared = Character.UnicodeScript.forName(script);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("script " + Printable.quoted(script) + " is not an ISO 15924 script code known to Java"
                    + "\nMaybe use Cyrl, Latn, Hani, Mong or Arab");
        }
        text.codePoints().forEach(cp -> {
            if (Character.isLetter(cp)) {
                Character.UnicodeScript actual = Character.UnicodeScript.of(cp);
                if (actual != declared && actual != Character.UnicodeScript.COMMON
                        && actual != Character.UnicodeScript.INHERITED) {
                    throw new IllegalArgumentException("text " + Printable.quoted(text) + " has the letter '"
                            + new String(Character.toChars(cp)) + "' of script " + actual
                            + ", not of the declared script " + script);
                }
            }
        });
    }

    /**
     * A name in a script.
     *
     * @param text the name
     * @param script the ISO 15924 code
     * @return the name
     */
    public static PersonName of(String text, String script) {
        return new PersonName(text, script);
    }
}
