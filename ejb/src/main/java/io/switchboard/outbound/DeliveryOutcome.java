package io.switchboard.outbound;

/** How one delivery attempt ended: delivered, or failed (permanently when retrying cannot help). */
public record DeliveryOutcome(boolean delivered, boolean permanent, String error) {

    public static DeliveryOutcome success() {
        return new DeliveryOutcome(true, false, null);
    }

    public static DeliveryOutcome retryable(String error) {
        return new DeliveryOutcome(false, false, error);
    }

    public static DeliveryOutcome permanent(String error) {
        return new DeliveryOutcome(false, true, error);
    }

    /** The outcome of a gateway's HTTP status: 2xx delivered; 4xx other than 408, 425 and 429 will not heal. */
    public static DeliveryOutcome ofStatus(int status, String bodyStart) {
        if (status >= 200 && status < 300) {
            return success();
        }
        String error =
                "gateway answered " + status + (bodyStart == null || bodyStart.isBlank() ? "" : ": " + bodyStart);
        boolean permanent = status >= 400 && status < 500 && status != 408 && status != 425 && status != 429;
        return permanent ? permanent(error) : retryable(error);
    }
}
