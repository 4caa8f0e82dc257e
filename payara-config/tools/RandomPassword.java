import java.security.SecureRandom;
import java.util.Base64;

/** Prints a random password (the test server's admin password). */
public class RandomPassword {
    public static void main(String[] args) {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        System.out.print(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }
}
