package nl.loket.accounts;

/** A password that the {@link PasswordPolicy} refuses; the problem names the message to show. */
public class PasswordRejectedException extends IllegalArgumentException {

    private final PasswordPolicy.Problem problem;

    public PasswordRejectedException(PasswordPolicy.Problem problem) {
        super("Password refused: " + problem);
        this.problem = problem;
    }

    public PasswordPolicy.Problem problem() {
        return problem;
    }
}
