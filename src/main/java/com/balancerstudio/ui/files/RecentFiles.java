package com.balancerstudio.ui.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The designs opened or saved lately, most recent first, remembered between runs in the user's preferences. */
public final class RecentFiles {
    private static final String KEY = "recent.";
    private final Preferences preferences;
    private final int limit;

    public RecentFiles(Preferences preferences, int limit) {
        this.preferences = preferences;
        this.limit = limit;
    }

    /** The list kept in the user preferences of the program. */
    public static RecentFiles forUser() {
        return new RecentFiles(Preferences.userRoot().node("com/balancerstudio/recent"), 10);
    }

    public List<Path> list() {
        var files = new ArrayList<Path>();
        for (int i = 0; i < limit; i++) {
            var value = preferences.get(KEY + i, null);
            if (value != null && !value.isBlank()) {
                files.add(Path.of(value));
            }
        }
        return files;
    }

    /** Puts the file first, removing an older mention of it and the oldest entry beyond the limit. */
    public void add(Path file) {
        var files = new ArrayList<>(list());
        var absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        store(files);
    }

    public void remove(Path file) {
        var files = new ArrayList<>(list());
        files.remove(file.toAbsolutePath().normalize());
        store(files);
    }

    private void store(List<Path> files) {
        for (int i = 0; i < limit; i++) {
            if (i < files.size()) {
                preferences.put(KEY + i, files.get(i).toString());
            } else {
                preferences.remove(KEY + i);
            }
        }
    }
}
