package com.balancerstudio.ui.welcome;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Whether this user has already been greeted at a start of the program, kept in the user preferences beside the
 * recent designs so the welcome appears once, on the first start.
 */
public final class WelcomeMemory {
    private static final String SHOWN = "shown";
    private final Preferences preferences;

    public WelcomeMemory(Preferences preferences) {
        this.preferences = preferences;
    }

    /** The memory kept in the program's user preferences (the node beside {@code recent}). */
    public static WelcomeMemory forUser() {
        return new WelcomeMemory(Preferences.userRoot().node("com/balancerstudio/welcome"));
    }

    public boolean shown() {
        return preferences.getBoolean(SHOWN, false);
    }

    /** Remembers that the welcome was shown, at once on disk, so a crash right after does not show it again. */
    public void markShown() {
        preferences.putBoolean(SHOWN, true);
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // Preferences that cannot be written only mean the welcome may greet once more at the next start.
        }
    }
}
