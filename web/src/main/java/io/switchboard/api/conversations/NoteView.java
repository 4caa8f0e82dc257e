package io.switchboard.api.conversations;

import io.switchboard.conversations.Note;
import java.time.Instant;

/** A note as the API shows it. */
public record NoteView(long id, String author, String text, Instant createdAt) {

    static NoteView of(Note note) {
        return new NoteView(note.getId(), note.getAuthor(), note.getText(), note.getCreatedAt());
    }
}
