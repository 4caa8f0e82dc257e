package io.switchboard.agents;

import io.switchboard.channels.ChannelGroup;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.settings.SettingsService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Capacity settings: the default capacity per channel group, each agent's own, and which of them applies. A CDI
 * bean: every assignment decision reads the capacities, and a session-bean call cost more than the read (as for
 * {@link SettingsService}). Changes run in a transaction, the caller's or their own.
 */
@ApplicationScoped
public class AgentCapacities {

    static final String CAPACITY_PREFIX = "capacity.";
    /** The largest capacity of a channel group (the smallest is 0: none). */
    public static final int MAX_CAPACITY = 1000;

    /** The channel groups whose capacity can be set (voice is always 1). */
    public static final List<ChannelGroup> SETTABLE =
            List.of(ChannelGroup.LIVE_MESSAGING, ChannelGroup.LIVE_CHAT, ChannelGroup.EMAIL);

    @PersistenceContext
    EntityManager em;

    @Inject
    SettingsService settings;

    @Inject
    Event<AgentFreed> freed;

    @EJB
    AgentPresence presence;

    /** The default capacity per settable channel group. */
    public Map<ChannelGroup, Integer> defaultCapacities() {
        Map<ChannelGroup, Integer> capacities = new EnumMap<>(ChannelGroup.class);
        for (ChannelGroup group : SETTABLE) {
            capacities.put(group, Integer.parseInt(settings.value(CAPACITY_PREFIX + group.name())));
        }
        return capacities;
    }

    @Transactional
    public Map<ChannelGroup, Integer> changeDefaultCapacities(Map<ChannelGroup, Integer> capacities) {
        capacities.forEach((group, capacity) -> {
            String field = "capacities." + group.name();
            if (group == ChannelGroup.VOICE) {
                throw new InvalidInputException(field, "voice capacity is always 1 and cannot be changed");
            }
            if (capacity == null || capacity < 0 || capacity > MAX_CAPACITY) {
                throw new InvalidInputException(field, "must be between 0 and " + MAX_CAPACITY);
            }
        });
        Map<ChannelGroup, Integer> before = defaultCapacities();
        capacities.forEach(
                (group, capacity) -> settings.change(CAPACITY_PREFIX + group.name(), String.valueOf(capacity)));
        Map<ChannelGroup, Integer> after = defaultCapacities();
        if (!after.equals(before)) {
            // Every agent's room changed: those who may take work get bulk assignment once this commits, and
            // their status follows their new workload (Full capacity and back).
            em.createQuery(
                            "select s.agentId from AgentState s where s.status.statusGroup = :available"
                                    + " or s.status.systemCode = :full",
                            Long.class)
                    .setParameter("available", AgentStatusGroup.AVAILABLE)
                    .setParameter("full", AgentStatus.FULL_CAPACITY)
                    .getResultList()
                    .forEach(agentId -> freed.fire(new AgentFreed(agentId)));
        }
        return after;
    }

    /**
     * The capacity screen's defaults, both or neither: the default capacities and the inactivity time after which agents
     * go Offline, in one transaction (a refused inactivity time leaves the capacities as they were).
     */
    @Transactional
    public Map<ChannelGroup, Integer> changeDefaults(Map<ChannelGroup, Integer> capacities, Integer inactivityMinutes) {
        if (inactivityMinutes == null) {
            throw new InvalidInputException(
                    "inactivityMinutes",
                    "must be between " + AgentPresence.MIN_INACTIVITY_MINUTES + " and "
                            + AgentPresence.MAX_INACTIVITY_MINUTES);
        }
        presence.changeInactivityMinutes(inactivityMinutes);
        return changeDefaultCapacities(capacities);
    }

    /** The agent's own capacities (null where the default applies). */
    public Map<ChannelGroup, Integer> ownCapacities(long agentId) {
        AgentState state = AgentPresence.find(em, agentId);
        Map<ChannelGroup, Integer> own = new EnumMap<>(ChannelGroup.class);
        SETTABLE.forEach(group -> own.put(group, state.ownCapacity(group)));
        return own;
    }

    /** Sets the agent's own capacities; a null value returns that group to the default. */
    @Transactional
    public Map<ChannelGroup, Integer> changeOwnCapacities(long agentId, Map<ChannelGroup, Integer> capacities) {
        capacities.forEach((group, capacity) -> {
            String field = "capacities." + group.name();
            if (group == ChannelGroup.VOICE) {
                throw new InvalidInputException(field, "voice capacity is always 1 and cannot be changed");
            }
            if (capacity != null && (capacity < 0 || capacity > MAX_CAPACITY)) {
                throw new InvalidInputException(field, "must be between 0 and " + MAX_CAPACITY + ", or null");
            }
        });
        AgentState state = AgentPresence.lock(em, agentId);
        capacities.forEach(state::changeOwnCapacity);
        freed.fire(new AgentFreed(agentId));
        return ownCapacities(agentId);
    }

    /** The capacities that apply to the agent: their own, else the default. */
    public Map<ChannelGroup, Integer> effectiveCapacities(AgentState state, Map<ChannelGroup, Integer> defaults) {
        Map<ChannelGroup, Integer> effective = new EnumMap<>(ChannelGroup.class);
        for (ChannelGroup group : SETTABLE) {
            Integer own = state.ownCapacity(group);
            effective.put(group, own != null ? own : defaults.get(group));
        }
        effective.put(ChannelGroup.VOICE, 1);
        return effective;
    }
}
