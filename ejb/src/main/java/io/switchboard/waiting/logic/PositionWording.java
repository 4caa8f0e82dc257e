package io.switchboard.waiting.logic;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A caller's position in the queue in words of the prompt's language, with ICU's spell-out rules:
 * <ul>
 * <li>ordinal: "second" (en), "zweite" (de), "drugi" (hr): the language's ordinal spell-out;</li>
 * <li>cardinal: "two", "zwei", "dva": the language's cardinal spell-out;</li>
 * <li>adaptive: ordinal words for positions 1 to {@value #ADAPTIVE_ORDINAL_LIMIT} in languages that have ordinal
 * spell-out rules, cardinal words otherwise: "You are third" reads well, "You are forty-seventh" does not, and a
 * language without ordinal rules still gets a correct number.</li>
 * </ul>
 * Languages ICU has no spell-out rules for get digits.
 */
public final class PositionWording {

    /** Positions above this are read as cardinals by adaptive numbering. */
    public static final int ADAPTIVE_ORDINAL_LIMIT = 10;

    /** How the position is read out. */
    public enum Numbering {
        ORDINAL,
        CARDINAL,
        ADAPTIVE
    }

    private PositionWording() {}

    public static String render(Locale language, Numbering numbering, int position) {
        RuleBasedNumberFormat spellOut =
                new RuleBasedNumberFormat(ULocale.forLocale(language), RuleBasedNumberFormat.SPELLOUT);
        if (!hasOwnRules(spellOut, language)) {
            return NumberFormat.getIntegerInstance(ULocale.forLocale(language)).format(position);
        }
        Optional<String> ordinal = ruleSet(spellOut, "%spellout-ordinal");
        boolean asOrdinal = switch (numbering) {
            case ORDINAL -> true;
            case CARDINAL -> false;
            case ADAPTIVE -> ordinal.isPresent() && position <= ADAPTIVE_ORDINAL_LIMIT;
        };
        String rules = asOrdinal && ordinal.isPresent()
                ? ordinal.get()
                : ruleSet(spellOut, "%spellout-cardinal")
                        .or(() -> ruleSet(spellOut, "%spellout-numbering"))
                        .orElse(spellOut.getDefaultRuleSetName());
        return spellOut.format(position, rules);
    }

    /** Whether ICU has spell-out rules for the language itself (not a fallback to the root rules). */
    public static boolean hasSpellOut(Locale language) {
        return hasOwnRules(
                new RuleBasedNumberFormat(ULocale.forLocale(language), RuleBasedNumberFormat.SPELLOUT), language);
    }

    private static boolean hasOwnRules(RuleBasedNumberFormat spellOut, Locale language) {
        ULocale actual = spellOut.getLocale(ULocale.ACTUAL_LOCALE);
        return actual != null
                && actual.getLanguage().equals(ULocale.forLocale(language).getLanguage());
    }

    // The plain rule set if the language has one ("%spellout-ordinal"), else the masculine one, else any variant:
    // the masculine is the form "number" or "place" takes in most gendered languages.
    private static Optional<String> ruleSet(RuleBasedNumberFormat spellOut, String name) {
        String[] names = spellOut.getRuleSetNames();
        for (String candidate : new String[] {name, name + "-masculine"}) {
            if (Arrays.asList(names).contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Arrays.stream(names).filter(n -> n.startsWith(name + "-")).findFirst();
    }
}
