package io.switchboard.api.surveys;

import io.switchboard.api.Problem;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.surveys.SurveyService;
import io.switchboard.surveys.SurveyService.TokenState;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The customer's side of a survey, without sign-in: the signed token of the survey link is the credential. A token
 * that is not valid (forged, expired) answers 401 to everyone, signed in or not; a used one 409.
 */
@Path("survey-answers/{token}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Surveys")
public class SurveyAnswersResource {

    @EJB
    SurveyService surveys;

    @GET
    @Operation(summary = "The survey's questions and answers to choose from (for the survey link's token)")
    public Response questions(@PathParam("token") String token) {
        SurveyService.Opened opened = surveys.open(token);
        return switch (opened.state()) {
            case OPEN -> Response.ok(opened.page()).build();
            case ANSWERED -> answered();
            case REFUSED -> refused();
        };
    }

    /** The body is read after the token is checked, so a caller without a valid token learns nothing else. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Answer the survey once: {\"score\": \"HAPPY\" | \"NOT_HAPPY\", \"comment\": \"...\"}",
            description = "204 when stored; 409 when the survey was answered before (nothing changes).")
    public Response answer(@PathParam("token") String token, JsonObject body) {
        if (surveys.open(token).state() == TokenState.REFUSED) {
            return refused();
        }
        if (body == null) {
            throw new InvalidInputException("score", "is required");
        }
        for (String name : body.keySet()) {
            if (!name.equals("score") && !name.equals("comment")) {
                throw new InvalidInputException(name, "is not a field of a survey answer");
            }
        }
        String score = text(body, "score");
        if (score == null) {
            throw new InvalidInputException("score", "is required (HAPPY or NOT_HAPPY)");
        }
        TokenState state = surveys.answer(token, score, text(body, "comment"));
        return switch (state) {
            case OPEN -> Response.noContent().build();
            case ANSWERED -> answered();
            case REFUSED -> refused();
        };
    }

    private static String text(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw new InvalidInputException(name, "must be text");
        }
        return string.getString();
    }

    private static Response refused() {
        return Problem.of(Response.Status.UNAUTHORIZED, "This survey link is not valid or has expired")
                .toResponse();
    }

    private static Response answered() {
        return Problem.of(Response.Status.CONFLICT, "This survey has been answered already, thank you")
                .toResponse();
    }
}
