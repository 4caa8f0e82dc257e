package io.switchboard.waiting;

import io.switchboard.channels.Sender;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The waiting strategy of a voice sender (a number, or a web/in-app call application): how long a caller may wait,
 * and the greeting, hold music, periodic announcement and maximum wait time message they hear. Invariants (checked
 * before every change): one strategy per sender; hold music is a file; text-to-speech prompts have text and language.
 */
@Entity
@Table(name = "voice_waiting_strategy")
@NamedQuery(name = VoiceWaitingStrategy.ALL, query = "select v from VoiceWaitingStrategy v order by v.name, v.id")
@NamedQuery(
        name = VoiceWaitingStrategy.BY_SENDER,
        query = "select v from VoiceWaitingStrategy v where v.sender.id = :senderId")
public class VoiceWaitingStrategy {

    public static final String ALL = "VoiceWaitingStrategy.all";
    public static final String BY_SENDER = "VoiceWaitingStrategy.bySender";

    @Id
    @SequenceGenerator(
            name = "voice_waiting_strategy_seq",
            sequenceName = "voice_waiting_strategy_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "voice_waiting_strategy_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "sender_id", nullable = false, updatable = false)
    private Sender sender;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "max_wait_seconds", nullable = false)
    private int maxWaitSeconds;

    @Column(name = "announcement_every_seconds")
    private Integer announcementEverySeconds;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "voice_prompt", joinColumns = @JoinColumn(name = "strategy_id"))
    @MapKeyColumn(name = "message")
    @MapKeyEnumerated(EnumType.STRING)
    private Map<VoiceMessage, VoicePrompt> prompts = new EnumMap<>(VoiceMessage.class);

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected VoiceWaitingStrategy() {}

    public VoiceWaitingStrategy(
            Sender sender,
            String name,
            int maxWaitSeconds,
            Integer announcementEverySeconds,
            Map<VoiceMessage, VoicePrompt> prompts,
            Instant at) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.createdAt = at;
        change(name, maxWaitSeconds, announcementEverySeconds, prompts, at);
    }

    /** Replaces the settings; prompts keep the audio given in {@code prompts} (the caller carries it over). */
    public void change(
            String newName,
            int newMaxWaitSeconds,
            Integer newAnnouncementEverySeconds,
            Map<VoiceMessage, VoicePrompt> newPrompts,
            Instant at) {
        this.name = Objects.requireNonNull(newName, "name");
        this.maxWaitSeconds = newMaxWaitSeconds;
        this.announcementEverySeconds = newAnnouncementEverySeconds;
        this.prompts.clear();
        this.prompts.putAll(newPrompts);
        this.updatedAt = at;
    }

    public void replacePrompt(VoiceMessage message, VoicePrompt prompt, Instant at) {
        prompts.put(message, prompt);
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Sender getSender() {
        return sender;
    }

    public String getName() {
        return name;
    }

    public int getMaxWaitSeconds() {
        return maxWaitSeconds;
    }

    public Integer getAnnouncementEverySeconds() {
        return announcementEverySeconds;
    }

    public Map<VoiceMessage, VoicePrompt> getPrompts() {
        return Collections.unmodifiableMap(prompts);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
