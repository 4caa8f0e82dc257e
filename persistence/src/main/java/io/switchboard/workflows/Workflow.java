package io.switchboard.workflows;

import io.switchboard.conditions.ConditionGroup;
import io.switchboard.conditions.json.ConditionGroupConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A supervisor's automation: when one of its triggers happens and its conditions hold, its actions run in order.
 * Workflows run in ascending {@code ordinal} (1..n without gaps, rewritten under the workflow set's lock). Triggers
 * and actions are stored as the JSON the engine checked before storing them.
 */
@Entity
@Table(name = "workflow")
@NamedQuery(name = Workflow.ALL, query = "select w from Workflow w order by w.ordinal, w.id")
public class Workflow {

    public static final String ALL = "Workflow.all";

    @Id
    @SequenceGenerator(name = "workflow_seq", sequenceName = "workflow_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "workflow_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false)
    private String triggers;

    /** Optional: no conditions means the triggers alone decide. */
    @Convert(converter = ConditionGroupConverter.class)
    private ConditionGroup conditions;

    @Column(nullable = false)
    private String actions;

    @Column(nullable = false)
    private int ordinal;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Workflow() {}

    public Workflow(
            String name,
            boolean enabled,
            String triggers,
            ConditionGroup conditions,
            String actions,
            int ordinal,
            Instant at) {
        this.createdAt = at;
        this.enabled = enabled;
        this.ordinal = ordinal;
        change(name, triggers, conditions, actions, at);
    }

    public void change(
            String newName, String newTriggers, ConditionGroup newConditions, String newActions, Instant at) {
        name = Objects.requireNonNull(newName, "name");
        triggers = Objects.requireNonNull(newTriggers, "triggers");
        conditions = newConditions;
        actions = Objects.requireNonNull(newActions, "actions");
        updatedAt = at;
    }

    public void enable(boolean newEnabled, Instant at) {
        enabled = newEnabled;
        updatedAt = at;
    }

    /** The place in the run order; only the service, renumbering all workflows at once, calls this. */
    public void placeAt(int newOrdinal) {
        ordinal = newOrdinal;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getTriggers() {
        return triggers;
    }

    public ConditionGroup getConditions() {
        return conditions;
    }

    public String getActions() {
        return actions;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
