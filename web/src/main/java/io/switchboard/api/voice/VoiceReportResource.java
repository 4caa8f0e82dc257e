package io.switchboard.api.voice;

import io.switchboard.api.QueryParams;
import io.switchboard.users.Role;
import io.switchboard.voice.VoiceReport;
import io.switchboard.voice.VoiceService;
import io.switchboard.voice.logic.Bucketing;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Voice of the Customer dashboard as numbers: CSAT and sentiment of a date range. */
@Path("reports/voice")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER, Role.Names.ANALYTICS_MANAGER})
@Tag(name = "Reports")
public class VoiceReportResource {

    @EJB
    VoiceService voice;

    @GET
    @Operation(
            summary = "Voice of the Customer: CSAT (happy share of answered surveys) over time and by queue, agent and"
                    + " tag, the newest comments, and the sentiment of the range's conversations and messages",
            description = "from and to are dates (2026-11-30), both included, as days of the account's time zone;"
                    + " without to the range ends today, without from it covers 30 days. by is DAY or WEEK"
                    + " (default: days up to 62 days, weeks beyond).")
    @APIResponse(
            responseCode = "400",
            description = "from or to is not a date, from is after to, the range is over 366 days, or by is neither"
                    + " DAY nor WEEK")
    @APIResponse(responseCode = "403", description = "Agents do not read reports")
    public VoiceReport report(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("by") String by) {
        Bucketing bucketing = QueryParams.enumValue(Bucketing.class, "by", by);
        return voice.report(voice.range(from, to), bucketing);
    }
}
