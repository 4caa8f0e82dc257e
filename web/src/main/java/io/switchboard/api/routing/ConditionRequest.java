package io.switchboard.api.routing;

import io.switchboard.conditions.Condition;

/** One {@code attribute operator value} condition; checked as a whole by the routing service, which names the path. */
public class ConditionRequest {

    /** e.g. conversation.channel, person.city, person.custom.language, custom.ivrChoice, senderQueues */
    public String attribute;
    /** IS, IS_NOT, CONTAINS, DOES_NOT_CONTAIN, STARTS_WITH, IN_LIST, NOT_IN_LIST, BEFORE, AFTER, BEFORE_OR_ON, AFTER_OR_ON */
    public String operator;
    /** Text, an ISO date, true/false, a channel name, or a sender, queue or tag reference. */
    public String value;

    Condition toCondition() {
        return new Condition(attribute, operator, value);
    }
}
