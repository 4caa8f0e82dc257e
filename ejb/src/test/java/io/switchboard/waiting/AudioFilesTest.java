package io.switchboard.waiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

class AudioFilesTest {

    /** One second of 8 kHz mono silence as a real WAV file. */
    static byte[] wav() throws IOException {
        AudioFormat format = new AudioFormat(8000, 16, 1, true, false);
        byte[] samples = new byte[16000];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AudioSystem.write(
                new AudioInputStream(new ByteArrayInputStream(samples), format, 8000), AudioFileFormat.Type.WAVE, out);
        return out.toByteArray();
    }

    @Test
    void recognisesARealWav() throws IOException {
        assertThat(AudioFiles.detect(wav())).contains("audio/wav");
    }

    @Test
    void refusesAWavHeaderOverGarbage() {
        byte[] fake = Arrays.copyOf("RIFF\0\0\0\0WAVEjunkjunkjunk".getBytes(StandardCharsets.US_ASCII), 64);
        assertThat(AudioFiles.detect(fake)).isEmpty();
    }

    @Test
    void recognisesMp3OggAndFlacByTheirMagic() {
        assertThat(AudioFiles.detect(bytes("ID3\u0004\0\0\0\0\0\0"))).contains("audio/mpeg");
        assertThat(AudioFiles.detect(new byte[] {(byte) 0xff, (byte) 0xfb, (byte) 0x90, 0x64}))
                .contains("audio/mpeg");
        assertThat(AudioFiles.detect(bytes("OggS\0\u0002\0\0"))).contains("audio/ogg");
        assertThat(AudioFiles.detect(bytes("fLaC\0\0\0\u0010"))).contains("audio/flac");
    }

    @Test
    void refusesWhatIsNotAudio() {
        assertThat(AudioFiles.detect(bytes("%PDF-1.7 not audio"))).isEmpty();
        assertThat(AudioFiles.detect(bytes("<html></html>"))).isEmpty();
        assertThat(AudioFiles.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isEmpty();
        // 0xFF 0xE8: an MPEG frame sync with the reserved version bits.
        assertThat(AudioFiles.detect(new byte[] {(byte) 0xff, (byte) 0xe8, 0, 0}))
                .isEmpty();
        assertThat(AudioFiles.detect(new byte[] {1, 2})).isEmpty();
        assertThat(AudioFiles.detect(null)).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
