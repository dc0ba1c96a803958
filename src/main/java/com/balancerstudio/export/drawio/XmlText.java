package com.balancerstudio.export.drawio;

/**
 * Text that XML 1.0 can carry. The serializer escapes markup characters, but no escape exists for a control character
 * or a lone surrogate: a document holding one is not well-formed, so such characters become U+FFFD (the replacement
 * character) and the rest of the name survives.
 */
final class XmlText {
    private XmlText() {
    }

    static final char REPLACEMENT = '\uFFFD';

    static String clean(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int length = Character.charCount(codePoint);
            boolean loneSurrogate = length == 1 && Character.isSurrogate(text.charAt(i));
            if (!loneSurrogate && allowed(codePoint)) {
                out.appendCodePoint(codePoint);
            } else {
                out.append(REPLACEMENT);
            }
            i += length;
        }
        return out.toString();
    }

    /** The Char production of XML 1.0 (https://www.w3.org/TR/xml/#charsets). */
    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
