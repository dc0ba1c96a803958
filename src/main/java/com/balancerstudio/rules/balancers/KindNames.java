package com.balancerstudio.rules.balancers;

import com.balancerstudio.model.Element;
import com.balancerstudio.model.ElementKinds;
import java.util.Locale;

/** Kind labels as they read inside a sentence: "target group", but "EC2 instance" and "VPC" keep their capitals. */
final class KindNames {
    private KindNames() {
    }

    static String inSentence(Class<? extends Element> kind) {
        var label = ElementKinds.label(kind);
        return label.substring(1).chars().anyMatch(Character::isUpperCase) ? label : label.toLowerCase(Locale.ROOT);
    }
}
