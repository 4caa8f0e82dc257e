package io.switchboard.waiting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/** An uploaded audio file (at most 4 MB, checked to be audio by its content); immutable, replaced by a new one. */
@Entity
@Table(name = "voice_audio")
public class VoiceAudio {

    @Id
    @SequenceGenerator(name = "voice_audio_seq", sequenceName = "voice_audio_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "voice_audio_seq")
    private Long id;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "file_name", updatable = false)
    private String fileName;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(nullable = false, updatable = false)
    private byte[] bytes;

    protected VoiceAudio() {}

    public VoiceAudio(String contentType, String fileName, byte[] bytes) {
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.fileName = fileName;
        this.bytes = bytes.clone();
        this.sizeBytes = bytes.length;
    }

    public Long getId() {
        return id;
    }

    public String getContentType() {
        return contentType;
    }

    public String getFileName() {
        return fileName;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}
