package io.switchboard.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** One general setting of the installation, by name (the schema creates each with its default). */
@Entity
@Table(name = "setting")
public class Setting {

    /** Whether the short ID of conversations is shown (the guide's Short ID feature). */
    public static final String SHORT_ID_ENABLED = "shortIdEnabled";

    /** Whether each queue has its own senders (the guide's "Select senders for each queue"); off: every sender everywhere. */
    public static final String SENDERS_PER_QUEUE = "conversation.sendersPerQueue";

    /** Whether customers' messages are scored for sentiment (the guide's Sentiment tile; off by default). */
    public static final String SENTIMENT_ENABLED = "sentiment.enabled";

    /** Whether agents may ask for the AI summary of a conversation (the guide's Agent companion; off by default). */
    public static final String COMPANION_SUMMARY_ENABLED = "companion.summary.enabled";

    /** Whether agents are offered suggested replies (the guide's Agent companion; off by default). */
    public static final String COMPANION_SUGGESTED_REPLIES_ENABLED = "companion.suggestedReplies.enabled";
    /** The account's default time zone (an IANA name such as Europe/Zagreb): reports count its calendar days. */
    public static final String TIME_ZONE = "account.timeZone";

    @Id
    private String name;

    @Column(name = "val", nullable = false)
    private String value;

    protected Setting() {}

    public void change(String newValue) {
        value = Objects.requireNonNull(newValue, "newValue");
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }
}
