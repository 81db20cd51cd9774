package kz.oralman.examples.site;

import java.util.List;

/**
 * What the explorer's templates show: one record per page kind, made of plain values. Built by
 * {@link SiteModel}; rendered by the JTE templates in {@code src/main/jte}.
 */
public final class Pages {
    private Pages() {
    }

    /**
     * A link.
     *
     * @param href a relative address
     * @param text what it says
     */
    public record Link(String href, String text) {
    }

    /**
     * The frame every page shares.
     *
     * @param title the page's title
     * @param site what the site explores, such as "the bundled law"
     * @param generator the library version that wrote it
     */
    public record Frame(String title, String site, String generator) {
    }

    /**
     * A row of the index's version table.
     *
     * @param link the version's page
     * @param from first day in force
     * @param until first day no longer in force, or empty
     * @param terminology oralman or kandas
     * @param summary what distinguishes it
     */
    public record VersionRow(Link link, String from, String until, String terminology, String summary) {
    }

    /**
     * A row of a table of articles.
     *
     * @param link the article's page
     * @param act the act's name
     * @param rules how many rules cite it
     * @param verified how many of them are verified
     */
    public record ArticleRow(Link link, String act, int rules, int verified) {
    }

    /**
     * A row of a table of parameters.
     *
     * @param link the parameter's page
     * @param unit its unit
     * @param description what it is
     * @param values how many values it has
     */
    public record ParameterRow(Link link, String unit, String description, int values) {
    }

    /**
     * The front page.
     *
     * @param frame the frame
     * @param versions the law versions
     * @param articles the articles cited
     * @param parameters the parameters
     * @param rules how many rules
     * @param unverifiedRules how many rules are UNVERIFIED
     * @param unverifiedValues how many parameter values are UNVERIFIED
     */
    public record IndexPage(Frame frame, List<VersionRow> versions, List<ArticleRow> articles,
                            List<ParameterRow> parameters, int rules, int unverifiedRules, int unverifiedValues) {
    }

    /**
     * A rule in a list.
     *
     * @param link the rule on its article's page
     * @param summary what it says
     * @param citation its legal basis
     * @param confidence PRIMARY, SECONDARY or UNVERIFIED
     * @param verified whether verified against the primary text
     */
    public record RuleRow(Link link, String summary, String citation, String confidence, boolean verified) {
    }

    /**
     * A file of a version.
     *
     * @param name the DRL file
     * @param rules its rule ids
     */
    public record FileRow(String name, List<Link> rules) {
    }

    /**
     * A parameter value in force on a day.
     *
     * @param parameter the parameter's page
     * @param value the value with its unit, or "(none)"
     * @param confidence the value's confidence
     * @param reference what it rests on
     */
    public record ValueOnDay(Link parameter, String value, String confidence, String reference) {
    }

    /**
     * A law version's page.
     *
     * @param frame the frame
     * @param id the version id
     * @param act the act's name
     * @param from first day in force
     * @param until first day no longer in force, or empty
     * @param terminology oralman or kandas
     * @param summary what distinguishes it
     * @param previous the version before, or null
     * @param next the version after, or null
     * @param diffPrevious the diff from the version before, or null
     * @param diffNext the diff to the version after, or null
     * @param files its files with their rules
     * @param articles the articles its rules cite
     * @param rules its rules
     * @param values the parameter values in force on its first day
     */
    public record VersionPage(Frame frame, String id, String act, String from, String until, String terminology,
                              String summary, Link previous, Link next, Link diffPrevious, Link diffNext,
                              List<FileRow> files, List<Link> articles, List<RuleRow> rules, List<ValueOnDay> values) {
    }

    /**
     * A quotation or, lacking one, a reference and the comments that state what the rules read.
     *
     * @param reference the provision
     * @param language ru, kk, en or empty
     * @param text the words
     * @param note where they come from, or what to bear in mind
     */
    public record Quote(String reference, String language, String text, String note) {
    }

    /**
     * A message text.
     *
     * @param language kk, ru or en
     * @param text the text with its {placeholders}; empty when missing
     */
    public record MessageText(String language, String text) {
    }

    /**
     * A test of a rule.
     *
     * @param name {@code Class.method}
     * @param where {@code path:line}
     */
    public record TestRef(String name, String where) {
    }

