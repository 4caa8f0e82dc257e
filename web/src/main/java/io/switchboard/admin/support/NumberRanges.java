package io.switchboard.admin.support;

import io.switchboard.agents.AgentCapacities;
import io.switchboard.agents.AgentPresence;
import io.switchboard.sla.logic.SlaPolicyRules;
import io.switchboard.waiting.logic.MessagingWaitingRules;
import io.switchboard.waiting.logic.VoiceWaitingRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The message a number input shows for text that is no number, with the range the engine accepts, read from the
 * engine's own bounds (one source of truth): "Live Chat: enter a whole number from 0 to 1000". A number out of the
 * range is refused by the engine and worded the same way ({@link RefusalWording}).
 */
@Named("ranges")
@ApplicationScoped
public class NumberRanges {

    public String capacity(String label) {
        return RefusalWording.range(label, 0, AgentCapacities.MAX_CAPACITY);
    }

    public String inactivityMinutes(String label) {
        return RefusalWording.range(label, AgentPresence.MIN_INACTIVITY_MINUTES, AgentPresence.MAX_INACTIVITY_MINUTES);
    }

    public String wrapUpSeconds(String label) {
        return RefusalWording.range(label, 0, AgentPresence.MAX_WRAP_UP_SECONDS);
    }

    public String waitingMinutes(String label) {
        return RefusalWording.range(label, 1, MessagingWaitingRules.HOUR);
    }

    public String voiceWaitSeconds(String label) {
        return RefusalWording.range(label, 1, VoiceWaitingRules.MAX_WAIT_SECONDS);
    }

    public String announcementSeconds(String label) {
        return RefusalWording.range(
                label, VoiceWaitingRules.MIN_ANNOUNCEMENT_SECONDS, VoiceWaitingRules.MAX_WAIT_SECONDS);
    }

    public String slaMinutes(String label) {
        return RefusalWording.labelled(label, "must be between 1 and " + SlaPolicyRules.MAX_MINUTES + " minutes");
    }
}
