package com.balancerstudio.ui.inspector;

import java.util.List;

/** Changes a value nested in records ("healthCheck" then "timeout") by copying each record on the way down. */
public final class RecordPaths {
    private RecordPaths() {
    }

    public static Object with(Object record, List<String> path, Object value) {
        var head = path.get(0);
        if (path.size() == 1) {
            return RecordCopier.with(record, head, value);
        }
        var inner = RecordCopier.read(record, head);
        return RecordCopier.with(record, head, with(inner, path.subList(1, path.size()), value));
    }

    /** The label of the edit that sets the property: "Set health check timeout of web-tg". */
    public static String label(List<String> path, String elementName) {
        var words = new StringBuilder();
        for (var part : path) {
            if (words.length() > 0) {
                words.append(' ');
            }
            words.append(PropertyNames.words(part));
        }
        return "Set " + words + " of " + elementName;
    }
}
