package io.switchboard.conversations;

/**
 * How a list of conversations is ordered. {@link Key#WORK} is the order agents work in: the highest priority first,
 * then the one waiting longest (created earliest); it is the default of the API and of All Work. The other keys sort
 * by one column, ascending or descending, ties in work order.
 */
public record ConversationOrder(Key key, boolean ascending) {

    /** What a list is sorted by. */
    public enum Key {
        WORK,
        /** The id the screens show: the short ID when the Short ID setting is on, otherwise the conversation's id. */
        DISPLAY_ID,
        STATUS,
        PRIORITY,
        CHANNEL,
        QUEUE,
        CUSTOMER,
        CREATED,
        UPDATED,
        /** The assignee's name; unassigned ones last when ascending. */
        ASSIGNEE,
        /**
         * SLA time left: the due time of the most urgent clock (breached ones first when ascending); those without a
         * counting clock last in either direction.
         */
        SLA_DUE
    }

    /** Priority, then longest waiting. */
    public static final ConversationOrder WORK = new ConversationOrder(Key.WORK, true);

    public ConversationOrder {
        key = key == null ? Key.WORK : key;
    }
}