    /**
     * A rule in full, on its article's page.
     *
     * @param id the rule id
     * @param anchor its id in the page
     * @param file the DRL file
     * @param line the line of {@code rule} in it
     * @param citation its legal basis
     * @param confidence PRIMARY, SECONDARY or UNVERIFIED
     * @param verified whether verified against the primary text
     * @param summary what it says
     * @param comments the comments above it and after its name
     * @param drl its DRL text
     * @param versions the versions it is part of
     * @param messages its texts in kk, ru and en
     * @param arguments the argument names it passes to its text
     * @param tests the test methods that name it
     */
    public record RuleView(String id, String anchor, String file, int line, String citation, String confidence,
                           boolean verified, String summary, List<String> comments, String drl, List<Link> versions,
                           List<MessageText> messages, List<String> arguments, List<TestRef> tests) {
    }

    /**
     * An article's page.
     *
     * @param frame the frame
     * @param title the article, such as "Art. 1"
     * @param act the act's name
     * @param actId the act's id
     * @param quotes the words of the article, or the references and comments that stand in for them
     * @param quoted whether {@code quotes} holds the act's own words
     * @param rules the rules that implement it
     */
    public record ArticlePage(Frame frame, String title, String act, String actId, List<Quote> quotes, boolean quoted,
                              List<RuleView> rules) {
    }

    /**
     * A value in a parameter's history.
     *
     * @param from the first day
     * @param until the first day of the next value, or empty
     * @param value the value
     * @param confidence its confidence
     * @param reference what it rests on
     * @param unverified whether it is marked UNVERIFIED
     */
    public record ValueRow(String from, String until, String value, String confidence, String reference,
                           boolean unverified) {
    }

    /**
     * A parameter's page.
     *
     * @param frame the frame
     * @param id the parameter's id
     * @param type its type
     * @param unit its unit
     * @param optional whether it may be absent
     * @param description what it is
     * @param source its source in summary
     * @param confidence its confidence
     * @param values its history
     * @param chart its step chart
     */
    public record ParameterPage(Frame frame, String id, String type, String unit, boolean optional, String description,
                                String source, String confidence, List<ValueRow> values, StepChart.Chart chart) {
    }

    /**
     * A value marked UNVERIFIED.
     *
     * @param parameter the parameter's page
     * @param from its first day
     * @param value the value
     * @param reference what it assumes
     */
    public record UnverifiedValue(Link parameter, String from, String value, String reference) {
    }

    /**
     * The UNVERIFIED list.
     *
     * @param frame the frame
     * @param rules the rules marked UNVERIFIED
     * @param values the parameter values marked UNVERIFIED
     */
    public record UnverifiedPage(Frame frame, List<RuleRow> rules, List<UnverifiedValue> values) {
    }

    /**
     * A line of a file diff.
     *
     * @param kind {@code +}, {@code -} or a space
     * @param text the line
     */
    public record DiffLine(String kind, String text) {
    }

    /**
     * A file added, removed or changed between two versions.
     *
     * @param kind added, removed, or changed (a file replaced by another that keeps some of its rules)
     * @param name the file (of the later version, for a change)
     * @param before the file it replaces, for a change
     * @param lines the lines, for a change
     */
    public record FileChange(String kind, String name, String before, List<DiffLine> lines) {
    }

    /**
     * A parameter whose value differs between two versions' first days.
     *
     * @param parameter the parameter's page
     * @param before the value on the first version's first day
     * @param after the value on the second's
     */
    public record ParameterChange(Link parameter, String before, String after) {
    }

    /**
     * The diff between two versions.
     *
     * @param frame the frame
     * @param before the earlier version
     * @param after the later version
     * @param files files added, removed or changed
     * @param rulesAdded rules of the later version only
     * @param rulesRemoved rules of the earlier version only
     * @param rulesChanged rules in both whose text differs
     * @param parameters parameter values that differ
     */
    public record DiffPage(Frame frame, Link before, Link after, List<FileChange> files, List<Link> rulesAdded,
                           List<Link> rulesRemoved, List<Link> rulesChanged, List<ParameterChange> parameters) {
    }

    /**
     * The list of diffs.
     *
     * @param frame the frame
     * @param versions the versions, for the chooser
     * @param consecutive each version against the one before
     * @param all every pair, earlier first
     */
    public record DiffsPage(Frame frame, List<Link> versions, List<Link> consecutive, List<Link> all) {
    }
}
