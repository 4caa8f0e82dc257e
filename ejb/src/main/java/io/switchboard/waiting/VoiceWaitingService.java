package io.switchboard.waiting;

import io.switchboard.channels.Sender;
import io.switchboard.channels.SenderDeleting;
import io.switchboard.channels.SenderService;
import io.switchboard.platform.ConflictException;
import io.switchboard.platform.InvalidInputException;
import io.switchboard.platform.TooLargeException;
import io.switchboard.platform.UnknownEntityException;
import io.switchboard.waiting.logic.VoicePromptPlanner;
import io.switchboard.waiting.logic.VoiceWaitingRules;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Voice waiting strategies: settings, uploaded audio, and the prompts a voice gateway plays. */
@Stateless
public class VoiceWaitingService {

    @PersistenceContext
    EntityManager em;

    @EJB
    SenderService senders;

    @Inject
    Clock clock;

    /** Settings of a strategy, as they arrive from the API or the admin (prompts carry no audio). */
    public record Settings(
            String name,
            int maxWaitSeconds,
            Integer announcementEverySeconds,
            Map<VoiceMessage, VoicePrompt> prompts) {}

    public VoiceWaitingStrategy create(long senderId, Settings settings) {
        Sender sender = voiceSender(senderId);
        VoiceWaitingRules.check(settings.maxWaitSeconds(), settings.announcementEverySeconds(), settings.prompts());
        if (forSender(senderId).isPresent()) {
            throw new ConflictException("sender " + senderId + " already has a waiting strategy; a sender has one");
        }
        VoiceWaitingStrategy strategy = new VoiceWaitingStrategy(
                sender,
                settings.name(),
                settings.maxWaitSeconds(),
                settings.announcementEverySeconds(),
                withAudioOf(Map.of(), settings.prompts()),
                clock.instant());
        em.persist(strategy);
        em.flush();
        return strategy;
    }

    /** Changes the settings; uploaded files stay with their messages. */
    public VoiceWaitingStrategy update(long id, Settings settings) {
        VoiceWaitingStrategy strategy = locked(id);
        VoiceWaitingRules.check(settings.maxWaitSeconds(), settings.announcementEverySeconds(), settings.prompts());
        strategy.change(
                settings.name(),
                settings.maxWaitSeconds(),
                settings.announcementEverySeconds(),
                withAudioOf(strategy.getPrompts(), settings.prompts()),
                clock.instant());
        return strategy;
    }

    public void delete(long id) {
        VoiceWaitingStrategy strategy = locked(id);
        List<Long> audio = strategy.getPrompts().values().stream()
                .map(VoicePrompt::getAudioId)
                .filter(java.util.Objects::nonNull)
                .toList();
        em.remove(strategy);
        em.flush();
        audio.forEach(this::removeAudio);
    }

    public VoiceWaitingStrategy find(long id) {
        VoiceWaitingStrategy strategy = em.find(VoiceWaitingStrategy.class, id);
        if (strategy == null) {
            throw new UnknownEntityException("voice waiting strategy", id);
        }
        return strategy;
    }

    public List<VoiceWaitingStrategy> list() {
        return em.createNamedQuery(VoiceWaitingStrategy.ALL, VoiceWaitingStrategy.class)
                .getResultList();
    }

    public Optional<VoiceWaitingStrategy> forSender(long senderId) {
        return em.createNamedQuery(VoiceWaitingStrategy.BY_SENDER, VoiceWaitingStrategy.class)
                .setParameter("senderId", senderId)
                .getResultStream()
                .findFirst();
    }

