package io.switchboard.conversations;

/**
 * A file, image, video, audio, location or link a message carries: a descriptor, the content stays where it is. A
 * location has coordinates and no URL; every other kind has a URL.
 */
public record Attachment(String type, String url, String name, String mimeType, Double latitude, Double longitude) {}
