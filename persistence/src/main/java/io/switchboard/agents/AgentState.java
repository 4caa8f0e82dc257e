package io.switchboard.agents;

import io.switchboard.channels.ChannelGroup;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An agent's presence and capacity: status, last activity, last assignment, call state and own capacities. Every
 * assignment decision that may give the agent work locks this row first (in agent id order), so occupancy never
 * exceeds capacity, whatever the number of server instances. No @Version: changes happen under that row lock.
 */
@Entity
@Table(name = "agent_state")
@NamedQuery(name = AgentState.BY_IDS, query = "select s from AgentState s where s.agentId in :ids order by s.agentId")
@NamedQuery(
        name = AgentState.INACTIVE,
        query = "select s from AgentState s where s.lastActivityAt < :before"
                + " and (s.status.statusGroup = io.switchboard.agents.AgentStatusGroup.AVAILABLE"
                + " or s.status.systemCode = 'FULL_CAPACITY') order by s.agentId")
public class AgentState {

    public static final String BY_IDS = "AgentState.byIds";
    public static final String INACTIVE = "AgentState.inactive";

    /** The wrap-up time after a call unless the agent has their own. */
    public static final int DEFAULT_WRAP_UP_SECONDS = 30;

    @Id
    @Column(name = "agent_id")
    private Long agentId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "status_id", nullable = false)
    private AgentStatus status;

    /** The status to return to once under capacity again; set only while at Full capacity. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "return_status_id")
    private AgentStatus returnStatus;

    @Column(name = "status_since", nullable = false)
    private Instant statusSince;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    // Written at insert, then only by AgentOccupancy's counter statement of each assignment (recordAssignment keeps
    // this copy in step): the row is updated once per assignment.
    @Column(name = "last_assigned_at", nullable = false, updatable = false)
    private Instant lastAssignedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "voice_state", nullable = false)
    private VoiceState voiceState;

    @Column(name = "voice_state_since", nullable = false)
    private Instant voiceStateSince;

    @Column(name = "wrap_up_seconds", nullable = false)
    private int wrapUpSeconds;

    @Column(name = "capacity_live_messaging")
    private Integer capacityLiveMessaging;

    @Column(name = "capacity_live_chat")
    private Integer capacityLiveChat;

    @Column(name = "capacity_email")
    private Integer capacityEmail;

    // Occupancy counters (V56): conversations assigned to the agent per status that may occupy and channel group.
    // Written only by AgentOccupancy's statements (never through this entity), read with the row.
    @Column(name = "occ_open_live_messaging", insertable = false, updatable = false)
    private int occOpenLiveMessaging;

    @Column(name = "occ_open_live_chat", insertable = false, updatable = false)
    private int occOpenLiveChat;

    @Column(name = "occ_open_email", insertable = false, updatable = false)
    private int occOpenEmail;

    @Column(name = "occ_waiting_live_messaging", insertable = false, updatable = false)
    private int occWaitingLiveMessaging;

    @Column(name = "occ_waiting_live_chat", insertable = false, updatable = false)
    private int occWaitingLiveChat;

    @Column(name = "occ_waiting_email", insertable = false, updatable = false)
    private int occWaitingEmail;

    @Column(name = "occ_solved_live_messaging", insertable = false, updatable = false)
    private int occSolvedLiveMessaging;

    @Column(name = "occ_solved_live_chat", insertable = false, updatable = false)
    private int occSolvedLiveChat;

    @Column(name = "occ_solved_email", insertable = false, updatable = false)
    private int occSolvedEmail;

    protected AgentState() {}

    /**
     * A new agent's state: in the given status, never assigned (unserved time counts from now); the status's first
     * period is recorded in the history.
     */
    public AgentState(long agentId, AgentStatus status, Instant at, StatusHistory history) {
        this.agentId = agentId;
        this.status = Objects.requireNonNull(status, "status");
        this.statusSince = at;
        this.lastActivityAt = at;
        this.lastAssignedAt = at;
        this.voiceState = VoiceState.IDLE;
        this.voiceStateSince = at;
        this.wrapUpSeconds = DEFAULT_WRAP_UP_SECONDS;
        history.statusChanged(agentId, status, at);
    }

    /**
     * Changes the status, recording the change in the history (the one way a status changes, so no path forgets it).
     * Setting one's status is activity too. Any status but Full capacity has no way back.
     */
    public void changeStatus(AgentStatus newStatus, Instant at, StatusHistory history) {
        returnStatus = null;
        if (!newStatus.equals(status)) {
            status = newStatus;
            statusSince = at;
            history.statusChanged(agentId, newStatus, at);
        }
    }

    /** Moves the agent to Full capacity, remembering the status they return to once under capacity. */
    public void reachFullCapacity(AgentStatus fullCapacity, AgentStatus returnTo, Instant at, StatusHistory history) {
        changeStatus(fullCapacity, at, history);
        returnStatus = Objects.requireNonNull(returnTo, "returnTo");
    }

    /** Forgets a status about to be deleted as the way back from Full capacity. */
    public void forgetReturnStatus() {
        returnStatus = null;
    }

    public void recordActivity(Instant at) {
        lastActivityAt = at;
    }

    /** In step with what the assignment's counter statement wrote (AgentOccupancy): this copy is never written. */
    public void recordAssignment(Instant at) {
        lastAssignedAt = at;
    }

    public void changeVoiceState(VoiceState newState, Instant at) {
        voiceState = Objects.requireNonNull(newState, "newState");
        voiceStateSince = at;
    }

    public void changeWrapUp(int seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("wrap-up time cannot be negative");
        }
        wrapUpSeconds = seconds;
    }

    /** The agent's own capacity for a channel group, null when the default applies (voice is always 1). */
    public Integer ownCapacity(ChannelGroup group) {
        return switch (group) {
            case LIVE_MESSAGING -> capacityLiveMessaging;
            case LIVE_CHAT -> capacityLiveChat;
            case EMAIL -> capacityEmail;
            case VOICE -> 1;
        };
    }

    /** Sets (or with null removes) the agent's own capacity for a channel group; voice capacity cannot change. */
    public void changeOwnCapacity(ChannelGroup group, Integer capacity) {
        if (capacity != null && capacity < 0) {
            throw new IllegalArgumentException("capacity cannot be negative");
        }
        switch (group) {
            case LIVE_MESSAGING -> capacityLiveMessaging = capacity;
            case LIVE_CHAT -> capacityLiveChat = capacity;
            case EMAIL -> capacityEmail = capacity;
            case VOICE -> throw new IllegalArgumentException("voice capacity is always 1");
        }
    }

    /**
     * How many conversations of the channel group in the status are assigned to the agent, as the counters read with
     * this row say (0 for voice, whose occupancy is the call state, and for Closed).
     */
    public int counted(ChannelGroup group, io.switchboard.conversations.ConversationStatus status) {
        return switch (status) {
            case OPEN ->
                switch (group) {
                    case LIVE_MESSAGING -> occOpenLiveMessaging;
                    case LIVE_CHAT -> occOpenLiveChat;
                    case EMAIL -> occOpenEmail;
                    case VOICE -> 0;
                };
            case WAITING ->
                switch (group) {
                    case LIVE_MESSAGING -> occWaitingLiveMessaging;
                    case LIVE_CHAT -> occWaitingLiveChat;
                    case EMAIL -> occWaitingEmail;
                    case VOICE -> 0;
                };
            case SOLVED ->
                switch (group) {
                    case LIVE_MESSAGING -> occSolvedLiveMessaging;
                    case LIVE_CHAT -> occSolvedLiveChat;
                    case EMAIL -> occSolvedEmail;
                    case VOICE -> 0;
                };
            case CLOSED -> 0;
        };
    }

    public Long getAgentId() {
        return agentId;
    }

    public AgentStatus getStatus() {
        return status;
    }

    /** The status the agent returns to once under capacity; null unless at Full capacity. */
    public AgentStatus getReturnStatus() {
        return returnStatus;
    }

    public Instant getStatusSince() {
        return statusSince;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public Instant getLastAssignedAt() {
        return lastAssignedAt;
    }

    public VoiceState getVoiceState() {
        return voiceState;
    }

    public Instant getVoiceStateSince() {
        return voiceStateSince;
    }

    public int getWrapUpSeconds() {
        return wrapUpSeconds;
    }
}