    /**
     * Stores an uploaded file for one message (replacing the previous file): at most 4 MB, and audio by content.
     * The message switches to the file as its source.
     */
    public VoiceAudio upload(long id, VoiceMessage message, String fileName, byte[] bytes) {
        if (bytes.length > AudioFiles.MAX_BYTES) {
            throw new TooLargeException("file", "must be at most 4 MB (" + AudioFiles.MAX_BYTES + " bytes)");
        }
        String contentType = AudioFiles.detect(bytes)
                .orElseThrow(
                        () -> new InvalidInputException("file", "is not audio we can play (WAV, MP3, Ogg or FLAC)"));
        VoiceWaitingStrategy strategy = locked(id);
        VoiceAudio audio = new VoiceAudio(contentType, fileName, bytes);
        em.persist(audio);
        em.flush();
        VoicePrompt current = strategy.getPrompts().get(message);
        Long previous = current == null ? null : current.getAudioId();
        VoicePrompt updated = current == null
                ? new VoicePrompt(true, AudioSource.FILE, null, null, null, null, audio.getId())
                : new VoicePrompt(
                        current.isEnabled(),
                        AudioSource.FILE,
                        current.getText(),
                        current.getLanguage(),
                        current.getVoice(),
                        current.getSpeechRate(),
                        audio.getId());
        strategy.replacePrompt(message, updated, clock.instant());
        em.flush();
        if (previous != null) {
            removeAudio(previous);
        }
        return audio;
    }

    /** Deletes the message's file; an enabled file prompt without a file is simply not played. */
    public void deleteAudio(long id, VoiceMessage message) {
        VoiceWaitingStrategy strategy = locked(id);
        VoicePrompt current = strategy.getPrompts().get(message);
        if (current == null || current.getAudioId() == null) {
            throw new UnknownEntityException("audio of " + message + " in voice waiting strategy", id);
        }
        strategy.replacePrompt(message, current.withAudio(null), clock.instant());
        em.flush();
        removeAudio(current.getAudioId());
    }

    public VoiceAudio audio(long id, VoiceMessage message) {
        VoicePrompt prompt = find(id).getPrompts().get(message);
        if (prompt == null || prompt.getAudioId() == null) {
            throw new UnknownEntityException("audio of " + message + " in voice waiting strategy", id);
        }
        return em.find(VoiceAudio.class, prompt.getAudioId());
    }

    /** What the gateway plays for a caller who has waited {@code waited} and is at {@code position} in the queue. */
    public VoicePromptPlanner.PromptPlan prompts(long id, Duration waited, int position) {
        VoiceWaitingStrategy strategy = find(id);
        return VoicePromptPlanner.at(
                strategy.getMaxWaitSeconds(),
                strategy.getAnnouncementEverySeconds(),
                strategy.getPrompts(),
                waited,
                position);
    }

    private void removeAudio(long audioId) {
        VoiceAudio audio = em.find(VoiceAudio.class, audioId);
        if (audio != null) {
            em.remove(audio);
        }
    }

    // New settings keep the files already uploaded for their messages.
    private static Map<VoiceMessage, VoicePrompt> withAudioOf(
            Map<VoiceMessage, VoicePrompt> current, Map<VoiceMessage, VoicePrompt> wanted) {
        Map<VoiceMessage, VoicePrompt> merged = new EnumMap<>(VoiceMessage.class);
        wanted.forEach((message, prompt) -> {
            VoicePrompt before = current.get(message);
            merged.put(message, prompt.withAudio(before == null ? null : before.getAudioId()));
        });
        current.forEach((message, prompt) -> merged.putIfAbsent(message, prompt));
        return merged;
    }

    private VoiceWaitingStrategy locked(long id) {
        VoiceWaitingStrategy strategy = em.find(VoiceWaitingStrategy.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (strategy == null) {
            throw new UnknownEntityException("voice waiting strategy", id);
        }
        return strategy;
    }

    private Sender voiceSender(long senderId) {
        Sender sender;
        try {
            sender = senders.find(senderId);
        } catch (UnknownEntityException e) {
            throw new InvalidInputException("senderId", "sender " + senderId + " does not exist");
        }
        if (!sender.getChannel().isCall()) {
            throw new InvalidInputException(
                    "senderId",
                    "sender " + senderId + " is not a voice or video sender: it takes a messaging waiting strategy");
        }
        return sender;
    }

    /** A deleted sender's voice waiting strategy goes with it, with its uploaded audio. */
    public void senderDeleting(@Observes SenderDeleting deleting) {
        em.createNamedQuery(VoiceWaitingStrategy.BY_SENDER, VoiceWaitingStrategy.class)
                .setParameter("senderId", deleting.senderId())
                .getResultList()
                .forEach(strategy -> delete(strategy.getId()));
    }
}
