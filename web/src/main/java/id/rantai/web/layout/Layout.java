package id.rantai.web.layout;

/**
 * What every page's frame needs: the viewer (null for a visitor), the language and the other one to switch to, the
 * page's own path (for "back here after logging in" and the language switch), the CSRF token for its forms, and the
 * formats of the viewer's language and time zone.
 */
public record Layout(Viewer viewer, String lang, String otherLang, String path, String csrf, Formats fmt) {

    public boolean loggedIn() {
        return viewer != null;
    }
}
