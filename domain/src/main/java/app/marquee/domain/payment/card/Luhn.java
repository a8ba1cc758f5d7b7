package app.marquee.domain.payment.card;

/**
 * The Luhn (mod 10) check digit every card number carries: it catches a mistyped digit and most
 * swapped pairs before a charge is attempted.
 */
final class Luhn {
    private Luhn() {
    }

    /** Whether a string of digits only passes the Luhn check. */
    static boolean isValid(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
