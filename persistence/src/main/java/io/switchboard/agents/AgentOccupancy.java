package io.switchboard.agents;

import io.switchboard.channels.ChannelGroup;
import io.switchboard.conversations.ConversationStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The occupancy counters on {@code agent_state} (V56): per agent, how many conversations assigned to them are in
 * each status that may occupy (Open, Waiting, Solved) per channel group with a capacity. The one API both the single
 * assignment and the queue-level bulk runs use; only the conversations' one place of change
 * ({@code ConversationChanges}) moves them, with {@link #move}, one statement per change in the same transaction.
 * Kept per status, so that changing which statuses occupy needs no recount. Capacity stays guarded by the agent's
 * row lock: a decision reads the counters of the row it locked ({@link #LOCK} / {@link #LOCK_SKIP_LOCKED}), and the
 * counter's increment updates that row in the same transaction.
 */
public final class AgentOccupancy {

    /**
     * Locks the agent's row and reads it in the same statement: run as a native query of {@link AgentState} with a
     * refresh, the managed state then holds the locked row's status and counters (one statement, where a lock, a
     * refresh and its status read were three).
     */
    public static final String LOCK = "select * from agent_state where agent_id = ?1 for update";
    /** The same, or nothing when another transaction holds the row. */
    public static final String LOCK_SKIP_LOCKED = LOCK + " skip locked";

    private AgentOccupancy() {}

    /** The counter's column for a channel group and status, null when none is kept (voice, Closed). */
    static String column(ChannelGroup group, ConversationStatus status) {
        if (group == ChannelGroup.VOICE || status == ConversationStatus.CLOSED) {
            return null;
        }
        return "occ_" + status.name().toLowerCase() + "_" + group.name().toLowerCase();
    }

    /**
     * A conversation of the channel group went from (assignee {@code fromAgent}, status {@code from}) to
     * ({@code toAgent}, {@code to}); either agent may be null (unassigned). Moves the counters in at most two
     * statements (one when it stays with the same agent), written at once, not at the next flush: they touch only
     * {@code agent_state}, which this transaction's pending changes never need to precede.
     */
    public static void move(
            EntityManager em,
            ChannelGroup group,
            Long fromAgent,
            ConversationStatus from,
            Long toAgent,
            ConversationStatus to) {
        move(em, group, fromAgent, from, toAgent, to, null);
    }

    /**
     * As {@link #move(EntityManager, ChannelGroup, Long, ConversationStatus, Long, ConversationStatus)}; when the
     * conversation went to another (human) agent, {@code assignedAt} (not null) becomes their last assignment time in
     * the statement that moves their counter: their row is written once per assignment, not once for the counter and
     * again for the time at the flush ({@code AgentState}'s copy of it is never written through the entity).
     */
    public static void move(
            EntityManager em,
            ChannelGroup group,
            Long fromAgent,
            ConversationStatus from,
            Long toAgent,
            ConversationStatus to,
            Instant assignedAt) {
        for (Write write : writes(group, fromAgent, from, toAgent, to, assignedAt != null)) {
            update(em, write, assignedAt);
        }
    }

    /**
     * {@code count} conversations of the channel group in status {@code status}, unassigned before, went to the
     * (human) agent at {@code assignedAt}: one statement for all of them (a bulk run's batch gives each agent several
     * at once), their last assignment time with it.
     */
    public static void add(
            EntityManager em,
            ChannelGroup group,
            ConversationStatus status,
            long agentId,
            int count,
            Instant assignedAt) {
        if (count == 0) {
            return;
        }
        String column = column(group, status);
        update(
                em,
                new Write(agentId, column == null ? null : column + " = " + column + " + " + count, true),
                assignedAt);
    }

    /**
     * One statement on an agent's row: the counters it moves ({@code set}, null for none) and whether the assignment
     * time goes with them.
     */
    record Write(long agentId, String set, boolean assignedAt) {}

    /** The statements a move makes, in order: at most one per agent. */
    static List<Write> writes(
            ChannelGroup group,
            Long fromAgent,
            ConversationStatus from,
            Long toAgent,
            ConversationStatus to,
            boolean assignment) {
        String fromColumn = fromAgent == null ? null : column(group, from);
        String toColumn = toAgent == null ? null : column(group, to);
        boolean sameAgent = fromAgent != null && fromAgent.equals(toAgent);
        if (sameAgent && fromColumn != null && toColumn != null) {
            // A status change between two counted statuses: one statement, none when the counter stays.
            return fromColumn.equals(toColumn)
                    ? List.of()
                    : List.of(new Write(
                            fromAgent,
                            fromColumn + " = " + fromColumn + " - 1, " + toColumn + " = " + toColumn + " + 1",
                            false));
        }
        List<Write> writes = new ArrayList<>(2);
        if (fromColumn != null) {
            writes.add(new Write(fromAgent, fromColumn + " = " + fromColumn + " - 1", false));
        }
        boolean assigned = toAgent != null && assignment && !sameAgent;
        if (toColumn != null || assigned) {
            writes.add(new Write(toAgent, toColumn == null ? null : toColumn + " = " + toColumn + " + 1", assigned));
        }
        return writes;
    }

    // Column names come from enums only: nothing from outside goes into the statement's text.
    private static void update(EntityManager em, Write write, Instant assignedAt) {
        String set = write.assignedAt()
                ? (write.set() == null ? "" : write.set() + ", ") + "last_assigned_at = ?2"
                : write.set();
        Query update = em.createNativeQuery("update agent_state set " + set + " where agent_id = ?1")
                .setParameter(1, write.agentId())
                .setFlushMode(FlushModeType.COMMIT);
        if (write.assignedAt()) {
            update.setParameter(2, assignedAt.atOffset(ZoneOffset.UTC));
        }
        update.executeUpdate();
    }

    /** The occupancy per channel group (voice left out) the counters read with {@code state} give. */
    public static Map<ChannelGroup, Integer> occupancy(AgentState state, boolean waiting, boolean solved) {
        Map<ChannelGroup, Integer> occupied = new EnumMap<>(ChannelGroup.class);
        for (ChannelGroup group : ChannelGroup.values()) {
            if (group == ChannelGroup.VOICE) {
                continue;
            }
            int n = state.counted(group, ConversationStatus.OPEN);
            if (waiting) {
                n += state.counted(group, ConversationStatus.WAITING);
            }
            if (solved) {
                n += state.counted(group, ConversationStatus.SOLVED);
            }
            occupied.put(group, n);
        }
        return occupied;
    }

    /**
     * The counters of the agents as the database holds them now, in this transaction (one statement, by primary key;
     * the counters are written at once, so no flush is needed before it). Per agent id, occupancy per channel group
     * (voice left out).
     */
    public static Map<Long, Map<ChannelGroup, Integer>> read(
            EntityManager em, Collection<Long> agentIds, boolean waiting, boolean solved) {
        Map<Long, Map<ChannelGroup, Integer>> result = new HashMap<>();
        if (agentIds.isEmpty()) {
            return result;
        }
        List<ChannelGroup> groups = List.of(ChannelGroup.LIVE_MESSAGING, ChannelGroup.LIVE_CHAT, ChannelGroup.EMAIL);
        StringBuilder select = new StringBuilder("select agent_id");
        for (ChannelGroup group : groups) {
            select.append(", ").append(column(group, ConversationStatus.OPEN));
            select.append(waiting ? " + " + column(group, ConversationStatus.WAITING) : "");
            select.append(solved ? " + " + column(group, ConversationStatus.SOLVED) : "");
        }
        select.append(" from agent_state where agent_id in (")
                .append(agentIds.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .append(")");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(select.toString())
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        for (Object[] row : rows) {
            Map<ChannelGroup, Integer> occupied = new EnumMap<>(ChannelGroup.class);
            for (int i = 0; i < groups.size(); i++) {
                occupied.put(groups.get(i), ((Number) row[i + 1]).intValue());
            }
            result.put(((Number) row[0]).longValue(), occupied);
        }
        return result;
    }
}
