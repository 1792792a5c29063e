package org.psychograph.persona.generation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;

/**
 * A small SVG face drawn from the persona's id and primary archetype: the same inputs always give the
 * same picture, and nothing is fetched from anywhere.
 */
public final class AvatarPainter {

    private static final String[] SKIN = {"#f1c27d", "#e0ac69", "#c68642", "#8d5524", "#ffdbac", "#d9a066"};
    private static final String[] HAIR = {"#2c1b18", "#4a312c", "#a55728", "#b58143", "#d6b370", "#724133", "#5c5c5c"};
    private static final Map<String, String> BACKGROUND = Map.of(
            "budget-conscious",
            "#cfe8d5",
            "quality-seeker",
            "#f3d9a4",
            "health-conscious",
            "#d4edc9",
            "sceptic",
            "#d9d9e3",
            "convenience-seeker",
            "#cde3f7",
            "relationship-focused",
            "#f7d4dc",
            "innovator",
            "#e3d4f7",
            "risk-averse",
            "#e6e1d3",
            "competitor-focused",
            "#f7e1cd");

    private AvatarPainter() {}

    public static String paint(String personaId, String archetype) {
        byte[] h = hash(personaId + "|" + archetype);
        String background = BACKGROUND.getOrDefault(
                archetype == null ? "" : archetype,
                String.format(Locale.ROOT, "#%02x%02x%02x", 160 + (h[0] & 63), 160 + (h[1] & 63), 160 + (h[2] & 63)));
        String skin = SKIN[(h[3] & 0xff) % SKIN.length];
        String hair = HAIR[(h[4] & 0xff) % HAIR.length];
        int hairStyle = (h[5] & 0xff) % 3;
        boolean glasses = (h[6] & 1) == 1;
        int smile = 4 + (h[7] & 0xff) % 6;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 120\" width=\"120\" height=\"120\" ")
                .append("role=\"img\" aria-label=\"persona avatar\" class=\"avatar\">")
                .append("<rect width=\"120\" height=\"120\" rx=\"60\" fill=\"")
                .append(background)
                .append("\"/>")
                .append("<path d=\"M24 120 C28 88 92 88 96 120 Z\" fill=\"")
                .append(hair)
                .append("\" opacity=\"0.55\"/>")
                .append("<circle cx=\"60\" cy=\"54\" r=\"28\" fill=\"")
                .append(skin)
                .append("\"/>");
        svg.append(
                switch (hairStyle) {
                    case 0 -> "<path d=\"M32 50 C32 20 88 20 88 50 C80 36 40 36 32 50 Z\" fill=\"" + hair + "\"/>";
                    case 1 ->
                        "<path d=\"M30 58 C26 18 94 18 90 58 L86 44 C70 30 50 30 34 44 Z\" fill=\"" + hair + "\"/>";
                    default ->
                        "<path d=\"M30 80 C22 20 98 20 90 80 L84 50 C74 34 46 34 36 50 Z\" fill=\"" + hair + "\"/>";
                });
        svg.append(
                "<circle cx=\"50\" cy=\"54\" r=\"3\" fill=\"#222\"/><circle cx=\"70\" cy=\"54\" r=\"3\" fill=\"#222\"/>");
        if (glasses) {
            svg.append("<g fill=\"none\" stroke=\"#333\" stroke-width=\"2\"><circle cx=\"50\" cy=\"54\" r=\"7\"/>")
                    .append("<circle cx=\"70\" cy=\"54\" r=\"7\"/><path d=\"M57 54 H63\"/></g>");
        }
        svg.append("<path d=\"M50 68 Q60 ")
                .append(68 + smile)
                .append(" 70 68\" fill=\"none\" stroke=\"#6b3a2a\" ")
                .append("stroke-width=\"2.5\" stroke-linecap=\"round\"/></svg>");
        return svg.toString();
    }

    private static byte[] hash(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
