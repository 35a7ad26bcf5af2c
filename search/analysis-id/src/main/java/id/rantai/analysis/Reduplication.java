package id.rantai.analysis;

/**
 * Reduplicated words (kata ulang), written with a hyphen: {@code alat-alat} (tools), {@code bahan-bahan},
 * {@code berbalas-balasan}, {@code tolong-menolong}, {@code sayur-mayur}. Each is one word with one root:
 * the root both halves share, or the whole word where the dictionary lists it as a root itself
 * ({@code kupu-kupu}, butterfly, is not many {@code kupu}).
 */
final class Reduplication {

    private Reduplication() {
    }

    /**
     * The root of {@code word} (lower case, with a hyphen), or {@code word} unchanged when its halves are
     * not a reduplication ({@code anti-karat}).
     */
    static String stem(String word, ConfixStrippingStemmer stemmer) {
        int hyphen = word.lastIndexOf('-');
        String left = word.substring(0, hyphen);
        String right = word.substring(hyphen + 1);
        if (isClitic(right)) {
            // kuasa-Mu, malaikat-malaikat-nya: the suffix belongs to the word before it
            return left.indexOf('-') > 0 ? stem(left, stemmer) : stemmer.stem(left);
        }
        hyphen = word.indexOf('-');
        left = word.substring(0, hyphen);
        right = word.substring(hyphen + 1);
        String shared = sharedRoot(left, right, stemmer);
        return shared != null ? shared : word;
    }

    /** The root two adjacent words share as halves of one reduplicated word, or null when they are not one. */
    static String sharedRoot(String left, String right, ConfixStrippingStemmer stemmer) {
        if (left.isEmpty() || right.isEmpty() || left.indexOf('-') >= 0 || right.indexOf('-') >= 0) {
            return null;
        }
        RootWords roots = stemmer.roots();
        if (left.equals(right) && roots.contains(left)) {
            return left;
        }
        String whole = left + "-" + right;
        if (roots.contains(whole)) {
            // kupu-kupu is a root itself; sayur-mayur is vegetables of all kinds
            return rhymes(left, right) && roots.contains(left) ? left : whole;
        }
        String leftRoot = rootOrSelf(left, stemmer);
        String rightRoot = rootOrSelf(right, stemmer);
        if (rightRoot.equals(right) && !roots.contains(right)) {
            // meniru-nirukan, menyepak-nyepak: the second half lost its prefix but kept the nasal
            String withPrefix = stemmer.rootOf("me" + right);
            if (withPrefix != null) {
                rightRoot = withPrefix;
            }
        }
        if (leftRoot.equals(rightRoot) && roots.contains(leftRoot)) {
            return leftRoot;
        }
        if (left.equals(right)) {
            return leftRoot;
        }
        return null;
    }

    private static String rootOrSelf(String word, ConfixStrippingStemmer stemmer) {
        String root = stemmer.rootOf(word);
        return root != null ? root : word;
    }

    /** Sound-changing reduplication (sayur-mayur, lauk-pauk): same length, only the first letter differs. */
    private static boolean rhymes(String left, String right) {
        return left.length() == right.length() && left.length() > 2 && left.charAt(0) != right.charAt(0)
                && left.regionMatches(1, right, 1, left.length() - 1);
    }

    private static boolean isClitic(String part) {
        return switch (part) {
            case "ku", "mu", "nya", "lah", "kah", "tah", "pun" -> true;
            default -> false;
        };
    }
}
