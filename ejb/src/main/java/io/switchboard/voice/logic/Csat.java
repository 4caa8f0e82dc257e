package io.switchboard.voice.logic;

/**
 * Customer satisfaction of some answered surveys: how many customers answered happy and not happy, and the happy
 * share.
 */
public record Csat(long happy, long notHappy) {

    public static final Csat NONE = new Csat(0, 0);

    public Csat {
        if (happy < 0 || notHappy < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** This and one more answer. */
    public Csat plus(boolean happyAnswer) {
        return happyAnswer ? new Csat(happy + 1, notHappy) : new Csat(happy, notHappy + 1);
    }

    /** This and other answers together. */
    public Csat plus(Csat other) {
        return new Csat(happy + other.happy, notHappy + other.notHappy);
    }

    public long answers() {
        return happy + notHappy;
    }

    /** The happy share in percent with one decimal (2 of 3 is 66.7); null without answers (not 0: nobody said). */
    public Double happyPercent() {
        return answers() == 0 ? null : Math.round(happy * 1000.0 / answers()) / 10.0;
    }
}
