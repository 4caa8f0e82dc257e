package io.switchboard.api.surveys;

import io.switchboard.surveys.SurveyService;
import io.switchboard.surveys.SurveySettings;
import io.switchboard.users.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The survey setting (the guide's "Surveys"); supervisors change it. */
@Path("surveys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ANALYTICS_MANAGER, Role.Names.ACCOUNT_MANAGER})
@Tag(name = "Surveys")
public class SurveysResource {

    /** The survey setting as the API reads and writes it; durations are ISO-8601 ("PT5M", "P7D"). */
    public static class Setting {
        /** Whether a conversation that becomes Solved sends its customer a survey. */
        @NotNull
        public Boolean enabled;

        /** How long after Solved the survey goes out (at most one day). */
        public String delay;

        /** The least time between two surveys to one customer (at most 366 days). */
        public String minimumInterval;

        /** The question about the customer's satisfaction with the handling. */
        public String satisfactionQuestion;

        /** The question whether the issue was resolved. */
        public String resolvedQuestion;

        /** The happy answer's label. */
        public String happyLabel;

        /** The not-happy answer's label. */
        public String notHappyLabel;

        /** An optional follow-up question asking for a comment; null or blank: none is asked. */
        public String followUpQuestion;

        static Setting of(SurveySettings settings) {
            Setting view = new Setting();
            view.enabled = settings.enabled();
            view.delay = settings.delay();
            view.minimumInterval = settings.minimumInterval();
            view.satisfactionQuestion = settings.satisfactionQuestion();
            view.resolvedQuestion = settings.resolvedQuestion();
            view.happyLabel = settings.happyLabel();
            view.notHappyLabel = settings.notHappyLabel();
            view.followUpQuestion = settings.followUpQuestion();
            return view;
        }
    }

    @EJB
    SurveyService surveys;

    @GET
    @Operation(summary = "The survey setting")
    public Setting get() {
        return Setting.of(surveys.settings());
    }

    @PUT
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(
            summary = "Change the survey setting",
            description = "Every field is required but followUpQuestion; a refusal names the field and stores nothing.")
    public Setting change(@Valid @NotNull Setting request) {
        return Setting.of(surveys.change(new SurveySettings(
                request.enabled,
                request.delay,
                request.minimumInterval,
                request.satisfactionQuestion,
                request.resolvedQuestion,
                request.happyLabel,
                request.notHappyLabel,
                request.followUpQuestion)));
    }
}
