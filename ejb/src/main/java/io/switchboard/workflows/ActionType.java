package io.switchboard.workflows;

/** What a workflow does, in the order its actions are listed. */
public enum ActionType {
    SEND_MESSAGE("Send a message to the customer"),
    ADD_TAGS("Add tags"),
    REMOVE_TAGS("Remove tags"),
    EMAIL_CUSTOMER("Email the customer"),
    EMAIL_RECIPIENT("Email a recipient"),
    EMAIL_TRANSCRIPT("Email the transcript"),
    NOTIFY_BY_EMAIL("Notify by email"),
    SLACK_MESSAGE("Message on Slack"),
    SET_STATUS("Set the status"),
    SET_PRIORITY("Set the priority"),
    UNASSIGN("Unassign the agent"),
    EMAIL_SURVEY("Email the survey"),
    CLOSE("Close the conversation"),
    CALL_API("Call an API"),
    POPULATE_FORM_FIELDS("Fill in form fields");

    private final String label;

    ActionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
