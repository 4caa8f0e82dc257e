package io.switchboard.api.settings;

import io.switchboard.settings.SettingsService;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** General settings; supervisors change them. */
@Path("settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ANALYTICS_MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Settings")
public class SettingsResource {

    /** The general settings. */
    public static class Settings {
        /**
         * Whether the short ID replaces the conversation's id where people see it: screens, and automated messages'
         * {conversationId} (the API always has both).
         */
        @NotNull
        public Boolean shortIdEnabled;

        /**
         * Whether each queue has its own senders and default sender (the guide's "Select senders for each queue");
         * off, every sender is available on every queue. Left out of a change: stays as it is.
         */
        public Boolean sendersPerQueueEnabled;

        /**
         * Whether customers' messages are scored for sentiment (the guide's Sentiment toggle; off by default). Off:
         * nothing new is scored, existing scores stay. Left out of a change: stays as it is.
         */
        public Boolean sentimentEnabled;

        /**
         * The Agent companion's AI summary (GET /conversations/{id}/summary; off by default). Left out of a change:
         * stays as it is.
         */
        public Boolean aiSummaryEnabled;

        /**
         * The Agent companion's suggested replies (GET /conversations/{id}/suggested-replies; off by default). Left
         * out of a change: stays as it is.
         */
        public Boolean suggestedRepliesEnabled;

        /**
         * The account's default time zone (an IANA name such as Europe/Zagreb; UTC at first): reports count its
         * calendar days. Left out of a change: stays as it is.
         */
        @Size(max = 60)
        public String timeZone;
    }

    @Inject
    SettingsService settings;

    @GET
    @Operation(summary = "The general settings")
    public Settings get() {
        Settings current = new Settings();
        current.shortIdEnabled = settings.shortIdEnabled();
        current.sendersPerQueueEnabled = settings.sendersPerQueue();
        current.sentimentEnabled = settings.sentimentEnabled();
        current.aiSummaryEnabled = settings.companionSummaryEnabled();
        current.suggestedRepliesEnabled = settings.suggestedRepliesEnabled();
        current.timeZone = settings.timeZone().getId();
        return current;
    }

    @PUT
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Change the general settings")
    public Settings change(@Valid Settings request) {
        // The only change that can be refused goes first, so a refused request stores nothing.
        if (request.timeZone != null) {
            settings.changeTimeZone(request.timeZone);
        }
        settings.enableShortId(request.shortIdEnabled);
        if (request.sendersPerQueueEnabled != null) {
            settings.selectSendersPerQueue(request.sendersPerQueueEnabled);
        }
        if (request.sentimentEnabled != null) {
            settings.enableSentiment(request.sentimentEnabled);
        }
        if (request.aiSummaryEnabled != null) {
            settings.enableCompanionSummary(request.aiSummaryEnabled);
        }
        if (request.suggestedRepliesEnabled != null) {
            settings.enableSuggestedReplies(request.suggestedRepliesEnabled);
        }
        return get();
    }
}
