package io.switchboard.waiting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Recognises uploaded audio by its content, not by the name or type the client claims: WAV (also parsed with
 * javax.sound.sampled), MP3 (an ID3 tag or an MPEG frame header), Ogg and FLAC.
 */
public final class AudioFiles {

    /** The guide's limit: 4 MB. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private AudioFiles() {}

    /** The media type of the audio these bytes hold, or empty when they are not audio we can play. */
    public static Optional<String> detect(byte[] bytes) {
        if (bytes == null || bytes.length < 4) {
            return Optional.empty();
        }
        if (startsWith(bytes, 0, "RIFF") && bytes.length >= 12 && startsWith(bytes, 8, "WAVE")) {
            return isReadableWav(bytes) ? Optional.of("audio/wav") : Optional.empty();
        }
        if (startsWith(bytes, 0, "ID3")
                || (bytes[0] & 0xff) == 0xff
                        && (bytes[1] & 0xe0) == 0xe0
                        && (bytes[1] & 0x18) != 0x08
                        && (bytes[1] & 0x06) != 0) {
            return Optional.of("audio/mpeg");
        }
        if (startsWith(bytes, 0, "OggS")) {
            return Optional.of("audio/ogg");
        }
        if (startsWith(bytes, 0, "fLaC")) {
            return Optional.of("audio/flac");
        }
        return Optional.empty();
    }

    private static boolean isReadableWav(byte[] bytes) {
        try {
            AudioSystem.getAudioFileFormat(new ByteArrayInputStream(bytes));
            return true;
        } catch (UnsupportedAudioFileException | IOException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int offset, String magic) {
        byte[] expected = magic.getBytes(StandardCharsets.US_ASCII);
        return bytes.length >= offset + expected.length
                && Arrays.equals(bytes, offset, offset + expected.length, expected, 0, expected.length);
    }
}
