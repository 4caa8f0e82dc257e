package io.switchboard.api.conversations;

/** The agent to assign the conversation to; null unassigns it. */
public class AssigneeRequest {

    public Long agentId;
}
