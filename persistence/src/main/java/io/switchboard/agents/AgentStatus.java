package io.switchboard.agents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A status agents show: one of the default statuses (created by the schema, with a system code the engine switches
 * by) or a custom one a supervisor defines. Invariants: names are unique; default statuses are neither renamed,
 * regrouped nor deleted.
 */
@Entity
@Table(name = "agent_status")
@NamedQuery(name = AgentStatus.ALL, query = "select s from AgentStatus s order by s.statusGroup, s.id")
@NamedQuery(name = AgentStatus.BY_CODE, query = "select s from AgentStatus s where s.systemCode = :code")
@NamedQuery(name = AgentStatus.BY_NAME, query = "select s from AgentStatus s where s.name = :name")
public class AgentStatus {

    public static final String ALL = "AgentStatus.all";
    public static final String BY_CODE = "AgentStatus.byCode";
    public static final String BY_NAME = "AgentStatus.byName";

    /** System codes of the default statuses. */
    public static final String AVAILABLE = "AVAILABLE";

    public static final String FULL_CAPACITY = "FULL_CAPACITY";
    public static final String BUSY = "BUSY";
    public static final String AWAY = "AWAY";
    public static final String OFFLINE = "OFFLINE";

    @Id
    @SequenceGenerator(name = "agent_status_seq", sequenceName = "agent_status_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agent_status_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_group", nullable = false)
    private AgentStatusGroup statusGroup;

    @Column(name = "system_code", updatable = false)
    private String systemCode;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected AgentStatus() {}

    /** A custom status. */
    public AgentStatus(String name, AgentStatusGroup group, Instant createdAt) {
        this.name = Objects.requireNonNull(name, "name");
        this.statusGroup = Objects.requireNonNull(group, "group");
        this.createdAt = createdAt;
    }

    public void change(String newName, AgentStatusGroup newGroup) {
        if (isDefaultStatus()) {
            throw new IllegalStateException("default status " + name + " cannot be changed");
        }
        name = Objects.requireNonNull(newName, "newName");
        statusGroup = Objects.requireNonNull(newGroup, "newGroup");
    }

    public boolean isDefaultStatus() {
        return systemCode != null;
    }

    public boolean is(String code) {
        return code.equals(systemCode);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public AgentStatusGroup getStatusGroup() {
        return statusGroup;
    }

    public String getSystemCode() {
        return systemCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
