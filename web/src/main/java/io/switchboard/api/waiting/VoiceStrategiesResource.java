package io.switchboard.api.waiting;

import io.switchboard.api.QueryParams;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.TooLargeException;
import io.switchboard.users.Role;
import io.switchboard.waiting.AudioFiles;
import io.switchboard.waiting.AudioSource;
import io.switchboard.waiting.VoiceAudio;
import io.switchboard.waiting.VoiceMessage;
import io.switchboard.waiting.VoiceWaitingService;
import io.switchboard.waiting.VoiceWaitingStrategy;
import io.switchboard.waiting.logic.VoicePromptPlanner;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Waiting strategies of voice senders: settings, audio files, and the prompts a voice gateway plays. */
@Path("waiting-strategies/voice")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
// Voice gateways ask for the prompts and audio to play to a caller waiting in line.
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER, Role.Names.GATEWAY})
@Tag(name = "Waiting strategies")
public class VoiceStrategiesResource {

    /** One prompt to play: text-to-speech settings, or the URL of the file; hold music loops. */
    public record PromptView(
            VoiceMessage message,
            AudioSource source,
            String text,
            String language,
            String voice,
            BigDecimal speechRate,
            URI audioUrl,
            boolean loop) {}

    /** What to play now, in order; then hang up, or ask again after {@code askAgainIn}. */
    public record PromptsView(
            Duration waited, int position, List<PromptView> prompts, boolean hangUp, Duration askAgainIn) {}

    @EJB
    VoiceWaitingService strategies;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER})
    @Operation(summary = "List the voice waiting strategies")
    public List<VoiceStrategyView> list() {
        return strategies.list().stream().map(VoiceStrategyView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Create the waiting strategy of a voice sender (number or call application)")
    @APIResponse(responseCode = "409", description = "The sender already has a waiting strategy")
    public Response create(@Valid @NotNull VoiceStrategyRequest request) {
        if (request.senderId == null) {
            throw new InvalidInputException("senderId", "must not be null");
        }
        VoiceWaitingStrategy strategy = strategies.create(request.senderId, request.settings());
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(strategy.getId()))
                        .build())
                .entity(VoiceStrategyView.of(strategy))
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.MANAGER, Role.Names.ACCOUNT_MANAGER})
    @Operation(summary = "One voice waiting strategy")
    public VoiceStrategyView get(@PathParam("id") long id) {
        return VoiceStrategyView.of(strategies.find(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Change a voice waiting strategy (uploaded files stay)")
    public VoiceStrategyView update(@PathParam("id") long id, @Valid @NotNull VoiceStrategyRequest request) {
        return VoiceStrategyView.of(strategies.update(id, request.settings()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Delete a voice waiting strategy and its files")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id) {
        strategies.delete(id);
    }

    @GET
    @Path("{id}/prompts")
    @Operation(
            summary = "What a voice gateway plays now for a waiting caller",
            description = "waited: ISO-8601 duration the caller has waited (PT2M); position: the caller's place in "
                    + "the queue, from 1. Ask at the start of the call, then again after askAgainIn.")
    public PromptsView prompts(
            @PathParam("id") long id, @QueryParam("waited") String waited, @QueryParam("position") String position) {
        Duration wait = duration(waited);
        int place = QueryParams.intValue("position", position, 1, 1, 1_000_000);
        VoicePromptPlanner.PromptPlan plan = strategies.prompts(id, wait, place);
        List<PromptView> prompts = plan.prompts().stream()
                .map(p -> new PromptView(
                        p.message(),
                        p.source(),
                        p.text(),
                        p.language(),
                        p.voice(),
                        p.speechRate(),
                        p.audioId() == null
                                ? null
                                : uriInfo.getBaseUriBuilder()
                                        .path("waiting-strategies/voice/{id}/audio/{message}")
                                        .build(id, p.message().name()),
                        p.loop()))
                .toList();
        return new PromptsView(wait, place, prompts, plan.hangUp(), plan.askAgainIn());
    }

    @PUT
    @Path("{id}/audio/{message}")
    @Consumes({"audio/*", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(
            summary = "Upload the audio file of one message (GREETING, HOLD_MUSIC, ANNOUNCEMENT, MAX_WAIT)",
            description = "The raw file as the body, at most 4 MB (413 above), WAV, MP3, Ogg or FLAC by content "
                    + "(400 file otherwise). The message's source becomes FILE.")
    public VoiceStrategyView upload(
            @PathParam("id") long id,
            @PathParam("message") String message,
            @HeaderParam("X-File-Name") String fileName,
            InputStream body) {
        VoiceMessage which = voiceMessage(message);
        strategies.upload(id, which, fileName, readAtMost(body));
        return VoiceStrategyView.of(strategies.find(id));
    }

    @GET
    @Path("{id}/audio/{message}")
    @Produces({"audio/*", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "The uploaded audio file of one message")
    public Response audio(@PathParam("id") long id, @PathParam("message") String message) {
        VoiceAudio audio = strategies.audio(id, voiceMessage(message));
        return Response.ok(audio.getBytes(), audio.getContentType()).build();
    }

    @DELETE
    @Path("{id}/audio/{message}")
    @RolesAllowed(Role.Names.ACCOUNT_MANAGER)
    @Operation(summary = "Delete the uploaded audio file of one message")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteAudio(@PathParam("id") long id, @PathParam("message") String message) {
        strategies.deleteAudio(id, voiceMessage(message));
    }

    private static VoiceMessage voiceMessage(String message) {
        return QueryParams.enumValue(VoiceMessage.class, "message", message);
    }

    private static Duration duration(String waited) {
        if (waited == null || waited.isBlank()) {
            return Duration.ZERO;
        }
        try {
            Duration parsed = Duration.parse(waited.trim());
            if (parsed.isNegative()) {
                throw new InvalidInputException("waited", "must not be negative");
            }
            return parsed;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("waited", "must be an ISO-8601 duration such as PT2M");
        }
    }

    // Reads one byte beyond the limit, so that a larger file is recognised without reading all of it.
    private static byte[] readAtMost(InputStream body) {
        try (body) {
            byte[] bytes = body.readNBytes(AudioFiles.MAX_BYTES + 1);
            if (bytes.length > AudioFiles.MAX_BYTES) {
                throw new TooLargeException("file", "must be at most 4 MB (" + AudioFiles.MAX_BYTES + " bytes)");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
