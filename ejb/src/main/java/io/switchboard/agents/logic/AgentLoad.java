package io.switchboard.agents.logic;

import io.switchboard.channels.ChannelGroup;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One agent's occupancy (conversations that occupy them) and capacity per channel group, and what follows from them:
 * room for one more conversation, the combined workload that decides Full Capacity, the workload the Weight Sum
 * Method scores. Immutable.
 */
public final class AgentLoad {

    /** Combined workload (percent, over Email, Live Messaging and Live Chat) from which an agent is at Full Capacity. */
    public static final double FULL_CAPACITY_PERCENT = 90;

    /** The combined workload of an agent at their maximum capacity. */
    public static final double MAXIMUM_PERCENT = 100;

    private static final ChannelGroup[] COMBINED = {
        ChannelGroup.EMAIL, ChannelGroup.LIVE_MESSAGING, ChannelGroup.LIVE_CHAT
    };

    private final Map<ChannelGroup, Integer> occupancy;
    private final Map<ChannelGroup, Integer> capacity;

    private AgentLoad(Map<ChannelGroup, Integer> occupancy, Map<ChannelGroup, Integer> capacity) {
        this.occupancy = occupancy;
        this.capacity = capacity;
    }

    /** A load from occupancy and capacity per group; missing groups have no occupancy, voice capacity is always 1. */
    public static AgentLoad of(Map<ChannelGroup, Integer> occupancy, Map<ChannelGroup, Integer> capacity) {
        EnumMap<ChannelGroup, Integer> occupied = new EnumMap<>(ChannelGroup.class);
        EnumMap<ChannelGroup, Integer> capacities = new EnumMap<>(ChannelGroup.class);
        for (ChannelGroup group : ChannelGroup.values()) {
            int taken = occupancy.getOrDefault(group, 0);
            int room = group == ChannelGroup.VOICE ? 1 : Objects.requireNonNull(capacity.get(group), group.name());
            if (taken < 0 || room < 0) {
                throw new IllegalArgumentException("occupancy and capacity cannot be negative: " + group);
            }
            occupied.put(group, taken);
            capacities.put(group, room);
        }
        return new AgentLoad(occupied, capacities);
    }

    public int occupancy(ChannelGroup group) {
        return occupancy.get(group);
    }

    public int capacity(ChannelGroup group) {
        return capacity.get(group);
    }

    /** Occupancy as a percentage of capacity; a capacity of 0 is full (100%) as soon as anything occupies it. */
    public double percent(ChannelGroup group) {
        int room = capacity(group);
        int taken = occupancy(group);
        if (room == 0) {
            return taken == 0 ? 0 : 100;
        }
        return taken * 100.0 / room;
    }

    /** Whether one more conversation of the group fits under the agent's capacity. */
    public boolean hasRoomFor(ChannelGroup group) {
        return occupancy(group) < capacity(group);
    }

    /** The sum of the Email, Live Messaging and Live Chat percentages (the guide's 33% + 20% + 30% = 83%). */
    public double combinedPercent() {
        double sum = 0;
        for (ChannelGroup group : COMBINED) {
            sum += percent(group);
        }
        return sum;
    }

    /**
     * Whether the combined workload is below the agent's maximum capacity (100%): the way back from Full capacity
     * (the guide's Under Capacity), deliberately not the 90% that starts it.
     */
    public boolean isUnderCapacity() {
        return combinedPercent() < MAXIMUM_PERCENT;
    }

    /** Whether the agent has reached Full Capacity (combined workload at 90% or more). */
    public boolean isFullCapacity() {
        return combinedPercent() >= FULL_CAPACITY_PERCENT;
    }

    /** The Weight Sum Method's workload: the mean of the Live Chat and Live Messaging percentages. */
    public double scoringWorkload() {
        return (percent(ChannelGroup.LIVE_CHAT) + percent(ChannelGroup.LIVE_MESSAGING)) / 2;
    }

    /** Whether automatic assignment may give the agent one more conversation of the group. */
    public boolean canTakeNew(ChannelGroup group) {
        return hasRoomFor(group) && (group.isCall() || !isFullCapacity());
    }

    /** This load with one more conversation of the group. */
    public AgentLoad plusOne(ChannelGroup group) {
        EnumMap<ChannelGroup, Integer> more = new EnumMap<>(occupancy);
        more.merge(group, 1, Integer::sum);
        return new AgentLoad(more, capacity);
    }

    @Override
    public String toString() {
        return "AgentLoad" + occupancy + "/" + capacity;
    }
}
