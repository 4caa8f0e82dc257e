package io.switchboard.admin.waiting;

import io.switchboard.admin.support.Messages;
import io.switchboard.admin.support.ReportsRefusals;
import io.switchboard.admin.support.UserText;
import io.switchboard.waiting.VoiceMessage;
import io.switchboard.waiting.VoiceWaitingService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/** The waiting strategies screen's audio files: uploads or deletes the file a voice strategy plays for a message. */
@Named
@ViewScoped
public class VoiceAudioBean implements Serializable {

    @EJB
    transient VoiceWaitingService voiceStrategies;

    @Inject
    WaitingStrategiesBean lists;

    // The audio upload.
    private Long audioStrategyId;
    private String audioMessage = VoiceMessage.HOLD_MUSIC.name();

    @ReportsRefusals
    public void upload(FileUploadEvent event) {
        if (audioStrategyId == null) {
            Messages.failText("Choose the voice strategy the file is for");
            return;
        }
        voiceStrategies.upload(
                audioStrategyId,
                VoiceMessage.valueOf(audioMessage),
                event.getFile().getFileName(),
                event.getFile().getContent());
        Messages.inform("File " + UserText.quoted(event.getFile().getFileName()) + " uploaded");
        lists.load();
    }

    @ReportsRefusals
    public void deleteAudio() {
        if (audioStrategyId == null) {
            Messages.failText("Choose the voice strategy whose file to delete");
            return;
        }
        voiceStrategies.deleteAudio(audioStrategyId, VoiceMessage.valueOf(audioMessage));
        Messages.inform("File deleted");
        lists.load();
    }

    public Map<String, Long> getVoiceStrategies() {
        Map<String, Long> options = new LinkedHashMap<>();
        lists.getVoiceRows().forEach(r -> options.put(r.getName(), r.getId()));
        return options;
    }

    public VoiceMessage[] getVoiceMessages() {
        return VoiceMessage.values();
    }

    public Long getAudioStrategyId() {
        return audioStrategyId;
    }

    public void setAudioStrategyId(Long audioStrategyId) {
        this.audioStrategyId = audioStrategyId;
    }

    public String getAudioMessage() {
        return audioMessage;
    }

    public void setAudioMessage(String audioMessage) {
        this.audioMessage = audioMessage;
    }
}
