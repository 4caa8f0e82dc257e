package io.switchboard.macros;

import io.switchboard.queues.Queue;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A supervisor's macro: ordered actions an agent applies to a conversation in one go. Available to every agent
 * ({@code ALL}) or only in the selected queues ({@code QUEUES}, at least one); the queues are empty for {@code ALL}.
 * Names are unique; the actions keep the order the supervisor gave them.
 */
@Entity
@Table(name = "macro")
@NamedQuery(name = Macro.ALL, query = "select m from Macro m order by m.name")
@NamedQuery(name = Macro.BY_NAME, query = "select m from Macro m where m.name = :name")
public class Macro {

    public static final String ALL = "Macro.all";
    public static final String BY_NAME = "Macro.byName";

    /** Every agent may use it. */
    public static final String FOR_ALL = "ALL";

    /** Only agents of the macro's queues may use it. */
    public static final String FOR_QUEUES = "QUEUES";

    /** Offered to agents and applicable. */
    public static final String ACTIVE = "ACTIVE";

    /** Kept for later: not offered to agents, and refused when applied. */
    public static final String INACTIVE = "INACTIVE";

    @Id
    @SequenceGenerator(name = "macro_seq", sequenceName = "macro_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "macro_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(nullable = false)
    private String availability;

    @Column(nullable = false)
    private boolean active = true;

    @ManyToMany
    @JoinTable(
            name = "macro_queue",
            joinColumns = @JoinColumn(name = "macro_id"),
            inverseJoinColumns = @JoinColumn(name = "queue_id"))
    private Set<Queue> queues = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "macro_macro_tag",
            joinColumns = @JoinColumn(name = "macro_id"),
            inverseJoinColumns = @JoinColumn(name = "macro_tag_id"))
    private Set<MacroTag> tags = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "macro_action", joinColumns = @JoinColumn(name = "macro_id"))
    @OrderColumn(name = "position")
    private List<MacroActionRow> actions = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Macro() {}

    public Macro(String name, Instant createdAt) {
        this.name = Objects.requireNonNull(name, "name");
        this.availability = FOR_ALL;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = createdAt;
    }

    /** Replaces everything a supervisor edits; {@code queues} must be empty for {@code ALL}. */
    public void define(
            String newName,
            String newDescription,
            String newAvailability,
            boolean nowActive,
            Collection<Queue> newQueues,
            Collection<MacroTag> newTags,
            List<MacroActionRow> newActions,
            Instant at) {
        this.name = Objects.requireNonNull(newName, "name");
        this.active = nowActive;
        this.description = newDescription;
        this.availability = Objects.requireNonNull(newAvailability, "availability");
        this.queues.clear();
        this.queues.addAll(newQueues);
        this.tags.clear();
        this.tags.addAll(newTags);
        this.actions.clear();
        this.actions.addAll(newActions);
        this.updatedAt = at;
    }

    /** Takes a macro tag off (the tag is being deleted). */
    public void untag(MacroTag tag) {
        tags.remove(tag);
    }

    /** Whether an agent may use it on a conversation in this queue. */
    public boolean isAvailableIn(long queueId) {
        return FOR_ALL.equals(availability) || queues.stream().anyMatch(q -> q.getId() == queueId);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getAvailability() {
        return availability;
    }

    /** Whether agents are offered it and may apply it. */
    public boolean isActive() {
        return active;
    }

    /** {@link #ACTIVE} or {@link #INACTIVE}. */
    public String getStatus() {
        return active ? ACTIVE : INACTIVE;
    }

    public Set<Queue> getQueues() {
        return Set.copyOf(queues);
    }

    public Set<MacroTag> getTags() {
        return Set.copyOf(tags);
    }

    public List<MacroActionRow> getActions() {
        return List.copyOf(actions);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
