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
 * One period an agent spent in one status (V54), with its status group and whether anything occupied them; the
 * period going on has no end. The status's name and group are copied: a custom status may later be renamed, moved
 * or deleted, the history stays as it was.
 */
@Entity
@Table(name = "agent_status_period")
@NamedQuery(
        name = AgentStatusPeriod.OPEN,
        query = "select p from AgentStatusPeriod p where p.agentId = :agent and p.endedAt is null order by p.id")
@NamedQuery(
        name = AgentStatusPeriod.OPEN_SIGNED_IN,
        query = "select p from AgentStatusPeriod p where p.endedAt is null"
                + " and p.statusGroup <> io.switchboard.agents.AgentStatusGroup.UNAVAILABLE order by p.agentId")
public class AgentStatusPeriod {

    public static final String OPEN = "AgentStatusPeriod.open";
    public static final String OPEN_SIGNED_IN = "AgentStatusPeriod.openSignedIn";

    @Id
    @SequenceGenerator(name = "agent_status_period_seq", sequenceName = "agent_status_period_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agent_status_period_seq")
    private Long id;

    @Column(name = "agent_id", nullable = false, updatable = false)
    private long agentId;

    @Column(name = "status_id", updatable = false)
    private Long statusId;

    @Column(name = "status_name", nullable = false, updatable = false)
    private String statusName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_group", nullable = false, updatable = false)
    private AgentStatusGroup statusGroup;

    @Column(nullable = false, updatable = false)
    private boolean occupied;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected AgentStatusPeriod() {}

    public AgentStatusPeriod(long agentId, AgentStatus status, boolean occupied, Instant startedAt) {
        this(agentId, status.getId(), status.getName(), status.getStatusGroup(), occupied, startedAt, null);
    }

    /** A period as it was (history written after the fact, a test's past hours). */
    public AgentStatusPeriod(
            long agentId,
            Long statusId,
            String statusName,
            AgentStatusGroup statusGroup,
            boolean occupied,
            Instant startedAt,
            Instant endedAt) {
        this.agentId = agentId;
        this.statusId = statusId;
        this.statusName = Objects.requireNonNull(statusName, "statusName");
        this.statusGroup = Objects.requireNonNull(statusGroup, "statusGroup");
        this.occupied = occupied;
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        if (endedAt != null && endedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("a period cannot end before it starts");
        }
        this.endedAt = endedAt;
    }

    /** Ends the period (never before it started). */
    public void end(Instant at) {
        endedAt = at.isBefore(startedAt) ? startedAt : at;
    }

    public Long getId() {
        return id;
    }

    public long getAgentId() {
        return agentId;
    }

    public Long getStatusId() {
        return statusId;
    }

    public String getStatusName() {
        return statusName;
    }

    public AgentStatusGroup getStatusGroup() {
        return statusGroup;
    }

    public boolean isOccupied() {
        return occupied;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
